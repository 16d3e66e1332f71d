package org.reservoir.recruitment.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.api.Violation;
import org.reservoir.infrastructure.region.DivisionCode;
import org.reservoir.recruitment.domain.Actor;
import org.reservoir.recruitment.domain.BenchTarget;
import org.reservoir.recruitment.domain.Candidate;
import org.reservoir.recruitment.domain.PersonalData;
import org.reservoir.recruitment.persistence.PoolQuery;

import java.util.List;
import java.util.Map;

/**
 * The pool's queries: candidates and reserves inside the actor's region (a region narrows it further), and bench
 * strength per village. Which region an actor may ask about and which orders it may use are decided here.
 */
@ApplicationScoped
public class Pool {

    private final PoolQuery query;

    public Pool(PoolQuery query) {
        this.query = query;
    }

    /** {@code field} ascending or {@code -field} descending; the id breaks ties. */
    public record Order(PoolQuery.SortKey key, boolean descending) {
        public static Order parse(String sort) {
            boolean descending = sort.startsWith("-");
            return new Order(PoolQuery.SortKey.valueOf(descending ? sort.substring(1) : sort), descending);
        }
    }

    public record Found(List<Candidate> items, long total) {
    }

    /** One page of the candidates matching {@code criteria} (its {@code within} is replaced by the region asked about). */
    public Found find(String region, PoolQuery.Filter criteria, String sort, int page, int size, Actor actor) {
        PoolQuery.Filter filter = criteria.within(region == null ? actor.region().prefix() : inside(region, "region", actor).prefix());
        Order order = Order.parse(sort);
        if (order.key() == PoolQuery.SortKey.birthDate && !PersonalData.mayReadIdNumber(actor.roles())) {
            // The order would reveal who is older within one age, i.e. part of the birth date this caller may not see.
            throw new ProblemException(400, "validation", List.of(new Violation("sort", "sort-birth-date-restricted")), Map.of(), 1);
        }
        return new Found(query.find(filter, order.key(), order.descending(), page, size), query.count(filter));
    }

    /** Reserves per active village under {@code code} against the target, and how many villages fall below it. */
    public record Bench(List<PoolQuery.VillageBench> villages, int belowTarget) {
    }

    public Bench bench(String code, Integer targetMin, Integer targetMax, Actor actor) {
        DivisionCode division = inside(code, "code", actor);
        BenchTarget target = BenchTarget.of(targetMin, targetMax);
        if (!target.valid()) {
            throw ProblemException.unprocessable("targetMax", "target-range", target.min(), target.max());
        }
        List<PoolQuery.VillageBench> villages = query.bench(division.prefix(), target);
        return new Bench(villages, (int) villages.stream().filter(v -> v.total() < target.min()).count());
    }

    /** {@code code} as a division inside the actor's region: 422 when malformed, 403 outside. */
    private static DivisionCode inside(String code, String field, Actor actor) {
        DivisionCode division = DivisionCode.parse(code).orElseThrow(() -> ProblemException.unprocessable(field, "division-code", code));
        actor.refusalOutside(code).ifPresent(r -> {
            throw r.toProblem();
        });
        return division;
    }
}
