package kg.kodeks.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import kg.kodeks.error.KodeksException;
import kg.kodeks.error.Problem;
import kg.kodeks.model.Act;
import kg.kodeks.model.ActMeta;
import kg.kodeks.model.ActStatus;
import kg.kodeks.model.Language;
import kg.kodeks.model.UnitKind;
import kg.kodeks.model.WorkId;

/**
 * Imports one exported file into the native corpus format: picks the {@link TextExtractor} for
 * its format, cleans the lines, reads the act's identity from its heading block (or takes it from
 * the options), parses the structure with the same {@link StructureParser} the corpus uses, and
 * writes the act with {@link ActWriter}. The written text is read back and compared with the
 * act, so what lands in the corpus reads as exactly what was imported. Nothing is written here;
 * the caller decides where the text goes.
 */
public final class ActImporter {
    private static final List<TextExtractor> EXTRACTORS =
            List.of(new DocxExtractor(), new RtfExtractor(), new HtmlExtractor(), new PlainTextExtractor());
    private static final int HEAD_BYTES = 512;

    private ActImporter() {}

    /**
     * Imports a file. Never throws for bad input: what is wrong comes back as problems naming the
     * file and, where there is one, the line.
     *
     * @param file the file to read
     * @param displayName the file as the user named it
     * @param options the language and what the user says about the act's identity
     */
    public static ImportedAct read(Path file, String displayName, ImportOptions options) {
        List<String> rawLines;
        try {
            rawLines = extract(file, displayName);
        } catch (KodeksException e) {
            return failed(displayName, 0, e.key(), e.args());
        }
        return fromLines(rawLines, displayName, CorpusFileName.of(file), options);
    }

    /** Imports the text lines taken out of a file. */
    private static ImportedAct fromLines(
            List<String> rawLines, String displayName, String baseName, ImportOptions options) {
        List<SourceLine> cleaned = TextCleaner.dropRunningHeaders(clean(rawLines));
        List<SourceLine> lines = cleaned.subList(0, SignatureBlock.start(cleaned));
        ActHeader header = ActHeader.find(lines);
        List<Problem> problems = new ArrayList<>();
        Language written = articleLanguage(lines);
        if (written != null && written != options.language()) {
            problems.add(problem(
                    displayName,
                    0,
                    "import.languageMismatch",
                    displayName,
                    written.code(),
                    options.language().code()));
            return new ImportedAct(displayName, null, null, baseName, null, false, problems);
        }
        ActMeta meta = meta(header, options, displayName, problems);
        if (meta == null) {
            return new ImportedAct(displayName, null, null, baseName, null, false, problems);
        }
        StructureParser.Body body = StructureParser.parse(displayName, bodyLines(lines, header));
        problems.addAll(body.problems());
        if (body.hasErrors()) {
            return new ImportedAct(displayName, null, null, baseName, null, false, problems);
        }
        Act act = new Act(meta, body.preamble(), body.units());
        if (act.articleCount() == 0) {
            problems.add(problem(displayName, 0, "import.noArticles", displayName));
            return new ImportedAct(displayName, null, null, baseName, null, false, problems);
        }
        String markdown = ActWriter.write(act);
        ActFile reread = ActReader.parse(null, displayName, markdown);
        if (!reread.ok() || !ActWriter.withoutLines(reread.act()).equals(ActWriter.withoutLines(act))) {
            problems.add(problem(displayName, 0, "import.roundTrip", displayName));
            return new ImportedAct(displayName, null, null, baseName, null, false, problems);
        }
        String name = baseName.isEmpty() ? CorpusFileName.of(meta.work()) : baseName;
        return new ImportedAct(displayName, act, markdown, name, null, false, problems);
    }

    /**
     * The language the article lines are written in («Статья 5.» or «5-берене.»), or null when
     * there are none or both kinds: a Russian text imported as Kyrgyz would give a wrong corpus
     * file that still parses.
     */
    static Language articleLanguage(List<SourceLine> lines) {
        int russian = 0;
        int kyrgyz = 0;
        for (SourceLine line : lines) {
            StructureLine structure = StructureLine.of(line.text());
            if (structure.kind() == UnitKind.ARTICLE) {
                if (StructureLine.undecorate(line.text())
                        .toLowerCase(Locale.ROOT)
                        .startsWith("статья")) {
                    russian++;
                } else {
                    kyrgyz++;
                }
            }
        }
        if (russian > 0 && kyrgyz == 0) {
            return Language.RUS;
        }
        return kyrgyz > 0 && russian == 0 ? Language.KIR : null;
    }

