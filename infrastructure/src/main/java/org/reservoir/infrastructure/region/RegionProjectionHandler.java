package org.reservoir.infrastructure.region;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import org.reservoir.infrastructure.events.EventEnvelope;
import org.reservoir.infrastructure.events.EventHandler;
import org.reservoir.infrastructure.events.TransactionBuffers;
import org.reservoir.infrastructure.events.VersionedProjection;

import java.util.List;
import java.util.Map;

import static org.reservoir.infrastructure.events.VersionedProjection.row;
import static org.reservoir.infrastructure.events.VersionedProjection.text;

/**
 * Applies {@value RegionTopic#NAME} to the {@link RegionProjection}; the newest version of each region wins. A bean
 * only in services that subscribe with {@code reservoir.projection=region}, which also adds the table's migrations.
 * Each event's row is checked at once and written with the others at the end of the batch (one statement per 1,000
 * regions: a county's 10,000 villages were 10,000 statements), before any event of another topic is handled.
 */
@ApplicationScoped
@IfBuildProperty(name = "reservoir.projection", stringValue = "region")
public class RegionProjectionHandler implements EventHandler {

    private static final String PENDING = RegionProjectionHandler.class.getName() + ".pending";

    private final VersionedProjection projection;
    private final TransactionBuffers buffers;

    public RegionProjectionHandler(VersionedProjection projection, TransactionBuffers buffers) {
        this.projection = projection;
        this.buffers = buffers;
    }

    @Override
    public String topic() {
        return RegionTopic.NAME;
    }

    @Override
    public void handle(EventEnvelope event) {
        if (event.type().startsWith(RegionTopic.TYPE_PREFIX)) {
            JsonNode d = VersionedProjection.require(event, "code", "name", "level", "version");
            buffers.<Map<String, Object>>list(PENDING).add(row("code", d.get("code").asText(), "name", d.get("name").asText(),
                    "level", d.get("level").asText(), "parent_code", text(d, "parentCode"), "village_type", text(d, "villageType"),
                    "committee_seats", d.hasNonNull("committeeSeats") ? d.get("committeeSeats").asInt() : null,
                    "secretary_director_one_person", d.hasNonNull("secretaryDirectorOnePerson") ? d.get("secretaryDirectorOnePerson").asBoolean() : null,
                    "active", d.path("active").asBoolean(true), "version", d.get("version").asLong()));
        }
    }

    @Override
    public void afterBatch() {
        List<Map<String, Object>> rows = buffers.take(PENDING);
        if (!rows.isEmpty()) {
            projection.upsertAll("region_projection", "code", rows);
        }
    }
}
