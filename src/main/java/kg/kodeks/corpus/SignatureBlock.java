package kg.kodeks.corpus;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The block that closes an exported act — «Президент Кыргызской Республики А. Б. Фамилия»,
 * «Принят Жогорку Кенешем …», «Кыргыз Республикасынын Президенти …» — and whatever a saved web
 * page has after it. Without this, the signature would read as more text of the last part.
 */
final class SignatureBlock {
    private static final Pattern OPENING = Pattern.compile("(?iu)^(?:"
            + "(?:президент|председатель\\s+кабинета\\s+министров|премьер-министр|торага)\\s+кыргызской\\s+республики"
            + "|принят\\s+жогорку\\s+кенешем"
            + "|кыргыз\\s+республикасынын\\s+(?:президенти|министрлер\\s+кабинетинин\\s+төрагасы)"
            + "|кыргыз\\s+республикасынын\\s+жогорку\\s+кеңеши\\s+.*кабыл\\s+алынган"
            + ")(?!\\p{L}).*");

    private SignatureBlock() {}

    /**
     * The index of the line where the closing block starts, or the number of lines when there
     * is none. Only lines after the first unit count: a heading block may also say «Принят
     * Жогорку Кенешем».
     */
    static int start(List<SourceLine> lines) {
        boolean inBody = false;
        for (int i = 0; i < lines.size(); i++) {
            String text = StructureLine.undecorate(lines.get(i).text());
            if (!inBody) {
                inBody = StructureLine.of(text).opensUnit();
            } else if (OPENING.matcher(text).matches()) {
                return i;
            }
        }
        return lines.size();
    }
}
