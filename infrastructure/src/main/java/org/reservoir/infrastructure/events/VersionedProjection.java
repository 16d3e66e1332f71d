package org.reservoir.infrastructure.events;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.reservoir.infrastructure.persistence.SizedStatements;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a projection row from a snapshot event, newest version wins: an older or repeated snapshot
 * (redelivery, reordering across restarts) changes nothing. The table needs a primary key column, a
 * {@code version} column and an {@code updated_at} column.
 */
@ApplicationScoped
public class VersionedProjection {

    private static final int CHUNK = 1000;
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    private final EntityManager em;
    private final SizedStatements statements;

    public VersionedProjection(EntityManager em, SizedStatements statements) {
        this.em = em;
        this.statements = statements;
    }

    /**
     * The event's data, once it has every one of {@code fields}; otherwise the event can never apply and is refused
     * (dead-lettered at once: five attempts, about five seconds of a consumer's time each, cannot give it the field).
     */
    public static JsonNode require(EventEnvelope event, String... fields) {
        JsonNode data = event.data();
        for (String field : fields) {
            if (data == null || !data.hasNonNull(field)) {
                throw new RefusedEvent("event " + event.id() + " (" + event.type() + ") lacks " + field);
            }
        }
        return data;
    }

    /** Inserts the row, or updates it if {@code columns.version} is newer than the stored one. Returns rows written (0 or 1). */
    public int upsert(String table, String key, Map<String, Object> columns) {
        List<String> names = new ArrayList<>(columns.keySet());
        if (!names.contains(key) || !names.contains("version")) {
            throw new IllegalArgumentException("a projection row needs its key " + key + " and version");
        }
        names.forEach(VersionedProjection::identifier);
        List<String> placeholders = new ArrayList<>();
        List<String> updates = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            placeholders.add("?" + (i + 1));
            if (!names.get(i).equals(key)) {
                updates.add(names.get(i) + " = excluded." + names.get(i));
            }
        }
        Query insert = em.createNativeQuery("insert into " + identifier(table) + " (" + String.join(", ", names) + ", updated_at) values ("
                + String.join(", ", placeholders) + ", now()) on conflict (" + identifier(key) + ") do update set "
                + String.join(", ", updates) + ", updated_at = now() where " + table + ".version < excluded.version");
        for (int i = 0; i < names.size(); i++) {
            insert.setParameter(i + 1, columns.get(names.get(i)));
        }
        return insert.executeUpdate();
    }

    /**
     * The same for many rows in one statement per 1,000 rows (all with the same columns): of rows sharing a key only the newest
     * version is offered, as one statement may not touch a row twice. Returns the keys of the rows written.
     */
    public Set<Object> upsertAll(String table, String key, Collection<Map<String, Object>> rows) {
        Map<Object, Map<String, Object>> newest = newestByKey(key, rows);
        Set<Object> written = new HashSet<>();
        List<Map<String, Object>> all = new ArrayList<>(newest.values());
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Map<String, Object>> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            List<String> names = new ArrayList<>(chunk.get(0).keySet());
            if (!names.contains(key) || !names.contains("version")) {
                throw new IllegalArgumentException("a projection row needs its key " + key + " and version");
            }
            names.forEach(VersionedProjection::identifier);
            StringBuilder sql = new StringBuilder("insert into ").append(identifier(table)).append(" (").append(String.join(", ", names))
                    .append(", updated_at) values ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "(" : ", (");
                sql.append("?, ".repeat(names.size()));
                sql.append("now())");
            }
            List<String> updates = new ArrayList<>();
            names.stream().filter(n -> !n.equals(key)).forEach(n -> updates.add(n + " = excluded." + n));
            sql.append(" on conflict (").append(identifier(key)).append(") do update set ").append(String.join(", ", updates))
                    .append(", updated_at = now() where ").append(table).append(".version < excluded.version returning ").append(key);
            List<Object> parameters = new ArrayList<>(chunk.size() * names.size());
            for (Map<String, Object> row : chunk) {
                if (!row.keySet().equals(new HashSet<>(names))) {
                    throw new IllegalArgumentException("rows of one upsert need the same columns");
                }
                names.forEach(name -> parameters.add(row.get(name)));
            }
            written.addAll(statements.firstColumn(sql.toString(), parameters));
        }
        return written;
    }

    /** Of rows sharing {@code key}'s value, the one with the highest version (the first of equals), in first-seen key order. */
    public static Map<Object, Map<String, Object>> newestByKey(String key, Collection<Map<String, Object>> rows) {
        Map<Object, Map<String, Object>> newest = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            newest.merge(row.get(key), row, (a, b) -> ((Number) b.get("version")).longValue() > ((Number) a.get("version")).longValue() ? b : a);
        }
        return newest;
    }

    /** Column values in insertion order, allowing nulls (Map.of does not). */
    public static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }

    /** Text of a field, or null when absent. */
    public static String text(JsonNode data, String field) {
        return data.hasNonNull(field) ? data.get(field).asText() : null;
    }

    private static String identifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not an SQL identifier: " + name);
        }
        return name;
    }
}
