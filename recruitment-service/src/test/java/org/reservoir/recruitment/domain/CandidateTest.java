package org.reservoir.recruitment.domain;

import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.api.Violation;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.infrastructure.transitions.AuditedState;
import org.reservoir.infrastructure.transitions.Decision;
import org.reservoir.infrastructure.transitions.Journal;
import org.reservoir.infrastructure.transitions.Refusal;
import org.reservoir.infrastructure.transitions.TransitionRunner;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reservoir.recruitment.domain.DomainFixtures.*;

/** The candidate's rules as plain values: quota, one veto (一票否决), 一肩挑, eligibility at review, and the pipeline through the runner. */
class CandidateTest {

    /** Born 1990-03-07, male. */
    static final String ID = "652327199003071235";

    static Registration registration(Track track, PoliticalStatus politics, LocalDate joined) {
        return new Registration(UUID.randomUUID(), VILLAGE, CommitteePost.PARTY_SECRETARY, track, " 张三 ", null, "汉",
                null, ID, "13800000000", EducationLevel.BACHELOR, null, null, politics, joined, null, 3, true, null, true, null,
                null, SourceGroup.RETURNING_GRADUATE, Channel.OPEN_RECRUITMENT, null);
    }

    static Candidate candidate(Campaign campaign, CandidateStatus status) {
        IdNumber id = ((IdNumber.Valid) IdNumber.parse(ID, TODAY)).id();
        Candidate c = Candidate.registered(UUID.randomUUID(), registration(Track.FULL_TIME, PoliticalStatus.MASSES, null), campaign, id,
                "hash", "cipher", now(), TODAY);
        return AuditedState.set(c, status, 7);
    }

    static Candidate candidate(CandidateStatus status) {
        return candidate(campaign(Campaign.Status.OPEN), status);
    }

    static <S> Decision.Moved<S> moved(Decision<S> d) {
        return assertInstanceOf(Decision.Moved.class, d);
    }

    static Refusal refused(Decision<?> d) {
        return assertInstanceOf(Decision.Refused.class, d).refusal();
    }

    // ---------------------------------------------------------------- registration

    @Test
    void aRegistrationTakesBirthDateGenderAndTownshipFromTheCodes() {
        Candidate c = candidate(CandidateStatus.REGISTERED);
        assertEquals(LocalDate.of(1990, 3, 7), c.birthDate);
        assertEquals(Gender.MALE, c.gender);
        assertEquals(TOWNSHIP, c.townshipCode);
        assertEquals("张三", c.name);
        assertTrue(c.eligible());
        assertEquals(now(), c.registeredAt);
    }

    @Test
    void aRegistrationOutsideTheCallersRegionIsForbiddenBeforeAnyRuleIsChecked() {
        Candidate.Registering r = Candidate.checkRegistration(registration(Track.FULL_TIME, PoliticalStatus.MASSES, null),
                campaign(Campaign.Status.OPEN), REGIONS.get(VILLAGE), OTHER_OFFICER, TODAY);
        assertEquals(403, assertInstanceOf(Candidate.Registering.Refused.class, r).refusal().status());
    }

    @Test
    void everyBrokenProfileRuleIsNamed() {
        Registration r = new Registration(UUID.randomUUID(), VILLAGE, CommitteePost.BRANCH_MEMBER, Track.FULL_TIME, "李四",
                Gender.FEMALE, "汉", null, ID, null, EducationLevel.BACHELOR, null, null, PoliticalStatus.PARTY_MEMBER, null,
                List.of(new Candidate.Job(TODAY, TODAY.minusDays(1), "x", "y")), null, null, null, null, null, null,
                SourceGroup.VETERAN, Channel.FIRST_SECRETARY_SEARCH, " ");
        Candidate.Registering checked = Candidate.checkRegistration(r, campaign(Campaign.Status.OPEN), REGIONS.get(VILLAGE), TOWNSHIP_OFFICER, TODAY);
        assertEquals(List.of("id-number-gender-mismatch", "no-such-vacancy", "channel-detail-required", "party-join-date-required", "job-dates"),
                assertInstanceOf(Candidate.Registering.Refused.class, checked).refusal().violations().stream().map(Violation::rule).toList());
    }

