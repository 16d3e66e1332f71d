package org.reservoir.training.consumers;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.reservoir.infrastructure.events.EventEnvelope;
import org.reservoir.infrastructure.events.EventHandler;
import org.reservoir.infrastructure.events.TransactionBuffers;
import org.reservoir.infrastructure.events.VersionedProjection;
import org.reservoir.training.application.Mentorships;
import org.reservoir.training.domain.Reserve;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.reservoir.infrastructure.events.VersionedProjection.row;
import static org.reservoir.infrastructure.events.VersionedProjection.text;

/**
 * Keeps {@link Reserve} from recruitment's candidate snapshots, the newest version of each candidate winning; a reserve's
 * exit ends their active mentor pair. Each event's row is checked at once and written with the batch's others at its end
 * (one statement per 1,000 rows: during a 10,000-row roster import one statement per event was most of this consumer's
 * CPU), before any event of another topic is handled.
 */
@ApplicationScoped
public class CandidateEvents implements EventHandler {

    static final String TOPIC = "recruitment.candidate.v1";
    static final String TYPE_PREFIX = "reservoir.recruitment.candidate.";

    private static final String PENDING = CandidateEvents.class.getName() + ".pending";

    private final VersionedProjection projection;
    private final Mentorships mentorships;
    private final TransactionBuffers buffers;

    public CandidateEvents(VersionedProjection projection, Mentorships mentorships, TransactionBuffers buffers) {
        this.projection = projection;
        this.mentorships = mentorships;
        this.buffers = buffers;
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
        buffers.<Map<String, Object>>list(PENDING).add(row("candidate_id", UUID.fromString(d.get("candidateId").asText()),
                "name", d.get("name").asText(), "county_code", d.get("countyCode").asText(), "township_code", d.get("townshipCode").asText(),
                "village_code", d.get("villageCode").asText(), "status", status, "track", d.get("track").asText(),
                "in_pool", Reserve.inPool(status), "exited", Reserve.exited(status), "exit_reason", text(d, "exitReason"),
                "version", d.get("version").asLong()));
    }

    /**
     * Writes the batch's rows; a reserve whose newest row was written and says they exited has their pair ended. EXITED is
     * terminal in recruitment, so a candidate's newest snapshot is an exit whenever any of the batch's is.
     */
    @Override
    public void afterBatch() {
        List<Map<String, Object>> rows = buffers.take(PENDING);
        if (rows.isEmpty()) {
            return;
        }
        Map<Object, Map<String, Object>> newest = VersionedProjection.newestByKey("candidate_id", rows);
        for (Object written : projection.upsertAll("reserve_projection", "candidate_id", rows)) {
            Map<String, Object> row = newest.get(written);
            if (Boolean.TRUE.equals(row.get("exited"))) {
                mentorships.reserveExited((UUID) written, (String) row.get("exit_reason"));
            }
        }
    }
}
