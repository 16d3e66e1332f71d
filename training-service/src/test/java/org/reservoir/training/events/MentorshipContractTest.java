package org.reservoir.training.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.reservoir.infrastructure.testing.EventContracts;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** The contract of training.mentorship.v1 is strict enough to catch a wrong event (the API tests validate real ones). */
class MentorshipContractTest {

    private static final String SCHEMA = "training.mentorship.v1.schema.json";

    private static ObjectNode silent() throws Exception {
        return (ObjectNode) new ObjectMapper().readTree("""
                {"id":"6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b","specversion":"1.0","type":"reservoir.training.mentorship.silent",
                 "source":"/reservoir/training-service","subject":"0d9e8f7a-6b5c-4d3e-8f1a-2b3c4d5e6f70","time":"2026-12-01T00:00:00Z",
                 "datacontenttype":"application/json","correlationid":"c",
                 "data":{"pairId":"0d9e8f7a-6b5c-4d3e-8f1a-2b3c4d5e6f70","candidateId":"2f3a4b5c-6d7e-4f8a-9b0c-1d2e3f4a5b6c",
                  "mentorId":"1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b","month":"2026-11","countyCode":"652327000000",
                  "townshipCode":"652327101000","villageCode":"652327101201","version":0}}""");
    }

    @Test
    void aValidEventPassesAndABrokenOneIsRejectedByItsType() throws Exception {
        EventContracts.assertEventConforms(silent(), SCHEMA);
        ObjectNode badMonth = silent();
        ((ObjectNode) badMonth.get("data")).put("month", "2026-13");
        assertThrows(AssertionFailedError.class, () -> EventContracts.assertEventConforms(badMonth, SCHEMA));
        ObjectNode withIdNumber = silent();
        ((ObjectNode) withIdNumber.get("data")).put("idNumber", "652327199503150028");
        assertThrows(AssertionFailedError.class, () -> EventContracts.assertEventConforms(withIdNumber, SCHEMA));
        ObjectNode asStarted = silent();
        asStarted.put("type", "reservoir.training.mentorship.started");
        JsonNode snapshotMissing = asStarted;
        assertThrows(AssertionFailedError.class, () -> EventContracts.assertEventConforms(snapshotMissing, SCHEMA),
                "a started event must carry the pair's snapshot");
    }

    /** A task's snapshot carries its title and status but no text written about it; a goal-set needs the goal. */
    @Test
    void goalAndTaskEventsCarryWhatTheArchiveShowsAndNoMore() throws Exception {
        ObjectNode task = silent();
        task.put("type", "reservoir.training.mentorship.task-reported");
        task.set("data", new ObjectMapper().readTree("""
                {"pairId":"0d9e8f7a-6b5c-4d3e-8f1a-2b3c4d5e6f70","candidateId":"2f3a4b5c-6d7e-4f8a-9b0c-1d2e3f4a5b6c",
                 "taskId":"3a4b5c6d-7e8f-4a9b-8c1d-2e3f4a5b6c7d","month":"2026-11","title":"整理村规民约学习笔记","dueOn":"2026-11-30",
                 "status":"REPORTED","assignedAt":"2026-11-02T01:45:00Z","countyCode":"652327000000","townshipCode":"652327101000",
                 "villageCode":"652327101201","version":1}"""));
        EventContracts.assertEventConforms(task, SCHEMA);
        for (String text : new String[]{"report", "description", "feedback", "attachmentRef"}) {
            ObjectNode withText = task.deepCopy();
            ((ObjectNode) withText.get("data")).put(text, "已按要求完成");
            assertThrows(AssertionFailedError.class, () -> EventContracts.assertEventConforms(withText, SCHEMA), text);
        }
        ObjectNode asGoal = task.deepCopy();
        asGoal.put("type", "reservoir.training.mentorship.goal-set");
        assertThrows(AssertionFailedError.class, () -> EventContracts.assertEventConforms(asGoal, SCHEMA), "a goal-set event carries a goal");
    }
}
