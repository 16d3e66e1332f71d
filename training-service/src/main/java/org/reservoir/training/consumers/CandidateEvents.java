package org.reservoir.training.consumers;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.reservoir.infrastructure.events.EventEnvelope;
import org.reservoir.infrastructure.events.EventHandler;
import org.reservoir.infrastructure.events.VersionedProjection;
import org.reservoir.training.application.Mentorships;
import org.reservoir.training.domain.Reserve;

import java.util.UUID;

import static org.reservoir.infrastructure.events.VersionedProjection.row;
import static org.reservoir.infrastructure.events.VersionedProjection.text;

/**
 * Keeps {@link Reserve} from recruitment's candidate snapshots, the newest version of each candidate winning; a reserve's
 * exit ends their active mentor pair.
 */
@ApplicationScoped
public class CandidateEvents implements EventHandler {

    static final String TOPIC = "recruitment.candidate.v1";
    static final String TYPE_PREFIX = "reservoir.recruitment.candidate.";

    private final VersionedProjection projection;
    private final Mentorships mentorships;

    public CandidateEvents(VersionedProjection projection, Mentorships mentorships) {
        this.projection = projection;
        this.mentorships = mentorships;
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public void handle(EventEnvelope event) {
        if (!event.type().startsWith(TYPE_PREFIX)) {
            return;
        }
        JsonNode d = VersionedProjection.require(event, "candidateId", "name", "countyCode", "townshipCode", "villageCode",
                "status", "track", "version");
        String status = d.get("status").asText();
        UUID id = UUID.fromString(d.get("candidateId").asText());
        int written = projection.upsert("reserve_projection", "candidate_id", row("candidate_id", id, "name", d.get("name").asText(),
                "county_code", d.get("countyCode").asText(), "township_code", d.get("townshipCode").asText(),
                "village_code", d.get("villageCode").asText(), "status", status, "track", d.get("track").asText(),
                "in_pool", Reserve.inPool(status), "exited", Reserve.exited(status), "exit_reason", text(d, "exitReason"),
                "version", d.get("version").asLong()));
        if (written == 1 && Reserve.exited(status)) {
            mentorships.reserveExited(id, text(d, "exitReason"));
        }
    }
}
