package org.reservoir.contract;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reservoir.client.recruitment.ApiClient;
import org.reservoir.client.recruitment.ApiException;
import org.reservoir.client.recruitment.ApiResponse;
import org.reservoir.client.recruitment.api.CampaignsApi;
import org.reservoir.client.recruitment.api.CandidatesApi;
import org.reservoir.client.recruitment.api.RegionsApi;
import org.reservoir.client.recruitment.model.Campaign;
import org.reservoir.client.recruitment.model.CampaignStatus;
import org.reservoir.client.recruitment.model.Candidate;
import org.reservoir.client.recruitment.model.CandidateAction;
import org.reservoir.client.recruitment.model.CandidateStatus;
import org.reservoir.client.recruitment.model.Channel;
import org.reservoir.client.recruitment.model.CommitteePost;
import org.reservoir.client.recruitment.model.CreateCampaign;
import org.reservoir.client.recruitment.model.CreateRegions;
import org.reservoir.client.recruitment.model.Decision;
import org.reservoir.client.recruitment.model.EducationLevel;
import org.reservoir.client.recruitment.model.EligibilityRuleSet;
import org.reservoir.client.recruitment.model.HistoryEntry;
import org.reservoir.client.recruitment.model.PoliticalStatus;
import org.reservoir.client.recruitment.model.Region;
import org.reservoir.client.recruitment.model.RegionLevel;
import org.reservoir.client.recruitment.model.RegisterCandidate;
import org.reservoir.client.recruitment.model.SourceGroup;
import org.reservoir.client.recruitment.model.TownshipReview;
import org.reservoir.client.recruitment.model.Track;
import org.reservoir.client.recruitment.model.VacancyInput;
import org.reservoir.client.reporting.api.RegionReportsApi;
import org.reservoir.launcher.DemoData;
import org.reservoir.launcher.Stack;
import org.reservoir.launcher.TestStacks;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The recruitment flow driven only through the clients generated from the services' own OpenAPI documents
 * (target/generated-clients): what compiles here is what the documents promise, and what passes is what the
 * services do. Bulk regions → campaign → candidate → township review with If-Match → history; then reporting.
 */
class RecruitmentFlowContractTest {

    private static final String COUNTY = DemoData.COUNTY;
    private static Stack stack;

