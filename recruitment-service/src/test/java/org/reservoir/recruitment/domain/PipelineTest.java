package org.reservoir.recruitment.domain;

import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.security.Roles;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reservoir.recruitment.domain.CandidateAction.*;
import static org.reservoir.recruitment.domain.CandidateStatus.*;

class PipelineTest {

    private record Step(CandidateAction action, CandidateStatus from, CandidateStatus to) {
    }

    private static Step step(CandidateAction action, CandidateStatus from, CandidateStatus to) {
        return new Step(action, from, to);
    }

    private static void assertLegal(List<Step> path) {
        for (int i = 0; i < path.size(); i++) {
            Step s = path.get(i);
            if (i > 0) {
                assertEquals(path.get(i - 1).to(), s.from(), "the path is connected at step " + i);
            }
            assertEquals(Optional.empty(), Pipeline.refusal(s.action(), s.from(), s.to()), s.toString());
        }
    }

    private static Set<CandidateAction> permitted(String role) {
        return Arrays.stream(CandidateAction.values()).filter(a -> Pipeline.permits(a, Set.of(role)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CandidateAction.class)));
    }

    // --- shape of the table ---

    @Test
    void everyActionHasExactlyOneRow() {
        for (CandidateAction action : CandidateAction.values()) {
            assertEquals(1, Pipeline.TABLE.stream().filter(t -> t.action() == action).count(), action.name());
        }
        assertEquals(CandidateAction.values().length, Pipeline.TABLE.size());
    }

    @Test
    void everyRowNamesSomeStatusesAndRoles() {
        for (Pipeline.Transition t : Pipeline.TABLE) {
            assertFalse(t.from().isEmpty(), t.action() + " from");
            assertFalse(t.to().isEmpty(), t.action() + " to");
            assertFalse(t.roles().isEmpty(), t.action() + " roles");
        }
    }

    @Test
    void noRowStartsFromATerminalStatus() {
        for (Pipeline.Transition t : Pipeline.TABLE) {
            for (CandidateStatus from : t.from()) {
                assertFalse(from.isTerminal(), t.action() + " starts from terminal " + from);
            }
        }
    }

    @Test
    void exitStartsFromExactlyTheNonTerminalStatuses() {
        Set<CandidateStatus> nonTerminal = Arrays.stream(CandidateStatus.values()).filter(s -> !s.isTerminal())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CandidateStatus.class)));
        assertEquals(nonTerminal, Pipeline.of(EXIT).from());
        assertEquals(nonTerminal, CandidateStatus.active());
        assertEquals(EnumSet.of(EXITED), Pipeline.of(EXIT).to());
    }

    @Test
    void everyNonTerminalStatusHasAnAllowedActionAndTerminalOnesNone() {
        for (CandidateStatus status : CandidateStatus.values()) {
            List<CandidateAction> allowed = Pipeline.allowedFrom(status);
            if (status.isTerminal()) {
                assertEquals(List.of(), allowed, status.name());
            } else {
                assertFalse(allowed.isEmpty(), status.name());
                assertTrue(allowed.contains(EXIT), status + " may exit");
            }
        }
    }

    @Test
    void allowedFromFollowsTableOrder() {
        assertEquals(List.of(APPROVE_TOWNSHIP_REVIEW, REJECT_TOWNSHIP_REVIEW, EXIT), Pipeline.allowedFrom(REGISTERED));
        assertEquals(List.of(ADMIT, DECLINE_ADMISSION, EXIT), Pipeline.allowedFrom(EVALUATED));
        assertEquals(List.of(MOVE_TO_FULL_TIME, EXIT), Pipeline.allowedFrom(IN_POOL));
        assertEquals(List.of(RETURN_TO_POOL, EXIT), Pipeline.allowedFrom(NOT_ELECTED));
        assertEquals(List.of(RETURN_TO_POOL, EXIT), Pipeline.allowedFrom(PROBATION_FAILED));
    }

    @Test
    void everyStatusIsReachableFromRegistered() {
        Set<CandidateStatus> reached = EnumSet.of(REGISTERED);
        Deque<CandidateStatus> queue = new ArrayDeque<>(reached);
        while (!queue.isEmpty()) {
            CandidateStatus at = queue.poll();
            for (Pipeline.Transition t : Pipeline.TABLE) {
                if (t.from().contains(at)) {
                    for (CandidateStatus to : t.to()) {
                        if (reached.add(to)) {
                            queue.add(to);
                        }
                    }
                }
            }
        }
        assertEquals(EnumSet.allOf(CandidateStatus.class), reached);
    }

    @Test
    void everyStatusButRegisteredIsSomeRowsOutcome() {
        for (CandidateStatus status : CandidateStatus.values()) {
            if (status != REGISTERED) {
                assertTrue(Pipeline.TABLE.stream().anyMatch(t -> t.to().contains(status)), status + " is led to");
            }
        }
    }

    // --- happy paths ---

    @Test
    void fullTimeHappyPath() {
        assertLegal(List.of(
                step(APPROVE_TOWNSHIP_REVIEW, REGISTERED, TOWNSHIP_APPROVED),
                step(OPEN_JOINT_REVIEW, TOWNSHIP_APPROVED, IN_JOINT_REVIEW),
                step(RECORD_REVIEW_VERDICT, IN_JOINT_REVIEW, VETTED),
                step(RECORD_EVALUATION, VETTED, EVALUATED),
                step(ADMIT, EVALUATED, ADMITTED),
                step(START_PROBATION, ADMITTED, ON_PROBATION),
                step(RECORD_PROBATION_OUTCOME, ON_PROBATION, PROBATION_PASSED),
                step(RECORD_ELECTION, PROBATION_PASSED, ELECTED),
                step(APPOINT, ELECTED, APPOINTED)));
        assertTrue(APPOINTED.isTerminal());
    }

    @Test
    void partTimeHappyPathThroughThePool() {
        assertLegal(List.of(
                step(APPROVE_TOWNSHIP_REVIEW, REGISTERED, TOWNSHIP_APPROVED),
                step(OPEN_JOINT_REVIEW, TOWNSHIP_APPROVED, IN_JOINT_REVIEW),
                step(RECORD_REVIEW_VERDICT, IN_JOINT_REVIEW, VETTED),
                step(RECORD_EVALUATION, VETTED, EVALUATED),
                step(ADMIT, EVALUATED, IN_POOL),
                step(MOVE_TO_FULL_TIME, IN_POOL, ADMITTED)));
    }

    @Test
    void jointReviewMayStayOpenWhileVerdictsComeIn() {
        assertLegal(List.of(
                step(RECORD_REVIEW_VERDICT, IN_JOINT_REVIEW, IN_JOINT_REVIEW),
                step(RECORD_REVIEW_VERDICT, IN_JOINT_REVIEW, IN_JOINT_REVIEW),
                step(RECORD_REVIEW_VERDICT, IN_JOINT_REVIEW, VETTED)));
        assertEquals(Optional.empty(), Pipeline.refusal(RECORD_REVIEW_VERDICT, IN_JOINT_REVIEW, JOINT_REVIEW_REJECTED));
    }

    @Test
    void theFailedGoBackToThePool() {
        assertLegal(List.of(
                step(RECORD_PROBATION_OUTCOME, ON_PROBATION, PROBATION_FAILED),
                step(RETURN_TO_POOL, PROBATION_FAILED, IN_POOL),
                step(MOVE_TO_FULL_TIME, IN_POOL, ADMITTED),
                step(START_PROBATION, ADMITTED, ON_PROBATION),
                step(RECORD_PROBATION_OUTCOME, ON_PROBATION, PROBATION_PASSED),
                step(RECORD_ELECTION, PROBATION_PASSED, NOT_ELECTED),
                step(RETURN_TO_POOL, NOT_ELECTED, IN_POOL),
                step(EXIT, IN_POOL, EXITED)));
    }

    // --- refusals ---

    @Test
    void anActionFromTheWrongStatusIsAnIllegalTransition() {
        assertEquals(Optional.of("illegal-transition"), Pipeline.refusal(ADMIT, REGISTERED, ADMITTED));
        assertEquals(Optional.of("illegal-transition"), Pipeline.refusal(APPOINT, IN_POOL, APPOINTED));
        assertEquals(Optional.of("illegal-transition"), Pipeline.refusal(OPEN_JOINT_REVIEW, REGISTERED, IN_JOINT_REVIEW));
        assertEquals(Optional.of("illegal-transition"), Pipeline.refusal(RECORD_EVALUATION, IN_JOINT_REVIEW, EVALUATED));
        assertEquals(Optional.of("illegal-transition"), Pipeline.refusal(START_PROBATION, IN_POOL, ON_PROBATION));
        assertEquals(Optional.of("illegal-transition"), Pipeline.refusal(MOVE_TO_FULL_TIME, EVALUATED, ADMITTED));
        assertEquals(Optional.of("illegal-transition"), Pipeline.refusal(APPROVE_TOWNSHIP_REVIEW, TOWNSHIP_REJECTED, TOWNSHIP_APPROVED));
    }

    @Test
    void theStartingStatusIsCheckedBeforeTheOutcome() {
        // Both wrong: the transition is what is reported.
        assertEquals(Optional.of("illegal-transition"), Pipeline.refusal(ADMIT, REGISTERED, APPOINTED));
    }

    @Test
    void anOutcomeTheActionCannotHaveIsAnIllegalOutcome() {
        assertEquals(Optional.of("illegal-outcome"), Pipeline.refusal(ADMIT, EVALUATED, APPOINTED));
        assertEquals(Optional.of("illegal-outcome"), Pipeline.refusal(ADMIT, EVALUATED, NOT_ADMITTED));
        assertEquals(Optional.of("illegal-outcome"), Pipeline.refusal(RECORD_EVALUATION, VETTED, VETTED));
        assertEquals(Optional.of("illegal-outcome"), Pipeline.refusal(APPROVE_TOWNSHIP_REVIEW, REGISTERED, TOWNSHIP_REJECTED));
        assertEquals(Optional.of("illegal-outcome"), Pipeline.refusal(MOVE_TO_FULL_TIME, IN_POOL, APPOINTED));
    }

    @Test
    void nothingLeavesATerminalStatus() {
        for (CandidateStatus status : CandidateStatus.values()) {
            if (status.isTerminal()) {
                for (CandidateAction action : CandidateAction.values()) {
                    assertEquals(Optional.of("illegal-transition"), Pipeline.refusal(action, status, EXITED), action + " from " + status);
                }
            }
        }
    }

    // --- roles ---

    @Test
    void aReviewerMayOnlyRecordVerdicts() {
        assertEquals(EnumSet.of(RECORD_REVIEW_VERDICT), permitted(Roles.REVIEWER));
    }

    @Test
    void aTownshipOfficerRunsTheTownshipReviewAndProbation() {
        Set<CandidateAction> township = permitted(Roles.TOWNSHIP_OFFICER);
        assertTrue(township.contains(APPROVE_TOWNSHIP_REVIEW));
        assertTrue(township.contains(REJECT_TOWNSHIP_REVIEW));
        assertTrue(township.contains(START_PROBATION));
        assertTrue(township.contains(RECORD_PROBATION_OUTCOME));
        assertTrue(township.contains(RECORD_ELECTION));
        assertFalse(township.contains(ADMIT));
        assertFalse(township.contains(OPEN_JOINT_REVIEW));
        assertFalse(township.contains(EXIT));
        assertFalse(township.contains(APPOINT));
        assertFalse(township.contains(RECORD_REVIEW_VERDICT));
    }

    @Test
    void theCountyAdminDecidesButNeitherReviewsNorEvaluates() {
        Set<CandidateAction> county = permitted(Roles.COUNTY_ADMIN);
        assertTrue(county.contains(ADMIT));
        assertTrue(county.contains(EXIT));
        assertTrue(county.contains(OPEN_JOINT_REVIEW));
        assertTrue(county.contains(APPOINT));
        assertFalse(county.contains(RECORD_REVIEW_VERDICT));
        assertFalse(county.contains(RECORD_EVALUATION));
        assertEquals(EnumSet.complementOf(EnumSet.of(RECORD_REVIEW_VERDICT, RECORD_EVALUATION)), county);
    }

    @Test
    void theServiceRecordsEvaluationsAndProbationOutcomes() {
        assertEquals(EnumSet.of(RECORD_EVALUATION, RECORD_PROBATION_OUTCOME, EXIT), permitted(Roles.SERVICE));
    }

    @Test
    void viewersMentorsAndAssessorsMayDoNothing() {
        for (String role : List.of(Roles.VIEWER, Roles.MENTOR, Roles.ASSESSOR)) {
            assertEquals(EnumSet.noneOf(CandidateAction.class), permitted(role), role);
        }
        for (CandidateAction action : CandidateAction.values()) {
            assertFalse(Pipeline.permits(action, Set.of()), action + " with no roles");
        }
    }

    @Test
    void anyOneOfSeveralRolesSuffices() {
        Set<String> roles = Set.of(Roles.VIEWER, Roles.REVIEWER);
        assertTrue(Pipeline.permits(RECORD_REVIEW_VERDICT, roles));
        assertFalse(Pipeline.permits(ADMIT, roles));
        assertTrue(Pipeline.permits(ADMIT, Set.of(Roles.TOWNSHIP_OFFICER, Roles.COUNTY_ADMIN)));
    }
}
