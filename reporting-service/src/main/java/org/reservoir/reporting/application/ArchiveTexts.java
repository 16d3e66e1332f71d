package org.reservoir.reporting.application;

import org.reservoir.infrastructure.api.Messages;
import org.reservoir.reporting.domain.ArchiveLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A timeline line as a sentence, from the bundles ({@code archive.line.<KIND>}, code values by their labels
 * {@code enum.<Type>.<VALUE>}), in Chinese or English.
 */
public final class ArchiveTexts {

    private ArchiveTexts() {
    }

    public static String summary(ArchiveLine line, Locale locale) {
        Map<String, Object> f = line.facts();
        String key = "archive.line." + line.kind().name();
        String text = switch (line.kind()) {
            case REGISTERED -> Messages.text(locale, key, label("Track", f.get("track")), label("CommitteePost", f.get("targetPost")));
            case STATUS_CHANGED -> Messages.text(locale, key, label("CandidateStatus", f.get("from")), label("CandidateStatus", f.get("to")));
            case KEY_CULTIVATION -> Messages.text(locale, key);
            case EVALUATED -> Messages.text(locale, key, f.get("composite"), new Messages.Key("archive.passed." + f.get("passed"), ""),
                    f.get("rank"), f.get("rankOf"));
            case APPRAISAL_GRADED -> Messages.text(locale, key, f.get("period"), label("Grade", f.get("grade")), f.get("total"));
            case PROPOSAL_DECIDED -> Messages.text(locale, key, label("ProposalKind", f.get("kind")), label("ProposalStatus", f.get("status")));
            case MENTOR_PAIR_STARTED -> Messages.text(locale, key, f.get("endsOn"));
            case MENTOR_PAIR_ENDED -> Messages.text(locale, key, label("EndReason", f.get("endReason")));
            case GROWTH_GOAL -> Messages.text(locale, key, String.valueOf(f.get("year")), label("GrowthArea", f.get("area")), f.get("description"),
                    new Messages.Key("archive.achieved." + f.get("achieved"), ""));
            case MONTHLY_TASK -> Messages.text(locale, key, f.get("month"), f.get("title"), f.get("dueOn"),
                    label("MentorshipTask.Status", f.get("status")));
            case FOLLOW_UP -> Messages.text(locale, key, f.get("month"), f.containsKey("rating") ? f.get("rating") : "—");
            case TRAINING_HOURS -> Messages.text(locale, key, label("ProgrammeKind", f.get("programmeKind")), f.get("hours"));
            case PRACTICE_STARTED -> Messages.text(locale, key, label("PostKind", f.get("postKind")), f.get("postVillageCode"), f.get("endOn"));
            case PRACTICE_ENDED -> Messages.text(locale, key, label("PostKind", f.get("postKind")), label("PracticeGrade", f.get("grade")));
            case EDUCATION_UPGRADED -> Messages.text(locale, key, label("EducationLevel", f.get("educationLevel")), f.get("school"));
        };
        List<String> more = new ArrayList<>();
        if (f.get("breakdown") instanceof List<?> parts) {
            for (Object p : parts) {
                Map<?, ?> part = (Map<?, ?>) p;
                more.add(Messages.text(locale, "archive.part", label("Component", part.get("component")), part.get("score"), part.get("maxScore")));
            }
        }
        if (f.get("electedPosts") instanceof List<?> posts && !posts.isEmpty()) {
            more.add(Messages.text(locale, "archive.posts", String.join(" ", posts.stream().map(p -> Messages.text(locale, "enum.CommitteePost." + p)).toList())));
        }
        if (f.get("exitReason") != null) {
            more.add(Messages.text(locale, "archive.exit-reason", label("ExitReason", f.get("exitReason"))));
        }
        if (f.get("reason") != null) {
            more.add(Messages.text(locale, "archive.reason", f.get("reason")));
        }
        return more.isEmpty() ? text : text + Messages.text(locale, "archive.more", String.join(Messages.text(locale, "archive.separator"), more));
    }

    /** A code value by its label, or the code where no bundle has one; "—" for none. */
    static Object label(String type, Object code) {
        return code == null ? "—" : new Messages.Key("enum." + type + "." + code, code.toString());
    }
}
