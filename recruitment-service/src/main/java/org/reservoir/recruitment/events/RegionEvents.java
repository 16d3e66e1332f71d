package org.reservoir.recruitment.events;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reservoir.infrastructure.region.RegionTopic;
import org.reservoir.recruitment.domain.Region;
import org.reservoir.recruitment.domain.RegionLevel;
import org.reservoir.recruitment.domain.VillageType;

/**
 * Region directory events on {@value #TOPIC}, keyed by the division code. Every event carries the full
 * snapshot with its version, so a projection applies it only when newer than what it holds.
 * Contract: docs/events/recruitment.region.v1.schema.json.
 */
public final class RegionEvents {

    public static final String TOPIC = RegionTopic.NAME;
    public static final String CREATED = "reservoir.recruitment.region.created";
    public static final String UPDATED = "reservoir.recruitment.region.updated";
    public static final String DEACTIVATED = "reservoir.recruitment.region.deactivated";

    private RegionEvents() {
    }

    /** The payload ({@code data}) of every region event. */
    @Schema(name = "RegionSnapshot", description = "Payload of recruitment.region.v1 events")
    public record RegionSnapshot(String code, String name, RegionLevel level, String parentCode, VillageType villageType,
                                 Integer committeeSeats, Boolean secretaryDirectorOnePerson, boolean active, long version) {

        public static RegionSnapshot of(Region r) {
            return new RegionSnapshot(r.code, r.name, r.level, r.parentCode, r.villageType, r.committeeSeats,
                    r.secretaryDirectorOnePerson, r.active, r.version);
        }
    }
}