    // ---------------------------------------------------------------- township review and eligibility at review

    @Test
    void aRejectionNeedsAReason() {
        assertEquals("reason", refused(candidate(CandidateStatus.REGISTERED).townshipReview(false, " ")).violations().get(0).field());
        assertEquals(CandidateStatus.TOWNSHIP_REJECTED, moved(candidate(CandidateStatus.REGISTERED).townshipReview(false, "不符合")).to());
    }

    @Test
    void onlyAnEligibleCandidateIsApprovedAndAnOverrideMakesItEligible() {
        Candidate c = candidate(CandidateStatus.REGISTERED);
        c.screen(new EligibilityRuleSet(null, 30, null, null, null, null, null, null, null), TODAY);
        Refusal notEligible = refused(c.townshipReview(true, null));
        assertEquals("not-eligible", notEligible.key());
        assertEquals(Map.of("failedRules", List.of("max-age")), notEligible.extensions());
        assertTrue(c.overrideRule("max-age", " 村里急需 ", "officer", now()).isEmpty());
        assertEquals("村里急需", c.eligibility.stream().filter(s -> s.rule().equals("max-age")).findFirst().orElseThrow().overrideReason());
        assertEquals(CandidateStatus.TOWNSHIP_APPROVED, moved(c.townshipReview(true, null)).to());
        c.screen(new EligibilityRuleSet(null, 30, null, null, null, null, null, null, null), TODAY);
        assertTrue(c.eligible(), "a rescreen keeps the override of a rule that still fails");
    }

    @Test
    void overridesEndWithTheTownshipReview() {
        Candidate c = candidate(CandidateStatus.TOWNSHIP_APPROVED);
        assertEquals("override-after-review", c.overrideRule("max-age", "r", "o", now()).orElseThrow().key());
        assertEquals(404, candidate(CandidateStatus.REGISTERED).overrideRule("no-such-rule", "r", "o", now()).orElseThrow().status());
    }

    // ---------------------------------------------------------------- joint review: one veto rejects

    static Candidate inReview() {
        Candidate c = candidate(CandidateStatus.TOWNSHIP_APPROVED);
        c.openJointReview(List.of(" police ", "court", "discipline", "court"));
        return AuditedState.set(c, CandidateStatus.IN_JOINT_REVIEW, c.version());
    }

    @Test
    void theReviewNamesEachDepartmentOnce() {
        assertEquals(List.of("court", "discipline", "police"), inReview().reviewDepartments);
    }

    @Test
    void oneVetoRejectsWhateverTheOthersSaid() {
        Candidate c = inReview();
        Map<String, ReviewVerdict.Verdict> passes = Map.of("court", ReviewVerdict.Verdict.PASS, "police", ReviewVerdict.Verdict.PASS);
        assertEquals(CandidateStatus.JOINT_REVIEW_REJECTED, moved(c.recordVerdict("discipline", ReviewVerdict.Verdict.VETO, "违纪", passes)).to());
        assertEquals(CandidateStatus.JOINT_REVIEW_REJECTED, moved(c.recordVerdict("court", ReviewVerdict.Verdict.VETO, "涉诉", Map.of())).to());
    }

    @Test
    void allPassesVetAndUntilThenTheReviewStaysOpen() {
        Candidate c = inReview();
        assertEquals(CandidateStatus.IN_JOINT_REVIEW, moved(c.recordVerdict("court", ReviewVerdict.Verdict.PASS, null, Map.of())).to());
        assertEquals(CandidateStatus.VETTED, moved(c.recordVerdict("police", ReviewVerdict.Verdict.PASS, null,
                Map.of("court", ReviewVerdict.Verdict.PASS, "discipline", ReviewVerdict.Verdict.PASS))).to());
    }

