package org.reservoir.reporting.events;

import io.opentelemetry.api.trace.Span;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.reservoir.infrastructure.events.EventEnvelope;
import org.reservoir.infrastructure.events.EventHandler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Test-only handlers whose failures the tests switch on and off per subject ("the cause" and "the fix"). */
public final class ControlledHandlers {

    public static final String SUPERVISED_TOPIC = "test.supervised.v1";
    public static final String FIXABLE_TOPIC = "test.fixable.v1";
    public static final String DEFERRING_A_TOPIC = "test.deferring-a.v1";
    public static final String DEFERRING_B_TOPIC = "test.deferring-b.v1";

    /** Subjects whose events kill the consumer loop (an Error, which no retry catches). */
    public static final Set<String> DYING = ConcurrentHashMap.newKeySet();
    /** Subjects whose events fail with an ordinary exception: retried, then dead-lettered. */
    public static final Set<String> FAILING = ConcurrentHashMap.newKeySet();
    /** Subjects whose events take a while (so that the events sent meanwhile are read together, as one batch). */
    public static final Set<String> SLOW = ConcurrentHashMap.newKeySet();
    /** How often each event id was applied (committed or not). */
    public static final Map<String, AtomicInteger> APPLIED = new ConcurrentHashMap<>();
    /**
     * What the two deferring handlers did, in order, each step tagged with its transaction: "TX|handle:SUBJECT", and
     * "TX|flush:TOPIC:N" when one wrote the N subjects it had kept since its last flush (its afterBatch).
     */
    public static final List<String> ORDER = new CopyOnWriteArrayList<>();
    /** The trace id current while each event id was applied. */
    public static final Map<String, String> TRACE_IDS = new ConcurrentHashMap<>();

    private ControlledHandlers() {
    }

    private static void step(TransactionSynchronizationRegistry transactions, String what) {
        ORDER.add(transactions.getTransactionKey() + "|" + what);
    }

    public static int applied(String eventId) {
        AtomicInteger n = APPLIED.get(eventId);
        return n == null ? 0 : n.get();
    }

    /** Simulates a bug that takes the consumer thread down. */
    public static final class ConsumerKiller extends Error {
        ConsumerKiller(String message) {
            super(message);
        }
    }

    @ApplicationScoped
    public static class Supervised implements EventHandler {
        @Override
        public String topic() {
            return SUPERVISED_TOPIC;
        }

        @Override
        public void handle(EventEnvelope event) {
            if (DYING.contains(event.subject())) {
                throw new ConsumerKiller("simulated fatal error on " + event.subject());
            }
            APPLIED.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
        }
    }

    @ApplicationScoped
    public static class Fixable implements EventHandler {
        @Override
        public String topic() {
            return FIXABLE_TOPIC;
        }

        @Override
        public void handle(EventEnvelope event) {
            if (FAILING.contains(event.subject())) {
                throw new IllegalStateException("simulated broken dependency for " + event.subject());
            }
            if (SLOW.contains(event.subject())) {
                try {
                    Thread.sleep(5000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            TRACE_IDS.put(event.id(), Span.current().getSpanContext().getTraceId());
            APPLIED.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
        }
    }

    /**
     * Keeps its events and writes them in afterBatch, as the projections that work set-wise do; its events also stand for
     * ones whose handling reads what the other topic's handler wrote.
     */
    abstract static class Deferring implements EventHandler {
        private final List<String> kept = new ArrayList<>();
        @Inject
        TransactionSynchronizationRegistry transactions;

        @Override
        public void handle(EventEnvelope event) {
            kept.add(event.subject());
            step(transactions, "handle:" + event.subject());
        }

        @Override
        public void afterBatch() {
            if (!kept.isEmpty()) {
                step(transactions, "flush:" + topic() + ":" + kept.size());
                kept.clear();
            }
        }
    }

    @ApplicationScoped
    public static class DeferringA extends Deferring {
        @Override
        public String topic() {
            return DEFERRING_A_TOPIC;
        }
    }

    @ApplicationScoped
    public static class DeferringB extends Deferring {
        @Override
        public String topic() {
            return DEFERRING_B_TOPIC;
        }
    }
}
