package nl.vaardig.taxonomy.extract.retrieval;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vaardig.taxonomy.analysis.VaardigAnalyzers;
import org.apache.lucene.analysis.Analyzer;

/**
 * Every skill's labels, descriptions and context pre-analysed into terms, with term rarity over all skill labels:
 * what the re-ranker's overlap features are computed from. Built once with the retriever.
 */
public final class SkillTerms {

    /**
     * One analysed label: its distinct terms, their rarity over all skill labels of the label's language (filled in
     * once all labels are counted, so re-ranking never looks a rarity up) and the label's source weight.
     */
    record LabelTerms(String[] terms, double[] idf, double weight) {
    }

    final LabelTerms[][] nl;
    final LabelTerms[][] en;
    final Set<String>[] descriptionNl;
    final Set<String>[] descriptionEn;
    final Set<String>[] context;
    /** Every term of every label of the skill, both languages. */
    final Set<String>[] labelTerms;
    final double[] specificity;
    private final Map<String, Integer> dfNl;
    private final Map<String, Integer> dfEn;
    private final double skills;
    /** Bumped whenever {@link #write} changes. */
    static final int FORMAT = 1;

    @SuppressWarnings("unchecked")
    private SkillTerms(int n) {
        nl = new LabelTerms[n][];
        en = new LabelTerms[n][];
        descriptionNl = new Set[n];
        descriptionEn = new Set[n];
        context = new Set[n];
        labelTerms = new Set[n];
        specificity = new double[n];
        dfNl = new HashMap<>();
        dfEn = new HashMap<>();
        skills = n;
    }

    static SkillTerms of(List<SkillDocument> documents, boolean descriptions) {
        int n = documents.stream().mapToInt(SkillDocument::ordinal).max().orElse(-1) + 1;
        SkillTerms t = new SkillTerms(n);
        Map<String, String> interned = new HashMap<>();
        for (SkillDocument d : documents) {
            int i = d.ordinal();
            t.nl[i] = labels(d.labelsNl(), VaardigAnalyzers.dutchSentences(), interned);
            t.en[i] = labels(d.labelsEn(), VaardigAnalyzers.english(), interned);
            t.descriptionNl[i] = descriptions ? Set.copyOf(VaardigAnalyzers.terms(VaardigAnalyzers.dutchSentences(), d.descriptionNl())) : Set.of();
            t.descriptionEn[i] = descriptions ? Set.copyOf(VaardigAnalyzers.terms(VaardigAnalyzers.english(), d.descriptionEn())) : Set.of();
            Set<String> ctx = new LinkedHashSet<>();
            d.contextNl().forEach(c -> ctx.addAll(VaardigAnalyzers.terms(VaardigAnalyzers.dutchSentences(), c)));
            d.contextEn().forEach(c -> ctx.addAll(VaardigAnalyzers.terms(VaardigAnalyzers.english(), c)));
            t.context[i] = Set.copyOf(ctx);
            Set<String> all = new java.util.HashSet<>();
            for (LabelTerms l : t.nl[i]) {
                all.addAll(List.of(l.terms()));
            }
            for (LabelTerms l : t.en[i]) {
                all.addAll(List.of(l.terms()));
            }
            t.labelTerms[i] = Set.copyOf(all);
            t.specificity[i] = d.specificity();
            countDocumentFrequency(t.nl[i], t.dfNl);
            countDocumentFrequency(t.en[i], t.dfEn);
        }
        for (int i = 0; i < n; i++) {
            fillIdf(t.nl[i], t::idfNl);
            fillIdf(t.en[i], t::idfEn);
        }
        return t;
    }

    /** ln(1 + N/df) over skill labels; a word no label has counts as rarest. */
    double idfNl(String term) {
        return Math.log1p(skills / dfNl.getOrDefault(term, 1));
    }

    double idfEn(String term) {
        return Math.log1p(skills / dfEn.getOrDefault(term, 1));
    }

    private static LabelTerms[] labels(List<SkillDocument.WeightedLabel> labels, Analyzer analyzer, Map<String, String> interned) {
        List<LabelTerms> out = new ArrayList<>(labels.size());
        for (SkillDocument.WeightedLabel l : labels) {
            String[] terms = new LinkedHashSet<>(VaardigAnalyzers.terms(analyzer, l.text())).stream()
                    .map(s -> interned.computeIfAbsent(s, k -> k)).toArray(String[]::new);
            if (terms.length > 0) {
                out.add(new LabelTerms(terms, new double[terms.length], l.weight()));
            }
        }
        return out.toArray(LabelTerms[]::new);
    }

    private static void fillIdf(LabelTerms[] labels, java.util.function.ToDoubleFunction<String> idf) {
        if (labels == null) {
            return;
        }
        for (LabelTerms l : labels) {
            for (int k = 0; k < l.terms().length; k++) {
                l.idf()[k] = idf.applyAsDouble(l.terms()[k]);
            }
        }
    }