    @Test
    void aVetoNeedsAReasonAndEachDepartmentAnswersOnceForItself() {
        Candidate c = inReview();
        assertEquals("veto-reason-required", refused(c.recordVerdict("court", ReviewVerdict.Verdict.VETO, "", Map.of())).violations().get(0).rule());
        assertEquals(403, refused(c.recordVerdict("petitions", ReviewVerdict.Verdict.PASS, null, Map.of())).status());
        assertEquals(403, refused(c.recordVerdict(null, ReviewVerdict.Verdict.PASS, null, Map.of())).status());
        assertEquals("verdict-exists", refused(c.recordVerdict("court", ReviewVerdict.Verdict.PASS, null,
                Map.of("court", ReviewVerdict.Verdict.PASS))).key());
    }

    // ---------------------------------------------------------------- evaluation, admission, quota

    @Test
    void assessmentsResultDecidesTheEvaluation() {
        Candidate c = candidate(CandidateStatus.VETTED);
        Candidate.Scores passing = new Candidate.Scores(BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN, new BigDecimal("75"), true);
        c.recordScores(passing);
        assertEquals(new BigDecimal("75"), c.compositeScore);
        assertEquals(CandidateStatus.EVALUATED, moved(c.evaluate(passing)).to());
        Candidate.Scores failing = new Candidate.Scores(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("59.5"), false);
        assertEquals(CandidateStatus.EVALUATION_FAILED, moved(candidate(CandidateStatus.VETTED).evaluate(failing)).to());
        assertFalse(candidate(CandidateStatus.ADMITTED).takesEvaluation());
    }

    @Test
    void admissionFollowsTheTrack() {
        Candidate fullTime = candidate(CandidateStatus.EVALUATED);
        assertEquals(CandidateStatus.ADMITTED, moved(fullTime.admission(true, null)).to());
        Candidate partTime = candidate(CandidateStatus.EVALUATED);
        partTime.track = Track.PART_TIME;
        assertEquals(CandidateStatus.IN_POOL, moved(partTime.admission(true, null)).to());
        assertEquals(CandidateStatus.NOT_ADMITTED, moved(partTime.admission(false, "名额已满")).to());
    }

    @Test
    void theQuotaRefusesANewPlaceOnAFullTrackOnly() {
        Candidate c = candidate(CandidateStatus.EVALUATED);
        Refusal full = c.quotaRefusal(CandidateStatus.EVALUATED, Track.FULL_TIME, CandidateStatus.ADMITTED, 1, 1).orElseThrow();
        assertEquals(409, full.status());
        assertEquals("quota-full", full.key());
        assertTrue(c.quotaRefusal(CandidateStatus.EVALUATED, Track.FULL_TIME, CandidateStatus.ADMITTED, 2, 1).isEmpty());
        assertTrue(c.quotaRefusal(CandidateStatus.ADMITTED, Track.FULL_TIME, CandidateStatus.ON_PROBATION, 1, 1).isEmpty(),
                "a step along the same track keeps its place");
        assertTrue(c.quotaRefusal(CandidateStatus.EVALUATED, Track.FULL_TIME, CandidateStatus.NOT_ADMITTED, 1, 1).isEmpty());
        assertEquals("quota-full", c.quotaRefusal(CandidateStatus.IN_POOL, Track.PART_TIME, CandidateStatus.ADMITTED, 1, 1).orElseThrow().key(),
                "a part-time reserve called to a vacancy takes a full-time place");
    }

    // ---------------------------------------------------------------- probation, election (一肩挑), use

