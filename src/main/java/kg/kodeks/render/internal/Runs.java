package kg.kodeks.render.internal;

import jakarta.xml.bind.JAXBElement;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.XmlUtils;
import org.docx4j.jaxb.Context;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.Text;

/** Small helpers over docx4j runs: their text, one-text runs, new runs with a given text. */
public final class Runs {
    static final ObjectFactory WML = Context.getWmlObjectFactory();

    private Runs() {}

    /** The w:t of a run that holds exactly one piece of content and it is text; else null. */
    public static Text singleText(Object o) {
        if (!(XmlUtils.unwrap(o) instanceof R r) || r.getContent().size() != 1) {
            return null;
        }
        Object c = r.getContent().get(0);
        if (c instanceof JAXBElement<?> e && "t".equals(e.getName().getLocalPart()) && e.getValue() instanceof Text t) {
            return t;
        }
        return null;
    }

    /** The tag a paragraph child stands for, when it is a run holding exactly one tag. */
    public static Tag tagOf(Object o) {
        Text t = singleText(o);
        return t == null ? null : Tag.parse(t.getValue());
    }

    /** The visible text of a paragraph (w:t of its runs, tabs as spaces). */
    public static String text(P p) {
        StringBuilder sb = new StringBuilder();
        for (Object o : p.getContent()) {
            Object u = XmlUtils.unwrap(o);
            if (u instanceof R r) {
                for (Object c : r.getContent()) {
                    Object v = XmlUtils.unwrap(c);
                    if (v instanceof Text t
                            && c instanceof JAXBElement<?> e
                            && "t".equals(e.getName().getLocalPart())) {
                        sb.append(t.getValue());
                    } else if (v instanceof R.Tab) {
                        sb.append(' ');
                    }
                }
            } else if (u instanceof P.Hyperlink h) {
                for (Object c : h.getContent()) {
                    if (XmlUtils.unwrap(c) instanceof R r) {
                        P tmp = WML.createP();
                        tmp.getContent().add(r);
                        sb.append(text(tmp));
                    }
                }
            }
        }
        return sb.toString();
    }

    /** A run with the given properties (copied) and text. */
    public static R run(RPr rPr, String value) {
        R r = WML.createR();
        if (rPr != null) {
            r.setRPr(XmlUtils.deepCopy(rPr));
        }
        r.getContent().add(WML.createRT(textOf(value)));
        return r;
    }

    public static Text textOf(String value) {
        Text t = WML.createText();
        t.setValue(value);
        t.setSpace("preserve");
        return t;
    }

    /**
     * Splits every run of the paragraph that holds several pieces of content (text, tab,
     * break...) into runs of one piece each, with the same properties, so that text can later
     * be moved between runs without touching tabs and breaks.
     */
    static void splitToSinglePieces(P p) {
        List<Object> out = new ArrayList<>(p.getContent().size());
        for (Object o : p.getContent()) {
            Object u = XmlUtils.unwrap(o);
            if (u instanceof R r && r.getContent().size() > 1) {
                for (Object c : r.getContent()) {
                    R piece = WML.createR();
                    if (r.getRPr() != null) {
                        piece.setRPr(XmlUtils.deepCopy(r.getRPr()));
                    }
                    piece.getContent().add(c);
                    out.add(piece);
                }
            } else {
                out.add(o);
            }
        }
        p.getContent().clear();
        p.getContent().addAll(out);
    }

    /**
     * What makes two runs look different to the reader; revision ids, language and spell-check
     * marks are left out, because Word and LibreOffice change them without the user's doing.
     */
    static String formatting(R r) {
        RPr p = r.getRPr() == null ? WML.createRPr() : r.getRPr();
        return String.join(
                "|",
                flag(p.getB()),
                flag(p.getI()),
                flag(p.getStrike()),
                p.getU() == null || p.getU().getVal() == null
                        ? ""
                        : p.getU().getVal().value(),
                p.getColor() == null ? "" : String.valueOf(p.getColor().getVal()),
                p.getSz() == null ? "" : String.valueOf(p.getSz().getVal()),
                p.getRFonts() == null ? "" : String.valueOf(p.getRFonts().getAscii()),
                p.getHighlight() == null ? "" : String.valueOf(p.getHighlight().getVal()),
                p.getVertAlign() == null ? "" : String.valueOf(p.getVertAlign().getVal()),
                p.getRStyle() == null ? "" : String.valueOf(p.getRStyle().getVal()));
    }

    private static String flag(org.docx4j.wml.BooleanDefaultTrue b) {
        return b == null ? "" : String.valueOf(b.isVal());
    }
}
