package org.reservoir.launcher;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the demo sends, worked out without a stack (so a test can compute the figures the reports must show): Jimsar's
 * 2026 campaign after the seeds (000: a first batch of part-time and 20 full-time reserves, 11 of the full-time elected to
 * the two committees, one of them party secretary), every candidate's fate and scores, the half-year appraisal's
 * grades and proposals, and a township run the way Yuguan (余关镇, seed 003) runs its "以老带新" pairs: 58 reserves, each
 * with a mentor. Everything is a pure function of {@code today}.
 */
public final class DemoPlan {

    public static final String COUNTY = DemoData.COUNTY;
    /** 吉木萨尔镇 plays Yuguan: all 58 of its reserves are paired with mentors (three per village, "1+3"). */
    public static final String MENTORING_TOWNSHIP = "652327101000";
    public static final String CAMPAIGN_NAME = "吉木萨尔县2026年村级后备力量招募（演示）";
    public static final int MENTORED = 58;
    public static final int PART_TIME_ELSEWHERE = 70;
    public static final int FULL_TIME = 20;
    public static final List<String> RATERS = List.of("评委-组织部-马", "评委-纪委-李", "评委-乡镇-王", "评委-党校-张", "评委-群众代表-赵");
    /** Each rater's lean, in points on the 0–100 scale: the panel drops the highest and the lowest sheet (≥ 5 raters). */
    static final int[] RATER_LEAN = {-6, -2, 0, 3, 7};
    /** Criteria of the 三高三强 sheet with their maximum scores (the shipped template). */
    public static final List<String> CRITERIA = List.of("political-quality", "education", "standing", "development", "service", "coordination");
    static final int[] CRITERIA_MAX = {20, 15, 15, 20, 15, 15};
    public static final int REQUIRED_HOURS = 24;

    /** Where a candidate ends in recruitment once the demo is loaded. */
    public enum Fate {
        REGISTERED, TOWNSHIP_REJECTED, VETOED, FAILED_EVALUATION, IN_POOL, ON_PROBATION, PROBATION_ENDING, PROBATION_PASSED,
        NOT_ELECTED, ELECTED, APPOINTED, EXITED;

        /** The status recruitment shows. */
        public String status() {
            return switch (this) {
                case TOWNSHIP_REJECTED -> "TOWNSHIP_REJECTED";
                case VETOED -> "JOINT_REVIEW_REJECTED";
                case FAILED_EVALUATION -> "EVALUATION_FAILED";
                case PROBATION_ENDING -> "ON_PROBATION";
                default -> name();
            };
        }

        public boolean evaluated() {
            return this != REGISTERED && this != TOWNSHIP_REJECTED && this != VETOED;
        }

        public boolean admitted() {
            return evaluated() && this != FAILED_EVALUATION;
        }
    }

    /** A village of the demo county (as {@link DemoData#regionsJson()} creates them). */
    public record Village(String code, String name, String township, int seats, boolean onePerson) {
    }

    /**
     * One candidate and what happens to them: the profile sent, the evaluation scores, hours attended, the appraisal.
     * {@code quality} drives the scores (0–100); {@code grade} is null when the appraisal is left open.
     */
    public record Person(int n, String name, String village, String township, String track, String post, LocalDate birthDate,
                         boolean female, String idNumber, String education, String political, String ethnicity, String sourceGroup,
                         String channel, Fate fate, int quality, String grade, String proposalDecision, boolean mentored, boolean silent,
                         String programme, int sessionsAttended) {

        public int writtenTest() {
            return Math.min(100, Math.max(0, quality + n % 7 - 3));
        }

        public int fieldVisit() {
            return Math.min(100, Math.max(0, quality + n % 5 - 2));
        }

        public int votesFor() {
            return Math.round(60 * quality / 100f);
        }

        public static final int VOTES_TOTAL = 60;

        /** Rater {@code r}'s scores per criterion (integers within each criterion's maximum). */
        public int[] sheet(int r) {
            int level = Math.min(100, Math.max(0, quality + RATER_LEAN[r]));
            int[] s = new int[CRITERIA_MAX.length];
            for (int i = 0; i < s.length; i++) {
                s[i] = CRITERIA_MAX[i] * level / 100;
            }
            return s;
        }

        public boolean inPool() {
            return Set.of(Fate.IN_POOL, Fate.ON_PROBATION, Fate.PROBATION_ENDING, Fate.PROBATION_PASSED, Fate.NOT_ELECTED).contains(fate);
        }

        public boolean fullTime() {
            return track.equals("FULL_TIME");
        }

        public double hours() {
            return programme == null ? 0 : sessionsAttended * Programme.of(programme).hours();
        }
    }

