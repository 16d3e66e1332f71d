package org.reservoir.launcher;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The county {@code ./reservoir bench reporting} loads: a county, its townships (100 villages each), its villages, one
 * open campaign and its candidates spread evenly over the villages, as recruitment's outbox would publish them — CloudEvents
 * envelopes of the contract (docs/events/recruitment.region.v1, .campaign.v1, .candidate.v1), keyed by aggregate id, on
 * the real topics. Deterministic for a given county and seed, so two runs load the same mix of people.
 */
final class CountyLoad {

    static final String REGION_TOPIC = "recruitment.region.v1";
    static final String CAMPAIGN_TOPIC = "recruitment.campaign.v1";
    static final String CANDIDATE_TOPIC = "recruitment.candidate.v1";
    static final int VILLAGES_PER_TOWNSHIP = 100;

    /** Statuses with weights: mostly reserves on the bench, some still in the pipeline, some elected or out. */
    private static final String[] STATUSES = {"ADMITTED", "ON_PROBATION", "PROBATION_PASSED", "IN_POOL", "NOT_ELECTED", "ELECTED",
            "APPOINTED", "REGISTERED", "VETTED", "EVALUATED", "TOWNSHIP_REJECTED", "EXITED"};
    private static final int[] STATUS_WEIGHTS = {14, 14, 14, 22, 3, 5, 2, 6, 5, 5, 4, 6};
    private static final String[] POSTS = {"PARTY_SECRETARY", "COMMITTEE_DIRECTOR", "DEPUTY_SECRETARY", "DEPUTY_DIRECTOR", "BRANCH_MEMBER",
            "COMMITTEE_MEMBER"};
    private static final String[] EDUCATION = {"JUNIOR_HIGH", "SENIOR_HIGH", "SECONDARY_VOCATIONAL", "JUNIOR_COLLEGE", "BACHELOR", "MASTER"};
    private static final String[] POLITICAL = {"PARTY_MEMBER", "PARTY_MEMBER", "PROBATIONARY_MEMBER", "YOUTH_LEAGUE", "MASSES"};
    private static final String[] ETHNICITY = {"汉族", "汉族", "维吾尔族", "哈萨克族", "回族"};
    private static final String[] SOURCES = {"RETURNING_GRADUATE", "VETERAN", "WEALTH_LEADER", "RETURNING_MIGRANT", "LOCAL_YOUTH",
            "RURAL_TALENT"};
    private static final String[] CHANNELS = {"OPEN_RECRUITMENT", "UNIT_RECOMMENDATION", "ORGANISATION_RECOMMENDATION", "MASS_APPRAISAL",
            "SELF_RECOMMENDATION"};

    /** One message: topic, key (the aggregate id) and the envelope's JSON. */
    record Message(String topic, String key, String json) {
    }

    private final String county;
    private final int villages;
    private final int reserves;
    private final long seed;
    private final UUID campaignId;
    private final Instant time;

    CountyLoad(String county, int villages, int reserves, long seed, Instant time) {
        if (!county.matches("\\d{6}000000")) {
            throw new IllegalArgumentException("not a county code: " + county);
        }
        if (villages < 1 || villages > 999 * VILLAGES_PER_TOWNSHIP) {
            throw new IllegalArgumentException("villages out of range: " + villages);
        }
        this.county = county;
        this.villages = villages;
        this.reserves = reserves;
        this.seed = seed;
        this.campaignId = new UUID(seed, 0x5eed_0000_0000_0001L);
        this.time = time;
    }

    String county() {
        return county;
    }

    int townships() {
        return (villages + VILLAGES_PER_TOWNSHIP - 1) / VILLAGES_PER_TOWNSHIP;
    }

    /** Region events: the county, its townships and villages. */
    int regionEvents() {
        return 1 + townships() + villages;
    }

    int events() {
        return regionEvents() + 1 + reserves;
    }

    String township(int t) {
        return county.substring(0, 6) + "%03d000".formatted(t + 1);
    }

    /** Village {@code v} (0-based): township {@code v / 100}, number {@code v % 100 + 1} in it. */
    String village(int v) {
        return township(v / VILLAGES_PER_TOWNSHIP).substring(0, 9) + "%03d".formatted(v % VILLAGES_PER_TOWNSHIP + 1);
    }

