package org.reservoir.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    /** What a structure counts a reserve by; BIRTH_YEAR gives the age (band) in the report's year. */
    public enum Dimension {
        BIRTH_YEAR, EDUCATION, GENDER, ETHNICITY, POLITICAL_STATUS, SOURCE_GROUP, CHANNEL, TRACK
    }

    /**
     * A count of reserves with one value of one dimension. Summed over a region they give its figures, so a county's
     * structure is read from per-township sums ({@code structure_tally}) instead of every reserve.
     */
    public record Cell(Dimension dimension, String value, long count) {
    }

    /** One reserve's cells: one per dimension, a missing value as {@value #UNKNOWN}. */
    public static List<Cell> cells(Reserve r) {
        List<Cell> cells = new ArrayList<>(Dimension.values().length);
        cells.add(new Cell(Dimension.BIRTH_YEAR, Integer.toString(r.birthYear()), 1));
        cells.add(cell(Dimension.EDUCATION, r.educationLevel()));
        cells.add(cell(Dimension.GENDER, r.gender()));
        cells.add(cell(Dimension.ETHNICITY, r.ethnicity()));
        cells.add(cell(Dimension.POLITICAL_STATUS, r.politicalStatus()));
        cells.add(cell(Dimension.SOURCE_GROUP, r.sourceGroup()));
        cells.add(cell(Dimension.CHANNEL, r.channel()));
        cells.add(cell(Dimension.TRACK, r.track()));
        return cells;
    }

    private static Cell cell(Dimension dimension, String value) {
        return new Cell(dimension, value == null || value.isBlank() ? UNKNOWN : value, 1);
    }

    public static Figures of(Collection<Reserve> reserves, LocalDate asOf) {
        List<Cell> cells = new ArrayList<>(reserves.size() * Dimension.values().length);
        reserves.forEach(r -> cells.addAll(cells(r)));
        return ofCells(cells, asOf);
    }

    /** The figures of reserves given as cells (any number per dimension and value; every reserve has one TRACK cell). */
    public static Figures ofCells(Collection<Cell> cells, LocalDate asOf) {
        Map<Dimension, Map<String, Long>> counts = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            counts.put(d, new TreeMap<>());
        }
        Map<AgeBand, Long> bands = new EnumMap<>(AgeBand.class);
        long ageSum = 0;
        long college = 0;
        for (Cell c : cells) {
            if (c.count() == 0) {
                continue;
            }
            if (c.dimension() == Dimension.BIRTH_YEAR) {
                int age = asOf.getYear() - Integer.parseInt(c.value());
                ageSum += (long) age * c.count();
                bands.merge(AgeBand.of(age), c.count(), Long::sum);
                continue;
            }
            if (c.dimension() == Dimension.EDUCATION && Reserve.collegeOrAbove(c.value())) {
                college += c.count();
            }
            counts.get(c.dimension()).merge(c.value(), c.count(), Long::sum);
        }
        long n = counts.get(Dimension.TRACK).values().stream().mapToLong(Long::longValue).sum();
        return new Figures(n, n == 0 ? null : ratio(ageSum, n, 1), n == 0 ? null : ratio(college, n, 3), bands,
                counts.get(Dimension.EDUCATION), counts.get(Dimension.GENDER), counts.get(Dimension.ETHNICITY),
                counts.get(Dimension.POLITICAL_STATUS), counts.get(Dimension.SOURCE_GROUP), counts.get(Dimension.CHANNEL),
                counts.get(Dimension.TRACK));
    }

    /** {@code part / whole} rounded half-up to {@code scale} decimals. */
    public static BigDecimal ratio(long part, long whole, int scale) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), scale, RoundingMode.HALF_UP);
    }
}