    /** The three programmes: who attends them is in each person's {@code programme} and {@code sessionsAttended}. */
    public enum Programme {
        MENTORING_DAY("COLLECTIVE_MENTORING_DAY", "双强双带集中帮带日（余关式“乡选村培”）", MENTORING_TOWNSHIP, 6, 4),
        PRE_POST("PRE_POST", "专职后备干部岗前培训班", COUNTY, 3, 8),
        CAPACITY("REGULAR", "村级后备力量履职能力提升班", COUNTY, 3, 8);

        public final String kind;
        public final String title;
        public final String scope;
        public final int sessions;
        private final int hours;

        Programme(String kind, String title, String scope, int sessions, int hours) {
            this.kind = kind;
            this.title = title;
            this.scope = scope;
            this.sessions = sessions;
            this.hours = hours;
        }

        public int hours() {
            return hours;
        }

        static Programme of(String name) {
            return valueOf(name);
        }
    }

    private static final String[] SURNAMES = {"马", "李", "王", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "罗"};
    private static final String[] GIVEN = {"建军", "海燕", "志强", "丽娟", "国庆", "晓东", "玉兰", "文博", "春梅", "立新", "佳宇", "雪莲"};
    private static final String[] SOURCES = {"RETURNING_GRADUATE", "VETERAN", "WEALTH_LEADER", "RETURNING_MIGRANT", "LOCAL_YOUTH", "RURAL_TALENT",
            "RETURNING_GRADUATE", "LOCAL_EXPERT"};
    private static final String[] CHANNELS = {"OPEN_RECRUITMENT", "FIRST_SECRETARY_SEARCH", "UNIT_RECOMMENDATION", "ORGANISATION_RECOMMENDATION",
            "MASS_APPRAISAL", "SELF_RECOMMENDATION"};
    private static final String[] ETHNICITIES = {"汉族", "汉族", "汉族", "汉族", "汉族", "汉族", "汉族", "回族", "哈萨克族", "维吾尔族"};

    private DemoPlan() {
    }

    /** The 57 villages, in the order {@link DemoData#regionsJson()} creates them. */
    public static List<Village> villages() {
        List<Village> v = new ArrayList<>();
        for (int i = 0; i < 57; i++) {
            String[] t = DemoData.TOWNSHIPS[i % DemoData.TOWNSHIPS.length];
            int n = i / DemoData.TOWNSHIPS.length + 1;
            v.add(new Village("652327" + t[0] + String.format("%03d", 200 + n),
                    DemoData.VILLAGE_STEMS[(i + n) % DemoData.VILLAGE_STEMS.length] + n + "村", "652327" + t[0] + "000", 5 + i % 3, i % 4 == 0));
        }
        return v;
    }

    public static List<Person> people(LocalDate today) {
        List<Village> mentoring = villages().stream().filter(v -> v.township().equals(MENTORING_TOWNSHIP)).toList();
        List<Village> others = villages().stream().filter(v -> !v.township().equals(MENTORING_TOWNSHIP)).toList();
        List<Person> people = new ArrayList<>();
        // Yuguan-like: 58 part-time reserves over the township's 7 villages, each with a mentor; 4 pairs hear nothing.
        for (int n = 0; n < MENTORED; n++) {
            people.add(person(today, n, mentoring.get(n % mentoring.size()), "PART_TIME", "COMMITTEE_MEMBER",
                    n == 5 ? Fate.EXITED : Fate.IN_POOL, "MENTORING_DAY", n % 6 == 1 ? 4 : 6));
        }
        // The other 50 villages: 2, 2, 1, 2, 0 part-time reserves in turn (some villages stay below the 2–3 target).
        int n = MENTORED;
        int[] pattern = {2, 2, 1, 2, 0};
        for (int k = 0; k < others.size(); k++) {
            for (int j = 0; j < pattern[k % pattern.length]; j++, n++) {
                people.add(person(today, n, others.get(k), "PART_TIME", "COMMITTEE_MEMBER", Fate.IN_POOL, "CAPACITY", n % 4 == 0 ? 2 : 3));
            }
        }
        // 20 full-time reserves on named vacancies: 11 elected (6 appointed since), one of them party secretary.
        Fate[] fullTime = {Fate.APPOINTED, Fate.APPOINTED, Fate.APPOINTED, Fate.APPOINTED, Fate.APPOINTED, Fate.APPOINTED, Fate.ELECTED, Fate.ELECTED,
                Fate.ELECTED, Fate.ELECTED, Fate.ELECTED, Fate.PROBATION_PASSED, Fate.PROBATION_PASSED, Fate.PROBATION_PASSED, Fate.NOT_ELECTED,
                Fate.PROBATION_ENDING, Fate.PROBATION_ENDING, Fate.ON_PROBATION, Fate.ON_PROBATION, Fate.ON_PROBATION};
        for (int k = 0; k < FULL_TIME; k++, n++) {
            people.add(person(today, n, others.get(k), "FULL_TIME", k == 0 ? "PARTY_SECRETARY" : "COMMITTEE_MEMBER", fullTime[k], "PRE_POST",
                    k == 3 || k == 16 ? 2 : 3));
        }
        // Those who did not make it, for the funnel's drop-outs.
        Fate[] dropped = {Fate.REGISTERED, Fate.REGISTERED, Fate.TOWNSHIP_REJECTED, Fate.TOWNSHIP_REJECTED, Fate.TOWNSHIP_REJECTED, Fate.VETOED,
                Fate.VETOED, Fate.FAILED_EVALUATION, Fate.FAILED_EVALUATION, Fate.FAILED_EVALUATION};
        for (int k = 0; k < dropped.length; k++, n++) {
            people.add(person(today, n, others.get(20 + k), "PART_TIME", "COMMITTEE_MEMBER", dropped[k], null, 0));
        }
        return people;
    }

