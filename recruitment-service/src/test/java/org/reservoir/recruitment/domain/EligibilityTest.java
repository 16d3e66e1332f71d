package org.reservoir.recruitment.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EligibilityTest {

    /** The day screening runs when a rule set names no reference date. */
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    /** 36 on {@link #TODAY}, 35 the day before. */
    private static final LocalDate BORN = LocalDate.of(1990, 6, 15);

    /** A local party member with a junior-college degree, three years' work, fit for duty; joined the party in 2018. */
    private static Eligibility.Facts facts() {
        return new Eligibility.Facts(BORN, EducationLevel.JUNIOR_COLLEGE, PoliticalStatus.PARTY_MEMBER, LocalDate.of(2018, 7, 1),
                3, true, true);
    }

    private static Eligibility.Facts born(LocalDate birthDate) {
        Eligibility.Facts f = facts();
        return new Eligibility.Facts(birthDate, f.education(), f.politicalStatus(), f.partyJoinDate(), f.workYears(), f.fitForDuty(), f.local());
    }

    private static Eligibility.Facts educated(EducationLevel education) {
        Eligibility.Facts f = facts();
        return new Eligibility.Facts(f.birthDate(), education, f.politicalStatus(), f.partyJoinDate(), f.workYears(), f.fitForDuty(), f.local());
    }

    private static Eligibility.Facts party(PoliticalStatus status, LocalDate joined) {
        Eligibility.Facts f = facts();
        return new Eligibility.Facts(f.birthDate(), f.education(), status, joined, f.workYears(), f.fitForDuty(), f.local());
    }

    private static Eligibility.Facts working(int workYears, boolean fitForDuty) {
        Eligibility.Facts f = facts();
        return new Eligibility.Facts(f.birthDate(), f.education(), f.politicalStatus(), f.partyJoinDate(), workYears, fitForDuty, f.local());
    }

    private static Eligibility.Facts local(boolean local) {
        Eligibility.Facts f = facts();
        return new Eligibility.Facts(f.birthDate(), f.education(), f.politicalStatus(), f.partyJoinDate(), f.workYears(), f.fitForDuty(), local);
    }

    private static EligibilityRuleSet ages(Integer minAge, Integer maxAge, LocalDate referenceDate) {
        return new EligibilityRuleSet(minAge, maxAge, referenceDate, null, null, null, null, null, null);
    }

    private static EligibilityRuleSet minEducation(EducationLevel level) {
        return new EligibilityRuleSet(null, null, null, level, null, null, null, null, null);
    }

    private static EligibilityRuleSet politicalStatuses(Set<PoliticalStatus> allowed) {
        return new EligibilityRuleSet(null, null, null, null, allowed, null, null, null, null);
    }

    /** "1+2+X" for village-stationed cadres: one year in the party, two years' work, fit for duty. */
    private static EligibilityRuleSet onePlusTwoPlusX() {
        return new EligibilityRuleSet(null, null, null, null, null, 1, 2, true, null);
    }

    private static EligibilityRuleSet requireLocal(Boolean local) {
        return new EligibilityRuleSet(null, null, null, null, null, null, null, null, local);
    }

    /** The outcomes of a rule set without an age minimum, after checking the legal-age floor comes first and passes. */
    private static List<Eligibility.Outcome> beyondTheFloor(EligibilityRuleSet rules, Eligibility.Facts facts, LocalDate today) {
        List<Eligibility.Outcome> outcomes = Eligibility.screen(rules, facts, today);
        assertEquals("min-age", outcomes.get(0).rule(), () -> "outcomes: " + outcomes);
        assertEquals("18", outcomes.get(0).required());
        assertTrue(outcomes.get(0).passed(), () -> "outcomes: " + outcomes);
        return outcomes.subList(1, outcomes.size());
    }

    /** The single outcome a one-rule set yields (besides the legal-age floor). */
    private static Eligibility.Outcome only(EligibilityRuleSet rules, Eligibility.Facts facts, LocalDate today) {
        List<Eligibility.Outcome> outcomes = rules.minAge() == null ? beyondTheFloor(rules, facts, today) : Eligibility.screen(rules, facts, today);
        assertEquals(1, outcomes.size(), () -> "outcomes: " + outcomes);
        return outcomes.get(0);
    }

    private static Eligibility.Outcome outcome(List<Eligibility.Outcome> outcomes, String rule) {
        return outcomes.stream().filter(o -> o.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no outcome for " + rule + " in " + outcomes));
    }

    // --- no rules ---

    @Test
    void aRuleSetOfNullsChecksOnlyTheLegalAge() {
        assertEquals(List.of(new Eligibility.Outcome("min-age", true, "36", "18")), Eligibility.screen(EligibilityRuleSet.none(), facts(), TODAY));
        assertEquals(List.of(), beyondTheFloor(new EligibilityRuleSet(null, null, null, null, null, null, null, null, null), facts(), TODAY));
    }

    @Test
    void aReferenceDateAloneIsNoRule() {
        assertEquals(List.of(), beyondTheFloor(ages(null, null, LocalDate.of(2026, 12, 31)), facts(), TODAY));
    }

    @Test
    void falseFlagsAndAnEmptyStatusSetAreNoRules() {
        EligibilityRuleSet rules = new EligibilityRuleSet(null, null, null, null, Set.of(), null, null, false, false);
        assertEquals(List.of(), beyondTheFloor(rules, working(0, false), TODAY));
        assertEquals(List.of(), beyondTheFloor(rules, local(false), TODAY));
    }

    // --- the legal minimum age ---

    @Test
    void aTenYearOldIsIneligibleWithoutAnyAgeRule() {
        assertEquals(List.of(new Eligibility.Outcome("min-age", false, "10", "18")),
                Eligibility.screen(EligibilityRuleSet.none(), born(TODAY.minusYears(10)), TODAY));
        assertEquals(new Eligibility.Outcome("min-age", false, "17", "18"),
                outcome(Eligibility.screen(minEducation(EducationLevel.PRIMARY), born(TODAY.minusYears(18).plusDays(1)), TODAY), "min-age"));
        assertEquals(new Eligibility.Outcome("min-age", true, "18", "18"),
                outcome(Eligibility.screen(EligibilityRuleSet.none(), born(TODAY.minusYears(18)), TODAY), "min-age"));
    }

    @Test
    void aCampaignMinimumBelowEighteenIsRaisedToEighteen() {
        assertEquals(new Eligibility.Outcome("min-age", false, "16", "18"), only(ages(16, null, null), born(TODAY.minusYears(16)), TODAY));
        assertEquals(new Eligibility.Outcome("min-age", false, "17", "18"), only(ages(16, null, null), born(TODAY.minusYears(17)), TODAY));
        assertEquals(new Eligibility.Outcome("min-age", true, "18", "18"), only(ages(16, null, null), born(TODAY.minusYears(18)), TODAY));
        assertEquals(new Eligibility.Outcome("min-age", false, "20", "25"), only(ages(25, null, null), born(TODAY.minusYears(20)), TODAY));
    }

    @Test
    void theLegalMinimumCannotBeOverriddenButACampaignsHigherMinimumCan() {
        assertFalse(Eligibility.overridable("min-age", "16"));
        assertFalse(Eligibility.overridable("min-age", "17"));
        assertTrue(Eligibility.overridable("min-age", "20"), "20 fails a campaign's minimum of 25, not the law");
        assertTrue(Eligibility.overridable("max-age", "50"));
        assertTrue(Eligibility.overridable("min-education", "SENIOR_HIGH"));
    }

    @Test
    void eachRuleNamesTheProfileFieldItExamines() {
        assertEquals("birthDate", Eligibility.field("min-age"));
        assertEquals("birthDate", Eligibility.field("max-age"));
        assertEquals("educationLevel", Eligibility.field("min-education"));
        assertEquals("politicalStatus", Eligibility.field("political-status"));
        assertEquals("partyJoinDate", Eligibility.field("min-party-years"));
        assertEquals("workYears", Eligibility.field("min-work-years"));
        assertEquals("fitForDuty", Eligibility.field("fit-for-duty"));
        assertEquals("local", Eligibility.field("local"));
    }

    // --- age ---

    @Test
    void minAgeAtTheBirthdayBoundary() {
        assertEquals(new Eligibility.Outcome("min-age", false, "35", "36"), only(ages(36, null, null), facts(), TODAY.minusDays(1)));
        assertEquals(new Eligibility.Outcome("min-age", true, "36", "36"), only(ages(36, null, null), facts(), TODAY));
        assertEquals(new Eligibility.Outcome("min-age", true, "36", "18"), only(ages(18, null, null), facts(), TODAY));
    }

    @Test
    void maxAgeAtTheBirthdayBoundary() {
        assertEquals(new Eligibility.Outcome("max-age", true, "35", "35"), only(ages(null, 35, null), facts(), TODAY.minusDays(1)));
        assertEquals(new Eligibility.Outcome("max-age", false, "36", "35"), only(ages(null, 35, null), facts(), TODAY));
    }

    @Test
    void neixiangMaxAge45() {
        // Neixiang's "education up, age down": at most 45.
        EligibilityRuleSet rules = ages(null, 45, null);
        LocalDate turns46 = LocalDate.of(1980, 6, 15);
        assertEquals(new Eligibility.Outcome("max-age", true, "45", "45"), only(rules, born(turns46), TODAY.minusDays(1)));
        assertEquals(new Eligibility.Outcome("max-age", false, "46", "45"), only(rules, born(turns46), TODAY));
    }

    @Test
    void agesAreMeasuredAtTheReferenceDateWhenGiven() {
        // Today the candidate is 36, but the campaign measures at the day before: 35.
        assertEquals(new Eligibility.Outcome("min-age", false, "35", "36"),
                only(ages(36, null, TODAY.minusDays(1)), facts(), TODAY));
        assertEquals(new Eligibility.Outcome("max-age", true, "35", "35"),
                only(ages(null, 35, TODAY.minusDays(1)), facts(), TODAY));
        // Today the candidate is 35, but the campaign measures at a later date: 36.
        assertEquals(new Eligibility.Outcome("min-age", true, "36", "36"),
                only(ages(36, null, TODAY), facts(), TODAY.minusDays(1)));
        assertEquals(new Eligibility.Outcome("max-age", false, "36", "35"),
                only(ages(null, 35, TODAY), facts(), TODAY.minusDays(1)));
    }

    @Test
    void agesAreMeasuredTodayWithoutAReferenceDate() {
        List<Eligibility.Outcome> before = Eligibility.screen(ages(36, 45, null), facts(), LocalDate.of(2026, 6, 14));
        assertEquals(List.of(new Eligibility.Outcome("min-age", false, "35", "36"), new Eligibility.Outcome("max-age", true, "35", "45")),
                before);
        List<Eligibility.Outcome> on = Eligibility.screen(ages(36, 45, null), facts(), LocalDate.of(2026, 6, 15));
        assertEquals(List.of(new Eligibility.Outcome("min-age", true, "36", "36"), new Eligibility.Outcome("max-age", true, "36", "45")),
                on);
    }

    // --- education ---

    @Test
    void minimumEducationJuniorCollege() {
        EligibilityRuleSet rules = minEducation(EducationLevel.JUNIOR_COLLEGE);
        assertEquals(new Eligibility.Outcome("min-education", true, "BACHELOR", "JUNIOR_COLLEGE"),
                only(rules, educated(EducationLevel.BACHELOR), TODAY));
        assertEquals(new Eligibility.Outcome("min-education", true, "JUNIOR_COLLEGE", "JUNIOR_COLLEGE"),
                only(rules, educated(EducationLevel.JUNIOR_COLLEGE), TODAY));
        assertEquals(new Eligibility.Outcome("min-education", false, "SENIOR_HIGH", "JUNIOR_COLLEGE"),
                only(rules, educated(EducationLevel.SENIOR_HIGH), TODAY));
        assertFalse(only(rules, educated(EducationLevel.SECONDARY_VOCATIONAL), TODAY).passed(), "中专 is below 大专");
        assertTrue(only(rules, educated(EducationLevel.DOCTORATE), TODAY).passed());
    }

    // --- political status ---

    @Test
    void anEmptyOrAbsentStatusSetIsNoRule() {
        assertEquals(List.of(), beyondTheFloor(politicalStatuses(Set.of()), party(PoliticalStatus.MASSES, null), TODAY));
        assertEquals(List.of(), beyondTheFloor(politicalStatuses(null), party(PoliticalStatus.MASSES, null), TODAY));
    }

    @Test
    void thePoliticalStatusMustBeAllowed() {
        EligibilityRuleSet members = politicalStatuses(EnumSet.of(PoliticalStatus.PARTY_MEMBER, PoliticalStatus.PROBATIONARY_MEMBER));
        assertEquals(new Eligibility.Outcome("political-status", true, "PARTY_MEMBER", "[PARTY_MEMBER, PROBATIONARY_MEMBER]"),
                only(members, facts(), TODAY));
        assertEquals(new Eligibility.Outcome("political-status", true, "PROBATIONARY_MEMBER", "[PARTY_MEMBER, PROBATIONARY_MEMBER]"),
                only(members, party(PoliticalStatus.PROBATIONARY_MEMBER, LocalDate.of(2026, 1, 1)), TODAY));
        assertEquals(new Eligibility.Outcome("political-status", false, "YOUTH_LEAGUE", "[PARTY_MEMBER, PROBATIONARY_MEMBER]"),
                only(members, party(PoliticalStatus.YOUTH_LEAGUE, null), TODAY));
        assertEquals(new Eligibility.Outcome("political-status", false, "MASSES", "[PARTY_MEMBER, PROBATIONARY_MEMBER]"),
                only(members, party(PoliticalStatus.MASSES, null), TODAY));
    }

    @Test
    void theAllowedStatusesAreQuotedSortedByName() {
        // Declaration order is PARTY_MEMBER, YOUTH_LEAGUE, MASSES; the quote is alphabetical whatever the set's order.
        String sorted = "[MASSES, PARTY_MEMBER, YOUTH_LEAGUE]";
        Set<PoliticalStatus> enumOrder = EnumSet.of(PoliticalStatus.YOUTH_LEAGUE, PoliticalStatus.MASSES, PoliticalStatus.PARTY_MEMBER);
        Set<PoliticalStatus> anyOrder = Set.of(PoliticalStatus.YOUTH_LEAGUE, PoliticalStatus.MASSES, PoliticalStatus.PARTY_MEMBER);
        assertEquals(sorted, only(politicalStatuses(enumOrder), facts(), TODAY).required());
        assertEquals(sorted, only(politicalStatuses(anyOrder), facts(), TODAY).required());
        assertEquals(new Eligibility.Outcome("political-status", false, "PROBATIONARY_MEMBER", sorted),
                only(politicalStatuses(anyOrder), party(PoliticalStatus.PROBATIONARY_MEMBER, LocalDate.of(2026, 1, 1)), TODAY));
    }

    // --- "1+2+X" ---

    @Test
    void onePlusTwoPlusXPasses() {
        assertEquals(List.of(
                        new Eligibility.Outcome("min-party-years", true, "7", "1"),
                        new Eligibility.Outcome("min-work-years", true, "3", "2"),
                        new Eligibility.Outcome("fit-for-duty", true, "true", "true")),
                beyondTheFloor(onePlusTwoPlusX(), facts(), TODAY));
    }

    @Test
    void aMemberOfThirteenMonthsHasOnePartyYear() {
        List<Eligibility.Outcome> outcomes = Eligibility.screen(onePlusTwoPlusX(),
                party(PoliticalStatus.PARTY_MEMBER, TODAY.minusMonths(13)), TODAY);
        assertEquals(new Eligibility.Outcome("min-party-years", true, "1", "1"), outcome(outcomes, "min-party-years"));
    }

    @Test
    void aMemberOfElevenMonthsHasNone() {
        List<Eligibility.Outcome> outcomes = Eligibility.screen(onePlusTwoPlusX(),
                party(PoliticalStatus.PARTY_MEMBER, TODAY.minusMonths(11)), TODAY);
        assertEquals(new Eligibility.Outcome("min-party-years", false, "0", "1"), outcome(outcomes, "min-party-years"));
    }

    @Test
    void aPartyYearIsCompleteOnTheAnniversary() {
        EligibilityRuleSet rules = onePlusTwoPlusX();
        LocalDate joined = TODAY.minusYears(1);
        assertEquals("0", outcome(Eligibility.screen(rules, party(PoliticalStatus.PARTY_MEMBER, joined), TODAY.minusDays(1)), "min-party-years").actual());
        assertEquals("1", outcome(Eligibility.screen(rules, party(PoliticalStatus.PARTY_MEMBER, joined), TODAY), "min-party-years").actual());
    }

    @Test
    void aProbationaryMemberCounts() {
        List<Eligibility.Outcome> outcomes = Eligibility.screen(onePlusTwoPlusX(),
                party(PoliticalStatus.PROBATIONARY_MEMBER, TODAY.minusMonths(13)), TODAY);
        assertEquals(new Eligibility.Outcome("min-party-years", true, "1", "1"), outcome(outcomes, "min-party-years"));
    }

    @Test
    void nonMembersHaveNoPartyYearsWhateverTheJoinDate() {
        for (PoliticalStatus status : EnumSet.of(PoliticalStatus.MASSES, PoliticalStatus.YOUTH_LEAGUE)) {
            List<Eligibility.Outcome> outcomes = Eligibility.screen(onePlusTwoPlusX(), party(status, LocalDate.of(2015, 7, 1)), TODAY);
            assertEquals(new Eligibility.Outcome("min-party-years", false, "0", "1"), outcome(outcomes, "min-party-years"), status.name());
        }
    }

    @Test
    void aMissingOrFutureJoinDateGivesNoPartyYears() {
        assertEquals("0", outcome(Eligibility.screen(onePlusTwoPlusX(), party(PoliticalStatus.PARTY_MEMBER, null), TODAY),
                "min-party-years").actual());
        assertEquals("0", outcome(Eligibility.screen(onePlusTwoPlusX(), party(PoliticalStatus.PARTY_MEMBER, TODAY.plusDays(1)), TODAY),
                "min-party-years").actual());
    }

    @Test
    void partyYearsAreMeasuredAtTheReferenceDate() {
        EligibilityRuleSet rules = new EligibilityRuleSet(null, null, LocalDate.of(2026, 12, 31), null, null, 1, null, null, null);
        // Eleven months a member today, but over a year by the campaign's reference date.
        assertEquals(new Eligibility.Outcome("min-party-years", true, "1", "1"),
                only(rules, party(PoliticalStatus.PARTY_MEMBER, TODAY.minusMonths(11)), TODAY));
    }

    @Test
    void twoYearsOfWorkAreNeeded() {
        List<Eligibility.Outcome> one = Eligibility.screen(onePlusTwoPlusX(), working(1, true), TODAY);
        assertEquals(new Eligibility.Outcome("min-work-years", false, "1", "2"), outcome(one, "min-work-years"));
        List<Eligibility.Outcome> two = Eligibility.screen(onePlusTwoPlusX(), working(2, true), TODAY);
        assertEquals(new Eligibility.Outcome("min-work-years", true, "2", "2"), outcome(two, "min-work-years"));
    }

    @Test
    void theCandidateMustBeFitForDuty() {
        List<Eligibility.Outcome> outcomes = Eligibility.screen(onePlusTwoPlusX(), working(3, false), TODAY);
        assertEquals(new Eligibility.Outcome("fit-for-duty", false, "false", "true"), outcome(outcomes, "fit-for-duty"));
    }

    // --- local ---

    @Test
    void requireLocal() {
        assertEquals(new Eligibility.Outcome("local", true, "true", "true"), only(requireLocal(true), local(true), TODAY));
        assertEquals(new Eligibility.Outcome("local", false, "false", "true"), only(requireLocal(true), local(false), TODAY));
        assertEquals(List.of(), beyondTheFloor(requireLocal(false), local(false), TODAY));
        assertEquals(List.of(), beyondTheFloor(requireLocal(null), local(false), TODAY));
    }

    // --- all together ---

    @Test
    void outcomesComeInTheOrderRulesAreChecked() {
        EligibilityRuleSet all = new EligibilityRuleSet(18, 45, LocalDate.of(2026, 12, 31), EducationLevel.JUNIOR_COLLEGE,
                EnumSet.of(PoliticalStatus.PARTY_MEMBER, PoliticalStatus.PROBATIONARY_MEMBER), 1, 2, true, true);
        List<Eligibility.Outcome> outcomes = Eligibility.screen(all, facts(), TODAY);
        assertEquals(List.of("min-age", "max-age", "min-education", "political-status", "min-party-years", "min-work-years",
                "fit-for-duty", "local"), outcomes.stream().map(Eligibility.Outcome::rule).toList());
        assertTrue(outcomes.stream().allMatch(Eligibility.Outcome::passed), () -> "outcomes: " + outcomes);
    }

    @Test
    void neixiangEducationUpAgeDown() {
        // At most 45, at least junior college (大专), measured at the end of the year.
        EligibilityRuleSet neixiang = new EligibilityRuleSet(18, 45, LocalDate.of(2026, 12, 31), EducationLevel.JUNIOR_COLLEGE,
                null, null, null, null, null);
        Eligibility.Facts older = new Eligibility.Facts(LocalDate.of(1980, 9, 1), EducationLevel.SENIOR_HIGH, PoliticalStatus.MASSES,
                null, 20, true, true);
        assertEquals(List.of(
                        new Eligibility.Outcome("min-age", true, "46", "18"),
                        new Eligibility.Outcome("max-age", false, "46", "45"),
                        new Eligibility.Outcome("min-education", false, "SENIOR_HIGH", "JUNIOR_COLLEGE")),
                Eligibility.screen(neixiang, older, TODAY));
        assertTrue(Eligibility.screen(neixiang, facts(), TODAY).stream().allMatch(Eligibility.Outcome::passed));
    }
}
