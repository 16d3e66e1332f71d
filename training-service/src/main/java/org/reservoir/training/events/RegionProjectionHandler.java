package org.reservoir.training.events;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.reservoir.infrastructure.events.EventEnvelope;
import org.reservoir.infrastructure.events.EventHandler;
import org.reservoir.infrastructure.events.VersionedProjection;

import static org.reservoir.infrastructure.events.VersionedProjection.row;
import static org.reservoir.infrastructure.events.VersionedProjection.text;

/**
 * Keeps this service's copy of the region directory: the code, name, level, parent and whether it is
 * active, which is what jurisdiction checks and per-village work here need.
 */
@ApplicationScoped
public class RegionProjectionHandler implements EventHandler {

    private final VersionedProjection projection;

    public RegionProjectionHandler(VersionedProjection projection) {
        this.projection = projection;
    }

    @Override
    public String topic() {
        return "recruitment.region.v1";
    }

    @Override
    public void handle(EventEnvelope event) {
        if (event.type().startsWith("reservoir.recruitment.region.")) {
            JsonNode d = VersionedProjection.require(event, "code", "name", "level", "version");
            projection.upsert("region_projection", "code", row("code", d.get("code").asText(), "name", d.get("name").asText(),
                    "level", d.get("level").asText(), "parent_code", text(d, "parentCode"), "active", d.path("active").asBoolean(true),
                    "version", d.get("version").asLong()));
        }
    }
}
