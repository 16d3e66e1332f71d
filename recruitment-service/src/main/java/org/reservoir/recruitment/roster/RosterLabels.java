package org.reservoir.recruitment.roster;

import org.reservoir.recruitment.domain.Channel;
import org.reservoir.recruitment.domain.CommitteePost;
import org.reservoir.recruitment.domain.EducationLevel;
import org.reservoir.recruitment.domain.Gender;
import org.reservoir.recruitment.domain.PoliticalStatus;
import org.reservoir.recruitment.domain.SourceGroup;
import org.reservoir.recruitment.domain.Track;

import java.util.Map;
import java.util.Optional;

/** The Chinese words officers type in rosters, mapped to the API's values (which are accepted too). */
public final class RosterLabels {

    private RosterLabels() {
    }

    private static final Map<String, Gender> GENDER = Map.of("男", Gender.MALE, "女", Gender.FEMALE);
    private static final Map<String, EducationLevel> EDUCATION = Map.of("小学", EducationLevel.PRIMARY, "初中", EducationLevel.JUNIOR_HIGH,
            "高中", EducationLevel.SENIOR_HIGH, "中专", EducationLevel.SECONDARY_VOCATIONAL, "大专", EducationLevel.JUNIOR_COLLEGE,
            "本科", EducationLevel.BACHELOR, "硕士", EducationLevel.MASTER, "博士", EducationLevel.DOCTORATE);
    private static final Map<String, PoliticalStatus> POLITICAL = Map.of("中共党员", PoliticalStatus.PARTY_MEMBER,
            "中共预备党员", PoliticalStatus.PROBATIONARY_MEMBER, "共青团员", PoliticalStatus.YOUTH_LEAGUE, "群众", PoliticalStatus.MASSES);
    private static final Map<String, SourceGroup> SOURCE = Map.of("返乡大学生", SourceGroup.RETURNING_GRADUATE, "退役军人", SourceGroup.VETERAN,
            "致富带头人", SourceGroup.WEALTH_LEADER, "致富能手", SourceGroup.WEALTH_LEADER, "外出务工经商返乡人员", SourceGroup.RETURNING_MIGRANT,
            "本土优秀青年", SourceGroup.LOCAL_YOUTH, "农村实用人才", SourceGroup.RURAL_TALENT, "退休干部职工", SourceGroup.RETIRED_CADRE,
            "乡土专家", SourceGroup.LOCAL_EXPERT);
    private static final Map<String, Channel> CHANNEL = Map.of("公开招募", Channel.OPEN_RECRUITMENT, "第一书记定向寻访", Channel.FIRST_SECRETARY_SEARCH,
            "组团包联单位推荐", Channel.UNIT_RECOMMENDATION, "组织推荐", Channel.ORGANISATION_RECOMMENDATION, "群众评议", Channel.MASS_APPRAISAL,
            "个人自荐", Channel.SELF_RECOMMENDATION);
    private static final Map<String, Track> TRACK = Map.of("专职", Track.FULL_TIME, "兼职", Track.PART_TIME);
    private static final Map<String, CommitteePost> POST = Map.of("村党组织书记", CommitteePost.PARTY_SECRETARY,
            "村委会主任", CommitteePost.COMMITTEE_DIRECTOR, "村党组织副书记", CommitteePost.DEPUTY_SECRETARY,
            "村委会副主任", CommitteePost.DEPUTY_DIRECTOR, "村党组织委员", CommitteePost.BRANCH_MEMBER, "村委会委员", CommitteePost.COMMITTEE_MEMBER);
    private static final Map<String, Boolean> YES_NO = Map.of("是", true, "否", false, "true", true, "false", false, "TRUE", true, "FALSE", false);

    public static Optional<Gender> gender(String s) {
        return lookup(GENDER, Gender.class, s);
    }

    public static Optional<EducationLevel> education(String s) {
        return lookup(EDUCATION, EducationLevel.class, s);
    }

    public static Optional<PoliticalStatus> political(String s) {
        return lookup(POLITICAL, PoliticalStatus.class, s);
    }

    public static Optional<SourceGroup> source(String s) {
        return lookup(SOURCE, SourceGroup.class, s);
    }

    public static Optional<Channel> channel(String s) {
        return lookup(CHANNEL, Channel.class, s);
    }

    public static Optional<Track> track(String s) {
        return lookup(TRACK, Track.class, s);
    }

    public static Optional<CommitteePost> post(String s) {
        return lookup(POST, CommitteePost.class, s);
    }

    public static Optional<Boolean> yesNo(String s) {
        return Optional.ofNullable(YES_NO.get(s));
    }

    private static <E extends Enum<E>> Optional<E> lookup(Map<String, E> labels, Class<E> type, String s) {
        if (labels.containsKey(s)) {
            return Optional.of(labels.get(s));
        }
        try {
            return Optional.of(Enum.valueOf(type, s));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
