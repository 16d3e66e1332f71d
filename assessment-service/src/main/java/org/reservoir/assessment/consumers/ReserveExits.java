package org.reservoir.assessment.consumers;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.reservoir.assessment.application.Appraisals;
import org.reservoir.infrastructure.events.EventEnvelope;
import org.reservoir.infrastructure.events.EventHandler;
import org.reservoir.infrastructure.events.VersionedProjection;

import java.util.UUID;

/**
 * A reserve who leaves the pool in recruitment (recruitment.candidate.v1, status EXITED) has nothing left to be
 * appraised on: its open appraisals are withdrawn (with history), so they are neither graded nor reported overdue.
 */
@ApplicationScoped
public class ReserveExits implements EventHandler {

    private final Appraisals appraisals;

    public ReserveExits(Appraisals appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public String topic() {
        return RecruitmentProjections.CANDIDATE_TOPIC;
    }

    @Override
    public void handle(EventEnvelope e) {
        JsonNode d = e.data();
        if (d == null || !"EXITED".equals(VersionedProjection.text(d, "status")) || !d.hasNonNull("candidateId")) {
            return;
        }
        appraisals.withdrawOpen(UUID.fromString(d.get("candidateId").asText()), VersionedProjection.text(d, "exitReason"));
    }
}
