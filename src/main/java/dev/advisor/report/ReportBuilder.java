package dev.advisor.report;

import dev.advisor.facts.ActionItem;
import dev.advisor.facts.AuditNeed;
import dev.advisor.facts.AuditType;
import dev.advisor.facts.Bottleneck;
import dev.advisor.facts.CatalogueTool;
import dev.advisor.facts.Component;
import dev.advisor.facts.ComponentStatus;
import dev.advisor.facts.Conversion;
import dev.advisor.facts.Demoted;
import dev.advisor.facts.Folded;
import dev.advisor.facts.JourneyNote;
import dev.advisor.facts.KpiEntry;
import dev.advisor.facts.MaturityCheck;
import dev.advisor.facts.Ranked;
import dev.advisor.facts.Recommendation;
import dev.advisor.facts.RecommendedStrategy;
import dev.advisor.facts.Segment;
import dev.advisor.facts.Sentences;
import dev.advisor.facts.Stage;
import dev.advisor.facts.StageStatus;
import dev.advisor.facts.Strategy;
import dev.advisor.facts.StrategyEvidence;
import dev.advisor.facts.StrategyScore;
import dev.advisor.facts.SwotItem;
import dev.advisor.facts.TowsAction;
import dev.advisor.facts.ToolAtStage;
import dev.advisor.facts.Usp;
import dev.advisor.questionnaire.Problem;
import dev.advisor.questionnaire.Questionnaire;
import dev.advisor.questionnaire.Text;
import dev.advisor.rules.EvaluationResult;
import dev.advisor.rules.RuleLocation;
import dev.advisor.rules.RuleSet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds the report from what the rules left in working memory. It decides nothing: every verdict
 * comes from a rule; this class only orders, names and attributes.
 */
