package kg.kodeks.findings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kg.kodeks.model.Language;

/**
 * Conflicts between norms on the same subject, in one language: different numbers for the same
 * parameter, different modality for the same action, the same power given to different bodies.
 * Candidates are pairs of norms whose topic terms (numbers, modality words and body names left
 * out) or whose actions (the verb and its object, {@link Action}) are close by TF-IDF cosine, and
 * pairs that set a parameter named by its phrase ({@link Parameters}); each kind of conflict then
 * checks its own evidence.
 */
final class ConflictFinder {
    /** Pairs below this topic cosine are not looked at. */
    static final double MIN_TOPIC = 0.25;
    /** The mean of topic and subject cosines at which two numbers may set the same parameter. */
    static final double NUMBER_SCORE = 0.35;
    /** Pairs this close are kept even when one of the norms has a closer partner. */
    static final double STRONG_NUMBER_SCORE = 0.5;
    /**
     * Two norms may say little else alike and still set one parameter («Депутат … избирается
     * сроком на четыре года и осуществляет …» and «… при тайном голосовании сроком на пять
     * лет»): below {@link #NUMBER_SCORE}, down to this topic cosine, two shared words next to
     * comparable numbers are enough.
     */
    static final double MIN_NUMBER_TOPIC = 0.15;
    /** Modality and authority conflicts: the topic cosine at which two norms may regulate the same action. */
    static final double MODALITY_TOPIC = 0.4;

    static final double AUTHORITY_TOPIC = 0.4;
    /** Norms this close say nearly the same words (a copy with the body changed). */
    static final double SAME_WORDS_TOPIC = 0.85;
    /** Modality and authority pairs this close are kept even when a norm has a closer partner. */
    static final double STRONG_TOPIC = 0.7;
    /** Terms found in more than this share of norms say nothing about the subject. */
    private static final double MAX_DF_SHARE = 0.2;

    private static final int CONTEXT = 4;

    /** The conflicts and the address pairs they concern (duplicates leave those pairs alone). */
    record Result(List<Finding> findings, Set<String> pairs) {}

    Result find(List<NormFacts> norms) {
        List<Finding> out = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        for (Language language : Language.values()) {
            List<NormFacts> group = norms.stream()
                    .filter(n -> n.language == language && !n.norm.repealed() && !n.topicTerms.isEmpty())
                    .toList();
            List<Map<String, Double>> topics = vectors(group);
            List<Map<String, Double>> subjects = vectors(group, n -> n.subjectTerms);
            ActionSimilarity actions = new ActionSimilarity(group);
            List<Scored> numberPairs = new ArrayList<>();
            List<Scored> modalityPairs = new ArrayList<>();
            List<Scored> authorityPairs = new ArrayList<>();
            java.util.SortedSet<Long> pairsToCheck = new java.util.TreeSet<>(candidates(topics, MIN_TOPIC));
            pairsToCheck.addAll(actions.candidates());
            pairsToCheck.addAll(sameNamedParameter(group));
            for (long pair : pairsToCheck) {
                int i = (int) (pair >>> 32);
                int j = (int) pair;
                NormFacts a = group.get(i);
                NormFacts b = group.get(j);
                double topic = cosine(topics.get(i), topics.get(j));
                double score = (topic + cosine(subjects.get(i), subjects.get(j))) / 2;
                if (!comparable(a, b)) {
                    continue;
                }
                Finding number = numberConflict(a, b, topic, score);
                if (number != null) {
                    numberPairs.add(new Scored(i, j, score, number, namedParameter(a, b) != null));
                }
                for (Finding f : check(a, b, topic, actions)) {
                    boolean modality = f.subtype().equals("modality");
                    double close = Math.max(topic, actions.similarity(a, b));
                    boolean confirmed = modality && actions.opposed(a, b) != null;
                    (modality ? modalityPairs : authorityPairs).add(new Scored(i, j, close, f, confirmed));
                }
            }
            for (List<Scored> kind : List.of(modalityPairs, authorityPairs)) {
                List<Scored> kept = new ArrayList<>(mutualBest(kind));
                kind.stream()
                        .filter(s -> (s.score() >= STRONG_TOPIC || s.confirmed()) && !kept.contains(s))
                        .forEach(kept::add);
                for (Scored s : kept) {
                    out.add(s.finding());
                    pairs.add(DuplicateFinder.pairKey(
                            group.get(s.i()).address(), group.get(s.j()).address()));
                }
            }
            List<Scored> kept = new ArrayList<>(mutualBest(numberPairs));
            numberPairs.stream()
                    .filter(s -> (s.score() >= STRONG_NUMBER_SCORE || s.confirmed()) && !kept.contains(s))
                    .forEach(kept::add);
            for (Scored s : kept) {
                pairs.add(DuplicateFinder.pairKey(
                        group.get(s.i()).address(), group.get(s.j()).address()));
            }
            out.addAll(numberClusters(group, kept));
        }
        return new Result(out, pairs);
    }