    @Test
    void probationRunsTheCampaignsMonthsAndAnEarlyPassNeedsTheCountyAndAReason() {
        Candidate c = candidate(CandidateStatus.ADMITTED);
        moved(c.startProbation(TODAY, 3));
        assertEquals(TODAY.plusMonths(3), c.probationPlannedEnd);
        assertEquals("probation-not-over", refused(c.probationOutcome(true, "表现好", TODAY, false)).key());
        assertEquals("probation-not-over", refused(c.probationOutcome(true, null, TODAY, true)).key());
        assertEquals(CandidateStatus.PROBATION_PASSED, moved(c.probationOutcome(true, "表现突出", TODAY, true)).to());
        assertEquals(CandidateStatus.PROBATION_PASSED, moved(c.probationOutcome(true, null, TODAY.plusMonths(3), false)).to());
        assertEquals(CandidateStatus.PROBATION_FAILED, moved(c.probationOutcome(false, null, TODAY, false)).to());
    }

    @Test
    void secretaryAndDirectorInOnePersonIsOneShoulder() {
        Candidate c = candidate(CandidateStatus.PROBATION_PASSED);
        moved(c.election(true, List.of(CommitteePost.PARTY_SECRETARY, CommitteePost.COMMITTEE_DIRECTOR, CommitteePost.PARTY_SECRETARY), null));
        assertEquals(List.of(CommitteePost.PARTY_SECRETARY, CommitteePost.COMMITTEE_DIRECTOR), c.electedPosts);
        assertTrue(c.secretaryDirectorOnePerson);
        Candidate secretaryOnly = candidate(CandidateStatus.PROBATION_PASSED);
        moved(secretaryOnly.election(true, List.of(CommitteePost.PARTY_SECRETARY), null));
        assertFalse(secretaryOnly.secretaryDirectorOnePerson);
        assertEquals("posts-required", refused(candidate(CandidateStatus.PROBATION_PASSED).election(true, List.of(), null))
                .violations().get(0).rule());
        assertEquals(CandidateStatus.NOT_ELECTED, moved(candidate(CandidateStatus.PROBATION_PASSED).election(false, null, "落选")).to());
    }

    @Test
    void aReserveCalledToAVacancyMovesThereWithinTheCountyAndTheCallersRegion() {
        Candidate c = candidate(CandidateStatus.IN_POOL);
        c.track = Track.PART_TIME;
        assertEquals(422, refused(c.moveToFullTime(REGIONS.get(TOWNSHIP), TOWNSHIP, CommitteePost.BRANCH_MEMBER, null, COUNTY_ADMIN)).status());
        assertEquals(403, refused(c.moveToFullTime(REGIONS.get(OTHER_VILLAGE), OTHER_VILLAGE, CommitteePost.BRANCH_MEMBER, null, TOWNSHIP_OFFICER))
                .status());
        assertEquals(CandidateStatus.ADMITTED, moved(c.moveToFullTime(REGIONS.get(OTHER_VILLAGE), OTHER_VILLAGE, CommitteePost.BRANCH_MEMBER,
                null, COUNTY_ADMIN)).to());
        assertEquals(Track.FULL_TIME, c.track);
        assertEquals(OTHER_TOWNSHIP, c.townshipCode);
    }

    @Test
    void anExitSettlesPendingRecommendations() {
        Candidate c = candidate(CandidateStatus.IN_POOL);
        assertTrue(c.recommendExit(new Candidate.ExitRecommendation("a1", "INCOMPETENT", "不称职", now())));
        assertFalse(c.recommendExit(new Candidate.ExitRecommendation("a1", "INCOMPETENT", "不称职", now())), "once per appraisal");
        assertEquals(CandidateStatus.EXITED, moved(c.exit(ExitReason.ADJUSTED_OUT, null)).to());
        assertTrue(c.exitRecommendations.isEmpty());
        assertFalse(c.dismissExitRecommendation("a1"));
    }

