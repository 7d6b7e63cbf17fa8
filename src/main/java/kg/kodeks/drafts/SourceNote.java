package kg.kodeks.drafts;

import java.util.Objects;

/**
 * One source annotation of a draft: the corpus unit that a unit of the Code absorbs, written in
 * the draft as {@code <!-- source: /akn/kg/act/law/2011-07-15/101/rus#art_12__para_2 -->}.
 *
 * @param eid the full element id of the draft unit the annotation belongs to
 * @param source the address as written
 * @param line the line of the annotation in the draft file
 */
public record SourceNote(String eid, String source, int line) {
    public SourceNote {
        Objects.requireNonNull(eid, "eid");
        Objects.requireNonNull(source, "source");
    }
}
