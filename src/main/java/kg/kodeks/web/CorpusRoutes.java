package kg.kodeks.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kg.kodeks.Workbench;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Act;
import kg.kodeks.model.Citations;
import kg.kodeks.model.Unit;
import kg.kodeks.model.UnitKind;

/** The home page, the list of acts and the act viewer. */
final class CorpusRoutes {
    private final Workbench workbench;
    private final Views views;

    CorpusRoutes(Workbench workbench, Views views) {
        this.workbench = workbench;
        this.views = views;
    }

    /** One row of the act viewer: a unit with its depth, label and text. */
    record Row(
            String eid,
            String kind,
            String label,
            String heading,
            String text,
            boolean repealed,
            List<String> notes,
            int depth,
            String citation) {}

    /** One act in the list. */
    record ActItem(String expression, String title, String lang, String status, int articles, int norms) {}

    void home(Context ctx) {
        Map<String, Object> model = Page.model(ctx);
        model.put("acts", actItems());
        views.show(ctx, "home", model);
    }

    void acts(Context ctx) {
        Map<String, Object> model = Page.model(ctx);
        model.put("acts", actItems());
        model.put(
                "problems",
                workbench.corpus().problems().stream()
                        .map(p -> p.describe(((Ui) model.get("t")).locale()))
                        .toList());
        views.show(ctx, "acts", model);
    }

    void act(Context ctx) {
        String id = ctx.queryParam("id");
        Act act = workbench.corpus().corpus().act(id == null ? "" : id).orElseThrow(NotFoundResponse::new);
        Map<String, Object> model = Page.model(ctx);
        model.put("act", act.meta());
        model.put("actName", Citations.actName(act.meta()));
        model.put("preamble", act.preamble());
        model.put("rows", rows(act));
        model.put(
                "toc",
                rows(act).stream()
                        .filter(r -> r.depth() <= 2
                                && !r.kind().equals("part")
                                && !r.kind().equals("point")
                                && !r.kind().equals("subpoint"))
                        .toList());
        workbench
                .corpus()
                .corpus()
                .parallel(act)
                .ifPresent(p -> model.put("parallel", p.meta().expression()));
        findingMarks(act, model);
        views.show(ctx, "act", model);
    }

    /** Badges for units with findings; a broken decisions file must not hide the act itself. */
    private void findingMarks(Act act, Map<String, Object> model) {
        try {
            model.put("marks", FindingsRoutes.marks(workbench, act));
        } catch (KodeksException e) {
            model.put("marks", Map.of());
            Ui ui = (Ui) model.get("t");
            model.put("marksError", ui.format("findings.marksFailed", e.localized(ui.locale())));
        }
    }

    private List<ActItem> actItems() {
        return workbench.corpus().corpus().acts().stream()
                .map(a -> new ActItem(
                        a.meta().expression(),
                        a.meta().title(),
                        a.meta().language().code(),
                        a.meta().status().code(),
                        a.articleCount(),
                        a.norms().size()))
                .toList();
    }

    static List<Row> rows(Act act) {
        List<Row> rows = new ArrayList<>();
        for (Unit unit : act.units()) {
            addRows(act, unit, 0, new ArrayList<>(), rows);
        }
        return rows;
    }

    private static void addRows(Act act, Unit unit, int depth, List<Unit> path, List<Row> rows) {
        path.add(unit);
        String citation = unit.kind().carriesNorms() ? Citations.cite(act.meta(), path) : "";
        rows.add(new Row(
                unit.eid(),
                kindName(unit.kind()),
                label(unit, act.meta().language()),
                unit.heading(),
                unit.text(),
                unit.repealed(),
                unit.notes(),
                depth,
                citation));
        for (Unit child : unit.children()) {
            addRows(act, child, depth + 1, path, rows);
        }
        path.remove(path.size() - 1);
    }

    /** Parts and points are shown the way the text numbers them («2.», «1)», «а)»). */
    private static String label(Unit unit, kg.kodeks.model.Language language) {
        return switch (unit.kind()) {
            case PART -> unit.number() + ".";
            case POINT, SUBPOINT -> unit.number() + ")";
            default -> Citations.unitLabel(unit, language);
        };
    }

    private static String kindName(UnitKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
