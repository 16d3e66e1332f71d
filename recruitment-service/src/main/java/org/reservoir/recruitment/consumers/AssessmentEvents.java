package org.reservoir.recruitment.consumers;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.reservoir.infrastructure.api.Messages;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.events.EventEnvelope;
import org.reservoir.infrastructure.events.EventHandler;
import org.reservoir.infrastructure.events.RefusedEvent;
import org.reservoir.recruitment.domain.Actor;
import org.reservoir.recruitment.domain.Candidate;
import org.reservoir.recruitment.domain.CandidateStatus;
import org.reservoir.recruitment.domain.ExitReason;
import org.reservoir.recruitment.application.Candidates;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

/**
 * What recruitment takes from assessment-service. Contracts (docs/events/assessment.*.schema.json):
 * <ul>
 *   <li>{@value #EVALUATION_TOPIC}: {@value #EVALUATION_COMPLETED} — the sealed (or corrected) selection evaluation:
 *       composite, passed, rank and the breakdown per component, judged by assessment's evaluation plan (recruitment
 *       keeps no weights or pass line); ignored once a candidate is past evaluation;
 *       {@value #PROBATION_COMPLETED} — a full-time reserve's probation outcome;</li>
 *   <li>{@value #APPRAISAL_TOPIC} (docs/events/assessment.appraisal.v1.schema.json): {@value #APPRAISAL_GRADED} — an open
 *       EXIT proposal is shown on the candidate as an exit recommendation; {@value #PROPOSAL_DECIDED} — what the county admin
 *       decided in assessment: an accepted EXIT takes the exit path (ADJUSTED_OUT), a dismissed one clears the
 *       recommendation, an accepted KEY_CULTIVATION marks the candidate (重点培养). The earlier
 *       {@code reservoir.assessment.exit.recommended} is retired: assessment no longer publishes it.</li>
 * </ul>
 */
public final class AssessmentEvents {

    public static final String EVALUATION_TOPIC = "assessment.evaluation.v1";
    public static final String EVALUATION_COMPLETED = "reservoir.assessment.evaluation.completed";
    public static final String PROBATION_COMPLETED = "reservoir.assessment.probation.completed";
    public static final String APPRAISAL_TOPIC = "assessment.appraisal.v1";
    public static final String APPRAISAL_GRADED = "reservoir.assessment.appraisal.graded";
    public static final String PROPOSAL_DECIDED = "reservoir.assessment.proposal.decided";

    private static final Logger LOG = Logger.getLogger(AssessmentEvents.class);
    private static final Actor ASSESSMENT = Actor.service("assessment-service");

    private AssessmentEvents() {
    }

    private static UUID candidateId(EventEnvelope e) {
        JsonNode d = e.data();
        if (d == null || !d.hasNonNull("candidateId")) {
            throw new IllegalArgumentException("event " + e.id() + " has no candidateId");
        }
        return UUID.fromString(d.get("candidateId").asText());
    }

    private static BigDecimal composite(JsonNode d) {
        if (!d.hasNonNull("composite") || !d.get("composite").isNumber()) {
            throw new IllegalArgumentException("evaluation without numeric composite");
        }
        return d.get("composite").decimalValue();
    }

    /** A component's score from the breakdown, or null when the plan had no such component. */
    private static BigDecimal part(JsonNode d, String component) {
        for (JsonNode p : d.path("breakdown")) {
            if (component.equals(p.path("component").asText()) && p.path("score").isNumber()) {
                return p.get("score").decimalValue();
            }
        }
        return null;
    }

    /** Evaluation results and probation outcomes. */
    @ApplicationScoped
    public static class Evaluations implements EventHandler {

        private final Candidates candidates;

        public Evaluations(Candidates candidates) {
            this.candidates = candidates;
        }

        @Override
        public String topic() {
            return EVALUATION_TOPIC;
        }

        /** A domain refusal will not change on retry: the event goes to the dead-letter topic at once, with the reason. */
        @Override
        public void handle(EventEnvelope e) {
            try {
                apply(e);
            } catch (ProblemException refusal) {
                throw new RefusedEvent(e.type() + " " + e.id() + ": " + refusal.key() + ": "
                        + Messages.text(Locale.ENGLISH, refusal.key() + ".detail", refusal.args()));
            }
        }

