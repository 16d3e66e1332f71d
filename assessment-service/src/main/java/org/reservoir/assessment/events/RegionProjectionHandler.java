package org.reservoir.assessment.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.reservoir.infrastructure.events.EventEnvelope;
import org.reservoir.infrastructure.events.EventHandler;

/**
 * Keeps this service's copy of the region directory: the code, name, level, parent and whether it is
 * active, which is what jurisdiction checks and per-village work here need. Applied only when newer.
 */
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
        var d = event.data();
        if (d == null || !d.hasNonNull("code") || !d.hasNonNull("name") || !d.hasNonNull("level") || !d.hasNonNull("version")) {
            throw new IllegalArgumentException("region event " + event.id() + " lacks code, name, level or version");
        }
        em.createNativeQuery("""
                        insert into region_projection (code, name, level, parent_code, active, version, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, now())
                        on conflict (code) do update set name = excluded.name, level = excluded.level,
                            parent_code = excluded.parent_code, active = excluded.active, version = excluded.version,
                            updated_at = now()
                        where region_projection.version < excluded.version""")
                .setParameter(1, d.get("code").asText())
                .setParameter(2, d.get("name").asText())
                .setParameter(3, d.get("level").asText())
                .setParameter(4, d.hasNonNull("parentCode") ? d.get("parentCode").asText() : null)
                .setParameter(5, d.path("active").asBoolean(true))
                .setParameter(6, d.get("version").asLong())
                .executeUpdate();
    }
}
