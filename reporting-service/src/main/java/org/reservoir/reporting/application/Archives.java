package org.reservoir.reporting.application;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.region.DivisionCode;
import org.reservoir.infrastructure.security.Caller;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.reporting.domain.ArchiveLine;
import org.reservoir.reporting.domain.ArchiveLineKind;
import org.reservoir.reporting.domain.Timeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads growth archives (一人一档). Officials (county admin, township officer, viewer, service) read the reserves whose village
 * lies in their region; a reserve reads their own (the token's subject is the candidate id). Anyone else gets 404, exactly
 * as for a candidate the projection does not hold, so the answer tells nothing about who exists.
 */
@ApplicationScoped
public class Archives {

    private static final Set<String> OFFICIALS = Set.of(Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE);
    private static final TypeReference<Map<String, Object>> FACTS = new TypeReference<>() {
    };

    private final EntityManager em;
    private final Caller caller;
    private final ObjectReader facts;

    public Archives(EntityManager em, Caller caller, ObjectMapper mapper) {
        this.em = em;
        this.caller = caller;
        // Scores and hours keep their decimals as sent (88.50, not 88.5).
        this.facts = mapper.readerFor(FACTS).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    @Schema(name = "ArchiveProfile", description = "The reserve as recruitment's newest snapshot describes them (never the ID number: only "
            + "the birth year); codes are the API's enum values, names are the region and campaign projections'")
    public record Profile(UUID candidateId, String name, UUID campaignId, String campaignName, String countyCode, String countyName,
                          String townshipCode, String townshipName, String villageCode, String villageName, String track, String status,
                          String targetPost, String gender, int birthYear, String educationLevel, String politicalStatus,
                          String ethnicity, boolean local, String sourceGroup, String channel, boolean keyCultivation,
                          List<String> electedPosts, String exitReason, LocalDate probationStart, LocalDate probationPlannedEnd) {
    }

    @Schema(name = "ArchiveLine", description = "One line of the timeline: what happened, when (occurredAt; on is its day in China), "
            + "a sentence in the caller's language, and the facts the source event carried")
    public record Line(ArchiveLineKind kind, OffsetDateTime occurredAt, LocalDate on, String summary,
                       @Schema(description = "The line's facts by kind, e.g. composite, rank and breakdown (EVALUATED), period, grade and "
                               + "total (APPRAISAL_GRADED), programmeKind and hours (TRAINING_HOURS), from, to and reason (STATUS_CHANGED)")
                       Map<String, Object> facts) {
    }

    @Schema(name = "GrowthArchive", description = "一人一档: the reserve's current profile and their whole record across recruitment, "
            + "assessment and training, oldest first (ties in a stable order); revision is the ETag")
    public record Archive(Profile profile, List<Line> timeline, long revision) {
    }

    /** The archive of {@code candidateId}, if the caller may see that person; otherwise 404. */
    @Transactional
    public Archive of(UUID candidateId, Locale locale) {
        boolean official = OFFICIALS.stream().anyMatch(caller::hasRole);
        // The region first: a token without one is refused the same way whoever it asks about.
        Optional<DivisionCode> region = official ? Optional.of(caller.region()) : Optional.empty();
        boolean self = caller.hasRole(Roles.RESERVE) && candidateId.toString().equals(caller.id());
        Profile profile = profile(candidateId);
        if (profile == null || !(self || region.map(r -> r.covers(new DivisionCode(profile.villageCode()))).orElse(false))) {
            throw ProblemException.notFound("reserve", candidateId);
        }
        return new Archive(profile, lines(candidateId, locale), revision(candidateId));
    }

    /** A reserve's own archive. */
    @Transactional
    public Archive mine(Locale locale) {
        UUID id;
        try {
            id = UUID.fromString(caller.id());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.notFound("reserve", caller.id());
        }
        return of(id, locale);
    }

    private Profile profile(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select p.candidate_id, p.name, p.campaign_id, c.name, p.county_code, p.township_code, p.village_code, p.track,
                               p.status, p.target_post, p.gender, p.birth_year, p.education_level, p.political_status, p.ethnicity,
                               p.local_talent, p.source_group, p.channel, p.key_cultivation, p.elected_posts, p.exit_reason,
                               p.probation_start, p.probation_planned_end
                        from archive_profile p left join campaign_projection c on c.campaign_id = p.campaign_id
                        where p.candidate_id = ?1""").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        String county = trim(r[4]);
        String township = trim(r[5]);
        String village = trim(r[6]);
        Map<String, String> names = names(county, township, village);
        String posts = (String) r[19];
        return new Profile((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3], county, names.get(county), township, names.get(township),
                village, names.get(village), (String) r[7], (String) r[8], (String) r[9], (String) r[10], ((Number) r[11]).intValue(),
                (String) r[12], (String) r[13], (String) r[14], (Boolean) r[15], (String) r[16], (String) r[17], (Boolean) r[18],
                posts == null || posts.isEmpty() ? List.of() : Arrays.asList(posts.split(",")), (String) r[20], date(r[21]), date(r[22]));
    }

    private Map<String, String> names(String... codes) {
        Map<String, String> names = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select code, name from region_projection where code in (?1, ?2, ?3)")
                .setParameter(1, codes[0]).setParameter(2, codes[1]).setParameter(3, codes[2]).getResultList();
        rows.forEach(r -> names.put(trim(r[0]), (String) r[1]));
        return names;
    }

    private List<Line> lines(UUID id, Locale locale) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select line_key, kind, occurred_at, seq, facts, version from archive_line where candidate_id = ?1""")
                .setParameter(1, id).getResultList();
        List<ArchiveLine> lines = rows.stream().map(r -> new ArchiveLine((String) r[0], id, ArchiveLineKind.valueOf((String) r[1]),
                Times.offset(r[2]).atZoneSameInstant(ArchiveLine.CHINA).toOffsetDateTime(), ((Number) r[3]).longValue(), facts((String) r[4]),
                ((Number) r[5]).longValue())).toList();
        return Timeline.order(lines).stream()
                .map(l -> new Line(l.kind(), l.occurredAt(), l.on(), ArchiveTexts.summary(l, locale), l.facts())).toList();
    }

    private long revision(UUID id) {
        List<?> rows = em.createNativeQuery("select revision from archive_revision where candidate_id = ?1").setParameter(1, id).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }

    private Map<String, Object> facts(String json) {
        try {
            return facts.readValue(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String trim(Object code) {
        return code == null ? null : code.toString().trim();
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