    private static Person person(LocalDate today, int n, Village v, String track, String post, Fate fate, String programme, int sessions) {
        boolean female = n % 3 == 0;
        // Ages 24–43; two reserves are 45 and pass the campaign's age limit within the year (an alert).
        LocalDate birth = n == 62 || n == 90 ? today.minusYears(45).minusDays(90 + n)
                : today.minusYears(24 + (n * 7) % 20).minusDays((n * 11) % 300);
        String education = switch (n % 10) {
            case 0, 1, 2 -> "BACHELOR";
            case 3, 4, 5 -> "JUNIOR_COLLEGE";
            case 6 -> n % 20 == 6 ? "MASTER" : "SENIOR_HIGH";
            case 7, 8 -> "SENIOR_HIGH";
            default -> "SECONDARY_VOCATIONAL";
        };
        String political = track.equals("FULL_TIME") || n % 4 < 2 ? "PARTY_MEMBER" : n % 16 == 3 ? "PROBATIONARY_MEMBER"
                : n % 4 == 2 ? "YOUTH_LEAGUE" : "MASSES";
        int quality = fate == Fate.FAILED_EVALUATION ? 42 + n % 5 : 62 + (n * 13) % 34;
        String grade = switch (n) {
            case 0, 1, 60 -> "EXCELLENT";
            case 5 -> "INCOMPETENT";
            case 10, 70, 80, 130 -> "BASICALLY_COMPETENT";
            default -> fate.admitted() && fate != Fate.ON_PROBATION ? "COMPETENT" : null;
        };
        String decision = switch (n) {
            case 0, 5 -> "ACCEPTED";
            case 1 -> "DISMISSED";
            case 60 -> "OPEN";
            default -> null;
        };
        boolean mentored = n < MENTORED;
        return new Person(n, SURNAMES[n % SURNAMES.length] + GIVEN[(n / SURNAMES.length) % GIVEN.length] + (n >= 240 ? n : ""),
                v.code(), v.township(), track, post, birth, female, idNumber(birth, n * 2 + (female ? 0 : 1)), education, political,
                ETHNICITIES[n % ETHNICITIES.length], SOURCES[n % SOURCES.length], CHANNELS[n % CHANNELS.length], fate, quality, grade, decision,
                mentored, mentored && n % 15 == 7, programme, sessions);
    }

    /** A valid 居民身份证号 of the county (GB 11643 check character); the sequence's parity is the gender. */
    static String idNumber(LocalDate birth, int sequence) {
        String body = "652327" + birth.toString().replace("-", "") + String.format("%03d", sequence);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /** Practice posts: the reserve (plan number), the post, whether it is in another village, whether it has ended. */
    public record Post(int n, String kind, boolean crossVillage, boolean ended) {
    }

    public static final List<Post> POSTS = List.of(new Post(2, "PARTY_BRANCH_BUILDING", false, false), new Post(58, "VILLAGE_AFFAIRS_ASSISTANT", false, false),
            new Post(59, "GRID_MEMBER", false, false), new Post(61, "MEDIATION", false, false),
            new Post(63, "RURAL_REVITALISATION_PROJECT", false, false), new Post(64, "FLOOD_RELIEF", false, true),
            new Post(66, "VILLAGE_AFFAIRS_ASSISTANT", true, false));
    /** The reserve whose education upgrade (junior college → bachelor) completes, and the one still studying. */
    public static final int UPGRADED = 3;
    public static final int STUDYING = 13;
    /** The mentored pairs' months: from two months back to this one; tasks of the two past months are reported on and reviewed. */
    public static List<YearMonth> pairMonths(LocalDate today) {
        YearMonth now = YearMonth.from(today);
        return List.of(now.minusMonths(2), now.minusMonths(1), now);
    }
}