    /**
     * Whether two norms may rule on the same thing at all: not parts of one article, not
     * successive steps of a procedure, not decisions on different matters, not deadlines before
     * different events («до дня проведения торгов» / «… публичных слушаний»).
     */
    static boolean comparable(NormFacts a, NormFacts b) {
        return !sameArticle(a, b)
                && Stage.compatible(a.stage, b.stage)
                && (a.matter == null || b.matter == null || a.matter.equals(b.matter))
                && (a.event == null || b.event == null || a.event.equals(b.event));
    }

    /**
     * A number conflict between two comparable norms, or null.
     *
     * @param topic the cosine of their topic terms
     * @param score the mean of the topic and subject cosines
     */
    Finding numberConflict(NormFacts a, NormFacts b, double topic, double score) {
        boolean specialCase =
                a.generalWithExceptions && b.matter != null || b.generalWithExceptions && a.matter != null;
        if (specialCase || ownActs(a, b, topic)) {
            return null;
        }
        Finding named = namedParameter(a, b);
        if (named != null) {
            return named;
        }
        if ((score >= NUMBER_SCORE || topic >= MIN_NUMBER_TOPIC && sharedParameterWords(a, b) >= 3)
                && strictActor(a, b)) {
            return numbers(a, b);
        }
        return null;
    }

    /**
     * Different values of a parameter named by its set phrase ({@link Parameters}) for the same
     * person or body: «Депутат … избирается сроком на четыре года» and «Срок полномочий депутата
     * … составляет пять лет» set one term of office whatever else the norms say.
     */
    static Finding namedParameter(NormFacts a, NormFacts b) {
        for (Map.Entry<Quantity, String> x : a.parameters.entrySet()) {
            for (Map.Entry<Quantity, String> y : b.parameters.entrySet()) {
                Quantity qa = x.getKey();
                Quantity qb = y.getKey();
                if (x.getValue().equals(y.getValue())
                        && qa.comparable(qb)
                        && !qa.sameValue(qb)
                        && !hasValue(b, qa)
                        && !hasValue(a, qb)) {
                    return numberFinding(a, qa, b, qb);
                }
            }
        }
        return null;
    }

