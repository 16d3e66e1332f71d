package org.reservoir.recruitment.roster;

import org.reservoir.infrastructure.api.Messages;
import org.reservoir.recruitment.domain.Channel;
import org.reservoir.recruitment.domain.CommitteePost;
import org.reservoir.recruitment.domain.EducationLevel;
import org.reservoir.recruitment.domain.Gender;
import org.reservoir.recruitment.domain.PoliticalStatus;
import org.reservoir.recruitment.domain.SourceGroup;
import org.reservoir.recruitment.domain.Track;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The Chinese words officers type in rosters, mapped to the API's values (which are accepted too). */
public final class RosterLabels {

    private RosterLabels() {
    }

    /** Words officers use besides the labels (enum.<Type>.<VALUE> in the problems bundle, one source for messages and rosters). */
    private static final Map<String, Enum<?>> ALIASES = Map.of("致富能手", SourceGroup.WEALTH_LEADER);
    private static final Map<Class<?>, Map<String, Enum<?>>> LABELS = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> YES_NO = Map.of("是", true, "否", false, "true", true, "false", false, "TRUE", true, "FALSE", false);

    public static Optional<Gender> gender(String s) {
        return lookup(Gender.class, s);
    }

    public static Optional<EducationLevel> education(String s) {
        return lookup(EducationLevel.class, s);
    }

    public static Optional<PoliticalStatus> political(String s) {
        return lookup(PoliticalStatus.class, s);
    }

    public static Optional<SourceGroup> source(String s) {
        return lookup(SourceGroup.class, s);
    }

    public static Optional<Channel> channel(String s) {
        return lookup(Channel.class, s);
    }

    public static Optional<Track> track(String s) {
        return lookup(Track.class, s);
    }

    public static Optional<CommitteePost> post(String s) {
        return lookup(CommitteePost.class, s);
    }

    public static Optional<Boolean> yesNo(String s) {
        return Optional.ofNullable(YES_NO.get(s));
    }

    private static String label(Enum<?> value) {
        return Messages.text(Messages.CHINESE, "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    private static <E extends Enum<E>> Optional<E> lookup(Class<E> type, String s) {
        Map<String, Enum<?>> labels = LABELS.computeIfAbsent(type, t -> {
            Map<String, Enum<?>> byLabel = new HashMap<>();
            for (E value : type.getEnumConstants()) {
                byLabel.put(label(value), value);
            }
            ALIASES.forEach((alias, value) -> {
                if (value.getDeclaringClass() == type) {
                    byLabel.put(alias, value);
                }
            });
            return byLabel;
        });
        if (labels.containsKey(s)) {
            return Optional.of(type.cast(labels.get(s)));
        }
        try {
            return Optional.of(Enum.valueOf(type, s));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