    @Test
    void aKeyCultivationMarkIsKeptOncePerProposalAndNeverOnAClosedFile() {
        Candidate c = candidate(CandidateStatus.IN_POOL);
        Candidate.KeyCultivation mark = new Candidate.KeyCultivation("p1", "a1", "列为重点培养对象", now());
        assertTrue(c.markKeyCultivation(mark));
        assertFalse(c.markKeyCultivation(mark), "the same proposal twice");
        assertTrue(c.markKeyCultivation(new Candidate.KeyCultivation("p2", "a2", "再次优秀", now())), "a later appraisal's");
        assertEquals("p2", c.keyCultivation.proposalId());
        Candidate exited = candidate(CandidateStatus.EXITED);
        assertFalse(exited.markKeyCultivation(mark));
        assertNull(exited.keyCultivation);
    }

    @Test
    void aProfileChangeNamingOnlyHeldValuesChangesNothing() {
        Candidate c = candidate(CandidateStatus.IN_POOL);
        c.phone = "13900000000";
        c.workYears = 5;
        ProfileChanges none = new ProfileChanges(null, null, null, null, null, null, null, null, null, null, null);
        ProfileChanges same = new ProfileChanges("13900000000", null, null, null, null, null, 5, null, null, null, null);
        ProfileChanges other = new ProfileChanges("13900000000", null, null, null, null, null, 6, null, null, null, null);
        assertFalse(c.changedBy(none));
        assertFalse(c.changedBy(same));
        assertTrue(c.changedBy(other));
    }

    @Test
    void aClosedFileTakesNoProfileChange() {
        ProfileChanges phone = new ProfileChanges("139", null, null, null, null, null, null, null, null, null, null);
        assertEquals("candidate-closed", candidate(CandidateStatus.EXITED).updateProfile(phone).orElseThrow().key());
        Candidate c = candidate(CandidateStatus.IN_POOL);
        assertTrue(c.updateProfile(phone).isEmpty());
        assertEquals("139", c.phone);
        ProfileChanges member = new ProfileChanges(null, null, null, null, PoliticalStatus.PARTY_MEMBER, null, null,
                null, null, null, null);
        assertEquals("party-join-date-required", c.updateProfile(member).orElseThrow().violations().get(0).rule());
    }

    @Test
    void aProfileChangeTakesNoPartyJoinDateBeforeTheEighteenthBirthday() {
        Candidate c = candidate(CandidateStatus.IN_POOL);
        assertEquals(LocalDate.of(1990, 3, 7), c.birthDate);
        String phone = c.phone;
        ProfileChanges dayBefore = new ProfileChanges("13911112222", null, null, null, PoliticalStatus.PARTY_MEMBER,
                LocalDate.of(2008, 3, 6), null, null, null, null, null);
        var refusal = c.updateProfile(dayBefore).orElseThrow();
        assertEquals("partyJoinDate", refusal.violations().get(0).field());
        assertEquals("party-join-date-too-early", refusal.violations().get(0).rule());
        assertNull(c.partyJoinDate, "a refused change leaves the profile as it was");
        assertEquals(PoliticalStatus.MASSES, c.politicalStatus);
        assertEquals(phone, c.phone);
        assertTrue(c.updateProfile(new ProfileChanges(null, null, null, null, PoliticalStatus.PARTY_MEMBER,
                LocalDate.of(2008, 3, 7), null, null, null, null, null)).isEmpty(), "the 18th birthday itself");
        assertEquals(LocalDate.of(2008, 3, 7), c.partyJoinDate);
    }

    @Test
    void aFileHoldingAnEarlierJoinDateStillTakesUnrelatedChanges() {
        Candidate c = candidate(CandidateStatus.IN_POOL);
        c.politicalStatus = PoliticalStatus.PARTY_MEMBER;
        c.partyJoinDate = LocalDate.of(2005, 1, 1); // accepted by a profile change before the rule applied to changes
        assertEquals(EducationLevel.BACHELOR, c.educationLevel);
        assertTrue(c.updateProfile(new ProfileChanges(null, EducationLevel.MASTER, null, null, null, null, null, null, null,
                null, null)).isEmpty(), "an education upgrade (training's) names no join date");
        assertEquals(EducationLevel.MASTER, c.educationLevel);
        assertEquals(LocalDate.of(2005, 1, 1), c.partyJoinDate);
    }

