package org.reservoir.recruitment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reservoir.recruitment.domain.Region;
import org.reservoir.recruitment.domain.RegionLevel;
import org.reservoir.recruitment.domain.VillageType;

import java.time.OffsetDateTime;

@Schema(name = "Region", description = "A county, township or village of the directory")
public record RegionResponse(
        @Schema(example = "652327101201") String code,
        @Schema(example = "东湾1村") String name,
        RegionLevel level,
        @Schema(example = "652327101000") String parentCode,
        VillageType villageType,
        Integer committeeSeats,
        Boolean secretaryDirectorOnePerson,
        boolean active,
        @Schema(description = "Optimistic-lock version; also the ETag") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public static RegionResponse of(Region r) {
        return new RegionResponse(r.code, r.name, r.level, r.parentCode, r.villageType, r.committeeSeats,
                r.secretaryDirectorOnePerson, r.active, r.version, r.createdAt, r.updatedAt);
    }
}