    private static List<String> extract(Path file, String displayName) throws KodeksException {
        byte[] bytes;
        try {
            if (Files.size(file) > TextExtractor.MAX_FILE_BYTES) {
                throw new KodeksException(
                        StructureParser.BUNDLE,
                        "import.tooLarge",
                        displayName,
                        String.valueOf(TextExtractor.MAX_FILE_BYTES / (1024 * 1024)));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new KodeksException(
                    e, StructureParser.BUNDLE, "import.read", displayName, String.valueOf(e.getMessage()));
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (TextExtractor.hasExtension(name, "doc")) {
            throw new KodeksException(StructureParser.BUNDLE, "import.legacyDoc", displayName);
        }
        byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, HEAD_BYTES));
        for (TextExtractor extractor : EXTRACTORS) {
            if (extractor.accepts(name, head)) {
                return extractor.lines(bytes, displayName);
            }
        }
        throw new KodeksException(StructureParser.BUNDLE, "import.unknownFormat", displayName);
    }

    private static List<SourceLine> clean(List<String> rawLines) {
        List<SourceLine> lines = new ArrayList<>(rawLines.size());
        for (int i = 0; i < rawLines.size(); i++) {
            String cleaned = TextCleaner.cleanLine(rawLines.get(i));
            lines.add(new SourceLine(i + 1, TextCleaner.isPageNoise(cleaned) ? "" : cleaned));
        }
        return lines;
    }

    /** The lines after the heading block; lines before it (a cover note) stay as preamble. */
    private static List<SourceLine> bodyLines(List<SourceLine> lines, ActHeader header) {
        if (header.first() < 0) {
            return lines;
        }
        List<SourceLine> body = new ArrayList<>(lines.subList(0, header.first()));
        body.add(new SourceLine(lines.get(header.first()).number(), ""));
        body.addAll(lines.subList(Math.min(header.end(), lines.size()), lines.size()));
        return body;
    }

    /** The act's metadata from the options and the heading block, or null with a problem naming what to pass. */
    private static ActMeta meta(ActHeader header, ImportOptions options, String file, List<Problem> problems) {
        String type = header.type();
        LocalDate date = header.date();
        String number = header.number();
        try {
            if (options.id() != null) {
                WorkId given = WorkId.parse(options.id());
                type = given.type();
                date = given.date();
                number = given.number();
            }
            type = options.type() != null ? options.type().trim() : type;
            number = options.number() != null ? options.number().trim() : number;
            date = options.date() != null ? parseDate(options.date()) : date;
        } catch (IllegalArgumentException e) {
            problems.add(problem(file, 0, "import.badOption", e.getMessage()));
            return null;
        }
        String title = options.title() != null ? options.title().trim() : header.title();
        List<String> missing = new ArrayList<>();
        if (type == null) {
            missing.add("--type");
        }
        if (date == null) {
            missing.add("--date");
        }
        if (number == null) {
            missing.add("--number");
        }
        if (title == null || title.isBlank()) {
            missing.add("--title");
        }
        if (!missing.isEmpty()) {
            problems.add(problem(file, 0, "import.identity", file, String.join(" ", missing)));
            return null;
        }
        try {
            WorkId work = new WorkId(type, date, number);
            String source = options.source() != null ? options.source() : "Imported from " + fileNameOf(file);
            return new ActMeta(work, options.language(), title, ActStatus.IN_FORCE, source, header.notes(), false);
        } catch (IllegalArgumentException e) {
            problems.add(problem(file, 0, "import.badOption", e.getMessage()));
            return null;
        }
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--date: expected YYYY-MM-DD, got '" + text + "'");
        }
    }

    private static String fileNameOf(String file) {
        Path path = Path.of(file).getFileName();
        return path == null ? file : path.toString();
    }

    private static ImportedAct failed(String file, int line, String key, Object... args) {
        return new ImportedAct(file, null, null, "", null, false, List.of(problem(file, line, key, args)));
    }

    static Problem problem(String file, int line, String key, Object... args) {
        List<String> strings = new ArrayList<>();
        for (Object arg : args) {
            strings.add(String.valueOf(arg));
        }
        return new Problem(file, line, Problem.ERROR, StructureParser.BUNDLE, key, strings);
    }
}
