package org.reservoir.recruitment.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.EventContracts;
import org.reservoir.infrastructure.testing.EventProbe;
import org.reservoir.infrastructure.testing.Poll;
import org.reservoir.infrastructure.testing.ReservoirTestResource;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** training-service's completed education upgrades (training.education.v1) raise the candidate's education, with history. */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class EducationUpgradeTest {

    private static String completed(String recordId, String candidateId, String level) {
        return """
                {"recordId":"%s","candidateId":"%s","educationLevel":"%s","school":"河南开放大学","major":"行政管理","completedOn":"2026-07-01",\
                "countyCode":"652327000000","townshipCode":"652327101000","villageCode":"652327101201","version":1}"""
                .formatted(recordId, candidateId, level);
    }

    private static void publish(String candidateId, String data) {
        EventProbe.publish("training.education.v1", candidateId, UUID.randomUUID().toString(), "reservoir.training.education.completed",
                candidateId, data);
    }

    private static List<String> educationLines(RecruitmentFixtures f, String id) {
        return f.admin().get("/api/v1/candidates/" + id + "/history").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.reason == 'education upgrade completed' }.details.educationLevel");
    }

    @Test
    void aCompletedUpgradeRaisesTheLevelOnceAndNeverLowersIt() throws Exception {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String id = f.register("PART_TIME");
        f.admin().get("/api/v1/candidates/" + id).then().body("educationLevel", equalTo("BACHELOR"));

        String master = completed(UUID.randomUUID().toString(), id, "MASTER");
        EventContracts.assertConforms(new ObjectMapper().readTree(EventProbe.envelope(UUID.randomUUID().toString(),
                "reservoir.training.education.completed", id, master)), "training.education.v1.schema.json");
        publish(id, master);
        Poll.until("the new level is applied", Duration.ofSeconds(30),
                () -> "MASTER".equals(f.admin().get("/api/v1/candidates/" + id).jsonPath().getString("educationLevel")));
        f.admin().get("/api/v1/candidates/" + id).then().body("school", equalTo("河南开放大学"));

        // A lower level changes nothing; a sentinel event after it shows it was consumed.
        publish(id, completed(UUID.randomUUID().toString(), id, "JUNIOR_COLLEGE"));
        publish(id, completed(UUID.randomUUID().toString(), id, "DOCTORATE"));
        Poll.until("the sentinel is applied", Duration.ofSeconds(30),
                () -> "DOCTORATE".equals(f.admin().get("/api/v1/candidates/" + id).jsonPath().getString("educationLevel")));
        List<String> lines = educationLines(f, id);
        org.junit.jupiter.api.Assertions.assertEquals(List.of("MASTER", "DOCTORATE"), lines, "one history line per level raised");
        f.admin().get("/api/v1/candidates/" + id + "/history").then()
                .body("findAll { it.reason == 'education upgrade completed' }", hasSize(2))
                .body("find { it.reason == 'education upgrade completed' }.actorRole", equalTo("service"))
                .body("find { it.reason == 'education upgrade completed' }.details.previousEducationLevel", equalTo("BACHELOR"));
    }
}
