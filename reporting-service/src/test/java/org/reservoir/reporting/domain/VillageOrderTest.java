package org.reservoir.reporting.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VillageOrderTest {

    @Test
    void a_county_of_villages_comes_out_in_code_order_whatever_order_it_came_in() {
        List<Village> villages = new ArrayList<>();
        for (int township = 1; township <= 100; township++) {
            for (int village = 1; village <= 100; village++) {
                villages.add(Fixtures.village(String.format("658801%03d%03d", township, village), 3));
            }
        }
        List<Village> expected = List.copyOf(villages);
        Collections.shuffle(villages, new Random(7));

        assertEquals(expected, Village.inCodeOrder(villages));
    }

    @Test
    void codes_that_are_not_twelve_digits_still_sort_as_strings() {
        List<Village> villages = new ArrayList<>(List.of(Fixtures.village("658801001002", 3), Fixtures.village("65880100100A", 3),
                Fixtures.village("658801001001", 3), Fixtures.village("000000000009", 3)));
        List<Village> expected = new ArrayList<>(villages);
        expected.sort(Comparator.comparing(Village::code));

        assertEquals(expected, Village.inCodeOrder(villages));
    }

    @Test
    void leading_zeros_and_the_largest_code_keep_their_places() {
        List<Village> villages = List.of(Fixtures.village("999999999999", 3), Fixtures.village("000000000001", 3),
                Fixtures.village("100000000000", 3), Fixtures.village("099999999999", 3));

        assertEquals(List.of("000000000001", "099999999999", "100000000000", "999999999999"),
                Village.inCodeOrder(villages).stream().map(Village::code).toList());
    }
}
