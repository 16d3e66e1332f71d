package org.reservoir.recruitment.consumers;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.reservoir.infrastructure.events.EventEnvelope;
import org.reservoir.infrastructure.events.EventHandler;
import org.reservoir.infrastructure.events.RefusedEvent;
import org.reservoir.infrastructure.events.VersionedProjection;
import org.reservoir.recruitment.application.Candidates;
import org.reservoir.recruitment.domain.Actor;
import org.reservoir.recruitment.domain.Candidate;
import org.reservoir.recruitment.domain.EducationLevel;

import java.util.UUID;

/**
 * What recruitment takes from training-service: {@value #EDUCATION_TOPIC} {@value #EDUCATION_COMPLETED} — a reserve
 * completed an education upgrade (学历提升); the new level goes on the candidate's profile with a history line
 * (contract: docs/events/training.education.v1.schema.json). A level not above the recorded one, or a closed file,
 * changes nothing; an unknown candidate or level is refused (dead-lettered at once).
 */
@ApplicationScoped
public class TrainingEvents implements EventHandler {

    public static final String EDUCATION_TOPIC = "training.education.v1";
    public static final String EDUCATION_COMPLETED = "reservoir.training.education.completed";

    private static final Logger LOG = Logger.getLogger(TrainingEvents.class);
    private static final Actor TRAINING = Actor.service("training-service");

    private final Candidates candidates;

    public TrainingEvents(Candidates candidates) {
        this.candidates = candidates;
    }

    @Override
    public String topic() {
        return EDUCATION_TOPIC;
    }

    @Override
    public void handle(EventEnvelope e) {
        if (!EDUCATION_COMPLETED.equals(e.type())) {
            return;
        }
        JsonNode d = VersionedProjection.require(e, "candidateId", "educationLevel", "school", "recordId");
        UUID id = UUID.fromString(d.get("candidateId").asText());
        EducationLevel level;
        try {
            level = EducationLevel.valueOf(d.get("educationLevel").asText());
        } catch (IllegalArgumentException unknown) {
            throw new RefusedEvent(e.type() + " " + e.id() + ": unknown education level " + d.get("educationLevel").asText());
        }
        if (Candidate.findById(id) == null) {
            throw new RefusedEvent(e.type() + " " + e.id() + ": unknown candidate " + id);
        }
        if (candidates.applyEducationUpgrade(id, level, d.get("school").asText(), d.get("recordId").asText(), TRAINING).isEmpty()) {
            LOG.infof("education upgrade %s for candidate %s changes nothing (level %s not higher, or file closed)", e.id(), id, level);
        }
    }
}