    /** Pairs of norms that set a named parameter of the same holder, whatever their wording. */
    private static List<Long> sameNamedParameter(List<NormFacts> group) {
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < group.size(); i++) {
            NormFacts n = group.get(i);
            for (String p : new HashSet<>(n.parameters.values())) {
                byKey.computeIfAbsent(p, k -> new ArrayList<>()).add(i);
            }
        }
        List<Long> out = new ArrayList<>();
        for (List<Integer> list : byKey.values()) {
            for (int x = 0; x < list.size(); x++) {
                for (int y = x + 1; y < list.size(); y++) {
                    out.add(((long) list.get(x) << 32) | list.get(y));
                }
            }
        }
        return out;
    }

    /**
     * Joins number conflicts on the same parameter into one finding: four norms giving a
     * deputy's term as four or five years are one problem with four units, not four pairs.
     */
    private static List<Finding> numberClusters(List<NormFacts> group, List<Scored> kept) {
        Map<String, List<Scored>> byParameter = new java.util.TreeMap<>();
        for (Scored s : kept) {
            Evidence e = s.finding().evidence().get(0);
            String parameter = e.value().substring(0, e.value().indexOf(' '))
                    + e.value().substring(e.value().lastIndexOf(' '));
            byParameter.computeIfAbsent(parameter, k -> new ArrayList<>()).add(s);
        }
        List<Finding> out = new ArrayList<>();
        for (List<Scored> list : byParameter.values()) {
            List<Duplicates.Pair> edges = list.stream()
                    .map(s -> new Duplicates.Pair(s.i(), s.j(), s.score(), 0))
                    .toList();
            for (int[] cluster : Duplicates.clusters(group.size(), edges)) {
                if (cluster.length == 2) {
                    list.stream()
                            .filter(s -> s.i() == cluster[0] && s.j() == cluster[1]
                                    || s.i() == cluster[1] && s.j() == cluster[0])
                            .findFirst()
                            .ifPresent(s -> out.add(s.finding()));
                } else {
                    out.add(numberCluster(group, cluster, list));
                }
            }
        }
        return out;
    }

    private static Finding numberCluster(List<NormFacts> group, int[] cluster, List<Scored> list) {
        List<NormFacts> members = new ArrayList<>();
        for (int i : cluster) {
            members.add(group.get(i));
        }
        members.sort(java.util.Comparator.comparing(NormFacts::address));
        List<FindingUnit> units = members.stream().map(m -> m.unit).toList();
        List<Evidence> evidence = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Scored s : list) {
            if (java.util.Arrays.stream(cluster).noneMatch(c -> c == s.i())) {
                continue;
            }
            for (Evidence e : s.finding().evidence()) {
                FindingUnit u = s.finding().units().get(e.unit());
                int index = units.indexOf(u);
                if (seen.add(index + ":" + e.start())) {
                    evidence.add(new Evidence(index, e.text(), e.start(), e.end(), e.value()));
                }
            }
        }
        Evidence first = evidence.get(0);
        Evidence other = evidence.stream()
                .filter(e -> !e.value().equals(first.value()))
                .findFirst()
                .orElse(first);
        Explanation explanation = Explain.of(
                "explain.conflict.number",
                units.get(first.unit()).citation(),
                units.get(other.unit()).citation(),
                first.text(),
                other.text());
        return Finding.of(FindingType.CONFLICT, "number", Finding.HIGH, units, evidence, explanation);
    }

    /**
     * A candidate conflict with its pair score.
     *
     * @param confirmed true when the pair sets a parameter named by its set phrase, or when two
     *     modal words of the pair govern the same action: such a pair is kept even when one of its
     *     norms has a closer partner (a norm that permits what two others oblige contradicts both)
     */
    private record Scored(int i, int j, double score, Finding finding, boolean confirmed) {}

    /**
     * Keeps the pairs where each norm is the other's closest partner: a deadline set in two
     * places is one conflict, while a web of unrelated deadlines that merely share words
     * («не позднее чем за N дней») is not.
     */
    private static List<Scored> mutualBest(List<Scored> scored) {
        Map<Integer, Double> best = new HashMap<>();
        for (Scored s : scored) {
            best.merge(s.i(), s.score(), Math::max);
            best.merge(s.j(), s.score(), Math::max);
        }
        return scored.stream()
                .filter(s -> s.score() >= best.get(s.i()) && s.score() >= best.get(s.j()))
                .toList();
    }

    /**
     * Numbers may set the same parameter only for the same body; a norm where no body acts
     * («Срок рассмотрения жалобы составляет 14 дней») may speak of any.
     */
    private static boolean strictActor(NormFacts a, NormFacts b) {
        Bodies.Mention x = a.subject();
        Bodies.Mention y = b.subject();
        return x == null || y == null || x.body().equals(y.body());
    }

    /**
     * Parts of one article are read together: a later part states the exception, the limit or
     * the next step of an earlier one («вправе привлекать заимствования для инвестиций … не вправе
     * … для текущих расходов»), so the detectors compare norms of different articles only.
     */
    static boolean sameArticle(NormFacts a, NormFacts b) {
        return a.norm.act().work().equals(b.norm.act().work()) && article(a).equals(article(b));
    }

    private static String article(NormFacts n) {
        String address = n.address();
        String eid = address.substring(address.indexOf('#') + 1);
        int cut = eid.indexOf("__");
        return cut < 0 ? eid : eid.substring(0, cut);
    }

    private static boolean differentActs(NormFacts a, NormFacts b) {
        return !a.norm.act().work().equals(b.norm.act().work());
    }

    /**
     * Every kind of conflict between two norms, compared alone (the action similarity of the pair).
     *
     * @see #check(NormFacts, NormFacts, double, ActionSimilarity)
     */
    List<Finding> check(NormFacts a, NormFacts b, double cosine) {
        return check(a, b, cosine, new ActionSimilarity(List.of(a, b)));
    }

    /**
     * Every kind of conflict between two norms. A norm that permits one thing and obliges another
     * («вправе обращаться …, которые обязаны дать ответ») does not contradict a norm that only
     * obliges (its modalities contain the other's), and two definitions or two provisions on
     * their own laws give no power to compare, unless the two norms say nearly the same words: a
     * copy that changes only the body or the modal word is always reported. On close topics the
     * two modal words must still govern one action (a servant is obliged to keep the rules of
     * ethics; a breach of ethics may lead to a penalty). On distant topics two norms conflict when
     * two of their modal words govern the same action on the same object, or when the same action
     * is given to two bodies ({@link ActionSimilarity}): conflicts stated in different words.
     *
     * @param cosine the cosine of their topic terms
     * @param actions the action similarity of the norms' language
     */
    List<Finding> check(NormFacts a, NormFacts b, double cosine, ActionSimilarity actions) {
        List<Finding> out = new ArrayList<>();
        boolean nearCopy = cosine >= SAME_WORDS_TOPIC;
        if (a.rulesOnOwnAct && b.rulesOnOwnAct && differentActs(a, b) && !nearCopy) {
            return out; // «действие настоящего Закона» in two laws speaks of two different laws
        }
        boolean sameActor = sameActor(a, b);
        boolean sameModalActor = sameActor
                || a.modalBodies.stream().anyMatch(x -> b.modalBodies.stream().anyMatch(y -> Bodies.compatible(x, y)));
        if (cosine >= MODALITY_TOPIC
                && sameModalActor
                && sameRole(a, b)
                && a.modality.modality() != Modality.NONE
                && b.modality.modality() != Modality.NONE
                && a.modality.modality() != b.modality.modality()
                && (cosine >= SAME_WORDS_TOPIC
                        || !a.modalities.containsAll(b.modalities)
                                && !b.modalities.containsAll(a.modalities)
                                && actions.sameAction(a, a.modality, b, b.modality))) {
            out.add(modality(a, b, a.modality, b.modality));
        } else if (sameRole(a, b)) {
            Modality.Marker[] markers = actions.opposed(a, b);
            if (markers != null) {
                out.add(modality(a, b, markers[0], markers[1]));
            }
        }
        if ((cosine >= AUTHORITY_TOPIC
                        || actions.similarity(a, b) >= ActionSimilarity.SAME_ACTION && !otherObjects(a, b))
                && a.actor() != null
                && b.actor() != null
                && !sameActor
                && !mentions(a, b.actor().body())
                && !mentions(b, a.actor().body())
                && a.modality.modality() != Modality.PROHIBITION
                && b.modality.modality() != Modality.PROHIBITION
                && !a.referral
                && !b.referral
                && (nearCopy || !a.definition && !b.definition)
                && !differentObjects(a, b)
                && sameSphere(a, b, cosine)) {
            out.add(authority(a, b));
        }
        return out;
    }

    /** Every action of one norm is done to another thing than every action of the other. */
    private static boolean otherObjects(NormFacts a, NormFacts b) {
        return a.actions.stream().allMatch(x -> b.actions.stream().allMatch(x::otherObject));
    }

    /**
     * A norm addressed to a person (a deputy, a servant) and one addressed to another person or
     * to a body oblige or permit different addressees.
     */
    private static boolean sameRole(NormFacts a, NormFacts b) {
        if (a.role == null && b.role == null) {
            return true;
        }
        if (a.role != null && b.role != null) {
            return a.role.equals(b.role);
        }
        NormFacts other = a.role == null ? a : b;
        return other.actor() == null;
    }

    private static boolean sameActor(NormFacts a, NormFacts b) {
        Bodies.Mention x = a.actor();
        Bodies.Mention y = b.actor();
        return x == null || y == null || Bodies.compatible(x.body(), y.body());
    }

    /**
     * The body acts in the other norm too, in another role than proposing or agreeing: «назначается
     * кенешем по представлению главы» and «глава назначает» still give the appointment to two bodies.
     */
    private static boolean mentions(NormFacts n, String body) {
        return n.objectBodies().stream().anyMatch(m -> m.body().equals(body));
    }

    /**
     * A local self-government body and a state body act in separate spheres (the local kenesh
     * and the akim both «издают решения», each for its own territory): their powers are the same
     * power only when they bear on the same body («Глава айыл окмоту назначается айылным
     * кенешем» / «… акимом») or the two norms say nearly the same words.
     */
    private static boolean sameSphere(NormFacts a, NormFacts b, double cosine) {
        boolean localA = Bodies.isLocal(a.actor().body());
        boolean localB = Bodies.isLocal(b.actor().body());
        if (localA == localB || cosine >= SAME_WORDS_TOPIC) {
            return true;
        }
        Set<String> x = new HashSet<>();
        a.objectBodies().forEach(m -> x.add(m.body()));
        x.remove(a.actor().body());
        for (Bodies.Mention m : b.objectBodies()) {
            if (!m.body().equals(b.actor().body()) && x.contains(m.body())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each norm's power bears on a body of its own and the two share none: the head of aiyl
     * okmotu runs the aiyl okmotu, the akim runs the state administration; that is the same kind
     * of power over different things, not one power given twice.
     */
    private static boolean differentObjects(NormFacts a, NormFacts b) {
        Set<String> x = new HashSet<>();
        Set<String> y = new HashSet<>();
        a.objectBodies().forEach(m -> x.add(m.body()));
        b.objectBodies().forEach(m -> y.add(m.body()));
        x.remove(a.actor().body());
        y.remove(b.actor().body());
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        for (String p : x) {
            for (String q : y) {
                if (Bodies.compatible(p, q)) {
                    return false;
                }
            }
        }
        return true;
    }

    private Finding numbers(NormFacts a, NormFacts b) {
        for (Quantity qa : a.quantities) {
            for (Quantity qb : b.quantities) {
                if (qa.comparable(qb)
                        && !qa.sameValue(qb)
                        && !hasValue(b, qa)
                        && !hasValue(a, qb)
                        && sameContext(a, qa, b, qb)) {
                    return numberFinding(a, qa, b, qb);
                }
            }
        }
        return null;
    }

    private static Finding numberFinding(NormFacts a, Quantity qa, NormFacts b, Quantity qb) {
        List<FindingUnit> units = List.of(a.unit, b.unit);
        List<Evidence> evidence = List.of(
                Evidence.of(0, a.text, qa.start(), qa.end(), qa.describe()),
                Evidence.of(1, b.text, qb.start(), qb.end(), qb.describe()));
        Explanation explanation = Explain.of(
                "explain.conflict.number",
                a.norm.citation(),
                b.norm.citation(),
                a.text.substring(qa.start(), qa.end()),
                b.text.substring(qb.start(), qb.end()));
        return Finding.of(FindingType.CONFLICT, "number", Finding.HIGH, units, evidence, explanation);
    }

    /**
     * Both norms rule on their own, different acts: «Настоящий Закон вступает в силу …» always;
     * «привести в соответствие с настоящим Законом» unless the two are near copies.
     */
    private static boolean ownActs(NormFacts a, NormFacts b, double topic) {
        if (!differentActs(a, b)) {
            return false;
        }
        return a.aboutOwnAct && b.aboutOwnAct || a.rulesOnOwnAct && b.rulesOnOwnAct && topic < SAME_WORDS_TOPIC;
    }

    /** The most words shared next to a pair of comparable, different numbers of the two norms. */
    private static int sharedParameterWords(NormFacts a, NormFacts b) {
        int best = 0;
        for (Quantity qa : a.quantities) {
            for (Quantity qb : b.quantities) {
                if (qa.comparable(qb) && !qa.sameValue(qb)) {
                    Set<String> left = context(a, qa);
                    left.retainAll(context(b, qb));
                    best = Math.max(best, left.size());
                }
            }
        }
        return best;
    }

    private static boolean hasValue(NormFacts n, Quantity q) {
        return n.quantities.stream().anyMatch(x -> x.comparable(q) && x.sameValue(q));
    }

    /** The words around both numbers share a term: the numbers set the same parameter. */
    private static boolean sameContext(NormFacts a, Quantity qa, NormFacts b, Quantity qb) {
        Set<String> left = context(a, qa);
        Set<String> right = context(b, qb);
        left.retainAll(right);
        return !left.isEmpty();
    }

    /**
     * Words that only say when or how often («не позднее … текущего года», «не реже одного раза в»,
     * «… күндөн тартып», «учурдагы жылдын … кечиктирбестен»):
     * two deadlines phrased alike are not yet about the same thing.
     */
    private static final Set<String> WHEN_WORDS = Set.of(
            "года", "годом", "текущ", "следу", "поздн", "позже", "течен", "ежего", "жылды", "учурд", "кечик", "ичинд",
            "чейин", "кийин", "тарты", "күндө", "реже", "одног", "раза", "чаще");

    private static String prefix(String t) {
        return t.substring(0, Math.min(5, t.length()));
    }

    /**
     * The content words around a number, up to {@link #CONTEXT} on each side; words that only
     * say when or how often are skipped without using up the window, so «повышать квалификацию
     * не реже одного раза в три года» still reaches «квалификацию».
     */
    private static Set<String> context(NormFacts n, Quantity q) {
        List<Token> tokens = Token.of(n.text);
        Set<String> out = new HashSet<>();
        int at = 0;
        while (at < tokens.size() && tokens.get(at).start() < q.start()) {
            at++;
        }
        int end = at;
        while (end < tokens.size() && tokens.get(end).start() < q.end()) {
            end++;
        }
        int taken = 0;
        for (int k = at - 1; k >= 0 && taken < CONTEXT; k--) {
            taken += addContext(tokens.get(k).text(), out);
        }
        taken = 0;
        for (int k = end; k < tokens.size() && taken < CONTEXT; k++) {
            taken += addContext(tokens.get(k).text(), out);
        }
        return out;
    }

    /** Adds a content word's first letters; returns 0 for a word that does not count against the window. */
    private static int addContext(String t, Set<String> out) {
        if (WHEN_WORDS.contains(prefix(t)) || t.length() <= 2) {
            return 0;
        }
        if (t.length() > 3 && !t.chars().allMatch(Character::isDigit)) {
            out.add(prefix(t));
        }
        return 1;
    }

    private Finding modality(NormFacts a, NormFacts b, Modality.Marker ma, Modality.Marker mb) {
        List<Evidence> evidence = List.of(
                Evidence.of(0, a.text, ma.start(), ma.end(), ma.modality().code()),
                Evidence.of(1, b.text, mb.start(), mb.end(), mb.modality().code()));
        Explanation explanation = Explain.localized("explain.conflict.modality", locale -> new Object[] {
            a.norm.citation(),
            b.norm.citation(),
            Explain.word(locale, "modality." + ma.modality().code()),
            Explain.word(locale, "modality." + mb.modality().code())
        });
        return Finding.of(
                FindingType.CONFLICT, "modality", Finding.HIGH, List.of(a.unit, b.unit), evidence, explanation);
    }

    private Finding authority(NormFacts a, NormFacts b) {
        Bodies.Mention x = a.actor();
        Bodies.Mention y = b.actor();
        List<Evidence> evidence = List.of(
                Evidence.of(0, a.text, x.start(), x.end(), x.body()),
                Evidence.of(1, b.text, y.start(), y.end(), y.body()));
        Explanation explanation = Explain.of(
                "explain.conflict.authority",
                a.norm.citation(),
                b.norm.citation(),
                a.text.substring(x.start(), x.end()),
                b.text.substring(y.start(), y.end()));
        return Finding.of(
                FindingType.CONFLICT, "authority", Finding.HIGH, List.of(a.unit, b.unit), evidence, explanation);
    }

    /** TF-IDF vectors of the topic terms, normalised to length 1. */
    private static List<Map<String, Double>> vectors(List<NormFacts> group) {
        return vectors(group, n -> n.topicTerms);
    }

    private static List<Map<String, Double>> vectors(
            List<NormFacts> group, java.util.function.Function<NormFacts, List<String>> terms) {
        Map<String, Integer> df = new HashMap<>();
        for (NormFacts n : group) {
            for (String t : new HashSet<>(n.topicTerms)) {
                df.merge(t, 1, Integer::sum);
            }
        }
        int n = Math.max(1, group.size());
        List<Map<String, Double>> out = new ArrayList<>();
        for (NormFacts f : group) {
            Map<String, Double> tf = new HashMap<>();
            for (String t : terms.apply(f)) {
                tf.merge(t, 1.0, Double::sum);
            }
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Double> e : tf.entrySet()) {
                double w = (1 + Math.log(e.getValue())) * Math.log(1.0 + (double) n / df.get(e.getKey()));
                v.put(e.getKey(), w);
                norm += w * w;
            }
            double len = Math.sqrt(norm);
            v.replaceAll((k, w) -> len == 0 ? 0 : w / len);
            out.add(v);
        }
        return out;
    }

    /** Pairs whose cosine reaches the threshold, found through an inverted index of the terms. */
    static List<Long> candidates(List<Map<String, Double>> vectors, double threshold) {
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < vectors.size(); i++) {
            for (String t : vectors.get(i).keySet()) {
                postings.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
        }
        int maxDf = Math.max(2, (int) (vectors.size() * MAX_DF_SHARE));
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            Map<Integer, Double> dot = new HashMap<>();
            for (Map.Entry<String, Double> e : vectors.get(i).entrySet()) {
                List<Integer> list = postings.get(e.getKey());
                if (list.size() > maxDf) {
                    continue;
                }
                for (int j : list) {
                    if (j > i) {
                        dot.merge(j, e.getValue() * vectors.get(j).get(e.getKey()), Double::sum);
                    }
                }
            }
            for (Map.Entry<Integer, Double> e : dot.entrySet()) {
                // The estimate leaves out frequent terms, so it only needs to come near the threshold.
                if (e.getValue() >= threshold * 0.5) {
                    out.add(((long) i << 32) | e.getKey());
                }
            }
        }
        out.sort(null);
        return out;
    }

    static double cosine(Map<String, Double> x, Map<String, Double> y) {
        double s = 0;
        for (Map.Entry<String, Double> e : x.entrySet()) {
            s += e.getValue() * Objects.requireNonNullElse(y.get(e.getKey()), 0.0);
        }
        return s;
    }
}
