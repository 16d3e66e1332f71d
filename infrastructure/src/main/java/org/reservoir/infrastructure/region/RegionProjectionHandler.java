package org.reservoir.infrastructure.region;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import org.reservoir.infrastructure.events.EventEnvelope;
import org.reservoir.infrastructure.events.EventHandler;
import org.reservoir.infrastructure.events.VersionedProjection;

import static org.reservoir.infrastructure.events.VersionedProjection.row;
import static org.reservoir.infrastructure.events.VersionedProjection.text;

/**
 * Applies {@value RegionTopic#NAME} to the {@link RegionProjection}; the newest version of each region wins. A bean
 * only in services that subscribe with {@code reservoir.projection=region}, which also adds the table's migrations.
 */
@ApplicationScoped
@IfBuildProperty(name = "reservoir.projection", stringValue = "region")
public class RegionProjectionHandler implements EventHandler {

    private final VersionedProjection projection;

    public RegionProjectionHandler(VersionedProjection projection) {
        this.projection = projection;
    }

    @Override
    public String topic() {
        return RegionTopic.NAME;
    }

    @Override
    public void handle(EventEnvelope event) {
        if (event.type().startsWith(RegionTopic.TYPE_PREFIX)) {
            JsonNode d = VersionedProjection.require(event, "code", "name", "level", "version");
            projection.upsert("region_projection", "code", row("code", d.get("code").asText(), "name", d.get("name").asText(),
                    "level", d.get("level").asText(), "parent_code", text(d, "parentCode"), "village_type", text(d, "villageType"),
                    "committee_seats", d.hasNonNull("committeeSeats") ? d.get("committeeSeats").asInt() : null,
                    "secretary_director_one_person", d.hasNonNull("secretaryDirectorOnePerson") ? d.get("secretaryDirectorOnePerson").asBoolean() : null,
                    "active", d.path("active").asBoolean(true), "version", d.get("version").asLong()));
        }
    }
}
