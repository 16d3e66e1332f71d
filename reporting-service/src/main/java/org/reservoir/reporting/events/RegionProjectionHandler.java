package org.reservoir.reporting.events;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.reservoir.infrastructure.events.EventEnvelope;
import org.reservoir.infrastructure.events.EventHandler;

/** Applies recruitment.region.v1 events to reporting's region projection, only when newer than what it holds. */
@ApplicationScoped
public class RegionProjectionHandler implements EventHandler {

    private final EntityManager em;

    public RegionProjectionHandler(EntityManager em) {
        this.em = em;
    }

    @Override
    public String topic() {
        return "recruitment.region.v1";
    }

    @Override
    public void handle(EventEnvelope event) {
        if (!event.type().startsWith("reservoir.recruitment.region.")) {
            return;
        }
        JsonNode d = event.data();
        if (d == null || !d.hasNonNull("code") || !d.hasNonNull("name") || !d.hasNonNull("level") || !d.hasNonNull("version")) {
            throw new IllegalArgumentException("region event " + event.id() + " lacks code, name, level or version");
        }
        em.createNativeQuery("""
                        insert into region_projection (code, name, level, parent_code, village_type, committee_seats,
                            secretary_director_one_person, active, version, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, now())
                        on conflict (code) do update set name = excluded.name, level = excluded.level,
                            parent_code = excluded.parent_code, village_type = excluded.village_type,
                            committee_seats = excluded.committee_seats,
                            secretary_director_one_person = excluded.secretary_director_one_person,
                            active = excluded.active, version = excluded.version, updated_at = now()
                        where region_projection.version < excluded.version""")
                .setParameter(1, d.get("code").asText())
                .setParameter(2, d.get("name").asText())
                .setParameter(3, d.get("level").asText())
                .setParameter(4, text(d, "parentCode"))
                .setParameter(5, text(d, "villageType"))
                .setParameter(6, d.hasNonNull("committeeSeats") ? d.get("committeeSeats").asInt() : null)
                .setParameter(7, d.hasNonNull("secretaryDirectorOnePerson") ? d.get("secretaryDirectorOnePerson").asBoolean() : null)
                .setParameter(8, d.path("active").asBoolean(true))
                .setParameter(9, d.get("version").asLong())
                .executeUpdate();
    }

    private static String text(JsonNode d, String field) {
        return d.hasNonNull(field) ? d.get(field).asText() : null;
    }
}