    /** Every message, regions first (county, townships, villages), then the campaign, then the candidates. */
    void forEach(Consumer<Message> out) {
        out.accept(region(county, "基准县", "COUNTY", null));
        for (int t = 0; t < townships(); t++) {
            out.accept(region(township(t), "基准" + (t + 1) + "镇", "TOWNSHIP", county));
        }
        for (int v = 0; v < villages; v++) {
            String code = village(v);
            out.accept(region(code, "基准" + code.substring(6) + "村", "VILLAGE", code.substring(0, 9) + "000"));
        }
        out.accept(envelope(CAMPAIGN_TOPIC, campaignId.toString(), "reservoir.recruitment.campaign.opened", """
                {"campaignId":"%s","name":"基准县后备力量招募","scopeCode":"%s","countyCode":"%s","startsOn":"%s","endsOn":"%s",\
                "fullTimeQuota":%d,"partTimeQuota":%d,"probationMonths":6,"status":"OPEN","maxAge":45,"version":1}"""
                .formatted(campaignId, county, county, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), villages, villages * 2)));
        Random random = new Random(seed);
        for (int i = 0; i < reserves; i++) {
            out.accept(candidate(i, random));
        }
    }

    private Message region(String code, String name, String level, String parent) {
        String village = level.equals("VILLAGE")
                ? ",\"villageType\":\"WEAK\",\"committeeSeats\":5,\"secretaryDirectorOnePerson\":true" : "";
        return envelope(REGION_TOPIC, code, "reservoir.recruitment.region.created", """
                {"code":"%s","name":"%s","level":"%s","parentCode":%s,"active":true,"version":0%s}"""
                .formatted(code, name, level, parent == null ? "null" : "\"" + parent + "\"", village));
    }

    private Message candidate(int i, Random random) {
        UUID id = new UUID(seed, i);
        String village = village(i % villages);
        String status = weighted(random);
        String track = random.nextInt(10) < 4 ? "FULL_TIME" : "PART_TIME";
        boolean probation = status.equals("ON_PROBATION") || status.equals("PROBATION_PASSED");
        LocalDate start = LocalDate.of(2026, 1 + random.nextInt(6), 1);
        String elected = status.equals("ELECTED") || status.equals("APPOINTED") ? "\"" + POSTS[random.nextInt(2)] + "\"" : "";
        String transition = status.equals("EXITED")
                ? "{\"action\":\"EXIT\",\"from\":\"IN_POOL\",\"to\":\"EXITED\",\"reason\":\"迁出\"}" : "null";
        return envelope(CANDIDATE_TOPIC, id.toString(), "reservoir.recruitment.candidate.status-changed", """
                {"candidateId":"%s","campaignId":"%s","name":"储备%d","countyCode":"%s","townshipCode":"%s","villageCode":"%s","targetPost":"%s",\
                "track":"%s","gender":"%s","birthYear":%d,"educationLevel":"%s","politicalStatus":"%s","local":%s,"sourceGroup":"%s",\
                "channel":"%s","status":"%s","eligible":true,"electedPosts":[%s],"exitReason":%s,"keyCultivation":false,\
                "ethnicity":"%s","probationStart":%s,"probationPlannedEnd":%s,"version":3,"transition":%s}"""
                .formatted(id, campaignId, i, county, village.substring(0, 9) + "000", village, pick(POSTS, random), track,
                        random.nextBoolean() ? "MALE" : "FEMALE", 1966 + random.nextInt(38), pick(EDUCATION, random), pick(POLITICAL, random),
                        random.nextInt(10) < 8, pick(SOURCES, random), pick(CHANNELS, random), status, elected,
                        status.equals("EXITED") ? "\"MOVED_AWAY\"" : "null", pick(ETHNICITY, random),
                        probation ? "\"" + start + "\"" : "null", probation ? "\"" + start.plusMonths(6) + "\"" : "null", transition));
    }

    private Message envelope(String topic, String key, String type, String data) {
        return new Message(topic, key, """
                {"id":"%s","specversion":"1.0","type":"%s","source":"/reservoir/recruitment-service","subject":"%s","time":"%s",\
                "datacontenttype":"application/json","data":%s}""".formatted(UUID.randomUUID(), type, key, time, data));
    }

    private static String weighted(Random random) {
        int total = 0;
        for (int w : STATUS_WEIGHTS) {
            total += w;
        }
        int n = random.nextInt(total);
        for (int i = 0; i < STATUSES.length; i++) {
            n -= STATUS_WEIGHTS[i];
            if (n < 0) {
                return STATUSES[i];
            }
        }
        throw new IllegalStateException("weights");
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
