package org.reservoir.reporting.events;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.EventProbe;
import org.reservoir.infrastructure.testing.Poll;
import org.reservoir.infrastructure.testing.ReservoirTestResource;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A batch reads as its events one by one: what a handler deferred to afterBatch (the region projection's rows) is written
 * before the batch goes on with an event of another topic (a candidate whose village is among those regions), and a run
 * of one topic's events is still written together.
 */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class DeferredWorkOrderTest {

    private static final int ROUNDS = 5;
    private static final String A = "a-";
    private static final String B = "b-";

    @Test
    void deferred_work_is_done_before_an_event_of_another_topic_and_once_per_run_of_its_own() {
        // The consumer sees both topics before the rounds start, so a round's events meet in one poll.
        List<String> warmUp = round(1, false);
        boolean metInOneBatch = false;
        int largestFlush = 0;
        for (int i = 0; i < ROUNDS && !(metInOneBatch && largestFlush > 1); i++) {
            List<String> order = round(5, true);
            metInOneBatch |= checkEachEventSeesTheOtherTopicsWork(order);
            largestFlush = Math.max(largestFlush, order.stream().map(DeferredWorkOrderTest::what).filter(w -> w.startsWith("flush:"))
                    .mapToInt(w -> Integer.parseInt(w.substring(w.lastIndexOf(':') + 1))).max().orElse(0));
        }
        assertTrue(!warmUp.isEmpty() && metInOneBatch, "in " + ROUNDS + " rounds no batch held both topics' events; the test proved nothing");
        assertTrue(largestFlush > 1, "a topic's run was written event by event, not together");
    }

    /** Publishes n events on each topic, behind a slow event if asked (so they are read together); returns the steps. */
    private static List<String> round(int n, boolean behindSlowEvent) {
        ControlledHandlers.ORDER.clear();
        String slow = UUID.randomUUID().toString();
        if (behindSlowEvent) {
            ControlledHandlers.SLOW.add(slow);
            EventProbe.publish(ControlledHandlers.FIXABLE_TOPIC, slow, UUID.randomUUID().toString(), "reservoir.test.fixable.happened", slow, "{}");
        }
        try {
            List<String> subjects = IntStream.range(0, n).boxed().flatMap(i -> Stream.of(A + UUID.randomUUID(), B + UUID.randomUUID())).toList();
            // One key per topic keeps each topic's events in one partition: one run of each per poll.
            subjects.forEach(s -> EventProbe.publish(s.startsWith(A) ? ControlledHandlers.DEFERRING_A_TOPIC : ControlledHandlers.DEFERRING_B_TOPIC,
                    s.substring(0, 2), UUID.randomUUID().toString(), "reservoir.test.deferring.happened", s, "{}"));
            Poll.until("the round handled and its deferred work written", Duration.ofSeconds(60), () -> {
                List<String> steps = List.copyOf(ControlledHandlers.ORDER);
                return steps.stream().map(DeferredWorkOrderTest::what).filter(w -> w.startsWith("handle:")).count() == subjects.size()
                        && unwritten(steps).values().stream().allMatch(c -> c == 0);
            });
            return List.copyOf(ControlledHandlers.ORDER);
        } finally {
            ControlledHandlers.SLOW.remove(slow);
        }
    }

    /**
     * Fails if an event was handled while the other topic's events of its transaction were unwritten; returns whether a
     * transaction held both topics' events at all (the case the rule is about).
     */
    private static boolean checkEachEventSeesTheOtherTopicsWork(List<String> order) {
        Map<String, Map<String, Integer>> pendingPerTransaction = new HashMap<>();
        boolean met = false;
        for (String step : order) {
            Map<String, Integer> pending = pendingPerTransaction.computeIfAbsent(step.substring(0, step.indexOf('|')), tx -> new HashMap<>());
            String what = what(step);
            if (what.startsWith("flush:")) {
                pending.put(what.contains("deferring-a") ? A : B, 0);
            } else {
                String own = what.substring("handle:".length(), "handle:".length() + 2);
                String other = own.equals(A) ? B : A;
                met |= pending.containsKey(other);
                int unwritten = pending.getOrDefault(other, 0);
                assertTrue(unwritten == 0, "an event was handled while " + unwritten + " of the other topic's were unwritten: " + order);
                pending.merge(own, 1, Integer::sum);
            }
        }
        return met;
    }

    /** Per topic prefix, how many handled events were not yet written at the end of the steps. */
    private static Map<String, Integer> unwritten(List<String> steps) {
        Map<String, Integer> pending = new HashMap<>(Map.of(A, 0, B, 0));
        for (String step : steps) {
            String what = what(step);
            if (what.startsWith("flush:")) {
                pending.put(what.contains("deferring-a") ? A : B, 0);
            } else {
                pending.merge(what.substring("handle:".length(), "handle:".length() + 2), 1, Integer::sum);
            }
        }
        return pending;
    }

    private static String what(String step) {
        return step.substring(step.indexOf('|') + 1);
    }
}
