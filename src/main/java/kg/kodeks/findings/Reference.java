package kg.kodeks.findings;

import java.util.List;

/**
 * A citation found in the text of a norm: «частью 2 статьи 12 настоящего Закона», «ушул
 * Мыйзамдын 45-беренеси», «Законом Кыргызской Республики «О …»».
 *
 * @param start the offset of the first character in the text
 * @param end the offset after the last character
 * @param scope {@link Scope#SAME_ACT}, {@link Scope#SAME_ARTICLE} or {@link Scope#TITLED}
 * @param title the quoted title of the cited act when the scope is {@link Scope#TITLED}
 * @param targets the short element ids cited ({@code art_12__para_2}); empty when the act
 *     itself is cited
 */
record Reference(int start, int end, Scope scope, String title, List<String> targets) {

    enum Scope {
        SAME_ACT,
        SAME_ARTICLE,
        TITLED
    }

    Reference {
        targets = List.copyOf(targets);
        title = title == null ? "" : title;
    }
}
