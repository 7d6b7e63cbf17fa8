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
import kg.kodeks.error.KodeksException;
import kg.kodeks.error.Problem;
import kg.kodeks.model.Language;
import kg.kodeks.render.DocumentKind;
import kg.kodeks.render.Renderer;
import kg.kodeks.review.DraftVersions;
import kg.kodeks.review.Round;

/**
 * The documents page: pick a kind, a language and its data, render it with {@link Renderer} (or,
 * for the comment form of a round, with the review service) and download the DOCX; the template
 * check of every kind; the redline between two draft versions. Documents are made in the
 * workspace cache and deleted once sent.
 */
final class DocumentRoutes {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Workbench workbench;
    private final Views views;

    DocumentRoutes(Workbench workbench, Views views) {
        this.workbench = workbench;
        this.views = views;
    }

    /** A kind as offered in the form, with where its template and sample data stand. */
    record KindRow(String id, String template, String data) {
    }

    /** The check of one template. */
    record CheckRow(String kind, String lang, String template, boolean present, String summary, List<String> problems) {
    }

    /** A round offered as the data of the comment form. */
    record RoundOption(String id, String label) {
    }

    void page(Context ctx) {
        Map<String, String> values = new HashMap<>();
        values.put("kind", orEmpty(ctx.queryParam("kind")));
        values.put("lang", orEmpty(ctx.queryParam("lang")));
        values.put("round", orEmpty(ctx.queryParam("round")));
        show(ctx, 200, null, null, values);
    }

    /** Renders the chosen document and sends it as an attachment; a refused form comes back with the message. */
    void render(Context ctx) {
        Map<String, String> values = values(ctx, "kind", "lang", "round");
        Ui ui = ctx.attribute("ui");
        DocumentKind kind;
        try {
            kind = DocumentKind.parse(values.get("kind"));
        } catch (IllegalArgumentException e) {
            show(ctx, 400, "render", ui.format("documents.unknownKind", values.get("kind")), values);
            return;
        }
        Language language = language(values.get("lang"));
        String round = values.get("round").strip();
        if (!round.isEmpty() && kind != DocumentKind.COMMENT_FORM) {
            show(ctx, 400, "render", ui.format("documents.roundOnlyForForm", kind.id()), values);
            return;
        }
        String fileName = round.isEmpty() ? kind.id() + "." + language.code() + ".docx"
                : kind.id() + "-" + round + ".docx";
        Path out = temp();
        try {
            synchronized (workbench) {
                if (round.isEmpty()) {
                    workbench.render().render(kind, null, language, out);
                } else {
                    workbench.review().form(round, out);
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

    /** The Code with the changes between two draft versions as tracked changes. */
    void redline(Context ctx) {
        Map<String, String> values = values(ctx, "from", "to", "lang");
        Ui ui = ctx.attribute("ui");
        Language language = language(values.get("lang"));
        if (values.get("from").equals(values.get("to"))) {
            show(ctx, 400, "redline", ui.get("documents.sameVersions"), values);
            return;
        }
        Path older = temp();
        Path newer = temp();
        Path out = temp();
        try {
            synchronized (workbench) {
                var repository = workbench.drafts().repository();
                write(older, repository.fileText(values.get("from"), language), values.get("from"), language);
                write(newer, repository.fileText(values.get("to"), language), values.get("to"), language);
                var commit = repository.info(repository.commit(values.get("to")));
                // The renderer dates the changes by the newer file: give it the date of the commit.
                Files.setLastModifiedTime(newer, java.nio.file.attribute.FileTime.from(
                        java.time.OffsetDateTime.parse(commit.date()).toInstant()));
                workbench.render().redline(older, newer, language, out, commit.author());
            }
            send(ctx, out, "redline-" + safe(values.get("from")) + "-" + safe(values.get("to")) + "."
                    + language.code() + ".docx");
        } catch (KodeksException e) {
            show(ctx, 400, "redline", e.localized(ui.locale()), values);
        } catch (IOException | RuntimeException e) {
            show(ctx, 400, "redline", ui.format("documents.failed", String.valueOf(e.getMessage())), values);
        } finally {
            deleteQuietly(older);
            deleteQuietly(newer);
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
                rows.add(new CheckRow(kind.id(), language.code(), relative(template), present,
                        ((Ui) model.get("t")).format("documents.problems", problems.size()), problems));
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
            kinds.add(new KindRow(kind.id(), relative(renderer.template(kind, language)),
                    relative(renderer.sampleData(kind, language))));
        }
        model.put("kinds", kinds);
        model.put("values", values);
        model.put("selectedLang", language.code());
        model.put("errorFor", errorFor);
        model.put("error", error);
        Ui ui = (Ui) model.get("t");
        List<RoundOption> rounds = new ArrayList<>();
        List<String> versions = new ArrayList<>();
        try {
            for (Round r : workbench.review().rounds()) {
                rounds.add(new RoundOption(r.id(), ui.format("documents.roundData", r.id())));
            }
            for (DraftVersions.Version v : workbench.review().versions()) {
                versions.add(v.name());
            }
        } catch (KodeksException e) {
            // Without a drafts repository there are no rounds or versions: the plain kinds still work.
            model.put("noRepository", e.localized(((Ui) model.get("t")).locale()));
        }
        model.put("rounds", rounds);
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

    private static void write(Path file, java.util.Optional<String> text, String rev, Language language)
            throws IOException, KodeksException {
        if (text.isEmpty()) {
            throw new KodeksException("kg.kodeks.drafts.messages", "draft.noFile",
                    kg.kodeks.drafts.Draft.fileName(language), rev);
        }
        kg.kodeks.workspace.AtomicFiles.writeString(file, text.get());
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
