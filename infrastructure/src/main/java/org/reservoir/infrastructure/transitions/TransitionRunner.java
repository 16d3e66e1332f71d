package org.reservoir.infrastructure.transitions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.api.Versions;
import org.reservoir.infrastructure.events.Outbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one way an aggregate changes state, in one transaction and in this order: the role may take the action (403), the
 * aggregate is loaded (the loader answers 404 for what the caller may not see), it lies in the caller's jurisdiction (403),
 * the caller named the version it read (428/412; not asked of event consumers), the table allows the action from the
 * current state (409), the aggregate decides (its refusal, or a state the table allows for the action: illegal-outcome),
 * then the state moves, the version is bumped and the history line and the outbox event are written.
 */
@ApplicationScoped
public class TransitionRunner {

    private final Runnable flush;
    private final Consumer<Journal.Event> publish;
    private final Clock clock;

    @Inject
    public TransitionRunner(Outbox outbox, EntityManager em, Clock clock) {
        this(em::flush, e -> outbox.publish(e.topic(), e.type(), e.key(), e.payload()), clock);
    }

    /** Without a database: what flushing the version and publishing an event mean is given (unit tests record them). */
    public TransitionRunner(Runnable flush, Consumer<Journal.Event> publish, Clock clock) {
        this.flush = flush;
        this.publish = publish;
        this.clock = clock;
    }

    /** A request to take {@code action} on the aggregate {@code load} finds. */
    public record Request<A extends Enum<A>, S extends Enum<S>, T extends Audited<S>>(
            TransitionTable<A, S> table, A action, Operator operator, String ifMatch, Supplier<T> load,
            Function<T, Decision<S>> decide, Journal<T> journal) {
    }

    @Transactional
    public <A extends Enum<A>, S extends Enum<S>, T extends Audited<S>> T run(Request<A, S, T> r) {
        TransitionTable<A, S> table = r.table();
        if (!table.permits(r.action(), r.operator().roles())) {
            throw new ProblemException(403, "forbidden");
        }
        T subject = r.load().get();
        if (!r.operator().covers(subject.jurisdiction())) {
            throw new ProblemException(403, "out-of-jurisdiction", subject.jurisdiction(), r.operator().regionCode());
        }
        if (!r.operator().viaEvents()) {
            Versions.requireMatch(r.ifMatch(), subject.version());
        }
        S from = subject.state();
        table.refusalFrom(r.action(), from).ifPresent(refusal -> {
            throw refusal.toProblem();
        });
        Decision.Moved<S> moved = r.decide().apply(subject).orThrow();
        table.refusal(r.action(), from, moved.to()).ifPresent(refusal -> {
            throw refusal.toProblem();
        });
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        subject.moveTo(moved.to(), now);
        flush.run();
        AuditLine line = new AuditLine(r.action(), from.name(), moved.to().name(), r.operator().id(),
                table.roleFor(r.action(), r.operator().roles()), moved.reason(), moved.details(), now);
        r.journal().write(subject, line);
        Journal.Event event = r.journal().event(subject, line);
        if (event != null) {
            publish.accept(event);
        }
        return subject;
    }
}
