package kg.kodeks.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kg.kodeks.Workbench;
import kg.kodeks.documents.WorkspaceDocuments;
import kg.kodeks.drafts.DraftRepository;
import kg.kodeks.error.KodeksException;
import kg.kodeks.error.Problem;
import kg.kodeks.model.Language;
import kg.kodeks.render.DocumentKind;
import kg.kodeks.render.Renderer;
import kg.kodeks.review.DraftVersions;
import kg.kodeks.review.Round;

/**
 * The documents page: pick a kind, a language and its data, render it with {@link Renderer} (sample
 * data) or {@link WorkspaceDocuments} (a draft version, a review round, the findings) and download
 * the DOCX; the template check of every kind; the redline between two draft versions. Documents are made in the
 * workspace cache and deleted once sent.
 */
final class DocumentRoutes {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String SAMPLE = "sample";
    private static final String VERSION = "version";
    private static final String ROUND = "round";
    private static final String FINDINGS = "findings";

    private final Workbench workbench;
    private final Views views;

    DocumentRoutes(Workbench workbench, Views views) {
        this.workbench = workbench;
        this.views = views;
    }

    /** A kind as offered in the form, with where its template and sample data stand. */
    record KindRow(String id, String template, String data) {}

    /** The check of one template. */
    record CheckRow(
            String kind, String lang, String template, boolean present, String summary, List<String> problems) {}

    /** A choice of data: {@code sample}, {@code version:v2-iwg}, {@code round:r1}, {@code findings}. */
    record DataOption(String value, String label) {}

    void page(Context ctx) {
        Map<String, String> values = new HashMap<>();
        values.put("kind", orEmpty(ctx.queryParam("kind")));
        values.put("lang", orEmpty(ctx.queryParam("lang")));
        String round = orEmpty(ctx.queryParam("round"));
        String version = orEmpty(ctx.queryParam("version"));
        values.put("data", !round.isEmpty() ? ROUND + ":" + round : !version.isEmpty() ? VERSION + ":" + version : "");
        show(ctx, 200, null, null, values);
    }

    /**
     * Renders the chosen document and sends it as an attachment; a refused form comes back with
     * the message. The data is the kind's sample file, or what the workspace holds: a draft
     * version for the Code and the comparative table, a review round for the comment form and
     * the summary table of comments, the corpus's findings for the findings report (as
     * {@code kodeks render KIND --version|--round|--findings}).
     */
    void render(Context ctx) {
        Map<String, String> values = values(ctx, "kind", "lang", "data");
        Ui ui = ctx.attribute("ui");
        DocumentKind kind;
        try {
            kind = DocumentKind.parse(values.get("kind"));
        } catch (IllegalArgumentException e) {
            show(ctx, 400, "render", ui.format("documents.unknownKind", values.get("kind")), values);
            return;
        }
        Language language = language(values.get("lang"));
        String data = values.get("data").isBlank() ? SAMPLE : values.get("data").strip();
        String source = data.contains(":") ? data.substring(0, data.indexOf(':')) : data;
        String value = data.contains(":") ? data.substring(data.indexOf(':') + 1) : "";
        if (!fits(kind, source)) {
            show(
                    ctx,
                    400,
                    "render",
                    ui.format("documents.dataNotForKind", ui.get("documents.kind." + kind.id())),
                    values);
            return;
        }
        String fileName = kind.id() + (value.isEmpty() ? "" : "-" + safe(value)) + "." + language.code() + ".docx";
        Path out = temp();
        try {
            synchronized (workbench) {
                if (source.equals(SAMPLE)) {
                    workbench.render().render(kind, null, language, out);
                } else {
                    workbench.documents().render(kind, value, language, out);
                }
            }
            send(ctx, out, fileName);
        } catch (KodeksException e) {
            show(ctx, 400, "render", e.localized(ui.locale()), values);
        } catch (IOException e) {
            show(ctx, 400, "render", ui.format("documents.failed", String.valueOf(e.getMessage())), values);
        } finally {
            deleteQuietly(out);
        }
    }

    /** Which data each kind can take besides its sample, as {@code kodeks render} allows. */
    static boolean fits(DocumentKind kind, String source) {
        WorkspaceDocuments.MadeFrom from = WorkspaceDocuments.MadeFrom.of(kind);
        return source.equals(SAMPLE) || from != null && from.name().equalsIgnoreCase(source);
    }

