package kg.kodeks.render.redline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.kodeks.render.markdown.MarkdownRenderer;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.Test;

/**
 * Accepting every change of a redline gives exactly the new version's text, rejecting every
 * change exactly the old one's — on randomly mutated versions of the sample draft.
 */
class RedlinePropertyTest {
    private static final Pattern PARAGRAPH = Pattern.compile("<w:p[ >].*?</w:p>", Pattern.DOTALL);
    private static final Pattern TEXT = Pattern.compile("<w:(t|delText)[^>]*>(.*?)</w:\\1>", Pattern.DOTALL);
    private static final String[] WORDS = {"орган", "совет", "новый", "порядок", "жители", "срок", "глава", "закон"};

    @Test
    void acceptingAllGivesTheNewTextAndRejectingAllTheOld() throws Exception {
        String base = Files.readString(Path.of("documents/code-sample.rus.md"));
        Random random = new Random(20191223);
        for (int round = 0; round < 25; round++) {
            String a = mutate(base, random);
            String b = mutate(a, random);
            WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
            List<Object> redline = new RedlineBuilder("Тест", Instant.parse("2019-12-23T10:00:00Z")).build(pkg, a, b);
            String xml = xml(redline);
            assertEquals(plain(b), texts(accept(xml), false), "accept, round " + round);
            assertEquals(plain(a), texts(reject(xml), true), "reject, round " + round);
        }
    }

    @Test
    void marksChangesWithAuthorAndDate() throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
        String xml = xml(new RedlineBuilder("Секретариат", Instant.parse("2019-12-24T09:30:00Z"))
                .build(
                        pkg,
                        "Первый абзац.\n\nВторой абзац.\n",
                        "Первый новый абзац.\n\nТретий абзац.\n\nЧетвёртый.\n"));
        assertTrue(xml.contains("w:author=\"Секретариат\""), xml);
        assertTrue(xml.contains("w:date=\"2019-12-24T09:30:00Z\""), xml);
        assertTrue(xml.contains("<w:ins ") && xml.contains("<w:del "), xml);
        assertTrue(xml.contains("<w:delText xml:space=\"preserve\">Второй</w:delText>"), xml);
    }

    private static String xml(List<Object> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Object o : blocks) {
            sb.append(XmlUtils.marshaltoString(o, true, false));
        }
        return sb.toString();
    }

    /** Drops deleted runs and paragraphs whose mark is deleted (their whole text is deleted too). */
    private static String accept(String xml) {
        return drop(xml.replaceAll("(?s)<w:del [^>]*[^/]>.*?</w:del>", ""), "del");
    }

    private static String reject(String xml) {
        return drop(xml.replaceAll("(?s)<w:ins [^>]*[^/]>.*?</w:ins>", ""), "ins");
    }

    private static String drop(String xml, String mark) {
        Matcher m = PARAGRAPH.matcher(xml);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String p = m.group();
            int end = p.indexOf("</w:pPr>");
            boolean marked = end > 0 && p.substring(0, end).contains("<w:" + mark + " ");
            m.appendReplacement(sb, marked ? "" : Matcher.quoteReplacement(p));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static List<String> texts(String xml, boolean withDeleted) {
        List<String> out = new ArrayList<>();
        Matcher m = PARAGRAPH.matcher(xml);
        while (m.find()) {
            StringBuilder sb = new StringBuilder();
            Matcher t = TEXT.matcher(m.group());
            while (t.find()) {
                if (withDeleted || t.group(1).equals("t")) {
                    sb.append(t.group(2));
                }
            }
            out.add(unescape(sb.toString()));
        }
        return out;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&amp;", "&");
    }

    /** The paragraph texts of a version rendered on its own. */
    private static List<String> plain(String markdown) throws Exception {
        return texts(xml(new MarkdownRenderer(WordprocessingMLPackage.createPackage()).render(markdown)), false);
    }

    /** Deletes, inserts or rewrites a few blocks and words of a Markdown text. */
    private static String mutate(String markdown, Random random) {
        List<String> blocks = new ArrayList<>(Arrays.asList(markdown.split("\n\n")));
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && !blocks.isEmpty(); e++) {
            int at = random.nextInt(blocks.size());
            switch (random.nextInt(4)) {
                case 0 -> blocks.remove(at);
                case 1 ->
                    blocks.add(
                            at,
                            (random.nextBoolean() ? (1 + random.nextInt(5)) + ". " : "")
                                    + words(random, 3 + random.nextInt(8)) + ".");
                default -> blocks.set(at, rewrite(blocks.get(at), random));
            }
        }
        return String.join("\n\n", blocks) + "\n";
    }

    private static String rewrite(String block, Random random) {
        if (block.startsWith("|") || block.startsWith("[^")) {
            return block;
        }
        List<String> words = new ArrayList<>(Arrays.asList(block.split(" ")));
        int at = 1 + random.nextInt(Math.max(1, words.size() - 1));
        at = Math.min(at, words.size());
        switch (random.nextInt(3)) {
            case 0 -> {
                if (at < words.size()) {
                    words.remove(at);
                }
            }
            case 1 -> words.add(at, words(random, 1 + random.nextInt(3)));
            default -> {
                if (at < words.size()) {
                    words.set(at, words(random, 1));
                }
            }
        }
        return String.join(" ", words);
    }

    private static String words(Random random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }
}
