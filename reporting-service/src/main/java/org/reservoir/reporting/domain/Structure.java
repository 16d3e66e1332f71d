package org.reservoir.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The make-up of a set of reserves (队伍结构): counts per dimension, average age, share with college or above. A
 * missing value counts under {@value #UNKNOWN}, so every dimension's counts add up to {@code reserves}.
 */
public final class Structure {

    public static final String UNKNOWN = "UNKNOWN";

    private Structure() {
    }

    /**
     * @param averageAge          one decimal, null for no reserves
     * @param collegeOrAboveShare share in [0, 1] with three decimals, null for no reserves
     */
    @Schema(name = "StructureFigures", description = "Counts per dimension; every dimension's counts add up to reserves (UNKNOWN for a missing value)")
    public record Figures(long reserves, BigDecimal averageAge, BigDecimal collegeOrAboveShare, Map<AgeBand, Long> byAgeBand,
                          Map<String, Long> byEducation, Map<String, Long> byGender, Map<String, Long> byEthnicity,
                          Map<String, Long> byPoliticalStatus, Map<String, Long> bySourceGroup, Map<String, Long> byChannel,
                          Map<String, Long> byTrack) {
    }

    public static Figures of(Collection<Reserve> reserves, LocalDate asOf) {
        Map<AgeBand, Long> bands = new EnumMap<>(AgeBand.class);
        long ageSum = 0;
        long college = 0;
        for (Reserve r : reserves) {
            int age = r.ageIn(asOf);
            ageSum += age;
            bands.merge(AgeBand.of(age), 1L, Long::sum);
            if (r.collegeOrAbove()) {
                college++;
            }
        }
        int n = reserves.size();
        return new Figures(n, n == 0 ? null : ratio(ageSum, n, 1), n == 0 ? null : ratio(college, n, 3), bands,
                count(reserves, Reserve::educationLevel), count(reserves, Reserve::gender), count(reserves, Reserve::ethnicity),
                count(reserves, Reserve::politicalStatus), count(reserves, Reserve::sourceGroup), count(reserves, Reserve::channel),
                count(reserves, Reserve::track));
    }

    /** {@code part / whole} rounded half-up to {@code scale} decimals. */
    public static BigDecimal ratio(long part, long whole, int scale) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), scale, RoundingMode.HALF_UP);
    }

    private static Map<String, Long> count(Collection<Reserve> reserves, Function<Reserve, String> dimension) {
        Map<String, Long> counts = new TreeMap<>();
        for (Reserve r : reserves) {
            String value = dimension.apply(r);
            counts.merge(value == null || value.isBlank() ? UNKNOWN : value, 1L, Long::sum);
        }
        return counts;
    }
}
