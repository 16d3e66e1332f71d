package org.reservoir.reporting.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.reservoir.infrastructure.persistence.AdvisoryLocks;
import org.reservoir.infrastructure.persistence.SizedStatements;
import org.reservoir.reporting.domain.Reserve;
import org.reservoir.reporting.domain.Structure;
import org.reservoir.reporting.domain.VillageTally;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Keeps {@code village_tally} and {@code structure_tally} equal to what {@code candidate_projection} adds up to: the
 * candidate handler moves them by each snapshot's difference in its own transaction ({@link #move}); {@link #rebuild}
 * recomputes them from the projection (at start-up while {@code tally_state} says they are not built, and after a
 * projection rebuild). Rows are written in key order, so two consumers moving the same rows cannot deadlock.
 */
@ApplicationScoped
public class Tallies {

    static final String STATE = "candidate-tallies";
    private static final Logger LOG = Logger.getLogger(Tallies.class);
    private static final int CHUNK = 1000;
    private static final Comparator<CellKey> CELL_ORDER = Comparator.comparing(CellKey::township).thenComparing(CellKey::population)
            .thenComparing(CellKey::campaignId).thenComparing(CellKey::dimension).thenComparing(CellKey::value);

    private final EntityManager em;
    private final SizedStatements statements;
    private final ReportData data;

    public Tallies(EntityManager em, ReportData data, SizedStatements statements) {
        this.em = em;
        this.statements = statements;
        this.data = data;
    }

    /** One structure_tally row's key. */
    record CellKey(String township, String population, UUID campaignId, String dimension, String value) {
    }

    void onStart(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().timeout(600).run(() -> {
            AdvisoryLocks.lock(em, "tallies");
            Object built = em.createNativeQuery("select built from tally_state where name = ?1").setParameter(1, STATE).getSingleResult();
            if (!Boolean.TRUE.equals(built)) {
                rebuild();
            }
        });
    }

    /** A candidate's old and new snapshot (either may be null). */
    public record Move(Reserve before, Reserve after) {
    }

    /** Moves the tallies by the sum of candidates' differences, one statement per table; in the caller's transaction. */
    public void move(List<Move> moves) {
        Map<String, VillageTally> villages = new TreeMap<>();
        Map<CellKey, Long> cells = new TreeMap<>(CELL_ORDER);
        for (Move m : moves) {
            add(m.before(), -1, villages, cells);
            add(m.after(), 1, villages, cells);
        }
        villages.values().removeIf(VillageTally::zero);
        cells.values().removeIf(n -> n == 0);
        writeVillages(villages);
        writeCells(cells);
    }

    /** Recomputes both tallies from candidate_projection, holding off its writers meanwhile; in the caller's transaction. */
    public void rebuild() {
        long t0 = System.nanoTime();
        em.createNativeQuery("lock table candidate_projection in share mode").executeUpdate();
        em.createNativeQuery("delete from village_tally").executeUpdate();
        em.createNativeQuery("delete from structure_tally").executeUpdate();
        Map<String, VillageTally> villages = new TreeMap<>();
        Map<CellKey, Long> cells = new TreeMap<>(CELL_ORDER);
        List<Reserve> reserves = data.reserves("", null);
        reserves.forEach(r -> add(r, 1, villages, cells));
        villages.values().removeIf(VillageTally::zero);
        writeVillages(villages);
        writeCells(cells);
        em.createNativeQuery("update tally_state set built = true where name = ?1").setParameter(1, STATE).executeUpdate();
        LOG.infof("report tallies rebuilt from %d candidates in %d ms", reserves.size(), (System.nanoTime() - t0) / 1_000_000);
    }

    private static void add(Reserve r, int sign, Map<String, VillageTally> villages, Map<CellKey, Long> cells) {
        if (r == null) {
            return;
        }
        VillageTally share = VillageTally.of(r);
        villages.merge(r.villageCode(), sign > 0 ? share : VillageTally.NONE.minus(share), VillageTally::plus);
        String township = r.villageCode().substring(0, 9) + "000";
        for (Reports.Population population : Reports.Population.values()) {
            if (population.counts(r.status())) {
                for (Structure.Cell c : Structure.cells(r)) {
                    cells.merge(new CellKey(township, population.name(), r.campaignId(), c.dimension().name(), c.value()), (long) sign, Long::sum);
                }
            }
        }
    }

    private void writeVillages(Map<String, VillageTally> villages) {
        List<Map.Entry<String, VillageTally>> rows = new ArrayList<>(villages.entrySet());
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Map.Entry<String, VillageTally>> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            StringBuilder sql = new StringBuilder("insert into village_tally (village_code, bench_full_time, bench_part_time, ready, elected,"
                    + " one_shoulder, one_shoulder_local, proposed, on_post) values ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
            }
            sql.append(" on conflict (village_code) do update set");
            String[] columns = {"bench_full_time", "bench_part_time", "ready", "elected", "one_shoulder", "one_shoulder_local", "proposed", "on_post"};
            for (int k = 0; k < columns.length; k++) {
                sql.append(k == 0 ? " " : ", ").append(columns[k]).append(" = village_tally.").append(columns[k]).append(" + excluded.").append(columns[k]);
            }
            List<Object> parameters = new ArrayList<>(chunk.size() * 9);
            for (Map.Entry<String, VillageTally> row : chunk) {
                VillageTally t = row.getValue();
                parameters.addAll(Arrays.asList(row.getKey(), t.benchFullTime(), t.benchPartTime(), t.ready(), t.elected(), t.oneShoulder(),
                        t.oneShoulderLocal(), t.proposed(), t.onPost()));
            }
            statements.update(sql.toString(), parameters);
        }
    }

    private void writeCells(Map<CellKey, Long> cells) {
        List<Map.Entry<CellKey, Long>> rows = new ArrayList<>(cells.entrySet());
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Map.Entry<CellKey, Long>> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            StringBuilder sql = new StringBuilder("insert into structure_tally (township_code, population, campaign_id, dimension, value, reserves) values ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?)");
            }
            sql.append(" on conflict (township_code, population, campaign_id, dimension, value) do update"
                    + " set reserves = structure_tally.reserves + excluded.reserves");
            List<Object> parameters = new ArrayList<>(chunk.size() * 6);
            for (Map.Entry<CellKey, Long> row : chunk) {
                CellKey key = row.getKey();
                parameters.addAll(Arrays.asList(key.township(), key.population(), key.campaignId(), key.dimension(), key.value(), row.getValue()));
            }
            statements.update(sql.toString(), parameters);
        }
    }
}