public final class ReportBuilder {
    private static final List<String> COMPONENT_STATUSES = List.of("present", "weak", "missing");
    private static final List<String> MATURITY_AREAS = List.of("analytics", "crm", "automation");
    private static final int FIRST_STEPS = 3;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+\\p{Lu})");

    /** The report of one evaluation of a brief of {@code questionnaire}, whose labels name its answers. */
    public Report build(Questionnaire questionnaire, RuleSet ruleSet, EvaluationResult result, List<Problem> warnings) {
        Glossary glossary = Glossary.of(ruleSet.catalogue(), questionnaire);
        Report.StrategySection strategy = strategy(ruleSet, result);
        Report.FunnelSection funnel = funnel(ruleSet, result);
        List<Report.UspEntry> usps = usps(result);
        Ranking ranking = Ranking.of(result);
        List<Report.RecommendationEntry> recommendations = recommendations(result, ranking);
        List<Report.ActionStep> actionPlan = actionPlan(result, ranking);
        List<Report.ComponentEntry> components = components(ruleSet, result);
        List<Report.MaturityArea> maturity = maturity(result);
        Report.SwotSection swot = swot(result);
        List<Report.JourneyMap> journeyMap = journeyMap(ruleSet, result);
        Report.KpiSection kpis = kpis(ruleSet, result);
        List<Report.AuditEntry> audits = audits(ruleSet, result);
        // What the sections show, by the rules that put it there; the two sections without a rule per entry
        // (the stage verdicts and the journey map) by the rules behind their facts.
        Stream<Report.RuleRef> shown = Stream.of(
                strategy.ranking().stream().flatMap(r -> r.reasons().stream()).map(Report.Reason::rule),
                funnel.conversions().stream().map(Report.ConversionEntry::rule),
                Stream.ofNullable(funnel.bottleneck()).map(Report.BottleneckEntry::rule),
                usps.stream().map(Report.UspEntry::rule),
                recommendations.stream().map(Report.RecommendationEntry::rule),
                components.stream().map(Report.ComponentEntry::rule),
                maturity.stream().flatMap(a -> a.checks().stream()).map(Report.MaturityEntry::rule),
                Stream.of(swot.strengths(), swot.weaknesses(), swot.opportunities(), swot.threats())
                        .flatMap(List::stream).map(Report.SwotEntry::rule),
                swot.tows().stream().map(Report.TowsEntry::rule),
                Stream.concat(kpis.stages().stream(), kpis.tools().stream()).map(Report.KpiEntry::rule),
                audits.stream().flatMap(a -> a.reasons().stream()).map(Report.AuditReason::rule),
                Stream.concat(result.factsOf(StageStatus.class).stream(), result.factsOf(JourneyNote.class).stream())
                        .map(fact -> ref(result.origin(fact)))).flatMap(Function.identity());
        return new Report(questionnaire.id(), ruleSet.version(), summary(actionPlan, components, glossary), strategy,
                funnel, usps, recommendations, actionPlan, components, maturity, swot, journeyMap, kpis, audits,
                warnings.stream().map(w -> new Report.Warning(w.path(), w.message()))
                        .sorted(Comparator.comparing(Report.Warning::path)).toList(),
                references(ruleSet, shown), result.firedRules(), glossary);
    }

    /**
     * The first three steps of the plan as it is ordered, in the plan's words, and every component in one
     * sentence made of its status and the first sentence of the rules' own summary of it, ids named.
     */
    private static Report.Summary summary(List<Report.ActionStep> plan, List<Report.ComponentEntry> components,
                                          Glossary glossary) {
        List<Report.FirstStep> first = plan.stream().limit(FIRST_STEPS)
                .map(s -> new Report.FirstStep(s.step(), s.id(), s.title(), s.firstStep()))
                .toList();
        List<Report.AreaVerdict> areas = components.stream()
                .map(c -> new Report.AreaVerdict(c.component(), c.name(), c.status(), c.name() + ": "
                        + ("unknown".equals(c.status()) ? "not assessed — the brief does not say enough about it yet."
                        : c.status() + " — " + Sentences.lowerFirst(firstSentence(glossary.text(c.summary()))))))
                .toList();
        return new Report.Summary(first, areas);
    }

    /** Up to the first ". " that starts a new sentence; "e.g. search ads" does not. */
    private static String firstSentence(String text) {
        Matcher end = SENTENCE_END.matcher(text);
        return end.find() ? text.substring(0, end.start() + 1) : text;
    }

    /**
     * The sources, in the catalogue's order, of whose topics something is shown: a rule's topic is the
     * folder its file is in, {@code rules/<topic>/...}.
     */
    private static List<Report.Reference> references(RuleSet ruleSet, Stream<Report.RuleRef> shown) {
        String root = ruleSet.root() + "/";
        Set<String> topics = shown.filter(Objects::nonNull).map(Report.RuleRef::file)
                .filter(file -> file.startsWith(root) && file.indexOf('/', root.length()) > 0)
                .map(file -> file.substring(root.length(), file.indexOf('/', root.length())))
                .collect(Collectors.toSet());
        return ruleSet.catalogue().sources().stream()
                .filter(source -> source.topics().stream().anyMatch(topics::contains))
                .map(source -> new Report.Reference(source.id(), new Text(source.titleEn(), source.titleRu()), source.url()))
                .toList();
    }

    private static Report.StrategySection strategy(RuleSet ruleSet, EvaluationResult result) {
        Map<String, Strategy> strategies = ruleSet.catalogue().strategies().stream()
                .collect(Collectors.toMap(Strategy::id, Function.identity()));
        Map<String, List<StrategyEvidence>> evidence = result.factsOf(StrategyEvidence.class).stream()
                .collect(Collectors.groupingBy(StrategyEvidence::strategy));
        List<Report.StrategyRank> ranking = result.factsOf(StrategyScore.class).stream()
                .sorted(Comparator.comparingInt(StrategyScore::score).reversed().thenComparingInt(StrategyScore::order))
                .map(score -> new Report.StrategyRank(score.strategy(),
                        strategies.containsKey(score.strategy()) ? strategies.get(score.strategy()).nameEn() : score.strategy(),
                        score.score(),
                        evidence.getOrDefault(score.strategy(), List.of()).stream()
                                .map(e -> new Report.Reason(e.points(), e.reason(), e.because(), ref(result.origin(e))))
                                .sorted(Comparator.comparingInt(Report.Reason::points).reversed()
                                        .thenComparing(Report.Reason::text))
                                .toList()))
                .toList();
        String recommended = result.factsOf(RecommendedStrategy.class).stream()
                .map(RecommendedStrategy::strategy).sorted().findFirst().orElse(null);
        return new Report.StrategySection(recommended, ranking);
    }

    private static Report.FunnelSection funnel(RuleSet ruleSet, EvaluationResult result) {
        Map<String, String> toolNames = toolNames(ruleSet);
        Map<String, String> statuses = result.factsOf(StageStatus.class).stream()
                .collect(Collectors.toMap(StageStatus::stage, StageStatus::status, (a, b) -> a.compareTo(b) <= 0 ? a : b));
        List<ToolAtStage> placed = result.factsOf(ToolAtStage.class);
        Map<String, String> stageNames = stageNames(ruleSet);
        List<Report.ConversionEntry> conversions = result.factsOf(Conversion.class).stream()
                .map(c -> new Report.ConversionEntry(c.name(), c.stage(), c.rate(), c.typical(), c.because(),
                        ref(result.origin(c))))
                .sorted(Comparator.comparing((Report.ConversionEntry c) -> stageOrder(ruleSet, c.stage()))
                        .thenComparing(Report.ConversionEntry::conversion))
                .toList();
        Report.BottleneckEntry bottleneck = result.factsOf(Bottleneck.class).stream()
                .sorted(Comparator.comparing(Bottleneck::stage))
                .map(b -> new Report.BottleneckEntry(b.stage(), stageNames.getOrDefault(b.stage(), b.stage()),
                        b.conversion(), b.rate(), b.typical(), b.because(), ref(result.origin(b))))
                .findFirst().orElse(null);
        // The catalogue holds its stages in funnel order.
        return new Report.FunnelSection(ruleSet.catalogue().stages().stream()
                .map(stage -> new Report.StageEntry(stage.id(), stage.nameEn(),
                        placed.stream().filter(t -> t.stage().equals(stage.id()))
                                .sorted(Comparator.comparingInt(ToolAtStage::toolIndex))
                                .map(t -> toolNames.getOrDefault(t.tool(), t.tool())).distinct().toList(),
                        statuses.getOrDefault(stage.id(), "unknown")))
                .toList(), conversions, bottleneck);
    }

    private static List<Report.UspEntry> usps(EvaluationResult result) {
        return result.factsOf(Usp.class).stream()
                .sorted(Comparator.comparingInt(Usp::segmentIndex))
                .map(u -> new Report.UspEntry(u.segment(), u.proposition(), u.benefits(), u.needs(), u.because(),
                        ref(result.origin(u))))
                .toList();
    }

    /**
     * What the plan rules decided about the recommendations, read once for the list and the plan: each one's
     * score (an unranked one, without plan rules, comes last), the ones folded into each, and the high ones
     * demoted because five others outrank them.
     */
    private record Ranking(Map<Recommendation, Integer> scores, Map<Recommendation, List<Recommendation>> folded,
                           Set<Recommendation> inside, Set<Recommendation> demoted) {
        static Ranking of(EvaluationResult result) {
            List<Folded> folds = result.factsOf(Folded.class);
            return new Ranking(
                    result.factsOf(Ranked.class).stream().collect(Collectors.toMap(Ranked::recommendation, Ranked::score, Math::max)),
                    folds.stream().collect(Collectors.groupingBy(Folded::into, Collectors.mapping(Folded::recommendation, Collectors.toList()))),
                    folds.stream().map(Folded::recommendation).collect(Collectors.toSet()),
                    result.factsOf(Demoted.class).stream().map(Demoted::recommendation).collect(Collectors.toSet()));
        }

        /** Higher score first, then by id. */
        Comparator<Recommendation> order() {
            return Comparator.comparingInt((Recommendation r) -> -scores.getOrDefault(r, Integer.MIN_VALUE + 1))
                    .thenComparing(Recommendation::id);
        }

        /** The priority the owner reads: a demoted high one reads as medium. */
        String priority(Recommendation r) {
            return demoted.contains(r) ? "medium" : r.priority();
        }
    }

    /** The recommendations that stand on their own, in rank order, each with the ones folded into it. */
    private static List<Report.RecommendationEntry> recommendations(EvaluationResult result, Ranking ranking) {
        return result.factsOf(Recommendation.class).stream()
                .filter(r -> !ranking.inside().contains(r))
                .sorted(ranking.order())
                .map(r -> new Report.RecommendationEntry(r.id(), r.category(), ranking.priority(r),
                        r.stage(), r.title(), r.detail(), r.firstStep(), r.because(), ref(result.origin(r)),
                        ranking.folded().getOrDefault(r, List.of()).stream()
                                .sorted(Comparator.comparing(Recommendation::id))
                                .map(f -> new Report.Covered(f.id(), f.title(), ref(result.origin(f)))).toList()))
                .toList();
    }

    /** The chosen recommendations in rank order: the first steps are the ones that matter most. */
    private static List<Report.ActionStep> actionPlan(EvaluationResult result, Ranking ranking) {
        List<Recommendation> chosen = result.factsOf(ActionItem.class).stream().map(ActionItem::recommendation)
                .sorted(ranking.order())
                .distinct().toList();
        List<Report.ActionStep> steps = new ArrayList<>();
        for (Recommendation r : chosen) {
            steps.add(new Report.ActionStep(steps.size() + 1, r.id(), ranking.priority(r), r.stage(), r.title(), r.firstStep(),
                    ref(result.origin(r))));
        }
        return List.copyOf(steps);
    }

    /** Every component of the catalogue in its order; one no rule judged is reported as {@code unknown}. */
    private static List<Report.ComponentEntry> components(RuleSet ruleSet, EvaluationResult result) {
        Map<String, List<ComponentStatus>> statuses = result.factsOf(ComponentStatus.class).stream()
                .collect(Collectors.groupingBy(ComponentStatus::component));
        List<Report.ComponentEntry> entries = new ArrayList<>();
        for (Component component : ruleSet.catalogue().components()) {
            List<ComponentStatus> verdicts = statuses.getOrDefault(component.id(), List.of()).stream()
                    .sorted(Comparator.comparingInt(c -> COMPONENT_STATUSES.indexOf(c.status()))).toList();
            if (verdicts.isEmpty()) {
                entries.add(new Report.ComponentEntry(component.id(), component.nameEn(), "unknown",
                        "No rule judged this component.", null, List.of(), null));
                continue;
            }
            // The worst verdict wins: one missing part makes the component missing whatever else is there.
            ComponentStatus worst = verdicts.get(verdicts.size() - 1);
            entries.add(new Report.ComponentEntry(component.id(), component.nameEn(), worst.status(), worst.summary(),
                    worst.todo(), worst.because(), ref(result.origin(worst))));
        }
        return List.copyOf(entries);
    }

    private static List<Report.MaturityArea> maturity(EvaluationResult result) {
        Map<String, List<MaturityCheck>> byArea = result.factsOf(MaturityCheck.class).stream()
                .collect(Collectors.groupingBy(MaturityCheck::area));
        return byArea.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<MaturityCheck>> e) -> areaRank(e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .map(e -> {
                    List<Report.MaturityEntry> checks = e.getValue().stream()
                            .sorted(Comparator.comparing(MaturityCheck::check).thenComparing(MaturityCheck::met))
                            .map(c -> new Report.MaturityEntry(c.check(), c.met(), c.text(), c.because(),
                                    ref(result.origin(c))))
                            .toList();
                    int met = (int) checks.stream().filter(Report.MaturityEntry::met).count();
                    return new Report.MaturityArea(e.getKey(), met, checks.size(), checks);
                })
                .toList();
    }

    private static Report.SwotSection swot(EvaluationResult result) {
        Map<String, List<Report.SwotEntry>> quadrants = result.factsOf(SwotItem.class).stream()
                .sorted(Comparator.comparing(SwotItem::id))
                .collect(Collectors.groupingBy(SwotItem::quadrant, TreeMap::new, Collectors.mapping(
                        i -> new Report.SwotEntry(i.id(), i.text(), i.because(), ref(result.origin(i))),
                        Collectors.toList())));
        List<Report.TowsEntry> tows = result.factsOf(TowsAction.class).stream()
                .map(t -> new Report.TowsEntry(t.id(), t.kind(), t.text(), t.because(), ref(result.origin(t))))
                .sorted(Comparator.comparing(Report.TowsEntry::kind).thenComparing(Report.TowsEntry::id))
                .toList();
        return new Report.SwotSection(quadrants.getOrDefault("strength", List.of()),
                quadrants.getOrDefault("weakness", List.of()), quadrants.getOrDefault("opportunity", List.of()),
                quadrants.getOrDefault("threat", List.of()), tows);
    }

    /** Segment index, then stage, then field: one cell of the journey map, its entries sorted. */
    private record JourneyCells(Map<Integer, Map<String, Map<String, SortedSet<String>>>> bySegment) {
        static JourneyCells of(List<JourneyNote> notes) {
            Map<Integer, Map<String, Map<String, SortedSet<String>>>> cells = new HashMap<>();
            for (JourneyNote note : notes) {
                cells.computeIfAbsent(note.segmentIndex(), i -> new HashMap<>()).computeIfAbsent(note.stage(), s -> new HashMap<>())
                        .computeIfAbsent(note.field(), f -> new TreeSet<>()).add(note.text());
            }
            return new JourneyCells(cells);
        }

        /** The entries of one cell for a segment: its own and those that hold for every segment (index -1). */
        List<String> cell(int segment, String stage, String field) {
            SortedSet<String> shared = entries(-1, stage, field);
            if (segment == -1) return List.copyOf(shared);
            SortedSet<String> own = entries(segment, stage, field);
            if (own.isEmpty() || shared.isEmpty()) return List.copyOf(own.isEmpty() ? shared : own);
            TreeSet<String> both = new TreeSet<>(shared);
            both.addAll(own);
            return List.copyOf(both);
        }

        private SortedSet<String> entries(int segment, String stage, String field) {
            SortedSet<String> found = bySegment.getOrDefault(segment, Map.of()).getOrDefault(stage, Map.of()).get(field);
            return found == null ? Collections.emptySortedSet() : found;
        }
    }

    /**
     * One map per target segment (notes for every segment merged into each), or one map for all
     * customers when the brief names no segment; stages in funnel order, entries in text order.
     */
    private static List<Report.JourneyMap> journeyMap(RuleSet ruleSet, EvaluationResult result) {
        List<JourneyNote> all = result.factsOf(JourneyNote.class);
        if (all.isEmpty()) return List.of();
        // Grouped once: the map is segments x stages x fields, and a pass over every note per cell adds up.
        JourneyCells cells = JourneyCells.of(all);
        List<Segment> segments = result.factsOf(Segment.class).stream().filter(s -> !s.antiSegment())
                .sorted(Comparator.comparingInt(Segment::index)).toList();
        List<Report.JourneyMap> maps = new ArrayList<>();
        if (segments.isEmpty()) {
            maps.add(new Report.JourneyMap("All customers", -1, journeyStages(ruleSet, cells, -1)));
        }
        for (Segment segment : segments) {
            maps.add(new Report.JourneyMap(segment.name(), segment.index(), journeyStages(ruleSet, cells, segment.index())));
        }
        return List.copyOf(maps);
    }

    private static List<Report.JourneyStage> journeyStages(RuleSet ruleSet, JourneyCells cells, int segment) {
        List<Report.JourneyStage> stages = new ArrayList<>();
        for (Stage stage : ruleSet.catalogue().stages()) {
            String id = stage.id();
            stages.add(new Report.JourneyStage(id, stage.nameEn(), cells.cell(segment, id, "goal"),
                    cells.cell(segment, id, "needs"), cells.cell(segment, id, "touchpoints"), cells.cell(segment, id, "tools"),
                    cells.cell(segment, id, "kpi"), cells.cell(segment, id, "task"), cells.cell(segment, id, "obstacles"),
                    cells.cell(segment, id, "ideas")));
        }
        return List.copyOf(stages);
    }

    private static Report.KpiSection kpis(RuleSet ruleSet, EvaluationResult result) {
        Map<String, String> toolNames = toolNames(ruleSet);
        Map<String, String> stageNames = stageNames(ruleSet);
        List<KpiEntry> entries = result.factsOf(KpiEntry.class);
        return new Report.KpiSection(
                entries.stream().filter(k -> k.scope().equals("stage"))
                        .sorted(Comparator.comparingInt(k -> stageOrder(ruleSet, k.subject())))
                        .map(k -> new Report.KpiEntry(k.subject(), stageNames.getOrDefault(k.subject(), k.subject()),
                                k.metrics(), ref(result.origin(k))))
                        .toList(),
                entries.stream().filter(k -> k.scope().equals("tool"))
                        .sorted(Comparator.comparing(KpiEntry::subject))
                        .map(k -> new Report.KpiEntry(k.subject(), toolNames.getOrDefault(k.subject(), k.subject()),
                                k.metrics(), ref(result.origin(k))))
                        .toList());
    }

    private static List<Report.AuditEntry> audits(RuleSet ruleSet, EvaluationResult result) {
        Map<String, List<AuditNeed>> needs = result.factsOf(AuditNeed.class).stream()
                .collect(Collectors.groupingBy(AuditNeed::audit));
        List<Report.AuditEntry> entries = new ArrayList<>();
        for (AuditType audit : ruleSet.catalogue().audits()) {
            List<AuditNeed> reasons = needs.getOrDefault(audit.id(), List.of());
            if (reasons.isEmpty()) continue;
            entries.add(new Report.AuditEntry(audit.id(), audit.nameEn(), audit.checks(), reasons.stream()
                    .map(n -> new Report.AuditReason(n.reason(), n.because(), ref(result.origin(n))))
                    .sorted(Comparator.comparing(Report.AuditReason::reason))
                    .toList()));
        }
        return List.copyOf(entries);
    }

    private static Map<String, String> toolNames(RuleSet ruleSet) {
        return ruleSet.catalogue().tools().stream().collect(Collectors.toMap(CatalogueTool::id, CatalogueTool::nameEn));
    }

    private static Map<String, String> stageNames(RuleSet ruleSet) {
        return ruleSet.catalogue().stages().stream().collect(Collectors.toMap(Stage::id, Stage::nameEn));
    }

    private static int stageOrder(RuleSet ruleSet, String stage) {
        return ruleSet.catalogue().stages().stream().filter(s -> s.id().equals(stage)).mapToInt(Stage::order)
                .findFirst().orElse(Integer.MAX_VALUE);
    }

    private static int areaRank(String area) {
        int rank = MATURITY_AREAS.indexOf(area);
        return rank < 0 ? MATURITY_AREAS.size() : rank;
    }

    private static Report.RuleRef ref(RuleLocation location) {
        return location == null ? null : new Report.RuleRef(location.name(), location.file(), location.line());
    }
}
