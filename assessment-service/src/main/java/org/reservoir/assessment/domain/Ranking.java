package org.reservoir.assessment.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The order of a campaign's sealed evaluations: higher composite first; equal composites are told apart by the plan's
 * tie-break components in order (higher score first); candidates still equal share a rank (1, 2, 2, 4), and are listed
 * by candidate id so pages are stable.
 */
public final class Ranking {

    private Ranking() {
    }

    public record Entry(UUID candidateId, BigDecimal composite, Map<Component, BigDecimal> scores) {
    }

    public record Place(int rank, Entry entry) {
    }

    public static List<Place> rank(List<Entry> entries, List<Component> tieBreak) {
        Comparator<Entry> order = order(tieBreak);
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(order.thenComparing(Entry::candidateId));
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            int rank = i > 0 && order.compare(sorted.get(i - 1), sorted.get(i)) == 0 ? places.get(i - 1).rank() : i + 1;
            places.add(new Place(rank, sorted.get(i)));
        }
        return places;
    }

    /** Best first: composite, then each tie-break component; a missing score counts as lowest. */
    static Comparator<Entry> order(List<Component> tieBreak) {
        Comparator<Entry> order = Comparator.comparing(Entry::composite, Comparator.reverseOrder());
        for (Component c : tieBreak) {
            order = order.thenComparing(e -> e.scores().get(c), Comparator.nullsLast(Comparator.reverseOrder()));
        }
        return order;
    }
}
