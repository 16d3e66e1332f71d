package org.reservoir.infrastructure.transitions;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A state machine as one table: for each action, the states it may start from, the states it may lead to (the
 * aggregate's decision picks one) and the roles that may take it. {@code illegalKey} names the problem a caller
 * gets for an action the current state does not allow (its detail's arguments are the action and the state).
 */
public final class TransitionTable<A extends Enum<A>, S extends Enum<S>> {

    /** One row of the table. */
    public record Row<A extends Enum<A>, S extends Enum<S>>(A action, Set<S> from, Set<S> to, Set<String> roles) {
    }

    private final String illegalKey;
    private final List<Row<A, S>> rows;

    public TransitionTable(String illegalKey, List<Row<A, S>> rows) {
        this.illegalKey = illegalKey;
        this.rows = List.copyOf(rows);
    }

    public static <A extends Enum<A>, S extends Enum<S>> Row<A, S> row(A action, Set<S> from, Set<S> to, String... roles) {
        return new Row<>(action, Set.copyOf(from), Set.copyOf(to), Set.of(roles));
    }

    public static <S extends Enum<S>> Set<S> of(S first, S... rest) {
        return EnumSet.of(first, rest);
    }

    public List<Row<A, S>> rows() {
        return rows;
    }

    public Row<A, S> of(A action) {
        return rows.stream().filter(r -> r.action() == action).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row for " + action));
    }

    /** The actions that may start from {@code state}, in table order. */
    public List<A> allowedFrom(S state) {
        return rows.stream().filter(r -> r.from().contains(state)).map(Row::action).toList();
    }

    /** Whether any of {@code roles} may take {@code action}. */
    public boolean permits(A action, Set<String> roles) {
        return of(action).roles().stream().anyMatch(roles::contains);
    }

    /** The role an audit line records: the first (by name) of the caller's roles that the action allows. */
    public String roleFor(A action, Set<String> roles) {
        return Operator.roleAmong(roles, of(action).roles());
    }

    /** The refusal when {@code action} may not start from {@code from}; empty when it may. */
    public Optional<Refusal> refusalFrom(A action, S from) {
        return of(action).from().contains(from) ? Optional.empty() : Optional.of(illegal(action, from));
    }

    /**
     * The refusal when {@code action} cannot lead from {@code from} to {@code to}: illegal-transition when it may not start
     * there, illegal-outcome when the decision picked a state the row does not list.
     */
    public Optional<Refusal> refusal(A action, S from, S to) {
        Optional<Refusal> start = refusalFrom(action, from);
        if (start.isPresent() || of(action).to().contains(to)) {
            return start;
        }
        return Optional.of(Refusal.conflict("illegal-outcome", Map.of("currentState", from.name(),
                "allowedOutcomes", of(action).to().stream().map(Enum::name).sorted().toList()), action, from, to));
    }

    private Refusal illegal(A action, S from) {
        return Refusal.conflict(illegalKey, Map.of("currentState", from.name(),
                "allowedActions", allowedFrom(from).stream().map(Enum::name).toList()), action, from);
    }
}
