package kg.kodeks.drafts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kg.kodeks.model.Act;
import kg.kodeks.model.ActStatus;
import kg.kodeks.model.Corpus;
import kg.kodeks.model.ElementIds;
import kg.kodeks.model.Language;
import kg.kodeks.model.Norm;
import kg.kodeks.model.Unit;
import kg.kodeks.model.UnitRef;

/**
 * The consolidation ledger: for each act of the corpus in force, which of its norms the Code
 * absorbs (named by a source annotation on the norm, or on a unit that contains it) and by
 * which articles, which norms are not yet covered, and which acts are fully absorbed and could
 * be repealed when the Code comes into force.
 */
public final class Coverage {
    private Coverage() {}

    /** One norm of an act and the Code articles that absorb it. */
    public record NormRow(String eid, String citation, List<String> articles) {
        public NormRow {
            articles = List.copyOf(articles);
        }
    }

    /** The ledger of one act. */
    public record ActRow(
            String id,
            String title,
            int norms,
            int covered,
            double percent,
            List<NormRow> absorbed,
            List<String> uncovered) {
        public ActRow {
            absorbed = List.copyOf(absorbed);
            uncovered = List.copyOf(uncovered);
        }
    }

    /** The whole ledger in one language. */
    public record Report(
            String lang, List<ActRow> acts, int norms, int covered, double percent, List<String> repealCandidates) {
        public Report {
            acts = List.copyOf(acts);
            repealCandidates = List.copyOf(repealCandidates);
        }
    }

    /** Builds the ledger from the draft's annotations in one language. */
    public static Report of(DraftFile draft, Corpus corpus, Language language) {
        List<ActRow> rows = new ArrayList<>();
        int total = 0;
        int covered = 0;
        List<String> candidates = new ArrayList<>();
        for (Act act : corpus.acts()) {
            if (act.meta().language() != language || act.meta().status() == ActStatus.REPEALED) {
                continue;
            }
            List<String[]> targets = targets(draft, act);
            List<NormRow> absorbed = new ArrayList<>();
            List<String> uncovered = new ArrayList<>();
            List<Norm> norms = act.norms().stream().filter(n -> !n.repealed()).toList();
            for (Norm norm : norms) {
                Set<String> articles = new LinkedHashSet<>();
                for (String[] t : targets) {
                    if (norm.eid().equals(t[0]) || norm.eid().startsWith(t[0] + "__")) {
                        articles.add(t[1]);
                    }
                }
                if (articles.isEmpty()) {
                    uncovered.add(norm.unit().shortEid());
                } else {
                    absorbed.add(new NormRow(norm.unit().shortEid(), norm.citation(), new ArrayList<>(articles)));
                }
            }
            total += norms.size();
            covered += absorbed.size();
            rows.add(new ActRow(
                    act.meta().expression(),
                    act.meta().title(),
                    norms.size(),
                    absorbed.size(),
                    percent(absorbed.size(), norms.size()),
                    absorbed,
                    uncovered));
            if (!norms.isEmpty() && uncovered.isEmpty()) {
                candidates.add(act.meta().expression());
            }
        }
        return new Report(language.code(), rows, total, covered, percent(covered, total), candidates);
    }

    /** The full ids of the act's units named by the draft, each with the Code article naming it. */
    private static List<String[]> targets(DraftFile draft, Act act) {
        List<String[]> out = new ArrayList<>();
        if (draft == null || draft.act() == null) {
            return out;
        }
        for (SourceNote note : draft.sources()) {
            UnitRef ref;
            try {
                ref = UnitRef.parse(note.source());
            } catch (IllegalArgumentException e) {
                continue; // lint reports it
            }
            // Both language versions of an act share their element ids, so an annotation in
            // either language covers the norm.
            if (!ref.work().equals(act.meta().work())) {
                continue;
            }
            Optional<Unit> unit = act.find(ref.eid());
            if (unit.isPresent()) {
                out.add(new String[] {unit.get().eid(), articleOf(note.eid())});
            }
        }
        return out;
    }

    /** The short article id ({@code art_12}) of a draft unit's id. */
    private static String articleOf(String eid) {
        String shortForm = ElementIds.shortForm(eid);
        int end = shortForm.indexOf("__");
        return end < 0 ? shortForm : shortForm.substring(0, end);
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
    }
}
