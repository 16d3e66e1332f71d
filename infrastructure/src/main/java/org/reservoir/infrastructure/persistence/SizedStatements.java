package org.reservoir.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Statements whose text depends on a batch's size (multi-row inserts and upserts: {@code values (?, ?), (?, ?), ...}), run
 * through JDBC on the transaction's connection with plain {@code ?} placeholders. Through Hibernate every distinct text
 * stays in its query cache (2,048 texts) with objects for each placeholder: reporting, writing batches of every size up
 * to 1,000, kept ~400,000 of them (~40 MiB of heap, +100 MiB RSS) after one 10,000-row import. The JDBC driver's own
 * statement cache is bounded in bytes. Large reads ({@link #rows}) use the same path: plain JDBC on the flushed session.
 */
@ApplicationScoped
public class SizedStatements {

    private final EntityManager em;

    public SizedStatements(EntityManager em) {
        this.em = em;
    }

    /** Runs {@code sql} with {@code parameters} in order; the number of rows it changed. */
    public int update(String sql, List<?> parameters) {
        return session().doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, parameters);
                return ps.executeUpdate();
            }
        });
    }

    /** Runs {@code sql} (with a {@code returning} clause or a select) and gives the first column of each row. */
    public List<Object> firstColumn(String sql, List<?> parameters) {
        return session().doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, parameters);
                List<Object> values = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        values.add(rs.getObject(1));
                    }
                }
                return values;
            }
        });
    }

    /**
     * Runs a select and gives every row's columns in order. Also for fixed texts whose rows are many (reporting reads a
     * batch's reserves this way, where Hibernate's result handling took most of the read), or that run on every request
     * (recruitment's look-up of the codes a region create names, where Hibernate built its SQL tree on each call).
     */
    public List<Object[]> rows(String sql, List<?> parameters) {
        return session().doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, parameters);
                List<Object[]> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        Object[] row = new Object[columns];
                        for (int i = 0; i < columns; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        rows.add(row);
                    }
                }
                return rows;
            }
        });
    }

    /** The session, flushed: these statements may read or change rows the session holds, as a native query would. */
    private Session session() {
        Session session = em.unwrap(Session.class);
        session.flush();
        return session;
    }

    private static void bind(PreparedStatement ps, List<?> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            ps.setObject(i + 1, parameters.get(i));
        }
    }
}
