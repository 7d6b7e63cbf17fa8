package kg.kodeks.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kg.kodeks.Workbench;
import kg.kodeks.error.KodeksException;
import kg.kodeks.findings.Decision;
import kg.kodeks.findings.Evidence;
import kg.kodeks.findings.Finding;
import kg.kodeks.findings.FindingType;
import kg.kodeks.findings.FindingUnit;
import kg.kodeks.findings.FindingsReport;
import kg.kodeks.model.Act;
import kg.kodeks.model.Unit;
import kg.kodeks.users.Role;
import kg.kodeks.users.User;

/**
 * The findings list ({@code /findings?type=…&severity=…&decision=…&page=N}), one finding
 * ({@code /findings/ID}) and an expert's decision on it ({@code POST /findings/ID/decide}).
 * Decisions go to the findings service's decision store, as {@code kodeks findings decide} does.
 */
final class FindingsRoutes {
    /** Findings on one page of the list. */
    static final int PAGE_SIZE = 20;
    /** Longest reason accepted: a sentence or a short paragraph, not a document. */
    static final int MAX_REASON = 2000;

    private static final String BUNDLE = "kg.kodeks.web.findings";
    private static final List<String> SEVERITIES = List.of(Finding.HIGH, Finding.MEDIUM, Finding.LOW);
    /** Subtypes the detectors produce and the bundles name; any other shows as its code. */
    private static final Set<String> SUBTYPES = Set.of(
            "identical",
            "near-identical",
            "contained",
            "number",
            "modality",
            "authority",
            "missing-unit",
            "repealed-unit",
            "repealed-act",
            "date",
            "reference");

    private static final List<String> DECISIONS = List.of("open", Decision.CONFIRMED, Decision.NOT_A_PROBLEM);
    private final Workbench workbench;
    private final Views views;
    private final Guard guard;

    FindingsRoutes(Workbench workbench, Views views, Guard guard) {
        this.workbench = workbench;
        this.views = views;
        this.guard = guard;
    }

    static void register(Javalin app, Workbench workbench, Views views, Guard guard) {
        FindingsRoutes routes = new FindingsRoutes(workbench, views, guard);
        app.get("/findings", routes::list);
        app.get("/findings/{id}", routes::show);
        app.post("/findings/{id}/decide", routes::decide);
        app.get("/findings/{id}/decide", routes::backToFinding);
    }

    /**
     * The language links of a re-shown decision form point at the form's address: send them to
     * the finding, keeping the language asked for.
     */
    void backToFinding(Context ctx) throws KodeksException {
        Finding finding = find(ctx.pathParam("id"));
        String ui = ctx.queryParam("ui");
        ctx.redirect("/findings/" + finding.id() + (ui == null ? "" : "?ui=" + Page.encode(ui)), HttpStatus.SEE_OTHER);
    }

    /** One unit of a finding: where it is and its text with the evidence marked. */
    record UnitView(String citation, String expression, String eid, String lang, List<Marks.Segment> text) {}

    /** One piece of evidence as a chip under the units. */
    record EvidenceView(String text, String value) {}

    /** A finding as the pages show it. */
    record FindingView(
            String id,
            String type,
            String subtype,
            String subtypeText,
            String severity,
            String explanation,
            List<UnitView> units,
            List<EvidenceView> evidence,
            Decision decision,
            String decisionText) {}

    /** A filter value with the number of findings it selects. */
    record Choice(String value, int count) {}