    private static void countDocumentFrequency(LabelTerms[] labels, Map<String, Integer> df) {
        Set<String> seen = new java.util.HashSet<>();
        for (LabelTerms l : labels) {
            for (String term : l.terms()) {
                if (seen.add(term)) {
                    df.merge(term, 1, Integer::sum);
                }
            }
        }
    }
    /**
     * Everything above as a compact binary: a table of the distinct strings, then each skill's parts as indexes into
     * it, sets sorted (so the same terms always give the same bytes) and rarities as their exact bits.
     */
    void write(DataOutputStream out) throws IOException {
        Map<String, Integer> table = new HashMap<>();
        List<String> strings = new ArrayList<>();
        java.util.function.Consumer<String> add = term -> table.computeIfAbsent(term, k -> {
            strings.add(k);
            return strings.size() - 1;
        });
        for (int i = 0; i < nl.length; i++) {
            for (LabelTerms[] labels : new LabelTerms[][] {nl[i], en[i]}) {
                if (labels != null) {
                    for (LabelTerms l : labels) {
                        List.of(l.terms()).forEach(add);
                    }
                }
            }
            for (Set<String> set : sets(i)) {
                if (set != null) {
                    set.forEach(add);
                }
            }
        }
        dfNl.keySet().forEach(add);
        dfEn.keySet().forEach(add);
        out.writeInt(FORMAT);
        out.writeInt(strings.size());
        for (String term : strings) {
            out.writeUTF(term);
        }
        out.writeInt(nl.length);
        out.writeDouble(skills);
        for (int i = 0; i < nl.length; i++) {
            out.writeBoolean(nl[i] != null);
            if (nl[i] == null) {
                continue;
            }
            writeLabels(out, nl[i], table);
            writeLabels(out, en[i], table);
            for (Set<String> set : sets(i)) {
                List<String> sorted = set.stream().sorted().toList();
                out.writeInt(sorted.size());
                for (String term : sorted) {
                    out.writeInt(table.get(term));
                }
            }
            out.writeDouble(specificity[i]);
        }
        writeCounts(out, dfNl, table);
        writeCounts(out, dfEn, table);
    }

    /** The terms {@link #write} wrote; an {@link IOException} when the bytes are not such terms. */
    static SkillTerms read(DataInputStream in) throws IOException {
        int format = in.readInt();
        if (format != FORMAT) {
            throw new IOException("skill terms in format " + format + ", expected " + FORMAT);
        }
        String[] strings = new String[checkedCount(in.readInt())];
        for (int k = 0; k < strings.length; k++) {
            strings[k] = in.readUTF();
        }
        int n = checkedCount(in.readInt());
        double skills = in.readDouble();
        SkillTerms t = new SkillTerms(n);
        if (t.skills != skills) {
            throw new IOException("skill count " + skills + " does not match " + n + " skills");
        }
        for (int i = 0; i < n; i++) {
            if (!in.readBoolean()) {
                continue;
            }
            t.nl[i] = readLabels(in, strings);
            t.en[i] = readLabels(in, strings);
            t.descriptionNl[i] = readSet(in, strings);
            t.descriptionEn[i] = readSet(in, strings);
            t.context[i] = readSet(in, strings);
            t.labelTerms[i] = readSet(in, strings);
            t.specificity[i] = in.readDouble();
        }
        readCounts(in, strings, t.dfNl);
        readCounts(in, strings, t.dfEn);
        if (in.read() != -1) {
            throw new IOException("skill terms followed by unexpected bytes");
        }
        return t;
    }

    private List<Set<String>> sets(int i) {
        return java.util.Arrays.asList(descriptionNl[i], descriptionEn[i], context[i], labelTerms[i]);
    }

    private static void writeLabels(DataOutputStream out, LabelTerms[] labels, Map<String, Integer> table)
            throws IOException {
        out.writeInt(labels.length);
        for (LabelTerms l : labels) {
            out.writeInt(l.terms().length);
            for (int k = 0; k < l.terms().length; k++) {
                out.writeInt(table.get(l.terms()[k]));
                out.writeDouble(l.idf()[k]);
            }
            out.writeDouble(l.weight());
        }
    }

    private static LabelTerms[] readLabels(DataInputStream in, String[] strings) throws IOException {
        LabelTerms[] labels = new LabelTerms[checkedCount(in.readInt())];
        for (int j = 0; j < labels.length; j++) {
            int count = checkedCount(in.readInt());
            String[] terms = new String[count];
            double[] idf = new double[count];
            for (int k = 0; k < count; k++) {
                terms[k] = string(in.readInt(), strings);
                idf[k] = in.readDouble();
            }
            labels[j] = new LabelTerms(terms, idf, in.readDouble());
        }
        return labels;
    }

    private static Set<String> readSet(DataInputStream in, String[] strings) throws IOException {
        String[] terms = new String[checkedCount(in.readInt())];
        for (int k = 0; k < terms.length; k++) {
            terms[k] = string(in.readInt(), strings);
        }
        return Set.of(terms);
    }

    private static void writeCounts(DataOutputStream out, Map<String, Integer> counts, Map<String, Integer> table)
            throws IOException {
        List<String> sorted = counts.keySet().stream().sorted().toList();
        out.writeInt(sorted.size());
        for (String term : sorted) {
            out.writeInt(table.get(term));
            out.writeInt(counts.get(term));
        }
    }

    private static void readCounts(DataInputStream in, String[] strings, Map<String, Integer> counts)
            throws IOException {
        int size = checkedCount(in.readInt());
        for (int k = 0; k < size; k++) {
            counts.put(string(in.readInt(), strings), in.readInt());
        }
    }

    private static String string(int index, String[] strings) throws IOException {
        if (index < 0 || index >= strings.length) {
            throw new IOException("string index " + index + " outside the table of " + strings.length);
        }
        return strings[index];
    }

    /** A count read from the file, refused when it cannot be one (a damaged file must not allocate gigabytes). */
    private static int checkedCount(int count) throws IOException {
        if (count < 0 || count > 10_000_000) {
            throw new IOException("implausible count " + count);
        }
        return count;
    }
}
