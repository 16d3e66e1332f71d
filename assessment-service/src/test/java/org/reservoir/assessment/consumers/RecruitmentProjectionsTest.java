package org.reservoir.assessment.consumers;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.reservoir.assessment.persistence.CampaignProjection;
import org.reservoir.assessment.persistence.CandidateProjection;
import org.reservoir.infrastructure.testing.EventProbe;
import org.reservoir.infrastructure.testing.Poll;
import org.reservoir.infrastructure.testing.ReservoirTestResource;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Recruitment-shaped campaign and candidate events through the real broker land in assessment's projections, newest version wins. */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class RecruitmentProjectionsTest {

    static void campaign(UUID id, String status, long version) {
        EventProbe.publish(RecruitmentProjections.CAMPAIGN_TOPIC, id.toString(), UUID.randomUUID().toString(),
                "reservoir.recruitment.campaign.opened", id.toString(), """
                        {"campaignId":"%s","name":"吉木萨尔县2026年村级后备力量招募","scopeCode":"652327000000","countyCode":"652327000000",
                         "startsOn":"2026-03-01","endsOn":"2026-06-30","fullTimeQuota":11,"partTimeQuota":50,"probationMonths":1,
                         "status":"%s","version":%d}""".formatted(id, status, version));
    }

    static void candidate(UUID id, UUID campaign, String status, long version) {
        EventProbe.publish(RecruitmentProjections.CANDIDATE_TOPIC, id.toString(), UUID.randomUUID().toString(),
                "reservoir.recruitment.candidate.status-changed", id.toString(), """
                        {"candidateId":"%s","campaignId":"%s","name":"马晓燕","countyCode":"652327000000","townshipCode":"652327101000",
                         "villageCode":"652327101201","targetPost":"COMMITTEE_MEMBER","track":"FULL_TIME","gender":"FEMALE","birthYear":1994,
                         "educationLevel":"BACHELOR","politicalStatus":"PARTY_MEMBER","local":true,"sourceGroup":"RETURNING_GRADUATE",
                         "channel":"OPEN_RECRUITMENT","status":"%s","eligible":true,"electedPosts":[],"exitReason":null,"version":%d,
                         "transition":null}""".formatted(id, campaign, status, version));
    }

    private static <T> T await(String what, java.util.function.Supplier<Optional<T>> find, java.util.function.Predicate<T> ok) {
        return Poll.until(what, Duration.ofSeconds(30), () -> QuarkusTransaction.requiringNew().call(find::get),
                r -> r.isPresent() && ok.test(r.get())).orElseThrow();
    }

    @Test
    void keepsTheNewestCampaignAndCandidate() {
        UUID campaign = UUID.randomUUID();
        UUID candidate = UUID.randomUUID();
        campaign(campaign, "OPEN", 1);
        campaign(campaign, "DRAFT", 0);
        candidate(candidate, campaign, "VETTED", 5);
        candidate(candidate, campaign, "IN_JOINT_REVIEW", 4);
        // A sentinel on the same key follows the stale ones: once it shows, they have been seen and ignored.
        candidate(candidate, campaign, "EVALUATED", 6);
        campaign(campaign, "CLOSED", 2);

        CandidateProjection c = await("candidate projected", () -> CandidateProjection.<CandidateProjection>findByIdOptional(candidate),
                p -> p.version == 6);
        assertEquals("EVALUATED", c.status);
        assertEquals(campaign, c.campaignId);
        assertEquals("马晓燕", c.name);
        assertEquals("652327000000", c.countyCode);
        assertEquals("652327101000", c.townshipCode);
        assertEquals("652327101201", c.villageCode);
        assertEquals("FULL_TIME", c.track);

        CampaignProjection p = await("campaign projected", () -> CampaignProjection.<CampaignProjection>findByIdOptional(campaign),
                x -> x.version == 2);
        assertEquals("CLOSED", p.status);
        assertEquals("652327000000", p.countyCode);
        assertEquals("652327000000", p.scopeCode);
    }

    @Test
    void ignoresOlderAndRepeatedSnapshots() {
        UUID campaign = UUID.randomUUID();
        UUID candidate = UUID.randomUUID();
        candidate(candidate, campaign, "VETTED", 3);
        candidate(candidate, campaign, "REGISTERED", 0);
        candidate(candidate, campaign, "VETTED", 3);
        UUID sentinel = UUID.randomUUID();
        // Events of one key are consumed in order: the sentinel rides on the candidate's key, after the stale ones.
        EventProbe.publish(RecruitmentProjections.CANDIDATE_TOPIC, candidate.toString(), UUID.randomUUID().toString(),
                "reservoir.recruitment.candidate.registered", sentinel.toString(), """
                        {"candidateId":"%s","campaignId":"%s","name":"哨兵","countyCode":"652327000000","townshipCode":"652327101000",
                         "villageCode":"652327101201","track":"PART_TIME","status":"REGISTERED","version":0}""".formatted(sentinel, campaign));
        await("sentinel projected", () -> CandidateProjection.<CandidateProjection>findByIdOptional(sentinel), x -> true);
        CandidateProjection c = QuarkusTransaction.requiringNew().call(() -> CandidateProjection.<CandidateProjection>findById(candidate));
        assertEquals(3, c.version);
        assertEquals("VETTED", c.status);
    }
}
