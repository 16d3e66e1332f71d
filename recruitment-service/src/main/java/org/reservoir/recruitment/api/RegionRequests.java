package org.reservoir.recruitment.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reservoir.recruitment.domain.Region;
import org.reservoir.recruitment.domain.RegionRules;
import org.reservoir.recruitment.domain.VillageType;

import java.util.List;

/** Request bodies of the region directory. */
public final class RegionRequests {

    private RegionRequests() {
    }

    @Schema(name = "CreateRegion", description = "A county, township or village; level and parent follow from the code. "
            + "Villages must give villageType and committeeSeats (secretaryDirectorOnePerson defaults to false); others must not.")
    public record CreateRegion(
            @NotBlank @Pattern(regexp = "\\d{12}") @Schema(description = "12-digit statistical division code", example = "652327101201") String code,
            @NotBlank @Size(max = 100) @Schema(example = "东湾1村") String name,
            @Schema(description = "Villages only", example = "WEAK") VillageType villageType,
            @Min(1) @Max(15) @Schema(description = "Villages only: seats on the two committees (村\"两委\")", example = "5") Integer committeeSeats,
            @Schema(description = "Villages only: secretary and director are one person (一肩挑)", example = "true") Boolean secretaryDirectorOnePerson) {

        RegionRules.Draft draft() {
            return new RegionRules.Draft(code, name, villageType, committeeSeats, secretaryDirectorOnePerson);
        }
    }

    @Schema(name = "CreateRegions", description = "Up to 2000 regions created all or nothing; parents may be in the same request")
    public record CreateRegions(@NotNull @NotEmpty @Size(max = 2000) List<@NotNull @Valid CreateRegion> regions) {
    }

    @Schema(name = "UpdateRegion", description = "Rename, or change a village's attributes; absent fields stay as they are")
    public record UpdateRegion(
            @Pattern(regexp = ".*\\S.*") @Size(max = 100) @Schema(example = "东湾新村") String name,
            VillageType villageType,
            @Min(1) @Max(15) Integer committeeSeats,
            Boolean secretaryDirectorOnePerson) {

        Region.Changes changes() {
            return new Region.Changes(name, villageType, committeeSeats, secretaryDirectorOnePerson);
        }
    }
}
