package org.reservoir.assessment;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.reservoir.assessment.domain.RegionProjection;
import org.reservoir.infrastructure.testing.EventProbe;
import org.reservoir.infrastructure.testing.ReservoirTestResource;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** assessment-service's region projection, fed with real region events through the real broker. */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class RegionProjectionTest {

    private static void publish(String id, String type, String code, String name, long version, boolean active) {
        publish(code, id, type, code, name, version, active);
    }

    /** {@code key} is the Kafka key: events with one key are consumed in the order sent. */
    private static void publish(String key, String id, String type, String code, String name, long version, boolean active) {
        EventProbe.publish("recruitment.region.v1", key, id, type, code, """
                {"code":"%s","name":"%s","level":"TOWNSHIP","parentCode":"652399000000","active":%s,"version":%d}"""
                .formatted(code, name, active, version));
    }

    private static RegionProjection await(String code, Predicate<RegionProjection> condition) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            RegionProjection r = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> RegionProjection.findById(code));
            if (r != null && condition.test(r)) {
                return r;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("projection of " + code + " never matched");
    }

    @Test
    void keepsTheNewestVersionOfEachRegionOnce() {
        String code = "652399" + String.format("%03d", 100 + (int) (System.nanoTime() % 800)) + "000";
        String created = UUID.randomUUID().toString();
        publish(created, "reservoir.recruitment.region.created", code, "一号镇", 0, true);
        publish(created, "reservoir.recruitment.region.created", code, "一号镇", 0, true);
        await(code, r -> r.version == 0);
        publish(UUID.randomUUID().toString(), "reservoir.recruitment.region.deactivated", code, "二号镇", 2, false);
        publish(UUID.randomUUID().toString(), "reservoir.recruitment.region.updated", code, "一号新镇", 1, true);
        // A sentinel on the same key comes after both, so once it shows, the stale version 1 has been seen too.
        String sentinel = code.substring(0, 6) + "999000";
        publish(code, UUID.randomUUID().toString(), "reservoir.recruitment.region.created", sentinel, "哨兵镇", 0, true);
        await(sentinel, p -> true);
        RegionProjection r = await(code, p -> true);
        assertEquals(2, r.version);
        assertEquals("二号镇", r.name);
        assertFalse(r.active);
        assertEquals("TOWNSHIP", r.level);
    }

    @Test
    void healthAndOpenApiAreOpen() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi?format=json").then().statusCode(200);
    }
}
