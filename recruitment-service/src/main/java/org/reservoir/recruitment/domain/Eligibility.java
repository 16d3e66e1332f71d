package org.reservoir.recruitment.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Eligibility screening as a pure function of a rule set and a candidate's facts. Each rule that the
 * campaign sets yields one outcome with what was found and what was required; the reason text is
 * rendered from {@code eligibility.<rule>} in the caller's language.
 */
public final class Eligibility {

    private Eligibility() {
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
        if (rules.minAge() != null) {
            outcomes.add(new Outcome("min-age", age >= rules.minAge(), Integer.toString(age), rules.minAge().toString()));
        }
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