    /** The Code with the changes between two draft versions as tracked changes, by the newer commit's author. */
    void redline(Context ctx) {
        Map<String, String> values = values(ctx, "from", "to", "lang");
        Ui ui = ctx.attribute("ui");
        Language language = language(values.get("lang"));
        if (values.get("from").equals(values.get("to"))) {
            show(ctx, 400, "redline", ui.get("documents.sameVersions"), values);
            return;
        }
        Path out = temp();
        try {
            synchronized (workbench) {
                workbench.documents().redline(values.get("from"), values.get("to"), language, out);
            }
            send(
                    ctx,
                    out,
                    "redline-" + safe(values.get("from")) + "-" + safe(values.get("to")) + "." + language.code()
                            + ".docx");
        } catch (KodeksException e) {
            show(ctx, 400, "redline", e.localized(ui.locale()), values);
        } catch (IOException e) {
            show(ctx, 400, "redline", ui.format("documents.failed", String.valueOf(e.getMessage())), values);
        } finally {
            deleteQuietly(out);
        }
    }

    /** Every kind's template in both languages, checked against its sample data. */
    void templates(Context ctx) {
        Map<String, Object> model = Page.model(ctx);
        Locale locale = ((Ui) model.get("t")).locale();
        Renderer renderer = workbench.render();
        List<CheckRow> rows = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            for (Language language : List.of(Language.RUS, Language.KIR)) {
                Path template = renderer.template(kind, language);
                List<String> problems = new ArrayList<>();
                boolean present = Files.isRegularFile(template);
                if (present) {
                    try {
                        for (Problem p : renderer.check(template, kind, null, language)) {
                            problems.add(p.describe(locale));
                        }
                    } catch (KodeksException e) {
                        problems.add(e.localized(locale));
                    }
                }
                rows.add(new CheckRow(
                        kind.id(),
                        language.code(),
                        relative(template),
                        present,
                        ((Ui) model.get("t")).format("documents.problems", problems.size()),
                        problems));
            }
        }
        model.put("rows", rows);
        views.show(ctx, "documents-templates", model);
    }

    private void show(Context ctx, int status, String errorFor, String error, Map<String, String> values) {
        Map<String, Object> model = Page.model(ctx);
        Renderer renderer = workbench.render();
        Language language = language(values.get("lang"));
        List<KindRow> kinds = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            kinds.add(new KindRow(
                    kind.id(),
                    relative(renderer.template(kind, language)),
                    relative(renderer.sampleData(kind, language))));
        }
        model.put("kinds", kinds);
        model.put("values", values);
        model.put("selectedLang", language.code());
        model.put("errorFor", errorFor);
        model.put("error", error);
        Ui ui = (Ui) model.get("t");
        List<DataOption> draftVersions = new ArrayList<>();
        List<DataOption> rounds = new ArrayList<>();
        List<String> versions = new ArrayList<>();
        try {
            for (DraftVersions.Version v : workbench.review().versions()) {
                versions.add(v.name());
            }
            for (String v : versions) {
                draftVersions.add(new DataOption(VERSION + ":" + v, ui.format("documents.versionData", v)));
            }
            draftVersions.add(new DataOption(VERSION + ":" + DraftRepository.WORKING, ui.get("documents.workingData")));
            for (Round r : workbench.review().rounds()) {
                rounds.add(new DataOption(ROUND + ":" + r.id(), ui.format("documents.roundData", r.id(), r.version())));
            }
        } catch (KodeksException e) {
            // Without a drafts repository there are no versions or rounds: the sample data still works.
            model.put("noRepository", e.localized(ui.locale()));
        }
        model.put("draftVersions", draftVersions);
        model.put("rounds", rounds);
        model.put("findingsData", new DataOption(FINDINGS, ui.get("documents.findingsData")));
        model.put("versions", versions);
        ctx.status(status);
        views.show(ctx, "documents", model);
    }

    private static void send(Context ctx, Path file, String name) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ctx.status(200);
        ctx.contentType(DOCX);
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        ctx.result(bytes);
    }

    /** A fresh file name in the workspace cache; the folder is made on the way. */
    private Path temp() {
        Path dir = workbench.workspace().cache().resolve("documents");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return dir.resolve("web-" + Sessions.token() + ".docx");
    }

    private String relative(Path file) {
        Path root = workbench.workspace().root();
        return file.startsWith(root) ? root.relativize(file).toString().replace('\\', '/') : file.toString();
    }

    private static Language language(String code) {
        return "kir".equals(code) ? Language.KIR : Language.RUS;
    }

    /** A version name as it may stand in a download's file name. */
    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static Map<String, String> values(Context ctx, String... names) {
        Map<String, String> values = new HashMap<>();
        for (String name : names) {
            values.put(name, orEmpty(ctx.formParam(name)));
        }
        return values;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The cache is disposable; a leftover file there is harmless.
        }
    }
}
