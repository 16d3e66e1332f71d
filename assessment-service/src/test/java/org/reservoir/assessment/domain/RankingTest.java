package org.reservoir.assessment.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RankingTest {

    static Ranking.Entry entry(String id, String composite, String interview, String written) {
        return new Ranking.Entry(UUID.fromString("00000000-0000-0000-0000-00000000000" + id), new BigDecimal(composite),
                Map.of(Component.INTERVIEW, new BigDecimal(interview), Component.WRITTEN_TEST, new BigDecimal(written)));
    }

    static List<String> order(List<Ranking.Place> places) {
        return places.stream().map(p -> p.rank() + ":" + p.entry().candidateId().toString().substring(35)).toList();
    }

    @Test
    void higherCompositeFirst() {
        assertEquals(List.of("1:2", "2:1", "3:3"), order(Ranking.rank(List.of(entry("1", "80", "80", "80"), entry("2", "90", "80", "80"),
                entry("3", "70", "80", "80")), List.of())));
    }

    @Test
    void equalCompositesFollowThePlansTieBreakOrder() {
        List<Ranking.Entry> tied = List.of(entry("1", "80", "70", "90"), entry("2", "80", "90", "70"));
        assertEquals(List.of("1:2", "2:1"), order(Ranking.rank(tied, List.of(Component.INTERVIEW, Component.WRITTEN_TEST))));
        assertEquals(List.of("1:1", "2:2"), order(Ranking.rank(tied, List.of(Component.WRITTEN_TEST, Component.INTERVIEW))));
    }

    @Test
    void theNextTieBreakComponentDecidesWhenTheFirstIsEqual() {
        List<Ranking.Entry> tied = List.of(entry("1", "80", "85", "70"), entry("2", "80", "85", "75"));
        assertEquals(List.of("1:2", "2:1"), order(Ranking.rank(tied, List.of(Component.INTERVIEW, Component.WRITTEN_TEST))));
    }

    @Test
    void candidatesEqualOnEverythingShareARankAndTheNextSkips() {
        List<Ranking.Entry> entries = List.of(entry("3", "70", "70", "70"), entry("2", "80", "85", "70"), entry("1", "80", "85", "70"),
                entry("4", "90", "10", "10"));
        assertEquals(List.of("1:4", "2:1", "2:2", "4:3"), order(Ranking.rank(entries, List.of(Component.INTERVIEW))));
    }
}
