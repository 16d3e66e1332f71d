package org.reservoir.recruitment.domain;

import org.reservoir.infrastructure.region.DivisionCode;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.infrastructure.transitions.AuditLine;
import org.reservoir.infrastructure.transitions.AuditedState;
import org.reservoir.infrastructure.transitions.Journal;
import org.reservoir.infrastructure.transitions.TransitionRunner;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Plain-Java fixtures for aggregate tests: Jimsar county (吉木萨尔县), two townships, their villages, actors, a fixed clock. */
final class DomainFixtures {

    static final String COUNTY = "652327000000";
    static final String TOWNSHIP = "652327100000";
    static final String OTHER_TOWNSHIP = "652327101000";
    static final String VILLAGE = "652327100201";
    static final String OTHER_VILLAGE = "652327101201";
    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    static final Actor COUNTY_ADMIN = actor("admin", COUNTY, Roles.COUNTY_ADMIN);
    static final Actor TOWNSHIP_OFFICER = actor("officer", TOWNSHIP, Roles.TOWNSHIP_OFFICER);
    static final Actor OTHER_OFFICER = actor("other", OTHER_TOWNSHIP, Roles.TOWNSHIP_OFFICER);

    private DomainFixtures() {
    }

    static OffsetDateTime now() {
        return OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC);
    }

    static Actor actor(String id, String region, String... roles) {
        return new Actor(id, Set.of(roles), new DivisionCode(region), null, false);
    }

    static Actor reviewer(String department) {
        return new Actor("rev-" + department, Set.of(Roles.REVIEWER), new DivisionCode(COUNTY), department, false);
    }

    static Region region(String code, RegionLevel level) {
        Region r = new Region();
        r.code = code;
        r.level = level;
        r.name = code;
        r.active = true;
        return r;
    }

    static final Map<String, Region> REGIONS = Map.of(
            COUNTY, region(COUNTY, RegionLevel.COUNTY), TOWNSHIP, region(TOWNSHIP, RegionLevel.TOWNSHIP),
            OTHER_TOWNSHIP, region(OTHER_TOWNSHIP, RegionLevel.TOWNSHIP), VILLAGE, region(VILLAGE, RegionLevel.VILLAGE),
            OTHER_VILLAGE, region(OTHER_VILLAGE, RegionLevel.VILLAGE));

    static Campaign.Draft draft(String scope, List<Campaign.Vacancy> vacancies) {
        return new Campaign.Draft(" 2026 换届储备 ", scope, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30), vacancies, 1, 2,
                null, null, null, null);
    }

    static Campaign campaign(Campaign.Status status) {
        Campaign c = Campaign.draft(UUID.randomUUID(), draft(COUNTY, List.of(new Campaign.Vacancy(VILLAGE, CommitteePost.PARTY_SECRETARY))),
                REGIONS.get(COUNTY), REGIONS::get, COUNTY_ADMIN, now()).orThrow();
        return AuditedState.set(c, status, 3);
    }

    /** A runner without a database: flushing bumps the version; history lines and events are kept for the test to read. */
    static final class Recorder<T> implements Journal<T> {
        final List<AuditLine> lines = new ArrayList<>();
        final List<Event> events = new ArrayList<>();
        private final java.util.function.BiFunction<T, AuditLine, Event> event;

        Recorder(java.util.function.BiFunction<T, AuditLine, Event> event) {
            this.event = event;
        }

        @Override
        public void write(T subject, AuditLine line) {
            lines.add(line);
        }

        @Override
        public Event event(T subject, AuditLine line) {
            return event.apply(subject, line);
        }

        TransitionRunner runner(Runnable flush) {
            return new TransitionRunner(flush, events::add, CLOCK);
        }
    }
}
