package org.reservoir.recruitment.domain;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.reservoir.infrastructure.api.Violation;
import org.reservoir.infrastructure.region.DivisionCode;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.infrastructure.transitions.AuditedEntity;
import org.reservoir.infrastructure.transitions.Decision;
import org.reservoir.infrastructure.transitions.Refusal;
import org.reservoir.infrastructure.transitions.TransitionTable;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * A recruitment campaign (招募计划) of a county or a township: the vacancies it fills, quotas per track,
 * accepted sources and channels, entry standards and how long full-time reserves are on probation. How the
 * selection evaluation is weighed and where its pass line is belongs to assessment-service's evaluation plan.
 */
@Entity
@Table(name = "campaign")
public class Campaign extends AuditedEntity<Campaign.Status> {

    @Schema(name = "CampaignStatus", extensions = @Extension(name = "x-label-type", value = "Campaign.Status"))
    public enum Status {
        DRAFT, OPEN, CLOSED
    }

    /** What is done to a campaign, as its history names it; OPEN and CLOSE are transitions of {@link #TRANSITIONS}. */
    @Schema(name = "CampaignAction", extensions = @Extension(name = "x-label-type", value = "Campaign.Action"))
    public enum Action {
        CREATE, OPEN, CLOSE
    }

    /** A township officer opens and closes only its own township's campaigns (jurisdiction), the county's admin any. */
    public static final TransitionTable<Action, Status> TRANSITIONS = new TransitionTable<>("campaign-status", List.of(
            TransitionTable.row(Action.OPEN, EnumSet.of(Status.DRAFT), EnumSet.of(Status.OPEN), Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER),
            TransitionTable.row(Action.CLOSE, EnumSet.of(Status.OPEN), EnumSet.of(Status.CLOSED), Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER)));

    /** Everything a new campaign states. */
    public record Draft(String name, String scopeCode, LocalDate startsOn, LocalDate endsOn, List<Vacancy> vacancies,
                        int fullTimeQuota, int partTimeQuota, Set<SourceGroup> sourceGroups, Set<Channel> channels,
                        EligibilityRuleSet eligibility, Integer probationMonths) {
    }

    /** A draft's outcome: the new campaign, or why there is none. */
    public sealed interface Drafting {
        record Drafted(Campaign campaign) implements Drafting {
        }

        record Refused(Refusal refusal) implements Drafting {
        }

        default Campaign orThrow() {
            if (this instanceof Refused r) {
                throw r.refusal().toProblem();
            }
            return ((Drafted) this).campaign();
        }
    }

    /** A named current vacancy on a village's two committees, filled through the full-time track. */
    public record Vacancy(String villageCode, CommitteePost post) {
    }

    @Id
    public UUID id;

    public String name;

    @Column(name = "scope_code", columnDefinition = "char(12)")
    public String scopeCode;

    @Column(name = "county_code", columnDefinition = "char(12)")
    public String countyCode;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Vacancy> vacancies;

    @Column(name = "full_time_quota")
    public int fullTimeQuota;

    @Column(name = "part_time_quota")
    public int partTimeQuota;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "source_groups")
    public Set<SourceGroup> sourceGroups;

    @JdbcTypeCode(SqlTypes.JSON)
    public Set<Channel> channels;

    @JdbcTypeCode(SqlTypes.JSON)
    public EligibilityRuleSet eligibility;

    @Column(name = "probation_months")
    public int probationMonths;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public int quota(Track track) {
        return track == Track.FULL_TIME ? fullTimeQuota : partTimeQuota;
    }

    /**
     * A new campaign in DRAFT over {@code scope} (a county or township inside the actor's region; a township officer's only
     * its own township), with every broken rule of the draft at once. {@code regions} finds the vacancies' villages.
     */
    public static Drafting draft(UUID id, Draft d, Region scope, Function<String, Region> regions, Actor actor, OffsetDateTime now) {
        List<Violation> violations = new ArrayList<>();
        if (scope == null || !scope.active || scope.level == RegionLevel.VILLAGE) {
            violations.add(new Violation("scopeCode", "campaign-scope", d.scopeCode()));
        } else if (!actor.covers(scope.code)) {
            return new Drafting.Refused(Refusal.forbidden("out-of-jurisdiction", scope.code, actor.region().value()));
        } else if (actor.has(Roles.TOWNSHIP_OFFICER) && !actor.has(Roles.COUNTY_ADMIN) && scope.level != RegionLevel.TOWNSHIP) {
            return new Drafting.Refused(Refusal.forbidden("forbidden"));
        }
        if (d.endsOn().isBefore(d.startsOn())) {
            violations.add(new Violation("endsOn", "ends-before-start", d.startsOn()));
        }
        if (d.fullTimeQuota() + d.partTimeQuota() == 0) {
            violations.add(new Violation("fullTimeQuota", "quota-empty"));
        }
        EligibilityRuleSet rules = d.eligibility() == null ? EligibilityRuleSet.none() : d.eligibility();
        if (rules.minAge() != null && rules.maxAge() != null && rules.minAge() > rules.maxAge()) {
            violations.add(new Violation("eligibility.minAge", "age-range", rules.minAge(), rules.maxAge()));
        }
        List<Vacancy> vacancies = d.vacancies() == null ? List.of() : d.vacancies();
        for (int i = 0; i < vacancies.size(); i++) {
            Region village = regions.apply(vacancies.get(i).villageCode());
            if (village == null || village.level != RegionLevel.VILLAGE || !village.active || scope == null
                    || !new DivisionCode(scope.code).covers(new DivisionCode(village.code))) {
                violations.add(new Violation("vacancies[" + i + "].villageCode", "village-in-scope", vacancies.get(i).villageCode(),
                        d.scopeCode()));
            }
        }
        if (!violations.isEmpty()) {
            return new Drafting.Refused(Refusal.unprocessable(violations));
        }
        Campaign c = new Campaign();
        c.id = id;
        c.name = d.name().strip();
        c.scopeCode = scope.code;
        c.countyCode = new DivisionCode(scope.code).county().value();
        c.startsOn = d.startsOn();
        c.endsOn = d.endsOn();
        c.vacancies = vacancies;
        c.fullTimeQuota = d.fullTimeQuota();
        c.partTimeQuota = d.partTimeQuota();
        c.sourceGroups = d.sourceGroups() == null || d.sourceGroups().isEmpty() ? EnumSet.allOf(SourceGroup.class) : d.sourceGroups();
        c.channels = d.channels() == null || d.channels().isEmpty() ? EnumSet.allOf(Channel.class) : d.channels();
        c.eligibility = rules;
        c.probationMonths = d.probationMonths() == null ? 1 : d.probationMonths();
        c.status = Status.DRAFT;
        c.createdAt = now;
        c.updatedAt = now;
        return new Drafting.Drafted(c);
    }

    /** DRAFT → OPEN: candidates may register. */
    public Decision<Status> open() {
        return Decision.moveTo(Status.OPEN);
    }

    /** OPEN → CLOSED: no more registrations; the pipeline goes on. */
    public Decision<Status> close() {
        return Decision.moveTo(Status.CLOSED);
    }

    /** Registrations are taken only while the campaign is open. */
    public Optional<Refusal> refusesRegistration() {
        return status == Status.OPEN ? Optional.empty()
                : Optional.of(Refusal.conflict("campaign-not-open", Map.of("currentState", status.name()), id));
    }

    @Override
    public String jurisdiction() {
        return scopeCode;
    }

}
