package org.reservoir.launcher;

import org.junit.jupiter.api.Test;
import org.reservoir.launcher.DemoPlan.Fate;
import org.reservoir.launcher.DemoPlan.Person;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo's plan keeps the seeds' figures and the rules the services apply (so loading it cannot be refused). */
class DemoPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final List<Person> people = DemoPlan.people(TODAY);

    @Test
    void seedFigures() {
        assertEquals(158, people.size());
        assertEquals(20, people.stream().filter(Person::fullTime).count());
        assertEquals(11, people.stream().filter(p -> p.fate() == Fate.ELECTED || p.fate() == Fate.APPOINTED).count(), "seed 000: 11 entered");
        assertEquals(1, people.stream().filter(p -> p.post().equals("PARTY_SECRETARY")).count(), "seed 000: one elected secretary");
        assertEquals(58, people.stream().filter(Person::mentored).count(), "seed 003: 58 pairs");
        assertTrue(people.stream().filter(Person::mentored).allMatch(p -> p.township().equals(DemoPlan.MENTORING_TOWNSHIP)));
        assertEquals(57, DemoPlan.villages().size());
        assertEquals(9, DemoPlan.villages().stream().map(DemoPlan.Village::township).distinct().count());
    }

    @Test
    void everyoneCanBeRegistered() {
        assertEquals(people.size(), people.stream().map(Person::name).distinct().count(), "names identify candidates on a second load");
        assertEquals(people.size(), people.stream().map(Person::idNumber).distinct().count());
        for (Person p : people) {
            String id = p.idNumber();
            assertEquals(DemoPlan.idNumber(p.birthDate(), Integer.parseInt(id.substring(14, 17))), id);
            assertEquals(p.female(), (id.charAt(16) - '0') % 2 == 0, p.name());
            int age = Period.between(p.birthDate(), TODAY).getYears();
            assertTrue(age >= 18 && age <= 45, p.name() + " is " + age + ", outside the campaign's 18–45");
        }
        // Two reserves pass the age limit within a year (the age-limit alert).
        assertEquals(2, people.stream().filter(p -> Period.between(p.birthDate(), TODAY.plusYears(1)).getYears() > 45).count());
    }

    @Test
    void mentorsHoldAtMostThreeReservesEach() {
        Map<String, Long> perMentor = people.stream().filter(Person::mentored)
                .collect(Collectors.groupingBy(p -> DemoCultivation.mentorPerson(p.village(), DemoCultivation.mentorIndex(p)), Collectors.counting()));
        assertTrue(perMentor.values().stream().allMatch(n -> n <= 3), perMentor.toString());
        assertEquals(4, people.stream().filter(Person::silent).count());
    }

    @Test
    void scoresPassAndFailAsPlanned() {
        for (Person p : people.stream().filter(p -> p.fate().evaluated()).toList()) {
            // Every component within three points of the quality: 62 and up passes the line of 60, 46 and below fails it.
            assertEquals(p.fate().admitted(), p.quality() >= 62, p.name());
            assertTrue(p.quality() >= 62 || p.quality() <= 46);
            assertTrue(Math.abs(p.writtenTest() - p.quality()) <= 3 && Math.abs(p.fieldVisit() - p.quality()) <= 2);
            for (int r = 0; r < DemoPlan.RATERS.size(); r++) {
                int[] s = p.sheet(r);
                for (int c = 0; c < s.length; c++) {
                    assertTrue(s[c] >= 0 && s[c] <= DemoPlan.CRITERIA_MAX[c]);
                }
            }
        }
    }

    @Test
    void someReservesFallShortOfTheHoursMinimum() {
        List<Person> bench = people.stream().filter(Person::inPool).toList();
        assertEquals(136, bench.size());
        assertEquals(28, bench.stream().filter(p -> p.hours() < DemoPlan.REQUIRED_HOURS).count());
        assertTrue(bench.stream().allMatch(p -> p.programme() != null));
    }
}