    @BeforeAll
    static void startStack() {
        stack = TestStacks.start("stack", 5);
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    private static ApiClient recruitment(String role, String region) {
        String token = stack.tokens().issue(role, region);
        ApiClient client = new ApiClient();
        client.updateBaseUri(stack.service("recruitment").baseUrl());
        return client.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));
    }

    private static String etag(ApiResponse<?> response) {
        List<String> tags = response.getHeaders().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("ETag"))
                .flatMap(e -> e.getValue().stream()).toList();
        assertEquals(1, tags.size(), "one ETag in " + response.getHeaders());
        return tags.get(0);
    }

    @Test
    void recruitmentFlowThroughTheGeneratedClients() throws Exception {
        ApiClient admin = recruitment("county-admin", COUNTY);
        RegionsApi regions = new RegionsApi(admin);
        CreateRegions bulk = admin.getObjectMapper().readValue(DemoData.regionsJson(), CreateRegions.class);
        ApiResponse<List<Region>> created = regions.createRegionsWithHttpInfo(bulk, UUID.randomUUID().toString(), "en", null);
        assertEquals(201, created.getStatusCode());
        Region village = created.getData().stream().filter(r -> r.getLevel() == RegionLevel.VILLAGE).findFirst().orElseThrow();
        String township = village.getParentCode();

        CampaignsApi campaigns = new CampaignsApi(admin);
        CreateCampaign campaign = new CreateCampaign().name("2026年村级后备力量招募").scopeCode(COUNTY)
                .startsOn(LocalDate.of(2026, 1, 1)).endsOn(LocalDate.of(2026, 12, 31))
                .vacancies(List.of(new VacancyInput().villageCode(village.getCode()).post(CommitteePost.PARTY_SECRETARY)))
                .fullTimeQuota(2).partTimeQuota(5)
                .eligibility(new EligibilityRuleSet().minAge(18).maxAge(45).minEducation(EducationLevel.SENIOR_HIGH).minWorkYears(2)
                        .requireFitForDuty(true))
                .probationMonths(3);
        ApiResponse<Campaign> draft = campaigns.createCampaignWithHttpInfo(campaign, null, null, null);
        assertEquals(201, draft.getStatusCode());
        // The 201's ETag is enough for the first update: no GET in between.
        Campaign open = campaigns.openCampaign(draft.getData().getId(), etag(draft), null, null);
        assertEquals(CampaignStatus.OPEN, open.getStatus());

        ApiClient officer = recruitment("township-officer", township);
        CandidatesApi candidates = new CandidatesApi(officer);
        RegisterCandidate person = new RegisterCandidate().campaignId(open.getId()).villageCode(village.getCode())
                .targetPost(CommitteePost.PARTY_SECRETARY).track(Track.FULL_TIME).name("李明").ethnicity("汉族")
                .idNumber(idNumber(LocalDate.of(1992, 3, 14))).phone("13800000000").educationLevel(EducationLevel.BACHELOR)
                .politicalStatus(PoliticalStatus.PARTY_MEMBER).partyJoinDate(LocalDate.of(2015, 7, 1)).workYears(6)
                .fitForDuty(true).local(true).sourceGroup(SourceGroup.RETURNING_GRADUATE).channel(Channel.ORGANISATION_RECOMMENDATION);
        ApiResponse<Candidate> registered = candidates.registerCandidateWithHttpInfo(person, UUID.randomUUID().toString(), null, null);
        assertEquals(201, registered.getStatusCode());
        Candidate candidate = registered.getData();
        assertEquals(CandidateStatus.REGISTERED, candidate.getStatus());
        assertTrue(candidate.getAllowedActions().contains(CandidateAction.APPROVE_TOWNSHIP_REVIEW), candidate.getAllowedActions().toString());

        ApiException missingIfMatch = assertThrows(ApiException.class,
                () -> candidates.townshipReview(candidate.getId(), "", new TownshipReview().decision(Decision.APPROVE), "en", null));
        assertEquals(428, missingIfMatch.getCode(), missingIfMatch.getResponseBody());
        Candidate approved = candidates.townshipReview(candidate.getId(), etag(registered), new TownshipReview().decision(Decision.APPROVE),
                null, null);
        assertEquals(CandidateStatus.TOWNSHIP_APPROVED, approved.getStatus());

        List<HistoryEntry> history = candidates.getCandidateHistory(candidate.getId(), null, null);
        assertEquals(List.of(CandidateStatus.REGISTERED, CandidateStatus.TOWNSHIP_APPROVED), history.stream().map(HistoryEntry::getToStatus).toList());

        org.reservoir.client.reporting.ApiClient reporting = new org.reservoir.client.reporting.ApiClient();
        reporting.updateBaseUri(stack.service("reporting").baseUrl());
        String viewer = stack.tokens().issue("county-admin", COUNTY);
        reporting.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + viewer));
        Long villages = null;
        for (int i = 0; i < 120 && (villages == null || villages < 57); i++) {
            try {
                villages = new RegionReportsApi(reporting).getRegionSummary(COUNTY, null, null).getVillages();
            } catch (org.reservoir.client.reporting.ApiException e) {
                assertEquals(404, e.getCode(), e.getResponseBody());
            }
            Thread.sleep(250);
        }
        assertNotNull(villages, "reporting never projected the county");
        assertEquals(57L, villages);
    }

    /** A valid 18-character ID number (GB 11643 check character) for a man born on {@code birth} in the county. */
    private static String idNumber(LocalDate birth) {
        String body = COUNTY.substring(0, 6) + birth.toString().replace("-", "") + "011";
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
