package org.reservoir.recruitment.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** The contract check rejects what the contracts forbid (so the event tests using it can fail). */
class EventContractsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String ENVELOPE = """
            {"id":"0b0f9a4e-5d2c-4f8e-9a53-1f7c3c1d2e3f","specversion":"1.0","type":"reservoir.recruitment.candidate.registered",
             "source":"/reservoir/recruitment-service","subject":"s","time":"2026-11-22T10:00:00Z","datacontenttype":"application/json",
             "data":%s}""";

    @Test
    void aCandidateEventCarryingTheIdNumberIsRejected() throws Exception {
        String data = """
                {"candidateId":"0b0f9a4e-5d2c-4f8e-9a53-1f7c3c1d2e3f","campaignId":"0b0f9a4e-5d2c-4f8e-9a53-1f7c3c1d2e3f",
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
}
