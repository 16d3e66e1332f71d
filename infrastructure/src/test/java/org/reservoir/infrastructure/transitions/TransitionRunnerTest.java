package org.reservoir.infrastructure.transitions;

import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.api.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reservoir.infrastructure.transitions.TransitionTable.row;

class TransitionRunnerTest {

    enum State { DRAFT, LIVE, ARCHIVED }

    enum Act { PUBLISH, ARCHIVE }

    static final TransitionTable<Act, State> TABLE = new TransitionTable<>("illegal-transition", List.of(
            row(Act.PUBLISH, EnumSet.of(State.DRAFT), EnumSet.of(State.LIVE), "editor"),
            row(Act.ARCHIVE, EnumSet.of(State.DRAFT, State.LIVE), EnumSet.of(State.ARCHIVED), "editor", "admin")));

    static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    static final class Doc implements Audited<State> {
        State state = State.DRAFT;
        long version = 3;
        OffsetDateTime changedAt;

        public State state() { return state; }
        public long version() { return version; }
        public String jurisdiction() { return "652327101000"; }
        public void moveTo(State s, OffsetDateTime at) { state = s; changedAt = at; }
    }

    record Who(String id, Set<String> roles, String regionCode, boolean viaEvents) implements Operator {
        public boolean covers(String code) { return code.startsWith(regionCode.replaceAll("0+$", "")); }
    }

    final List<AuditLine> history = new ArrayList<>();
    final List<Journal.Event> published = new ArrayList<>();
    final int[] flushes = {0};
    final Doc doc = new Doc();
    final TransitionRunner runner = new TransitionRunner(() -> { flushes[0]++; doc.version++; }, published::add,
            Clock.fixed(NOW, ZoneOffset.UTC));
    final Journal<Doc> journal = new Journal<>() {
        public void write(Doc d, AuditLine line) { history.add(line); }
        public Event event(Doc d, AuditLine line) { return new Event("docs", "moved", "doc-1", d.state.name()); }
    };

    static final Who EDITOR = new Who("e1", Set.of("editor"), "652327000000", false);

    Doc run(Act act, Operator who, String ifMatch, Decision<State> decision) {
        return runner.run(new TransitionRunner.Request<>(TABLE, act, who, ifMatch, () -> doc, d -> decision, journal));
    }

    static int status(Runnable r) {
        return assertThrows(ProblemException.class, r::run).status();
    }

    @Test
    void aMoveWritesHistoryAndEventAtTheClocksTime() {
        run(Act.PUBLISH, EDITOR, "\"3\"", Decision.moveTo(State.LIVE, "ready", Map.of("k", "v")));
        assertEquals(State.LIVE, doc.state);
        assertEquals(4, doc.version);
        assertEquals(1, flushes[0]);
        assertEquals(List.of(new AuditLine(Act.PUBLISH, "DRAFT", "LIVE", "e1", "editor", "ready", Map.of("k", "v"),
                OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC))), history);
        assertEquals(List.of(new Journal.Event("docs", "moved", "doc-1", "LIVE")), published);
    }

    @Test
    void aTransitionWithoutAnEventWritesHistoryAndPublishesNothing() {
        runner.run(new TransitionRunner.Request<>(TABLE, Act.PUBLISH, EDITOR, "\"3\"", () -> doc, d -> Decision.moveTo(State.LIVE),
                new Journal<Doc>() {
                    public void write(Doc d, AuditLine line) { history.add(line); }
                    public Event event(Doc d, AuditLine line) { return null; }
                }));
        assertEquals(State.LIVE, doc.state);
        assertEquals(1, history.size());
        assertTrue(published.isEmpty());
    }

    @Test
    void aRoleTheRowDoesNotNameIsForbidden() {
        assertEquals(403, status(() -> run(Act.PUBLISH, new Who("a", Set.of("admin"), "652327000000", false), "3",
                Decision.moveTo(State.LIVE))));
    }

    @Test
    void outsideTheJurisdictionIsForbidden() {
        ProblemException p = assertThrows(ProblemException.class, () -> run(Act.PUBLISH,
                new Who("e2", Set.of("editor"), "652328000000", false), "3", Decision.moveTo(State.LIVE)));
        assertEquals("out-of-jurisdiction", p.key());
    }

    @Test
    void httpCallersNameAConcreteVersionEventConsumersDoNot() {
        assertEquals(428, status(() -> run(Act.PUBLISH, EDITOR, null, Decision.moveTo(State.LIVE))));
        assertEquals(428, status(() -> run(Act.PUBLISH, EDITOR, "*", Decision.moveTo(State.LIVE))));
        assertEquals(412, status(() -> run(Act.PUBLISH, EDITOR, "\"2\"", Decision.moveTo(State.LIVE))));
        run(Act.PUBLISH, new Who("svc", Set.of("editor"), "000000000000", true), null, Decision.moveTo(State.LIVE));
        assertEquals(State.LIVE, doc.state);
    }

    @Test
    void anActionTheStateDoesNotAllowNamesTheAllowedOnes() {
        doc.state = State.ARCHIVED;
        ProblemException p = assertThrows(ProblemException.class, () -> run(Act.PUBLISH, EDITOR, "3", Decision.moveTo(State.LIVE)));
        assertEquals("illegal-transition", p.key());
        assertEquals(Map.of("currentState", "ARCHIVED", "allowedActions", List.of()), p.extensions());
        assertTrue(history.isEmpty() && published.isEmpty());
    }

    @Test
    void aDecisionOutsideTheRowIsAnIllegalOutcome() {
        ProblemException p = assertThrows(ProblemException.class, () -> run(Act.PUBLISH, EDITOR, "3", Decision.moveTo(State.ARCHIVED)));
        assertEquals(409, p.status());
        assertEquals("illegal-outcome", p.key());
        assertEquals(List.of("LIVE"), p.extensions().get("allowedOutcomes"));
        assertEquals(State.DRAFT, doc.state);
    }

    @Test
    void theAggregatesRefusalIsThrownAndNothingIsWritten() {
        ProblemException p = assertThrows(ProblemException.class, () -> run(Act.PUBLISH, EDITOR, "3",
                Decision.refuse(Refusal.unprocessable("title", "title-required"))));
        assertEquals(422, p.status());
        assertEquals("title", p.violations().get(0).field());
        assertTrue(history.isEmpty() && published.isEmpty() && flushes[0] == 0);
    }

    @Test
    void theRoleRecordedIsOneTheRowAllows() {
        run(Act.ARCHIVE, new Who("x", Set.of("viewer", "editor"), "652327000000", false), "3", Decision.moveTo(State.ARCHIVED));
        assertEquals("editor", history.get(0).role());
    }
}
