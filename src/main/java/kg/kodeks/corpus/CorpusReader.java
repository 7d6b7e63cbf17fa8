package kg.kodeks.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kg.kodeks.error.Problem;
import kg.kodeks.model.Act;
import kg.kodeks.model.Corpus;

/**
 * Reads every {@code *.md} file of a corpus folder. A file with errors is left out and its
 * problems reported; the other files still load.
 */
public final class CorpusReader {
    private CorpusReader() {}

    /** The acts read and every problem found, with the file each act came from. */
    public record Result(Corpus corpus, List<ActFile> files, List<Problem> problems) {
        public Result {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }

        public List<Problem> errors() {
            return problems.stream().filter(Problem::isError).toList();
        }
    }

    /** Reads the corpus folder; a missing folder is an empty corpus with one problem. */
    public static Result read(Path corpusDir) {
        if (!Files.isDirectory(corpusDir)) {
            Problem missing = new Problem(
                    corpusDir.toString(),
                    0,
                    Problem.ERROR,
                    StructureParser.BUNDLE,
                    "corpus.missing",
                    List.of(corpusDir.toString()));
            return new Result(new Corpus(List.of()), List.of(), List.of(missing));
        }
        List<ActFile> files = new ArrayList<>();
        for (Path path : markdownFiles(corpusDir)) {
            files.add(ActReader.read(
                    path,
                    corpusDir.getParent() == null
                            ? path.toString()
                            : corpusDir.getParent().relativize(path).toString()));
        }
        return assemble(files);
    }

    /** The corpus files of a folder, in name order. */
    public static List<Path> markdownFiles(Path corpusDir) {
        try (Stream<Path> paths = Files.walk(corpusDir)) {
            return paths.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * What the corpus folder looks like now: each corpus file's name, size and time of last
     * change. Equal stamps mean the corpus read before is still the corpus on disk, so a
     * long-running process (the web server) notices edits made by others without reading every
     * file again.
     */
    public static String stamp(Path corpusDir) {
        if (!Files.isDirectory(corpusDir)) {
            return "";
        }
        StringBuilder stamp = new StringBuilder();
        for (Path file : markdownFiles(corpusDir)) {
            try {
                stamp.append(file)
                        .append(' ')
                        .append(Files.size(file))
                        .append(' ')
                        .append(Files.getLastModifiedTime(file).toInstant())
                        .append('\n');
            } catch (IOException e) {
                // A file removed while listing: the stamp differs from any stamp that had it.
                stamp.append(file).append(" gone\n");
            }
        }
        return stamp.toString();
    }

    /** Puts read files together into a corpus, refusing a second file for the same act and language. */
    public static Result assemble(List<ActFile> files) {
        List<Problem> problems = new ArrayList<>();
        List<Act> acts = new ArrayList<>();
        Map<String, ActFile> byExpression = new HashMap<>();
        for (ActFile file : files) {
            problems.addAll(file.problems());
            if (!file.ok()) {
                continue;
            }
            String expression = file.act().meta().expression();
            ActFile earlier = byExpression.putIfAbsent(expression, file);
            if (earlier != null) {
                problems.add(new Problem(
                        file.path().toString(),
                        0,
                        Problem.ERROR,
                        StructureParser.BUNDLE,
                        "corpus.duplicateAct",
                        List.of(
                                file.act().meta().work().uri(),
                                file.act().meta().language().code(),
                                earlier.path().toString())));
                continue;
            }
            acts.add(file.act());
        }
        return new Result(new Corpus(acts), files, problems);
    }
}
