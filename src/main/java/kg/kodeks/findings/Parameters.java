package kg.kodeks.findings;

import java.util.List;

/**
 * Parameters that legal language names by a set phrase, so that two numbers set the same
 * parameter however little else their norms share. A term of office is written either as the
 * term of the powers («Срок полномочий депутата … составляет четыре года», «депутатынын ыйгарым
 * укуктарынын мөөнөтү төрт жылды түзөт») or as the term of the election or appointment
 * («избирается … сроком на пять лет», «беш жылдык мөөнөткө шайланат»): both give the same
 * parameter of the person elected. The time within which a request is answered is written with
 * the answer and the kind of request («дать письменный ответ на депутатский запрос в течение 15
 * дней», «Ответ на депутатский запрос дается … в течение 30 дней», «суроо-талапка жооп … 30
 * күндүн ичинде»): one parameter per kind of request, whoever gives the answer.
 */
final class Parameters {
    static final String TERM_OF_OFFICE = "term-of-office";
    static final String ANSWER = "answer";

    /** Kinds of request a body answers, by the first letters of their names. */
    private static final java.util.Map<String, String> REQUESTS = java.util.Map.ofEntries(
            java.util.Map.entry("запрос", "inquiry"),
            java.util.Map.entry("суроо-талап", "inquiry"),
            java.util.Map.entry("обращени", "appeal"),
            java.util.Map.entry("кайрылуу", "appeal"),
            java.util.Map.entry("жалоб", "complaint"),
            java.util.Map.entry("даттануу", "complaint"),
            java.util.Map.entry("предложени", "proposal"),
            java.util.Map.entry("сунуш", "proposal"),
            java.util.Map.entry("заявлени", "application"),
            java.util.Map.entry("арыз", "application"));

    /** How far from the number the phrase or the verb of election may stand, in words. */
    private static final int WINDOW = 8;
    /**
     * How far the answer may stand: the request and the manner of answering may come between
     * («Ответ на депутатский запрос дается в письменной форме в течение 30 дней»).
     */
    private static final int ANSWER_WINDOW = 12;

    private static final List<String> ELECTION_VERBS =
            List.of("избира", "избран", "назнача", "назначен", "шайлан", "дайында", "дайындал");

    private Parameters() {}

    /**
     * The named parameter a quantity of the text sets, with whose it is («term-of-office|deputy»,
     * «answer|inquiry»), or null.
     *
     * @param holder the person or body the norm is about ({@link NormFacts#holder()}), or null
     */
    static String of(List<Token> tokens, Quantity q, String holder) {
        if (!q.kind().equals("duration")) {
            return null;
        }
        int first = q.token();
        int after = first;
        while (after < tokens.size() && tokens.get(after).start() < q.end()) {
            after++;
        }
        String request = request(tokens);
        if (request != null && near(tokens, first, after, Parameters::answer, ANSWER_WINDOW)) {
            return ANSWER + "|" + request;
        }
        if (holder == null || !q.unit().equals("day")) {
            return null;
        }
        return termOfOffice(tokens, first, after) ? TERM_OF_OFFICE + "|" + holder : null;
    }

    /** The first kind of request the text names, or null. */
    private static String request(List<Token> tokens) {
        for (Token t : tokens) {
            for (java.util.Map.Entry<String, String> e : REQUESTS.entrySet()) {
                if (t.text().startsWith(e.getKey())) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    private static boolean termOfOffice(List<Token> tokens, int first, int after) {
        boolean byElection = first >= 2
                        && tokens.get(first - 2).text().equals("сроком")
                        && tokens.get(first - 1).text().equals("на")
                || after < tokens.size() && tokens.get(after).text().equals("мөөнөткө");
        if (byElection
                && near(tokens, first, after, w -> ELECTION_VERBS.stream().anyMatch(w::startsWith), WINDOW)) {
            return true;
        }
        for (int k = Math.max(0, first - WINDOW); k + 1 < first; k++) {
            String w = tokens.get(k).text();
            String next = tokens.get(k + 1).text();
            boolean ru = w.equals("срок") && next.startsWith("полномочи");
            boolean ky = w.equals("ыйгарым")
                    && next.startsWith("укук")
                    && k + 2 < first
                    && tokens.get(k + 2).text().startsWith("мөөнөт");
            if (ru || ky) {
                return true;
            }
        }
        return false;
    }

    /**
     * «ответ», «ответа», «жооп», «жообу» (п turns б before a vowel), but not «ответственный»,
     * «жоопкерчилик», «жооптуу» (responsible).
     */
    private static boolean answer(String w) {
        return w.startsWith("ответ") && !w.startsWith("ответств")
                || (w.startsWith("жооп") || w.startsWith("жооб")) && !w.startsWith("жоопк") && !w.startsWith("жоопт");
    }

    private static boolean near(
            List<Token> tokens, int first, int after, java.util.function.Predicate<String> word, int window) {
        for (int k = Math.max(0, first - window); k < Math.min(tokens.size(), after + window); k++) {
            String w = tokens.get(k).text();
            if (word.test(w)) {
                return true;
            }
        }
        return false;
    }
}
