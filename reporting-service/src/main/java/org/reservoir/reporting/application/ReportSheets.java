package org.reservoir.reporting.application;

import org.reservoir.reporting.domain.AgeBand;
import org.reservoir.reporting.domain.Coverage;
import org.reservoir.reporting.domain.Funnel;
import org.reservoir.reporting.domain.Appraisals;
import org.reservoir.reporting.domain.Cultivation;
import org.reservoir.reporting.domain.Readiness;
import org.reservoir.reporting.domain.Structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A report as tables with Chinese headers, one per section: what an export writes (a sheet each in XLSX). */
public final class ReportSheets {

    private ReportSheets() {
    }

    /** One section: its name, headers and rows (numbers stay numbers). */
    public record Sheet(String name, List<String> headers, List<List<Object>> rows) {
    }

    public static List<Sheet> of(Object report) {
        if (report instanceof Reports.StructureReport r) {
            return structure(r);
        }
        if (report instanceof Reports.CoverageReport r) {
            return coverage(r);
        }
        if (report instanceof Reports.FunnelReport r) {
            return funnel(r);
        }
        if (report instanceof Reports.ReadinessReport r) {
            return readiness(r);
        }
        if (report instanceof Reports.CultivationReport r) {
            return cultivation(r);
        }
        if (report instanceof Reports.AppraisalReport r) {
            return appraisal(r);
        }
        throw new IllegalArgumentException("no sheets for " + report.getClass());
    }

    private static List<Sheet> structure(Reports.StructureReport r) {
        Structure.Figures f = r.figures();
        List<Sheet> sheets = new ArrayList<>();
        sheets.add(new Sheet("概况", List.of("指标", "数值"), List.of(
                row("区划代码", r.scope().code()), row("区划名称", r.scope().name()), row("统计日期", r.asOf().toString()),
                row("后备力量人数", f.reserves()), row("平均年龄", f.averageAge()), row("大专及以上占比", f.collegeOrAboveShare()))));
        List<List<Object>> bands = new ArrayList<>();
        for (AgeBand band : AgeBand.values()) {
            bands.add(row(band.name(), f.byAgeBand().getOrDefault(band, 0L)));
        }
        sheets.add(new Sheet("年龄段", List.of("年龄段", "人数"), bands));
        sheets.add(counts("学历", f.byEducation()));
        sheets.add(counts("性别", f.byGender()));
        sheets.add(counts("民族", f.byEthnicity()));
        sheets.add(counts("政治面貌", f.byPoliticalStatus()));
        sheets.add(counts("来源类别", f.bySourceGroup()));
        sheets.add(counts("产生渠道", f.byChannel()));
        sheets.add(counts("专职兼职", f.byTrack()));
        sheets.add(new Sheet("下级区划", List.of("区划代码", "名称", "层级", "后备力量人数", "平均年龄", "大专及以上占比"),
                r.children().stream().map(c -> row(c.code(), c.name(), c.level(), c.reserves(), c.averageAge(), c.collegeOrAboveShare())).toList()));
        return sheets;
    }

    private static List<Sheet> coverage(Reports.CoverageReport r) {
        Coverage.Figures f = r.figures();
        List<String> totals = List.of("区划代码", "名称", "村数", "后备力量", "专职", "兼职", "低于目标村数", "达标村数", "超出目标村数");
        return List.of(
                new Sheet("村", List.of("村代码", "村名称", "乡镇代码", "后备力量", "专职", "兼职", "目标下限", "目标上限", "状态"),
                        f.villages().stream().map(v -> row(v.code(), v.name(), v.townshipCode(), v.reserves(), v.fullTime(), v.partTime(),
                                v.targetMin(), v.targetMax(), v.standing().name())).toList()),
                new Sheet("乡镇", totals, f.townships().stream().map(ReportSheets::totals).toList()),
                new Sheet("合计", totals, List.of(totals(f.total()))));
    }

    private static List<Object> totals(Coverage.Totals t) {
        return row(t.code(), t.name(), t.villages(), t.reserves(), t.fullTime(), t.partTime(), t.villagesBelowTarget(),
                t.villagesWithinTarget(), t.villagesAboveTarget());
    }

    private static List<Sheet> funnel(Reports.FunnelReport r) {
        Funnel.Figures f = r.figures();
        return List.of(
                new Sheet("漏斗", List.of("环节", "人数"), f.reached().entrySet().stream().map(e -> row(e.getKey().name(), e.getValue())).toList()),
                new Sheet("流失原因", List.of("原因", "人数"), f.dropOuts().entrySet().stream().map(e -> row(e.getKey().name(), e.getValue())).toList()),
                counts("退出原因", f.exitsByReason()),
                new Sheet("各招募计划", List.of("计划ID", "名称", "状态", "登记人数", "纳入人数", "任职人数"),
                        r.campaigns().stream().map(c -> row(c.campaignId().toString(), c.name(), c.status(), c.figures().candidates(),
                                c.figures().reached().get(org.reservoir.reporting.domain.FunnelStage.ADMITTED),
                                c.figures().reached().get(org.reservoir.reporting.domain.FunnelStage.APPOINTED))).toList()));
    }

