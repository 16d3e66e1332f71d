package org.reservoir.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.region.DivisionCode;
import org.reservoir.infrastructure.security.Caller;
import org.reservoir.reporting.domain.Appraisals;
import org.reservoir.reporting.domain.Coverage;
import org.reservoir.reporting.domain.CoverageTarget;
import org.reservoir.reporting.domain.Cultivation;
import org.reservoir.reporting.domain.Funnel;
import org.reservoir.reporting.domain.Readiness;
import org.reservoir.reporting.domain.Reserve;
import org.reservoir.reporting.domain.ReserveStatus;
import org.reservoir.reporting.domain.Structure;
import org.reservoir.reporting.domain.Village;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The reports, scoped to the caller's region: a county admin sees its county, a township officer its township, a viewer
 * or a service its region claim; a region outside is 403 and a campaign the caller cannot see is 404. Reports read the
 * projections (eventually consistent with recruitment's events) and apply the pure rules of {@code domain}.
 */
@ApplicationScoped
public class Reports {

    /** The years a cultivation report may ask for. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private final ReportData data;
    private final Caller caller;
    private final Clock clock;
    private final TrainingHoursConfig hours;
    private final ReportCache cache;

    public Reports(ReportData data, Caller caller, Clock clock, TrainingHoursConfig hours, ReportCache cache) {
        this.data = data;
        this.caller = caller;
        this.clock = clock;
        this.hours = hours;
        this.cache = cache;
    }

    /** A report with its entity tag: the projections' watermark, the region and the day it was computed for. */
    public record Tagged<T>(T body, String etag) {
    }

    /** Who is counted in the structure report. */
    public enum Population {
        /** Reserves on a village's bench (admitted onwards, not yet elected, not out): the pool. */
        POOL,
        /** Every candidate not exited and not turned down, whatever the stage. */
        CANDIDATES;

        /** Whether a candidate with this status is counted. */
        public boolean counts(ReserveStatus status) {
            return this == CANDIDATES ? !status.out() : status.onBench();
        }
    }

    @Schema(name = "ReportScope", description = "The region (and campaign) a report counts; drill down through the children's codes")
    public record Scope(String code, String name, String level, UUID campaignId, String campaignName) {
    }

    @Schema(name = "StructureChild", description = "The structure's key figures of one region a level down")
    public record ChildFigures(String code, String name, String level, long reserves, BigDecimal averageAge, BigDecimal collegeOrAboveShare) {
    }

    @Schema(name = "StructureReport", description = "Counts by age band, education, gender, ethnicity, political status, source group, "
            + "channel and track; average age (from birth years); share with college (大专) or above")
    public record StructureReport(Scope scope, Population population, LocalDate asOf, Structure.Figures figures, List<ChildFigures> children) {
    }

    @Schema(name = "CoverageReport", description = "Reserves on each village's bench by track against the county's target")
    public record CoverageReport(Scope scope, CoverageTarget target, Coverage.Figures figures) {
    }

    @Schema(name = "CampaignFunnel", description = "One campaign's funnel")
    public record CampaignFunnel(UUID campaignId, String name, String status, Funnel.Figures figures) {
    }

    @Schema(name = "FunnelReport", description = "Registered → township approved → joint review → vetted → evaluated → admitted → probation → "
            + "elected → appointed, with drop-outs by reason; across campaigns with each campaign's own funnel")
    public record FunnelReport(Scope scope, Funnel.Figures figures, List<CampaignFunnel> campaigns) {
    }

    @Schema(name = "ReadinessReport", description = "2026 re-election readiness per village with the county roll-up")
    public record ReadinessReport(Scope scope, Readiness.Figures figures) {
    }

    /** Kept per watermark ({@link ReportCache}); the watermark is read first, so what is kept is at least that new. */
    @Transactional
    public Tagged<StructureReport> structure(String region, UUID campaignId, Population population) {
        long watermark = cache.watermark();
        Resolved r = resolve(region, campaignId);
        LocalDate asOf = LocalDate.now(clock);
        StructureReport report = cache.get(List.of("structure", r.division.value(), String.valueOf(campaignId), population, asOf), watermark,
                () -> structure(r, campaignId, population, asOf), s -> s.children().size());
        return new Tagged<>(report, tag(watermark, r, asOf));
    }

    private StructureReport structure(Resolved r, UUID campaignId, Population population, LocalDate asOf) {
        if (r.division.level().compareTo(DivisionCode.Level.COUNTY) <= 0) {
            return structureFromTallies(r, campaignId, population, asOf);
        }
        List<Reserve> reserves = data.reserves(r.division.prefix(), campaignId).stream().filter(x -> population.counts(x.status())).toList();
        List<ChildFigures> children = data.children(r.scope.code()).stream().map(child -> {
            String prefix = new DivisionCode(child.code()).prefix();
            return child(child, Structure.of(reserves.stream().filter(x -> x.villageCode().startsWith(prefix)).toList(), asOf));
        }).toList();
        return new StructureReport(r.scope, population, asOf, Structure.of(reserves, asOf), children);
    }

    /** A county or wider: summed per township by the database from structure_tally, never reading every reserve. */
    private StructureReport structureFromTallies(Resolved r, UUID campaignId, Population population, LocalDate asOf) {
        Map<String, List<Structure.Cell>> byTownship = data.structureCells(r.division.prefix(), population, campaignId);
        List<Structure.Cell> all = byTownship.values().stream().flatMap(List::stream).toList();
        List<ChildFigures> children = data.children(r.scope.code()).stream().map(child -> {
            String prefix = new DivisionCode(child.code()).prefix();
            return child(child, Structure.ofCells(byTownship.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                    .flatMap(e -> e.getValue().stream()).toList(), asOf));
        }).toList();
        return new StructureReport(r.scope, population, asOf, Structure.ofCells(all, asOf), children);
    }

    private static ChildFigures child(ReportData.Child child, Structure.Figures f) {
        return new ChildFigures(child.code(), child.name(), child.level(), f.reserves(), f.averageAge(), f.collegeOrAboveShare());
    }

    /** One page of the villages (of one standing, or all); the totals and townships cover every village. Kept per watermark. */
    @Transactional
    public Tagged<CoverageReport> coverage(String region, int page, int size, CoverageTarget.Standing standing) {
        long watermark = cache.watermark();
        Resolved r = resolve(region, null);
        CoverageReport all = cache.get(List.of("coverage", r.division.value()), watermark, () -> coverage(r),
                c -> c.figures().villages().size());
        return new Tagged<>(new CoverageReport(all.scope(), all.target(), all.figures().page(page, size, standing)), tag(watermark, r, null));
    }

    private CoverageReport coverage(Resolved r) {
        Map<String, CoverageTarget> targets = data.targets();
        ReportData.VillageTallies villages = data.villageTallies(r.division.prefix());
        Coverage.Figures figures = Coverage.of(r.scope.code(), r.scope.name(), villages.villages(), villages.tallies(),
                county -> targets.getOrDefault(county, CoverageTarget.DEFAULT));
        CoverageTarget target = r.division.level().compareTo(DivisionCode.Level.COUNTY) >= 0
                ? targets.getOrDefault(r.division.county().value(), CoverageTarget.DEFAULT) : null;
        return new CoverageReport(r.scope, target, figures);
    }

    @Transactional
    public FunnelReport funnel(String region, UUID campaignId) {
        return funnel(resolve(region, campaignId), campaignId);
    }

    private FunnelReport funnel(Resolved r, UUID campaignId) {
        List<Reserve> candidates = data.reserves(r.division.prefix(), campaignId);
        List<CampaignFunnel> campaigns = campaignId != null ? List.of() : data.campaigns(r.division.prefix()).stream()
                .filter(c -> visible(c, r.division))
                .map(c -> new CampaignFunnel(c.id(), c.name(), c.status(),
                        Funnel.of(candidates.stream().filter(x -> x.campaignId().equals(c.id())).toList())))
                .toList();
        return new FunnelReport(r.scope, Funnel.of(candidates), campaigns);
    }

    /** One page of the villages (ready ones, not ready ones, or all); the roll-ups cover every village. Kept per watermark. */
    @Transactional
    public Tagged<ReadinessReport> readiness(String region, int page, int size, Boolean ready) {
        long watermark = cache.watermark();
        Resolved r = resolve(region, null);
        ReadinessReport all = cache.get(List.of("readiness", r.division.value()), watermark, () -> readiness(r),
                x -> x.figures().villagesList().size());
        return new Tagged<>(new ReadinessReport(all.scope(), all.figures().page(page, size, ready)), tag(watermark, r, null));
    }

    private static String tag(long watermark, Resolved r, LocalDate asOf) {
        return "w" + watermark + "-" + r.division.value() + (asOf == null ? "" : "-" + asOf);
    }

    private ReadinessReport readiness(Resolved r) {
        ReportData.VillageTallies villages = data.villageTallies(r.division.prefix());
        Readiness.Figures figures = Readiness.of(villages.villages(), villages.tallies());
        return new ReadinessReport(r.scope, figures);
    }

    @Schema(name = "CultivationReport", description = "Mentor pairs (active, silent), follow-ups per month, training hours of the reserves on "
            + "the bench in one year against their county's required minimum, and practice posts, from training's events")
    public record CultivationReport(Scope scope, Cultivation.Figures figures) {
    }

    @Schema(name = "AppraisalReport", description = "Grade distribution per appraisal cycle, proposals made/accepted/dismissed and the "
            + "key-cultivation list, from assessment's events")
    public record AppraisalReport(Scope scope, Appraisals.Figures figures) {
    }

    @Transactional
    public CultivationReport cultivation(String region, Integer year) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        if (y < FIRST_YEAR || y > LAST_YEAR) {
            throw ProblemException.unprocessable("year", "report-year", y, FIRST_YEAR, LAST_YEAR);
        }
        return cultivation(resolve(region, null), y);
    }

    private CultivationReport cultivation(Resolved r, int year) {
        String prefix = r.division.prefix();
        List<Reserve> bench = data.reserves(prefix, null).stream().filter(x -> x.status().onBench()).toList();
        return new CultivationReport(r.scope, Cultivation.of(data.pairs(prefix), data.followUpMonths(prefix), bench,
                data.hours(prefix, year), hours::minimum, year, data.posts(prefix)));
    }

    @Transactional
    public AppraisalReport appraisal(String region) {
        return appraisal(resolve(region, null));
    }

    private AppraisalReport appraisal(Resolved r) {
        String prefix = r.division.prefix();
        return new AppraisalReport(r.scope, Appraisals.of(data.appraisals(prefix), data.proposals(prefix)));
    }

    private record Resolved(DivisionCode division, Scope scope) {
    }

    /** The caller's region unless it names one inside it; the campaign only when the caller may see it (404 otherwise). */
    private Resolved resolve(String region, UUID campaignId) {
        DivisionCode division = region == null ? caller.region()
                : DivisionCode.parse(region).orElseThrow(() -> ProblemException.unprocessable("region", "division-code", region));
        caller.requireJurisdiction(division);
        if (campaignId != null && data.campaign(campaignId).filter(c -> visible(c, caller.region())).isEmpty()) {
            throw ProblemException.notFound("campaign", campaignId);
        }
        return scoped(division, campaignId);
    }

    /** The scope of a region already checked against its caller (an export's job has no caller). */
    private Resolved scoped(DivisionCode division, UUID campaignId) {
        ReportData.Child self = data.region(division.value()).orElse(new ReportData.Child(division.value(), null, division.level().name()));
        String campaignName = campaignId == null ? null : data.campaign(campaignId).map(ReportData.CampaignInfo::name).orElse(null);
        return new Resolved(division, new Scope(division.value(), self.name(), self.level(), campaignId, campaignName));
    }

    /** Checks what an export asks for as its caller, before the job runs it without one. */
    @Transactional
    public void authorise(String region, UUID campaignId) {
        resolve(region, campaignId);
    }

    /** One report for an export's job: the region and campaign were authorised when the export was asked for. */
    @Transactional
    public Object compute(ReportKind kind, String region, UUID campaignId) {
        Resolved r = scoped(new DivisionCode(region), campaignId);
        return switch (kind) {
            case STRUCTURE -> structure(r, campaignId, Population.POOL, LocalDate.now(clock));
            case COVERAGE -> coverage(r);
            case FUNNEL -> funnel(r, campaignId);
            case READINESS -> readiness(r);
            case CULTIVATION -> cultivation(r, LocalDate.now(clock).getYear());
            case APPRAISAL -> appraisal(r);
        };
    }

    /** A campaign is visible from a region that lies inside its scope or contains it. */
    private static boolean visible(ReportData.CampaignInfo campaign, DivisionCode region) {
        DivisionCode scope = new DivisionCode(campaign.scopeCode());
        return scope.covers(region) || region.covers(scope);
    }
}
