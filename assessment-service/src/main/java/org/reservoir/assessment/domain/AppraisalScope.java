package org.reservoir.assessment.domain;

import java.util.Set;

/**
 * Who a cycle appraises: every reserve in the pool, on probation or appointed from a reserve — recruitment's candidate
 * statuses (as its events name them) from admission on, except those who failed probation or left.
 */
public final class AppraisalScope {

    public static final Set<String> STATUSES = Set.of("ADMITTED", "IN_POOL", "ON_PROBATION", "PROBATION_PASSED", "ELECTED",
            "NOT_ELECTED", "APPOINTED");

    private AppraisalScope() {
    }

    public static boolean inScope(String recruitmentStatus) {
        return STATUSES.contains(recruitmentStatus);
    }
}
