package org.reservoir.recruitment.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonalDataTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    // 130102 19900101 011 1: the example, 1301**********0111 next to 1990-01-01.
    private static final String ID = valid("13010219900101011");

    private static String valid(String body) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    @Test
    void theUsualMaskNextToTheBirthDateGivesTheNumberBack() {
        IdNumber id = ((IdNumber.Valid) IdNumber.parse(ID, TODAY)).id();
        assertEquals(1, IdNumberGuesses.count(id.masked(), "130102", true, id.birthDate(), id.birthDate()));
    }

    @Test
    void whatOthersSeeLeavesAtLeastTenThousandNumbers() {
        IdNumber id = ((IdNumber.Valid) IdNumber.parse(ID, TODAY)).id();
        String shown = PersonalData.maskedIdNumber(id.masked());
        assertEquals("1301**************", shown);
        assertEquals(shown, PersonalData.maskedIdNumber(ID));
        int age = PersonalData.age(id.birthDate(), TODAY);
        assertEquals(36, age);
        long left = IdNumberGuesses.countByAge(shown, "130102", true, age, TODAY);
        assertTrue(left >= 10_000, left + " numbers left");
    }

    @Test
    void onlyTheCountyReadsTheIdNumber() {
        assertTrue(PersonalData.mayReadIdNumber(Set.of("county-admin")));
        for (String role : Set.of("township-officer", "viewer", "reviewer", "assessor", "mentor", "service")) {
            assertFalse(PersonalData.mayReadIdNumber(Set.of(role)), role);
        }
    }

    @Test
    void ageCountsWholeYears() {
        assertEquals(35, PersonalData.age(LocalDate.of(1990, 6, 2), TODAY));
        assertEquals(36, PersonalData.age(LocalDate.of(1990, 6, 1), TODAY));
    }
}
