package org.reservoir.infrastructure.testing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.region.RegionProjection;
import org.reservoir.infrastructure.region.RegionTopic;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The shared {@link RegionProjection}, fed with real region events through the real broker. Every service that subscribes
 * ({@code reservoir.projection=region}) runs it with one line:
 * {@code @QuarkusTest @QuarkusTestResource(ReservoirTestResource.class) class RegionProjectionTest extends RegionProjectionContract {}}.
 */
public abstract class RegionProjectionContract {

    private static final String PARENT = "652399000000";

    private static void publish(String id, String type, String code, String name, long version, boolean active) {
        publish(code, id, type, code, name, version, active);
    }

    /** {@code key} is the Kafka key: events with one key are consumed in the order sent. */
    private static void publish(String key, String id, String type, String code, String name, long version, boolean active) {
        EventProbe.publish(RegionTopic.NAME, key, id, type, code, """
                {"code":"%s","name":"%s","level":"TOWNSHIP","parentCode":"%s","active":%s,"version":%d}"""
                .formatted(code, name, PARENT, active, version));
    }

    /**
     * A projected row as the table holds it. Read with SQL: Panache rewrites field access to the entity only in the
     * service's own classes, not in this shared test class.
     */
    record Row(String name, String level, String parentCode, String villageType, Integer committeeSeats,
               Boolean secretaryDirectorOnePerson, boolean active, long version) {
    }

    @Inject
    EntityManager em;

    private Optional<Row> find(String code) {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                        select name, level, parent_code, village_type, committee_seats, secretary_director_one_person, active, version
                        from region_projection where code = ?1""").setParameter(1, code).getResultList());
        return rows.stream().findFirst().map(Object[].class::cast)
                .map(c -> new Row((String) c[0], (String) c[1], trim(c[2]), (String) c[3], (Integer) c[4], (Boolean) c[5],
                        (Boolean) c[6], ((Number) c[7]).longValue()));
    }

    private static String trim(Object charColumn) {
        return charColumn == null ? null : charColumn.toString().trim();
    }

    private Row await(String code, Predicate<Row> condition) {
        return Poll.until("the projection of " + code + " matches", Duration.ofSeconds(30), () -> find(code),
                r -> r.isPresent() && condition.test(r.get())).orElseThrow();
    }

    private static String freshTownship() {
        return "652399" + String.format("%03d", 100 + (int) Math.floorMod(System.nanoTime(), 800L)) + "000";
    }

    @Test
    void keepsTheNewestVersionOfEachRegionOnce() {
        String code = freshTownship();
        String created = UUID.randomUUID().toString();
        publish(created, RegionTopic.TYPE_PREFIX + "created", code, "一号镇", 0, true);
        publish(created, RegionTopic.TYPE_PREFIX + "created", code, "一号镇", 0, true);
        await(code, r -> r.version() == 0);
        publish(UUID.randomUUID().toString(), RegionTopic.TYPE_PREFIX + "deactivated", code, "二号镇", 2, false);
        publish(UUID.randomUUID().toString(), RegionTopic.TYPE_PREFIX + "updated", code, "一号新镇", 1, true);
        // A sentinel on the same key comes after both, so once it shows, the stale version 1 has been seen too.
        String sentinel = code.substring(0, 6) + "999000";
        publish(code, UUID.randomUUID().toString(), RegionTopic.TYPE_PREFIX + "created", sentinel, "哨兵镇", 0, true);
        await(sentinel, p -> true);
        Row r = await(code, p -> true);
        assertEquals(2, r.version());
        assertEquals("二号镇", r.name());
        assertFalse(r.active());
        assertEquals("TOWNSHIP", r.level());
        assertEquals(PARENT, r.parentCode());
        assertNull(r.villageType(), "a township has no village attributes");
        assertNotNull(QuarkusTransaction.requiringNew().call(() -> em.find(RegionProjection.class, code)), "the entity maps the table");
    }

    @Test
    void keepsTheVillageAttributes() {
        String village = freshTownship().substring(0, 9) + "201";
        EventProbe.publish(RegionTopic.NAME, village, UUID.randomUUID().toString(), RegionTopic.TYPE_PREFIX + "created", village, """
                {"code":"%s","name":"新村","level":"VILLAGE","parentCode":"%s","villageType":"POOR","committeeSeats":5,\
                "secretaryDirectorOnePerson":true,"active":true,"version":0}""".formatted(village, village.substring(0, 9) + "000"));
        Row r = await(village, p -> true);
        assertEquals("POOR", r.villageType());
        assertEquals(5, r.committeeSeats());
        assertEquals(Boolean.TRUE, r.secretaryDirectorOnePerson());
    }

    @Test
    void healthAndOpenApiAreOpen() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi?format=json").then().statusCode(200);
    }
}