    void list(Context ctx) throws KodeksException {
        String type = SearchRoutes.trimmed(ctx.queryParam("type"));
        String severity = SearchRoutes.trimmed(ctx.queryParam("severity"));
        String decision = SearchRoutes.trimmed(ctx.queryParam("decision"));
        Set<FindingType> types = types(type);
        if (!severity.isEmpty() && !SEVERITIES.contains(severity)) {
            throw new KodeksException(BUNDLE, "findings.badSeverity", severity);
        }
        if (!decision.isEmpty() && !DECISIONS.contains(decision)) {
            throw new KodeksException(BUNDLE, "findings.badDecision", decision);
        }
        List<Finding> all = workbench.findings().list(EnumSet.noneOf(FindingType.class));
        List<Finding> chosen = all.stream()
                .filter(f -> types.isEmpty() || types.contains(f.findingType()))
                .filter(f -> severity.isEmpty() || severity.equals(f.severity()))
                .filter(f -> decision.isEmpty() || decision.equals(decisionCode(f)))
                .toList();
        int pages = Math.max(1, (chosen.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(pages, pageNumber(ctx.queryParam("page")));
        Map<String, Object> model = Page.model(ctx);
        Ui ui = (Ui) model.get("t");
        model.put("type", type);
        model.put("severity", severity);
        model.put("decision", decision);
        model.put(
                "types",
                FindingsReport.counts(all).entrySet().stream()
                        .map(e -> new Choice(e.getKey().code(), e.getValue()))
                        .toList());
        model.put(
                "severities",
                SEVERITIES.stream()
                        .map(s -> new Choice(s, (int)
                                all.stream().filter(f -> s.equals(f.severity())).count()))
                        .toList());
        model.put(
                "decisions",
                DECISIONS.stream()
                        .map(d -> new Choice(d, (int) all.stream()
                                .filter(f -> d.equals(decisionCode(f)))
                                .count()))
                        .toList());
        model.put("total", chosen.size());
        model.put("all", all.size());
        model.put(
                "findings",
                chosen.subList((page - 1) * PAGE_SIZE, Math.min(chosen.size(), page * PAGE_SIZE)).stream()
                        .map(f -> view(f, ui))
                        .toList());
        model.put("page", page);
        model.put("pages", pages);
        model.put("allText", ui.format("findings.filter.all", all.size()));
        model.put("totalText", ui.format("findings.total", chosen.size()));
        model.put("pageText", ui.format("findings.page", page, pages));
        model.put("filterQuery", filterQuery(type, severity, decision));
        views.show(ctx, "findings", model);
    }

    void show(Context ctx) throws KodeksException {
        Finding finding = find(ctx.pathParam("id"));
        Map<String, Object> model = Page.model(ctx);
        model.put("finding", view(finding, (Ui) model.get("t")));
        if (finding.decision() != null) {
            // The form starts from the decision on record, so changing it means editing it.
            model.put("status", finding.decision().status());
            model.put("reason", finding.decision().reason());
        }
        model.put("decided", ctx.queryParam("decided") != null && finding.decision() != null);
        views.show(ctx, "findings-one", model);
    }

    void decide(Context ctx) throws KodeksException {
        guard.require(ctx, Role.EXPERT);
        Finding finding = find(ctx.pathParam("id"));
        String status = SearchRoutes.trimmed(ctx.formParam("status"));
        String reason = SearchRoutes.trimmed(ctx.formParam("reason"));
        String error = null;
        if (!status.equals(Decision.CONFIRMED) && !status.equals(Decision.NOT_A_PROBLEM)) {
            error = "findings.chooseStatus";
        } else if (reason.isEmpty()) {
            error = "findings.reasonMissing";
        } else if (reason.length() > MAX_REASON) {
            error = "findings.reasonTooLong";
        }
        Map<String, Object> model = Page.model(ctx);
        Ui ui = (Ui) model.get("t");
        if (error == null) {
            try {
                User user = Guard.session(ctx).user();
                // Without login (loopback) the service attributes the decision to the system user
                // running the server, as the CLI does when --by is not given.
                workbench.findings().decide(finding.id(), status, reason, user == null ? null : user.fullName());
                ctx.redirect("/findings/" + finding.id() + "?decided=1", HttpStatus.SEE_OTHER);
                return;
            } catch (KodeksException e) {
                model.put("errorText", e.localized(ui.locale()));
            }
        } else {
            model.put("errorText", ui.get(error));
        }
        model.put("finding", view(finding, ui));
        model.put("status", status);
        model.put("reason", reason);
        ctx.status(400);
        views.show(ctx, "findings-one", model);
    }

    /** The finding with this id, or the 404 page. */
    private Finding find(String id) throws KodeksException {
        return workbench.findings().list(EnumSet.noneOf(FindingType.class)).stream()
                .filter(f -> f.id().equals(id))
                .findFirst()
                .orElseThrow(NotFoundResponse::new);
    }

    /** {@code open} for findings nobody decided yet or whose units changed since; else the status. */
    static String decisionCode(Finding f) {
        return f.decision() == null || f.decision().stale()
                ? "open"
                : f.decision().status();
    }

    /** The detectors' words for what a piece of evidence is («differs», «obligation») in the interface language. */
    private static String value(String code, Ui ui) {
        java.util.regex.Matcher quantity = QUANTITY.matcher(code);
        if (quantity.matches()) {
            double number = Double.parseDouble(quantity.group(2));
            String unit = translated("findings.unit." + quantity.group(3), quantity.group(3), ui);
            if (quantity.group(1).equals("fraction")) {
                return ui.format("findings.quantity.fraction", number * 100);
            }
            return ui.format("findings.quantity", number, unit);
        }
        return translated("findings.value." + code.replace(' ', '-'), code, ui);
    }

    private static String translated(String key, String otherwise, Ui ui) {
        String text = ui.get(key);
        return text.equals(key) ? otherwise : text;
    }

    /** How the detectors describe a number: kind, normalised value, unit («duration 10 day»). */
    private static final java.util.regex.Pattern QUANTITY = java.util.regex.Pattern.compile(
            "(duration|fraction|percent|amount|age|count) ([0-9]+(?:\\.[0-9]+)?) ([a-z-]+)");

    private FindingView view(Finding f, Ui ui) {
        List<UnitView> units = new ArrayList<>();
        for (int i = 0; i < f.units().size(); i++) {
            FindingUnit u = f.units().get(i);
            String expression = u.act() + "/" + u.lang();
            String eid = workbench
                    .corpus()
                    .corpus()
                    .act(expression)
                    .flatMap(a -> a.find(u.eid()))
                    .map(Unit::eid)
                    .orElse(u.eid());
            units.add(new UnitView(
                    u.citation(), expression, eid, u.lang(), Marks.fromEvidence(u.text(), f.evidence(), i)));
        }
        Map<String, EvidenceView> evidence = new LinkedHashMap<>();
        for (Evidence e : f.evidence()) {
            evidence.putIfAbsent(e.text() + "\u0000" + e.value(), new EvidenceView(e.text(), value(e.value(), ui)));
        }
        String explanation =
                ui.code().equals("ky") ? f.explanation().kir() : f.explanation().rus();
        Decision d = f.decision();
        String decisionText = d == null
                ? ""
                : ui.format(
                        "findings.decisionLine", ui.get("findings.decision." + d.status()), d.reason(), d.by(), d.at());
        String subtypeText = SUBTYPES.contains(f.subtype()) ? ui.get("findings.subtype." + f.subtype()) : f.subtype();
        return new FindingView(
                f.id(),
                f.type(),
                f.subtype(),
                subtypeText,
                f.severity(),
                explanation,
                units,
                List.copyOf(evidence.values()),
                d,
                decisionText);
    }

    /** The type filter: empty for all types. */
    private static Set<FindingType> types(String type) throws KodeksException {
        if (type.isEmpty()) {
            return EnumSet.noneOf(FindingType.class);
        }
        try {
            return EnumSet.of(FindingType.parse(type));
        } catch (IllegalArgumentException e) {
            throw new KodeksException(BUNDLE, "findings.badType", type);
        }
    }

    private static String filterQuery(String type, String severity, String decision) {
        StringBuilder q = new StringBuilder();
        if (!type.isEmpty()) {
            q.append("&type=").append(Page.encode(type));
        }
        if (!severity.isEmpty()) {
            q.append("&severity=").append(Page.encode(severity));
        }
        if (!decision.isEmpty()) {
            q.append("&decision=").append(Page.encode(decision));
        }
        return q.toString();
    }

    private static int pageNumber(String text) {
        try {
            return text == null ? 1 : Math.max(1, Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Which units of an act have findings: full element id → the findings, for the act viewer. */
    static Map<String, List<Badge>> marks(Workbench workbench, Act act) throws KodeksException {
        Map<String, List<Badge>> marks = new LinkedHashMap<>();
        String work = act.meta().work().uri();
        String lang = act.meta().language().code();
        for (Finding f : workbench.findings().list(EnumSet.noneOf(FindingType.class))) {
            for (FindingUnit u : f.units()) {
                if (u.act().equals(work) && u.lang().equals(lang)) {
                    act.find(u.eid()).ifPresent(unit -> {
                        List<Badge> badges = marks.computeIfAbsent(unit.eid(), k -> new ArrayList<>());
                        if (badges.stream().noneMatch(b -> b.id().equals(f.id()))) {
                            badges.add(new Badge(f.id(), f.type(), f.severity(), decisionCode(f)));
                        }
                    });
                }
            }
        }
        return marks;
    }

    /** A finding's mark next to a unit in the act viewer. */
    record Badge(String id, String type, String severity, String decision) {}
}
