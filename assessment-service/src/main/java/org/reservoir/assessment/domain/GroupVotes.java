package org.reservoir.assessment.domain;

/** One voter group's ballots in a democratic appraisal: how many chose each grade. */
public record GroupVotes(VoterGroup group, int excellent, int competent, int basicallyCompetent, int incompetent) {

    public int count(Grade grade) {
        return switch (grade) {
            case EXCELLENT -> excellent;
            case COMPETENT -> competent;
            case BASICALLY_COMPETENT -> basicallyCompetent;
            case INCOMPETENT -> incompetent;
        };
    }

    public int total() {
        return excellent + competent + basicallyCompetent + incompetent;
    }
}
