package org.reservoir.recruitment.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.EventContracts;
import org.reservoir.recruitment.api.RecruitmentFixtures;

import java.util.Iterator;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract check rejects what the contracts forbid (so the event tests using it can fail), and the events
 * recruitment consumes, built as the tests send them, conform to assessment's contracts.
 */
class EventContractsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String ENVELOPE = """
            {"id":"0b0f9a4e-5d2c-4f8e-9a53-1f7c3c1d2e3f","specversion":"1.0","type":"reservoir.recruitment.candidate.registered",
             "source":"/reservoir/recruitment-service","subject":"s","time":"2026-11-22T10:00:00Z","datacontenttype":"application/json",
             "data":%s}""";

    @Test
    void aCandidateEventCarryingTheIdNumberIsRejected() throws Exception {
        String data = """
                {"candidateId":"0b0f9a4e-5d2c-4f8e-9a53-1f7c3c1d2e3f","campaignId":"0b0f9a4e-5d2c-4f8e-9a53-1f7c3c1d2e3f","name":"王芳",
                 "countyCode":"652327000000","townshipCode":"652327101000","villageCode":"652327101201","track":"PART_TIME",
                 "birthYear":1990,"status":"REGISTERED","version":0,"idNumber":"11010519491231002X"}""";
        EventContracts.assertConforms(MAPPER.readTree(ENVELOPE.formatted(data.replace(",\"idNumber\":\"11010519491231002X\"", ""))),
                "recruitment.candidate.v1.schema.json");
        assertThrows(AssertionError.class, () -> EventContracts.assertConforms(MAPPER.readTree(ENVELOPE.formatted(data)),
                "recruitment.candidate.v1.schema.json"));
    }

    @Test
    void aRegionEventOfAnUnknownLevelOrWithoutEnvelopeIdIsRejected() throws Exception {
        String data = """
                {"code":"652300000000","name":"昌吉州","level":"CITY","active":true,"version":0}""";
        assertThrows(AssertionError.class, () -> EventContracts.assertConforms(MAPPER.readTree(ENVELOPE.formatted(data)),
                "recruitment.region.v1.schema.json"));
        String valid = data.replace("CITY", "COUNTY");
        assertThrows(AssertionError.class, () -> EventContracts.assertConforms(
                MAPPER.readTree(ENVELOPE.formatted(valid).replace("\"id\":\"0b0f9a4e-5d2c-4f8e-9a53-1f7c3c1d2e3f\",", "")),
                "recruitment.region.v1.schema.json"));
    }

    @Test
    void theAssessmentEventsRecruitmentConsumesConformToTheirContracts() throws Exception {
        String candidate = UUID.randomUUID().toString();
        EventContracts.assertEventConforms(MAPPER.readTree(RecruitmentFixtures.evaluationEvent(UUID.randomUUID().toString(), candidate, 72.5, true)),
                "assessment.evaluation.v1.schema.json");
        EventContracts.assertEventConforms(MAPPER.readTree(RecruitmentFixtures.probationEvent(UUID.randomUUID().toString(), candidate, false,
                "试岗考核不合格")), "assessment.evaluation.v1.schema.json");
        String appraisal = UUID.randomUUID().toString();
        String proposal = UUID.randomUUID().toString();
        EventContracts.assertEventConforms(MAPPER.readTree(RecruitmentFixtures.gradedEvent(UUID.randomUUID().toString(), candidate, appraisal,
                proposal, "INCOMPETENT", "EXIT")), "assessment.appraisal.v1.schema.json");
        EventContracts.assertEventConforms(MAPPER.readTree(RecruitmentFixtures.decidedEvent(UUID.randomUUID().toString(), candidate, appraisal,
                proposal, "EXIT", "ACCEPTED", "采纳考核建议")), "assessment.appraisal.v1.schema.json");
        assertThrows(AssertionError.class, () -> EventContracts.assertEventConforms(MAPPER.readTree(RecruitmentFixtures.decidedEvent(
                UUID.randomUUID().toString(), candidate, appraisal, proposal, "EXIT", "OPEN", "x")), "assessment.appraisal.v1.schema.json"));
    }

    @Test
    void theCloudEventsTypeDecidesWhichEvaluationPayloadApplies() throws Exception {
        String candidate = UUID.randomUUID().toString();
        String probation = RecruitmentFixtures.probationEvent(UUID.randomUUID().toString(), candidate, true, "合格");
        // A probation payload under the evaluation type lacks the scores.
        assertThrows(AssertionError.class, () -> EventContracts.assertEventConforms(MAPPER.readTree(
                probation.replace("probation.completed", "evaluation.completed")), "assessment.evaluation.v1.schema.json"));
        String evaluation = RecruitmentFixtures.evaluationEvent(UUID.randomUUID().toString(), candidate, 72.5, true);
        assertThrows(AssertionError.class, () -> EventContracts.assertEventConforms(MAPPER.readTree(
                evaluation.replace("\"composite\":72.5", "\"composite\":172.5")), "assessment.evaluation.v1.schema.json"));
        assertThrows(AssertionError.class, () -> EventContracts.assertEventConforms(MAPPER.readTree(
                evaluation.replace("evaluation.completed", "evaluation.started")), "assessment.evaluation.v1.schema.json"));
        assertThrows(AssertionError.class, () -> EventContracts.assertEventConforms(MAPPER.readTree(
                evaluation.replace("\"specversion\":\"1.0\",", "")), "assessment.evaluation.v1.schema.json"));
    }

    @Test
    void everyAsyncApiExampleConformsToItsMessageContract() {
        JsonNode messages = EventContracts.asyncApi().path("components").path("messages");
        int checked = 0;
        int types = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = messages.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> message = it.next();
            JsonNode payloadSchema = message.getValue().path("payload").path("allOf");
            if (payloadSchema.isMissingNode()) {
                continue;
            }
            types++;
            String type = message.getValue().path("name").asText();
            String dataSchema = payloadSchema.get(1).path("properties").path("data").path("$ref").asText().replaceFirst("^\\./", "");
            assertEquals(type, payloadSchema.get(1).path("properties").path("type").path("const").asText(), message.getKey());
            assertFalse(message.getValue().path("examples").isEmpty(), message.getKey() + " has an example");
            for (JsonNode example : message.getValue().path("examples")) {
                JsonNode event = example.path("payload");
                EventContracts.assertConforms(event, dataSchema);
                assertEquals(type, event.path("type").asText(), message.getKey());
                assertEquals(type, example.path("headers").path("ce_type").asText(), message.getKey());
                assertEquals(event.path("id").asText(), example.path("headers").path("ce_id").asText(), message.getKey());
                assertEquals("application/cloudevents+json", example.path("headers").path("content-type").asText(), message.getKey());
                checked++;
            }
        }
        assertTrue(types >= 21, "every context's messages are documented (" + types + ")");
        assertEquals(types, checked, "one example per CloudEvents type");
    }
}