    // ---------------------------------------------------------------- through the runner

    private final Recorder<Candidate> journal = new Recorder<>((c, line) -> new Journal.Event("t", line.action().name(), c.id.toString(), c.status()));

    private Candidate run(Candidate c, CandidateAction action, Actor actor, String ifMatch, Function<Candidate, Decision<CandidateStatus>> decide) {
        return journal.runner(() -> AuditedState.flushed(c)).run(new TransitionRunner.Request<>(Pipeline.TRANSITIONS, action, actor, ifMatch, () -> c,
                decide, journal));
    }

    @Test
    void aStepIsAuditedWithActorRoleReasonAndTime() {
        Candidate c = candidate(CandidateStatus.REGISTERED);
        run(c, CandidateAction.REJECT_TOWNSHIP_REVIEW, TOWNSHIP_OFFICER, "\"7\"", x -> x.townshipReview(false, "年龄不符"));
        assertEquals(CandidateStatus.TOWNSHIP_REJECTED, c.status());
        assertEquals(8, c.version());
        var line = journal.lines.get(0);
        assertEquals(List.of("REJECT_TOWNSHIP_REVIEW", "REGISTERED", "TOWNSHIP_REJECTED", "officer", Roles.TOWNSHIP_OFFICER, "年龄不符"),
                List.of(line.action().name(), line.from(), line.to(), line.actor(), line.role(), line.reason()));
        assertEquals(now(), line.at());
        assertEquals(1, journal.events.size());
    }

    @Test
    void anOutcomeTheTableDoesNotListIsRefusedAsIllegalOutcome() {
        Candidate c = candidate(CandidateStatus.EVALUATED);
        ProblemException p = assertThrows(ProblemException.class,
                () -> run(c, CandidateAction.ADMIT, COUNTY_ADMIN, "7", x -> Decision.moveTo(CandidateStatus.APPOINTED)));
        assertEquals("illegal-outcome", p.key());
        assertEquals(CandidateStatus.EVALUATED, c.status());
        assertTrue(journal.lines.isEmpty());
    }

    @Test
    void aWrongStatusNamesTheActionsAllowedNow() {
        ProblemException p = assertThrows(ProblemException.class,
                () -> run(candidate(CandidateStatus.IN_POOL), CandidateAction.APPOINT, COUNTY_ADMIN, "7", x -> x.appoint(null)));
        assertEquals("illegal-transition", p.key());
        assertEquals(List.of("MOVE_TO_FULL_TIME", "EXIT"), p.extensions().get("allowedActions"));
    }

    @Test
    void aReviewerIsNoTownshipAndAServiceNamesNoVersion() {
        assertEquals(403, assertThrows(ProblemException.class, () -> run(candidate(CandidateStatus.REGISTERED),
                CandidateAction.APPROVE_TOWNSHIP_REVIEW, reviewer("court"), "7", x -> x.townshipReview(true, null))).status());
        Candidate c = candidate(CandidateStatus.VETTED);
        Candidate.Scores s = new Candidate.Scores(BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN, false);
        run(c, CandidateAction.RECORD_EVALUATION, Actor.service("assessment-service"), null, x -> x.evaluate(s));
        assertEquals(CandidateStatus.EVALUATION_FAILED, c.status());
        assertEquals(Roles.SERVICE, journal.lines.get(0).role());
    }

    @Test
    void aHistoryActionNeverRepeatsAPipelineAction() {
        Set<String> pipeline = Arrays.stream(CandidateAction.values()).map(Enum::name).collect(Collectors.toSet());
        assertEquals(List.of(), Arrays.stream(HistoryAction.values()).map(Enum::name).filter(pipeline::contains).toList());
    }
}
