package nl.vaardig.taxonomy.dutch;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How far a generated label agrees with the official one: exact (case and whitespace folded) and word overlap. */
record TokenAgreement(boolean exact, int matched, int generatedWords, int officialWords) {

    static TokenAgreement of(String generated, String official) {
        List<String> g = LabelTokens.words(generated);
        List<String> o = LabelTokens.words(official);
        var remaining = new HashMap<String, Integer>();
        o.forEach(w -> remaining.merge(w, 1, Integer::sum));
        int matched = 0;
        for (String w : g) {
            Integer left = remaining.get(w);
            if (left != null && left > 0) {
                remaining.put(w, left - 1);
                matched++;
            }
        }
        return new TokenAgreement(fold(generated).equals(fold(official)), matched, g.size(), o.size());
    }

    private static String fold(String s) {
        return s.replace('’', '\'').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    double precision() {
        return generatedWords == 0 ? 0 : (double) matched / generatedWords;
    }

    double recall() {
        return officialWords == 0 ? 0 : (double) matched / officialWords;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Sums of many agreements: exact share and macro-averaged (per label) precision, recall and F1. */
    static final class Sum {
        private int count;
        private int exact;
        private double precision;
        private double recall;
        private double f1;

        void add(TokenAgreement a) {
            count++;
            exact += a.exact() ? 1 : 0;
            precision += a.precision();
            recall += a.recall();
            f1 += a.f1();
        }

        int count() {
            return count;
        }

        double exact() {
            return count == 0 ? 0 : (double) exact / count;
        }

        double precision() {
            return count == 0 ? 0 : precision / count;
        }

        double recall() {
            return count == 0 ? 0 : recall / count;
        }

        double f1() {
            return count == 0 ? 0 : f1 / count;
        }

        Map<String, Double> figures(String prefix) {
            return Map.of(prefix + ".exact", exact(), prefix + ".precision", precision(),
                    prefix + ".recall", recall(), prefix + ".f1", f1());
        }
    }
}
