package org.reservoir.assessment.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Dynamic adjustment (动态调整, 优胜劣汰) as data ({@code appraisal/adjustment-rules.json}): a rule proposes
 * {@code proposal} when the reserve's newest {@code consecutive} grades (this one included) all equal {@code grade} —
 * excellent → key cultivation (重点培养); incompetent, or basically competent twice in a row → exit (调整退出).
 * A proposal is only a proposal: a county admin accepts or dismisses it.
 */
public record AdjustmentRules(String version, List<Rule> rules) {

    public record Rule(String id, ProposalKind proposal, Grade grade, int consecutive, String description) {

        public Rule {
            if (consecutive < 1) {
                throw new IllegalArgumentException("rule " + id + ": consecutive must be at least 1");
            }
        }

        boolean holds(Grade current, List<Grade> earlier) {
            if (current != grade || earlier.size() < consecutive - 1) {
                return false;
            }
            return earlier.subList(0, consecutive - 1).stream().allMatch(g -> g == grade);
        }
    }

    /** A rule that fired: which proposal it makes and why. */
    public record Proposed(ProposalKind kind, String ruleId, String description) {
    }

    public AdjustmentRules {
        rules = List.copyOf(rules);
    }

    public static AdjustmentRules shipped() {
        return GradeRules.read(AdjustmentRules.class.getResourceAsStream("/appraisal/adjustment-rules.json"), AdjustmentRules.class);
    }

    /** The proposals for {@code current} given the reserve's {@code earlier} grades, newest first; at most one per kind. */
    public List<Proposed> proposals(Grade current, List<Grade> earlier) {
        Set<ProposalKind> made = EnumSet.noneOf(ProposalKind.class);
        List<Proposed> out = new ArrayList<>();
        for (Rule r : rules) {
            if (r.holds(current, earlier) && made.add(r.proposal())) {
                out.add(new Proposed(r.proposal(), r.id(), r.description()));
            }
        }
        return out;
    }
}