    private static List<Sheet> readiness(Reports.ReadinessReport r) {
        Readiness.Figures f = r.figures();
        return List.of(
                new Sheet("村", List.of("村代码", "村名称", "乡镇代码", "职数", "可用后备", "已当选", "一肩挑人选", "有本土书记人选", "拟任人数",
                        "提前到岗", "提前到岗比例", "就绪", "差距"),
                        f.villagesList().stream().map(v -> row(v.code(), v.name(), v.townshipCode(), v.seats(), v.reservesReady(), v.elected(),
                                v.oneShoulderCandidates(), v.localSecretaryCandidate(), v.proposedMembers(), v.onPost(), v.onPostShare(),
                                v.ready(), String.join(" ", v.gaps().stream().map(Enum::name).toList()))).toList()),
                new Sheet("汇总", List.of("指标", "数值"), List.of(row("村数", f.villages()), row("就绪村数", f.villagesReady()),
                        row("职数", f.seats()), row("可用后备", f.reservesReady()), row("一肩挑人选", f.oneShoulderCandidates()),
                        row("拟任人数", f.proposedMembers()), row("提前到岗", f.onPost()), row("提前到岗比例", f.onPostShare()),
                        row("未就绪村", String.join(" ", f.villagesNotReady())))));
    }

    private static List<Sheet> cultivation(Reports.CultivationReport r) {
        Cultivation.Figures f = r.figures();
        Cultivation.Hours h = f.hours();
        return List.of(
                new Sheet("概况", List.of("指标", "数值"), List.of(row("在帮带结对", f.pairs().active()), row("沉默结对", f.pairs().silent()),
                        row("已结束结对", f.pairs().ended()), row("学时年度", h.year()), row("后备力量", h.reserves()),
                        row("学时达标", h.meetingMinimum()), row("学时未达标", h.belowMinimum()), row("总学时", h.totalHours()),
                        row("人均学时", h.averageHours()), row("在岗锻炼", f.practice().active()), row("已结束锻炼", f.practice().ended()),
                        row("跨村任职", f.practice().crossVillage()))),
                new Sheet("沉默结对", List.of("结对ID", "后备力量ID", "村代码", "沉默月数", "最近沉默月份"),
                        f.silentPairs().stream().map(p -> row(p.pairId().toString(), p.candidateId().toString(), p.villageCode(),
                                p.silentMonths(), p.lastSilentMonth())).toList()),
                counts("月份", f.followUpsPerMonth()),
                new Sheet("学时未达标", List.of("后备力量ID", "村代码", "学时", "要求学时"),
                        h.reservesBelowMinimum().stream().map(x -> row(x.candidateId().toString(), x.villageCode(), x.hours(),
                                x.minimumHours())).toList()),
                counts("锻炼岗位", f.practice().byPostKind()));
    }

    private static List<Sheet> appraisal(Reports.AppraisalReport r) {
        Appraisals.Figures f = r.figures();
        List<List<Object>> kinds = new ArrayList<>();
        kinds.add(row("合计", f.proposals().total().made(), f.proposals().total().open(), f.proposals().total().accepted(),
                f.proposals().total().dismissed()));
        f.proposals().byKind().forEach((k, c) -> kinds.add(row(k, c.made(), c.open(), c.accepted(), c.dismissed())));
        return List.of(
                new Sheet("考评周期", List.of("周期ID", "期间", "已评定", "优秀", "称职", "基本称职", "不称职", "逾期未评"),
                        f.cycles().stream().map(c -> row(c.cycleId().toString(), c.period(), c.graded(),
                                c.byGrade().getOrDefault("EXCELLENT", 0L), c.byGrade().getOrDefault("COMPETENT", 0L),
                                c.byGrade().getOrDefault("BASICALLY_COMPETENT", 0L), c.byGrade().getOrDefault("INCOMPETENT", 0L),
                                c.overdue())).toList()),
                new Sheet("调整建议", List.of("类别", "提出", "待定", "采纳", "不予采纳"), kinds),
                new Sheet("重点培养", List.of("后备力量ID", "村代码", "考评ID", "期间"),
                        f.keyCultivation().stream().map(k -> row(k.candidateId().toString(), k.villageCode(), k.appraisalId().toString(),
                                k.period())).toList()));
    }

    private static Sheet counts(String name, Map<String, Long> counts) {
        return new Sheet(name, List.of(name, "人数"), counts.entrySet().stream().map(e -> row(e.getKey(), e.getValue())).toList());
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }
}
