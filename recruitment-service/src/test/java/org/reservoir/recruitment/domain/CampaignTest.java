package org.reservoir.recruitment.domain;

import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.api.Violation;
import org.reservoir.infrastructure.transitions.AuditedState;
import org.reservoir.infrastructure.transitions.Journal;
import org.reservoir.infrastructure.transitions.Refusal;
import org.reservoir.infrastructure.transitions.TransitionRunner;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reservoir.recruitment.domain.DomainFixtures.*;

class CampaignTest {

    private static Campaign.Drafting drafting(Actor actor, Campaign.Draft d) {
        return Campaign.draft(UUID.randomUUID(), d, REGIONS.get(d.scopeCode()), REGIONS::get, actor, now());
    }

    private static List<String> rules(Campaign.Drafting d) {
        return assertInstanceOf(Campaign.Drafting.Refused.class, d).refusal().violations().stream().map(Violation::rule).toList();
    }

    @Test
    void aDraftTakesDefaultsAndTheCountyOfItsScope() {
        Campaign c = drafting(TOWNSHIP_OFFICER, draft(TOWNSHIP, List.of())).orThrow();
        assertEquals(Campaign.Status.DRAFT, c.status());
        assertEquals("2026 换届储备", c.name);
        assertEquals(COUNTY, c.countyCode);
        assertEquals(EnumSet.allOf(SourceGroup.class), c.sourceGroups);
        assertEquals(EnumSet.allOf(Channel.class), c.channels);
        assertEquals(1, c.probationMonths);
        assertEquals(now(), c.createdAt);
    }

    @Test
    void everyBrokenRuleOfADraftIsNamedAtOnce() {
        Campaign.Draft bad = new Campaign.Draft("x", COUNTY, TODAY, TODAY.minusDays(1),
                List.of(new Campaign.Vacancy(TOWNSHIP, CommitteePost.PARTY_SECRETARY)), 0, 0, null, null,
                new EligibilityRuleSet(50, 30, null, null, null, null, null, null, null), null);
        assertEquals(List.of("ends-before-start", "quota-empty", "age-range", "village-in-scope"),
                rules(drafting(COUNTY_ADMIN, bad)));
    }

    @Test
    void aVillageIsNoScopeAndAVacancyMustLieInTheScope() {
        assertEquals(List.of("campaign-scope"), rules(drafting(COUNTY_ADMIN, draft(VILLAGE, List.of()))));
        assertEquals(List.of("village-in-scope"), rules(drafting(TOWNSHIP_OFFICER,
                draft(TOWNSHIP, List.of(new Campaign.Vacancy(OTHER_VILLAGE, CommitteePost.BRANCH_MEMBER))))));
    }

    @Test
    void aTownshipDraftsOnlyForItself() {
        Refusal outside = assertInstanceOf(Campaign.Drafting.Refused.class, drafting(OTHER_OFFICER, draft(TOWNSHIP, List.of()))).refusal();
        assertEquals(403, outside.status());
        assertEquals("out-of-jurisdiction", outside.key());
        assertEquals("out-of-jurisdiction", assertInstanceOf(Campaign.Drafting.Refused.class,
                drafting(TOWNSHIP_OFFICER, draft(COUNTY, List.of()))).refusal().key());
        Actor countyWideOfficer = actor("o", COUNTY, org.reservoir.infrastructure.security.Roles.TOWNSHIP_OFFICER);
        assertEquals("forbidden", assertInstanceOf(Campaign.Drafting.Refused.class,
                drafting(countyWideOfficer, draft(COUNTY, List.of()))).refusal().key());
    }

    @Test
    void onlyAnOpenCampaignTakesRegistrations() {
        assertTrue(campaign(Campaign.Status.OPEN).refusesRegistration().isEmpty());
        Refusal closed = campaign(Campaign.Status.CLOSED).refusesRegistration().orElseThrow();
        assertEquals(409, closed.status());
        assertEquals(Map.of("currentState", "CLOSED"), closed.extensions());
    }

    private final Recorder<Campaign> journal = new Recorder<>((c, line) -> new Journal.Event("t", line.action().name(), c.id.toString(), c.status()));

    private Campaign run(Campaign c, Campaign.Action action, Actor actor, String ifMatch) {
        TransitionRunner runner = journal.runner(() -> AuditedState.flushed(c));
        return runner.run(new TransitionRunner.Request<>(Campaign.TRANSITIONS, action, actor, ifMatch, () -> c,
                action == Campaign.Action.OPEN ? Campaign::open : Campaign::close, journal));
    }

    @Test
    void openingAndClosingAreAuditedTransitions() {
        Campaign c = campaign(Campaign.Status.DRAFT);
        run(c, Campaign.Action.OPEN, COUNTY_ADMIN, "\"3\"");
        run(c, Campaign.Action.CLOSE, COUNTY_ADMIN, "\"4\"");
        assertEquals(Campaign.Status.CLOSED, c.status());
        assertEquals(List.of("DRAFT→OPEN", "OPEN→CLOSED"), journal.lines.stream().map(l -> l.from() + "→" + l.to()).toList());
        assertEquals(List.of("OPEN", "CLOSE"), journal.events.stream().map(Journal.Event::type).toList());
        assertEquals(now(), c.updatedAt());
    }

    @Test
    void aClosedCampaignDoesNotOpenAgain() {
        ProblemException p = assertThrows(ProblemException.class,
                () -> run(campaign(Campaign.Status.CLOSED), Campaign.Action.OPEN, COUNTY_ADMIN, "3"));
        assertEquals("campaign-status", p.key());
        assertEquals(Map.of("currentState", "CLOSED", "allowedActions", List.of()), p.extensions());
    }

    @Test
    void aTownshipDoesNotOpenTheCountysCampaign() {
        ProblemException p = assertThrows(ProblemException.class,
                () -> run(campaign(Campaign.Status.DRAFT), Campaign.Action.OPEN, TOWNSHIP_OFFICER, "3"));
        assertEquals(403, p.status());
        assertEquals("out-of-jurisdiction", p.key());
    }

    @Test
    void openingNeedsTheVersionRead() {
        assertEquals(412, assertThrows(ProblemException.class,
                () -> run(campaign(Campaign.Status.DRAFT), Campaign.Action.OPEN, COUNTY_ADMIN, "2")).status());
        assertEquals(428, assertThrows(ProblemException.class,
                () -> run(campaign(Campaign.Status.DRAFT), Campaign.Action.OPEN, COUNTY_ADMIN, null)).status());
    }
}
