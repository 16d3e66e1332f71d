package org.reservoir.recruitment.events;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reservoir.recruitment.domain.Campaign;
import org.reservoir.recruitment.domain.Candidate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Campaign and candidate events. Candidate payloads carry what other contexts project (region, track,
 * source, birth year, education, political status, status) and never the ID number.
 * Contracts: docs/events/recruitment.campaign.v1.schema.json, docs/events/recruitment.candidate.v1.schema.json.
 */
public final class RecruitmentEvents {

    public static final String CAMPAIGN_TOPIC = "recruitment.campaign.v1";
    public static final String CAMPAIGN_CREATED = "reservoir.recruitment.campaign.created";
    public static final String CAMPAIGN_OPENED = "reservoir.recruitment.campaign.opened";
    public static final String CAMPAIGN_CLOSED = "reservoir.recruitment.campaign.closed";

    public static final String CANDIDATE_TOPIC = "recruitment.candidate.v1";
    public static final String CANDIDATE_REGISTERED = "reservoir.recruitment.candidate.registered";
    public static final String CANDIDATE_PROFILE_UPDATED = "reservoir.recruitment.candidate.profile-updated";
    public static final String CANDIDATE_SCREENED = "reservoir.recruitment.candidate.screened";
    public static final String CANDIDATE_STATUS_CHANGED = "reservoir.recruitment.candidate.status-changed";
    public static final String CANDIDATE_KEY_CULTIVATION_MARKED = "reservoir.recruitment.candidate.key-cultivation-marked";

    private RecruitmentEvents() {
    }

    @Schema(name = "CampaignSnapshot", description = "Payload of recruitment.campaign.v1 events: what other contexts need of a campaign (assessment plans its evaluation)")
    public record CampaignSnapshot(UUID campaignId, String name, String scopeCode, String countyCode, LocalDate startsOn, LocalDate endsOn,
                                   int fullTimeQuota, int partTimeQuota, int probationMonths, String status, long version,
                                   // Reporting warns of reserves about to pass the campaign's age limit.
                                   Integer maxAge) {

        public static CampaignSnapshot of(Campaign c) {
            return new CampaignSnapshot(c.id, c.name, c.scopeCode, c.countyCode, c.startsOn, c.endsOn, c.fullTimeQuota, c.partTimeQuota,
                    c.probationMonths, c.status().name(), c.version(), c.eligibility == null ? null : c.eligibility.maxAge());
        }
    }

    /** The last transition, on status-changed events. */
    public record Transition(String action, String from, String to, String reason) {
    }

    @Schema(name = "CandidateSnapshot", description = "Payload of recruitment.candidate.v1 events (no ID number)")
    public record CandidateSnapshot(UUID candidateId, UUID campaignId, String name, String countyCode, String townshipCode,
                                    String villageCode, String targetPost, String track, String gender, int birthYear,
                                    String educationLevel, String politicalStatus, boolean local, String sourceGroup, String channel,
                                    String status, boolean eligible, List<String> electedPosts, String exitReason,
                                    @Schema(description = "重点培养: the county accepted an appraisal's key-cultivation proposal") boolean keyCultivation,
                                    long version, Transition transition,
                                    // Reporting's structure and probation alerts.
                                    String ethnicity, LocalDate probationStart, LocalDate probationPlannedEnd) {

        public static CandidateSnapshot of(Candidate c, Transition transition) {
            return new CandidateSnapshot(c.id, c.campaignId, c.name, c.countyCode, c.townshipCode, c.villageCode,
                    c.targetPost.name(), c.track.name(), c.gender.name(), c.birthDate.getYear(), c.educationLevel.name(),
                    c.politicalStatus.name(), c.local, c.sourceGroup.name(), c.channel.name(), c.status().name(), c.eligible(),
                    c.electedPosts.stream().map(Enum::name).toList(), c.exitReason == null ? null : c.exitReason.name(),
                    c.keyCultivation != null, c.version(), transition, c.ethnicity, c.probationStart, c.probationPlannedEnd);
        }
    }
}
