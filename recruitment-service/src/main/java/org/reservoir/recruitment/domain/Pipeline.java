package org.reservoir.recruitment.domain;

import org.reservoir.infrastructure.security.Roles;
import org.reservoir.infrastructure.transitions.Refusal;
import org.reservoir.infrastructure.transitions.TransitionTable;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.reservoir.recruitment.domain.CandidateAction.*;
import static org.reservoir.recruitment.domain.CandidateStatus.*;

/**
 * The candidate pipeline as one transition table: for each action, the statuses it may start from, the
 * statuses it may lead to (the action's outcome picks one) and the roles that may take it. Jurisdiction
 * (the candidate's village inside the caller's region) applies to every row; reviewers additionally act
 * only for a department named in the open joint review.
 */
public final class Pipeline {

    /** One row of the table. */
    public record Transition(CandidateAction action, Set<CandidateStatus> from, Set<CandidateStatus> to, Set<String> roles) {
    }

    public static final List<Transition> TABLE = List.of(
            row(APPROVE_TOWNSHIP_REVIEW, EnumSet.of(REGISTERED), EnumSet.of(TOWNSHIP_APPROVED), Roles.TOWNSHIP_OFFICER, Roles.COUNTY_ADMIN),
            row(REJECT_TOWNSHIP_REVIEW, EnumSet.of(REGISTERED), EnumSet.of(TOWNSHIP_REJECTED), Roles.TOWNSHIP_OFFICER, Roles.COUNTY_ADMIN),
            row(OPEN_JOINT_REVIEW, EnumSet.of(TOWNSHIP_APPROVED), EnumSet.of(IN_JOINT_REVIEW), Roles.COUNTY_ADMIN),
            row(RECORD_REVIEW_VERDICT, EnumSet.of(IN_JOINT_REVIEW), EnumSet.of(IN_JOINT_REVIEW, VETTED, JOINT_REVIEW_REJECTED), Roles.REVIEWER),
            row(RECORD_EVALUATION, EnumSet.of(VETTED), EnumSet.of(EVALUATED, EVALUATION_FAILED), Roles.SERVICE),
            row(ADMIT, EnumSet.of(EVALUATED), EnumSet.of(ADMITTED, IN_POOL), Roles.COUNTY_ADMIN),
            row(DECLINE_ADMISSION, EnumSet.of(EVALUATED), EnumSet.of(NOT_ADMITTED), Roles.COUNTY_ADMIN),
            row(START_PROBATION, EnumSet.of(ADMITTED), EnumSet.of(ON_PROBATION), Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER),
            row(RECORD_PROBATION_OUTCOME, EnumSet.of(ON_PROBATION), EnumSet.of(PROBATION_PASSED, PROBATION_FAILED),
                    Roles.TOWNSHIP_OFFICER, Roles.COUNTY_ADMIN, Roles.SERVICE),
            row(RECORD_ELECTION, EnumSet.of(PROBATION_PASSED), EnumSet.of(ELECTED, NOT_ELECTED), Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER),
            row(APPOINT, EnumSet.of(ELECTED), EnumSet.of(APPOINTED), Roles.COUNTY_ADMIN),
            row(MOVE_TO_FULL_TIME, EnumSet.of(IN_POOL), EnumSet.of(ADMITTED), Roles.COUNTY_ADMIN),
            row(RETURN_TO_POOL, EnumSet.of(NOT_ELECTED, PROBATION_FAILED), EnumSet.of(IN_POOL), Roles.COUNTY_ADMIN),
            // The service: an exit proposal the county admin accepted in assessment (assessment.appraisal.v1).
            row(EXIT, CandidateStatus.active(), EnumSet.of(EXITED), Roles.COUNTY_ADMIN, Roles.SERVICE));

    /** The same table as the runner reads it. */
    public static final TransitionTable<CandidateAction, CandidateStatus> TRANSITIONS = new TransitionTable<>("illegal-transition",
            TABLE.stream().map(t -> new TransitionTable.Row<>(t.action(), t.from(), t.to(), t.roles())).toList());

    private Pipeline() {
    }

    private static Transition row(CandidateAction action, Set<CandidateStatus> from, Set<CandidateStatus> to, String... roles) {
        return new Transition(action, from, to, Set.of(roles));
    }

    public static Transition of(CandidateAction action) {
        return TABLE.stream().filter(t -> t.action() == action).findFirst().orElseThrow();
    }

    /** The actions that may start from {@code status}, in table order. */
    public static List<CandidateAction> allowedFrom(CandidateStatus status) {
        return TRANSITIONS.allowedFrom(status);
    }

    /** Whether any of {@code roles} may take {@code action}. */
    public static boolean permits(CandidateAction action, Set<String> roles) {
        return TRANSITIONS.permits(action, roles);
    }

    /** The refusal's problem key, if {@code action} cannot lead from {@code from} to {@code to}; empty when it can. */
    public static Optional<String> refusal(CandidateAction action, CandidateStatus from, CandidateStatus to) {
        return TRANSITIONS.refusal(action, from, to).map(Refusal::key);
    }
}
