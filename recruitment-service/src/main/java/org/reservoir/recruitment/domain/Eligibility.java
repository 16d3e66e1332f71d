package org.reservoir.recruitment.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Eligibility screening as a pure function of a rule set and a candidate's facts. Each rule that the
 * campaign sets yields one outcome with what was found and what was required, and the minimum age is
 * always checked (at least {@link #LEGAL_MIN_AGE}, even when the campaign sets no age); the reason text is
 * rendered from {@code eligibility.<rule>} in the caller's language.
 */
public final class Eligibility {

    /** Nobody under 18 joins the pool, whatever a campaign says (or leaves out): 年满十八周岁. */
    public static final int LEGAL_MIN_AGE = 18;
    static final String MIN_AGE = "min-age";

    /** The profile field each rule looks at, so a report can point at the cell to correct. */
    private static final Map<String, String> FIELDS = Map.of(MIN_AGE, "birthDate", "max-age", "birthDate",
            "min-education", "educationLevel", "political-status", "politicalStatus", "min-party-years", "partyJoinDate",
            "min-work-years", "workYears", "fit-for-duty", "fitForDuty", "local", "local");

    private Eligibility() {
    }

    /** The profile field {@code rule} examines. */
    public static String field(String rule) {
        return FIELDS.getOrDefault(rule, rule);
    }

    /** Whether a failed outcome may be overridden: a campaign's standards may, the legal minimum age may not. */
    public static boolean overridable(String rule, String actual) {
        return !MIN_AGE.equals(rule) || Integer.parseInt(actual) >= LEGAL_MIN_AGE;
    }

    /** What screening needs to know of a candidate. */
    public record Facts(LocalDate birthDate, EducationLevel education, PoliticalStatus politicalStatus, LocalDate partyJoinDate,
                        int workYears, boolean fitForDuty, boolean local) {
    }

    /** One rule's result. {@code actual} and {@code required} are the values the reason quotes. */
    public record Outcome(String rule, boolean passed, String actual, String required) {
    }

    public static List<Outcome> screen(EligibilityRuleSet rules, Facts facts, LocalDate today) {
        LocalDate at = rules.referenceDate() != null ? rules.referenceDate() : today;
        List<Outcome> outcomes = new ArrayList<>();
        int age = Period.between(facts.birthDate(), at).getYears();
        int minAge = rules.minAge() == null ? LEGAL_MIN_AGE : Math.max(rules.minAge(), LEGAL_MIN_AGE);
        outcomes.add(new Outcome(MIN_AGE, age >= minAge, Integer.toString(age), Integer.toString(minAge)));
        if (rules.maxAge() != null) {
            outcomes.add(new Outcome("max-age", age <= rules.maxAge(), Integer.toString(age), rules.maxAge().toString()));
        }
        if (rules.minEducation() != null) {
            outcomes.add(new Outcome("min-education", facts.education().atLeast(rules.minEducation()),
                    facts.education().name(), rules.minEducation().name()));
        }
        if (rules.allowedPoliticalStatuses() != null && !rules.allowedPoliticalStatuses().isEmpty()) {
            outcomes.add(new Outcome("political-status", rules.allowedPoliticalStatuses().contains(facts.politicalStatus()),
                    facts.politicalStatus().name(), rules.allowedPoliticalStatuses().stream().map(Enum::name).sorted().toList().toString()));
        }
        if (rules.minPartyYears() != null) {
            int partyYears = partyYears(facts, at);
            outcomes.add(new Outcome("min-party-years", partyYears >= rules.minPartyYears(),
                    Integer.toString(partyYears), rules.minPartyYears().toString()));
        }
        if (rules.minWorkYears() != null) {
            outcomes.add(new Outcome("min-work-years", facts.workYears() >= rules.minWorkYears(),
                    Integer.toString(facts.workYears()), rules.minWorkYears().toString()));
        }
        if (Boolean.TRUE.equals(rules.requireFitForDuty())) {
            outcomes.add(new Outcome("fit-for-duty", facts.fitForDuty(), Boolean.toString(facts.fitForDuty()), "true"));
        }
        if (Boolean.TRUE.equals(rules.requireLocal())) {
            outcomes.add(new Outcome("local", facts.local(), Boolean.toString(facts.local()), "true"));
        }
        return outcomes;
    }

    /** Full years of party membership at {@code at}; only members and probationary members have any. */
    static int partyYears(Facts facts, LocalDate at) {
        boolean member = facts.politicalStatus() == PoliticalStatus.PARTY_MEMBER || facts.politicalStatus() == PoliticalStatus.PROBATIONARY_MEMBER;
        if (!member || facts.partyJoinDate() == null || facts.partyJoinDate().isAfter(at)) {
            return 0;
        }
        return Period.between(facts.partyJoinDate(), at).getYears();
    }
}
