package kg.kodeks.render;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kg.kodeks.error.KodeksException;
import kg.kodeks.error.Problem;
import kg.kodeks.render.internal.Scope;
import kg.kodeks.render.internal.TagNormalizer;
import kg.kodeks.render.internal.TemplateChecker;
import kg.kodeks.render.internal.TemplateFiller;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.WordprocessingML.EndnotesPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FootnotesPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.wml.CTFtnEdn;
import org.docx4j.wml.P;
import org.docx4j.wml.SdtBlock;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Tr;

/**
 * Loads a checked template, makes its tags whole, checks them (against the data when given) and
 * fills it. Every part with text is handled: the body, headers, footers, footnotes, endnotes.
 */
final class TemplateEngine {
    /** A loaded template whose tags have been normalised, with the problems found so far. */
    static final class Loaded {
        final WordprocessingMLPackage pkg;
        final Map<String, List<Object>> parts;
        final List<Problem> problems = new ArrayList<>();
        final String file;

        Loaded(WordprocessingMLPackage pkg, Map<String, List<Object>> parts, String file) {
            this.pkg = pkg;
            this.parts = parts;
            this.file = file;
        }
    }

    private TemplateEngine() {}

    static Loaded load(byte[] bytes, String file) throws KodeksException {
        WordprocessingMLPackage pkg;
        try {
            pkg = WordprocessingMLPackage.load(TemplateGuard.stream(bytes));
        } catch (Docx4JException | RuntimeException e) {
            throw new KodeksException(e, Renderer.BUNDLE, "template.notDocx", file, String.valueOf(e.getMessage()));
        }
        Loaded loaded = new Loaded(pkg, parts(pkg), file);
        for (Map.Entry<String, List<Object>> part : loaded.parts.entrySet()) {
            for (P p : paragraphs(part.getValue(), new ArrayList<>())) {
                for (TagNormalizer.Issue issue : TagNormalizer.normalize(p)) {
                    loaded.problems.add(problem(file, part.getKey(), issue.key(), issue.tag(), issue.paragraph()));
                }
            }
        }
        return loaded;
    }

    /** The structural and data checks of every part; the normalisation problems come first. */
    static List<Problem> check(Loaded loaded, Map<String, ?> data) {
        List<Problem> problems = new ArrayList<>(loaded.problems);
        for (Map.Entry<String, List<Object>> part : loaded.parts.entrySet()) {
            Scope scope = data == null ? null : Scope.root(data);
            for (TemplateChecker.Finding f : TemplateChecker.check(part.getValue(), scope)) {
                problems.add(problem(loaded.file, part.getKey(), f.key(), f.tag(), f.paragraph()));
            }
        }
        return problems;
    }

    private static Problem problem(String file, String part, String key, String tag, String paragraph) {
        String shown = paragraph.length() > 120 ? paragraph.substring(0, 117) + "..." : paragraph;
        return new Problem(file + " [" + part + "]", 0, Problem.ERROR, Renderer.BUNDLE, key, List.of(tag, shown));
    }

    /** Fills every part and returns the document's bytes. */
    static byte[] fill(
            Loaded loaded, Map<String, ?> data, Function<Object, String> format, TemplateFiller.BlockRenderer blocks)
            throws KodeksException {
        TemplateFiller filler = new TemplateFiller(format, blocks);
        for (List<Object> content : loaded.parts.values()) {
            filler.fillBlocks(content, Scope.root(data));
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            loaded.pkg.save(out);
            return out.toByteArray();
        } catch (Docx4JException e) {
            throw new KodeksException(
                    e, Renderer.BUNDLE, "render.saveFailed", loaded.file, String.valueOf(e.getMessage()));
        }
    }

    private static Map<String, List<Object>> parts(WordprocessingMLPackage pkg) {
        Map<String, List<Object>> parts = new LinkedHashMap<>();
        parts.put("document", pkg.getMainDocumentPart().getContent());
        for (Part part : pkg.getParts().getParts().values()) {
            String name = part.getPartName().getName().replaceFirst("^/word/", "");
            if (part instanceof HeaderPart h) {
                parts.put(name, h.getContent());
            } else if (part instanceof FooterPart f) {
                parts.put(name, f.getContent());
            } else if (part instanceof FootnotesPart fn && fn.getJaxbElement() != null) {
                List<CTFtnEdn> notes = fn.getJaxbElement().getFootnote();
                for (int i = 0; i < notes.size(); i++) {
                    parts.put(name + "#" + notes.get(i).getId(), notes.get(i).getContent());
                }
            } else if (part instanceof EndnotesPart en && en.getJaxbElement() != null) {
                for (CTFtnEdn note : en.getJaxbElement().getEndnote()) {
                    parts.put(name + "#" + note.getId(), note.getContent());
                }
            }
        }
        return parts;
    }

    private static List<P> paragraphs(List<Object> content, List<P> into) {
        for (Object o : content) {
            Object u = XmlUtils.unwrap(o);
            if (u instanceof P p) {
                into.add(p);
            } else if (u instanceof Tbl t) {
                for (Object row : t.getContent()) {
                    if (XmlUtils.unwrap(row) instanceof Tr tr) {
                        for (Object c : tr.getContent()) {
                            if (XmlUtils.unwrap(c) instanceof Tc tc) {
                                paragraphs(tc.getContent(), into);
                            }
                        }
                    }
                }
            } else if (u instanceof SdtBlock sdt && sdt.getSdtContent() != null) {
                paragraphs(sdt.getSdtContent().getContent(), into);
            }
        }
        return into;
    }
}