        private void apply(EventEnvelope e) {
            if (EVALUATION_COMPLETED.equals(e.type())) {
                JsonNode d = e.data();
                UUID id = candidateId(e);
                if (!d.hasNonNull("passed") || !d.path("breakdown").isArray()) {
                    throw new IllegalArgumentException("evaluation without passed or breakdown");
                }
                if (candidates.recordEvaluation(id, part(d, "WRITTEN_TEST"), part(d, "INTERVIEW"), part(d, "FIELD_VISIT"),
                        composite(d), d.get("passed").asBoolean(), ASSESSMENT).isEmpty()) {
                    LOG.warnf("evaluation %s for candidate %s ignored: unknown, or past evaluation", e.id(), id);
                }
            } else if (PROBATION_COMPLETED.equals(e.type())) {
                UUID id = candidateId(e);
                Candidate c = Candidate.findById(id);
                if (c == null || c.status() != CandidateStatus.ON_PROBATION) {
                    LOG.warnf("probation outcome %s for candidate %s not on probation (%s) ignored", e.id(), id, c == null ? "unknown" : c.status());
                    return;
                }
                candidates.probationOutcome(id, e.data().path("passed").asBoolean(false), e.data().path("comment").asText(null), null, ASSESSMENT);
            }
        }
    }

    /** Appraisal outcomes: exit proposals (考核后调整退出建议) and the county's decisions on proposals (动态调整). */
    @ApplicationScoped
    public static class Appraisals implements EventHandler {

        private final Candidates candidates;
        private final Clock clock;

        public Appraisals(Candidates candidates, Clock clock) {
            this.candidates = candidates;
            this.clock = clock;
        }

        @Override
        public String topic() {
            return APPRAISAL_TOPIC;
        }

        @Override
        public void handle(EventEnvelope e) {
            if (APPRAISAL_GRADED.equals(e.type())) {
                JsonNode d = e.data();
                for (JsonNode p : d.path("proposals")) {
                    if ("EXIT".equals(p.path("kind").asText()) && "OPEN".equals(p.path("status").asText())) {
                        candidates.recommendExit(candidateId(e), new Candidate.ExitRecommendation(d.path("appraisalId").asText(e.id()),
                                d.path("grade").asText(null), "EXIT proposal " + p.path("proposalId").asText() + " of " + d.path("period").asText(),
                                now()), ASSESSMENT);
                    }
                }
            } else if (PROPOSAL_DECIDED.equals(e.type())) {
                decided(e);
            }
        }

        private void decided(EventEnvelope e) {
            JsonNode d = e.data();
            UUID id = candidateId(e);
            String appraisalId = d.path("appraisalId").asText();
            String reason = d.path("reason").asText(null);
            boolean accepted = "ACCEPTED".equals(d.path("status").asText());
            switch (d.path("kind").asText()) {
                case "EXIT" -> {
                    if (!accepted) {
                        candidates.dismissExitRecommendation(id, appraisalId, reason, ASSESSMENT);
                        return;
                    }
                    Candidate c = Candidate.findById(id);
                    if (c == null || c.status().isTerminal()) {
                        LOG.warnf("accepted exit %s for candidate %s not applied: %s", e.id(), id, c == null ? "unknown" : c.status());
                        return;
                    }
                    candidates.exit(id, ExitReason.ADJUSTED_OUT, reason, null, ASSESSMENT);
                }
                case "KEY_CULTIVATION" -> {
                    if (accepted && candidates.markKeyCultivation(id, new Candidate.KeyCultivation(d.path("proposalId").asText(), appraisalId,
                            reason, now()), ASSESSMENT).isEmpty()) {
                        LOG.warnf("key cultivation %s for candidate %s not applied: unknown, closed or applied before", e.id(), id);
                    }
                }
                default -> throw new RefusedEvent(e.type() + " " + e.id() + ": unknown proposal kind " + d.path("kind").asText());
            }
        }

        private OffsetDateTime now() {
            return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        }
    }
}
