package nl.vaardig.taxonomy.extract.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.vaardig.taxonomy.analysis.VaardigAnalyzers;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * Candidate retrieval over skill documents in Lucene: one field per language and kind (strong labels, weak
 * labels, description, broader/related skills), each analysed for its language, queried with per-field weights
 * (a BM25F-style sum of field BM25 scores). Thread-safe once built.
 */
public final class SkillRetriever {

    /** Field names and how much a term hit in each counts. */
    enum DocField {
        LABEL_NL("lnl", true, 3.0f), LABEL_NL_WEAK("lnlw", true, 1.5f), DESCRIPTION_NL("dnl", true, 0.6f),
        CONTEXT_NL("cnl", true, 0.3f), LABEL_EN("len", false, 3.0f), LABEL_EN_WEAK("lenw", false, 1.5f),
        DESCRIPTION_EN("den", false, 0.6f), CONTEXT_EN("cen", false, 0.3f);

        final String name;
        final boolean dutch;
        final float boost;

        DocField(String name, boolean dutch, float boost) {
            this.name = name;
            this.dutch = dutch;
            this.boost = boost;
        }
    }

    /** Labels with a source weight below this go to the weak label field (broad/narrow crosswalk mappings, generated). */
    private static final double STRONG_LABEL = 0.8;
    /** In text of the other language, that language's fields count for this much (loanwords and tool names stay). */
    private static final float OTHER_LANGUAGE = 0.45f;
    /** A translated term counts this much times its translation weight (a Dice coefficient). */
    private static final float TRANSLATED = 1.0f;

    private final IndexSearcher searcher;
    /** Per language, term → the boosted sum of its impacts over that language's fields: one lookup per query term. */
    private final Map<String, Postings> dutchImpacts;
    private final Map<String, Postings> englishImpacts;
    private final int[] docToOrdinal;
    private final SkillTerms terms;
    private final boolean descriptions;
    private final WordTranslations translations;

    private SkillRetriever(IndexSearcher searcher, int[] docToOrdinal, SkillTerms terms, boolean descriptions) {
        this.searcher = searcher;
        TermImpacts impacts = TermImpacts.of(searcher.getIndexReader().leaves().getFirst().reader(),
                java.util.Arrays.stream(DocField.values()).map(f -> f.name).toList());
        this.dutchImpacts = merged(impacts, true, descriptions);
        this.englishImpacts = merged(impacts, false, descriptions);
        this.docToOrdinal = docToOrdinal;
        this.terms = terms;
        this.descriptions = descriptions;
        this.translations = WordTranslations.learn(terms);
    }

    /** The sentence analysed for this index: Dutch and English terms, and English translations of Dutch words. */
    public QueryText analyse(String sentence, boolean dutchText) {
        return QueryText.of(sentence, dutchText, translations);
    }

    /** How many Dutch terms have a learnt English translation. */
    public int translatedTerms() {
        return translations.size();
    }

    public static SkillRetriever build(List<SkillDocument> documents) {
        return build(documents, true);
    }

    /** @param descriptions false leaves descriptions out of the index (ablation) */
    public static SkillRetriever build(List<SkillDocument> documents, boolean descriptions) {
        Map<String, Analyzer> perField = new java.util.HashMap<>();
        for (DocField f : DocField.values()) {
            perField.put(f.name, f.dutch ? VaardigAnalyzers.dutchSentences() : VaardigAnalyzers.english());
        }
        Analyzer analyzer = new PerFieldAnalyzerWrapper(VaardigAnalyzers.english(), perField);
        // one buffer per file: a term lookup clones its input, and a many-buffer input costs that per clone
        ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
                ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(256)
                .setMergePolicy(new LogDocMergePolicy());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (SkillDocument d : documents) {
                Document doc = new Document();
                doc.add(new NumericDocValuesField("ord", d.ordinal()));
                for (SkillDocument.WeightedLabel l : d.labelsNl()) {
                    doc.add(new TextField(l.weight() >= STRONG_LABEL ? DocField.LABEL_NL.name : DocField.LABEL_NL_WEAK.name, l.text(), Field.Store.NO));
                }
                for (SkillDocument.WeightedLabel l : d.labelsEn()) {
                    doc.add(new TextField(l.weight() >= STRONG_LABEL ? DocField.LABEL_EN.name : DocField.LABEL_EN_WEAK.name, l.text(), Field.Store.NO));
                }
                if (descriptions) {
                    doc.add(new TextField(DocField.DESCRIPTION_NL.name, d.descriptionNl(), Field.Store.NO));
                    doc.add(new TextField(DocField.DESCRIPTION_EN.name, d.descriptionEn(), Field.Store.NO));
                }
                d.contextNl().forEach(c -> doc.add(new TextField(DocField.CONTEXT_NL.name, c, Field.Store.NO)));
                d.contextEn().forEach(c -> doc.add(new TextField(DocField.CONTEXT_EN.name, c, Field.Store.NO)));
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
            writer.commit();
            DirectoryReader reader = DirectoryReader.open(directory);
            int[] docToOrdinal = new int[reader.maxDoc()];
            NumericDocValues ord = reader.leaves().getFirst().reader().getNumericDocValues("ord");
            for (int doc = 0; doc < docToOrdinal.length; doc++) {
                ord.advanceExact(doc);
                docToOrdinal[doc] = (int) ord.longValue();
            }
            return new SkillRetriever(new IndexSearcher(reader), docToOrdinal, SkillTerms.of(documents, descriptions), descriptions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SkillTerms terms() {
        return terms;
    }

    public boolean withDescriptions() {
        return descriptions;
    }

    /** One retrieved skill: its taxonomy ordinal, retrieval score and rank (0 = best). */
    public record Hit(int ordinal, float score, int rank) {
    }

    /**
     * The best {@code limit} skills for the sentence; empty when it has no content words. A weighted sum of field BM25
     * scores over precomputed impacts ({@link TermImpacts}); ranks as {@link #searchWithLucene} does.
     *
     * <p>Pruned as in MaxScore, without changing a result: a first pass over the short postings (rare terms) gives a
     * lower bound on the final k-th best score; the common terms whose summed maximum impacts stay below that bound
     * cannot lift a skill into the top k on their own, so they only add to skills that some other term retrieves.
     * Every skill that is scored gets all its terms, summed in the same order as without pruning (the same floats).
     */
    public List<Hit> search(QueryText query, boolean dutchText, int limit) {
        if (query.isEmpty()) {
            return List.of();
        }
        Accumulator acc = ACCUMULATOR.get();
        int maxTerms = query.nl().size() + query.en().size();
        if (acc.scores.length != docToOrdinal.length || acc.postings.length < maxTerms) {
            acc = new Accumulator(docToOrdinal.length, Math.max(maxTerms, 4 * QueryText.MAX_TERMS));
            ACCUMULATOR.set(acc);
        }
        int termCount = 0;
        for (boolean dutch : new boolean[] {true, false}) {
            Map<String, Postings> postings = dutch ? dutchImpacts : englishImpacts;
            float languageWeight = dutch == dutchText ? 1f : OTHER_LANGUAGE;
            for (String term : (dutch ? query.nl() : query.en()).keySet()) {
                Postings p = postings.get(term);
                if (p == null) {
                    continue;
                }
                // the field boosts are inside the merged impacts; what is left is the language or translation weight
                Float translated = dutch ? null : query.translated().get(term);
                acc.postings[termCount] = p;
                acc.boosts[termCount++] = translated == null ? languageWeight : TRANSLATED * translated;
            }
        }
        boolean[] optional = acc.optional;
        int optionalCount = optionalTerms(acc, termCount, limit);
        int candidateCount = 0;
        if (optionalCount > 0) {
            for (int t = 0; t < termCount; t++) {
                if (!optional[t]) {
                    for (int doc : acc.postings[t].docs) {
                        if (!acc.candidate[doc]) {
                            acc.candidate[doc] = true;
                            acc.candidates[candidateCount++] = doc;
                        }
                    }
                }
            }
            java.util.Arrays.sort(acc.candidates, 0, candidateCount);
        }
        float[] scores = acc.scores;
        int[] touched = acc.touched;
        int touchedCount = 0;
        for (int t = 0; t < termCount; t++) {
            int[] docs = acc.postings[t].docs;
            float[] impact = acc.postings[t].scores;
            float boost = acc.boosts[t];
            if (optionalCount > 0 && optional[t]) {
                // a common term adds to the candidates only: look each up in its long postings
                int from = 0;
                for (int c = 0; c < candidateCount && from < docs.length; c++) {
                    int doc = acc.candidates[c];
                    int i = java.util.Arrays.binarySearch(docs, from, docs.length, doc);
                    if (i < 0) {
                        from = -i - 1;
                        continue;
                    }
                    if (scores[doc] == 0f) {
                        touched[touchedCount++] = doc;
                    }
                    scores[doc] += boost * impact[i];
                    from = i + 1;
                }
                continue;
            }
            for (int i = 0; i < docs.length; i++) {
                int doc = docs[i];
                if (scores[doc] == 0f) {
                    touched[touchedCount++] = doc;
                }
                scores[doc] += boost * impact[i];
            }
        }
        List<Hit> hits = top(scores, touched, touchedCount, limit, acc.best);
        for (int i = 0; i < touchedCount; i++) {
            scores[touched[i]] = 0f;
        }
        for (int c = 0; c < candidateCount; c++) {
            acc.candidate[acc.candidates[c]] = false;
        }
        java.util.Arrays.fill(optional, 0, termCount, false);
        java.util.Arrays.fill(acc.postings, 0, termCount, null);
        return hits;
    }

    /** Postings at most this long count as rare for the first pass that bounds the k-th best score. */
    private static final int RARE_POSTINGS = 400;
    /** Headroom for float rounding: sums of up to ~100 floats differ from the exact sum by far less. */
    private static final float ROUNDING_MARGIN = 0.999f;

    /**
     * Marks the terms that need not retrieve skills on their own and returns how many: the terms, lowest maximum
     * contribution first, whose maximum contributions add up to less than a lower bound on the final k-th best score.
     * The bound is the k-th best sum over the rare terms alone (impacts are positive, so a full sum is never lower).
     */
    private int optionalTerms(Accumulator acc, int termCount, int limit) {
        float[] scores = acc.scores;
        int[] touched = acc.touched;
        int touchedCount = 0;
        for (int t = 0; t < termCount; t++) {
            Postings p = acc.postings[t];
            if (p.docs.length > RARE_POSTINGS) {
                continue;
            }
            float boost = acc.boosts[t];
            for (int i = 0; i < p.docs.length; i++) {
                int doc = p.docs[i];
                if (scores[doc] == 0f) {
                    touched[touchedCount++] = doc;
                }
                scores[doc] += boost * p.scores[i];
            }
        }
        float bound = touchedCount < limit || limit > acc.best.length ? 0f
                : kthBest(scores, touched, touchedCount, limit, acc.best);
        for (int i = 0; i < touchedCount; i++) {
            scores[touched[i]] = 0f;
        }
        if (bound <= 0f) {
            return 0;
        }
        Integer[] byMax = new Integer[termCount];
        for (int t = 0; t < termCount; t++) {
            byMax[t] = t;
        }
        java.util.Arrays.sort(byMax, java.util.Comparator.comparingDouble(t -> acc.boosts[t] * acc.postings[t].max));
        float reachable = 0f;
        int count = 0;
        for (int t : byMax) {
            reachable += acc.boosts[t] * acc.postings[t].max;
            if (reachable >= bound * ROUNDING_MARGIN) {
                break;
            }
            acc.optional[t] = true;
            count++;
        }
        return count;
    }

    /** The k-th best of the touched scores. */
    private static float kthBest(float[] scores, int[] touched, int count, int k, int[] heap) {
        int size = 0;
        for (int i = 0; i < count; i++) {
            int doc = touched[i];
            if (size < k) {
                heap[size++] = doc;
                siftUp(heap, size - 1, scores);
            } else if (better(doc, heap[0], scores)) {
                heap[0] = doc;
                siftDown(heap, size, scores);
            }
        }
        return scores[heap[0]];
    }

    /**
     * Σ over one language's fields of field boost × BM25 impact, per term and document: the sum a query makes over those
     * fields, since a term's language or translation weight is the same in every field of its language.
     */
    private static Map<String, Postings> merged(TermImpacts impacts, boolean dutch, boolean descriptions) {
        Map<String, List<TermImpacts.Postings>> parts = new java.util.HashMap<>();
        Map<TermImpacts.Postings, Float> boosts = new java.util.IdentityHashMap<>();
        for (DocField field : DocField.values()) {
            boolean description = field == DocField.DESCRIPTION_EN || field == DocField.DESCRIPTION_NL;
            if (field.dutch != dutch || (!descriptions && description)) {
                continue;
            }
            impacts.field(field.name).forEach((term, p) -> {
                parts.computeIfAbsent(term, k -> new ArrayList<>(4)).add(p);
                boosts.put(p, field.boost);
            });
        }
        Map<String, Postings> out = java.util.HashMap.newHashMap(parts.size());
        parts.forEach((term, list) -> out.put(term, Postings.of(sum(list, boosts))));
        return out;
    }

    /** One term's merged postings over a language's fields, with its largest impact (the MaxScore bound). */
    private record Postings(int[] docs, float[] scores, float max) {
        static Postings of(TermImpacts.Postings p) {
            float max = 0f;
            for (float s : p.scores()) {
                max = Math.max(max, s);
            }
            return new Postings(p.docs(), p.scores(), max);
        }
    }

    private static TermImpacts.Postings sum(List<TermImpacts.Postings> list, Map<TermImpacts.Postings, Float> boosts) {
        TermImpacts.Postings out = new TermImpacts.Postings(new int[0], new float[0]);
        for (TermImpacts.Postings p : list) {
            out = mergeTwo(out, p, boosts.get(p));
        }
        return out;
    }

    /** Two doc-ascending postings as one, {@code b}'s impacts times {@code boost}. */
    private static TermImpacts.Postings mergeTwo(TermImpacts.Postings a, TermImpacts.Postings b, float boost) {
        int[] ad = a.docs();
        int[] bd = b.docs();
        int[] docs = new int[ad.length + bd.length];
        float[] scores = new float[docs.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < ad.length || j < bd.length) {
            if (j == bd.length || (i < ad.length && ad[i] < bd[j])) {
                docs[n] = ad[i];
                scores[n++] = a.scores()[i++];
            } else if (i == ad.length || bd[j] < ad[i]) {
                docs[n] = bd[j];
                scores[n++] = boost * b.scores()[j++];
            } else {
                docs[n] = ad[i];
                scores[n++] = a.scores()[i++] + boost * b.scores()[j++];
            }
        }
        return new TermImpacts.Postings(java.util.Arrays.copyOf(docs, n), java.util.Arrays.copyOf(scores, n));
    }

    /**
     * Per-thread scratch of one query, cleared after it (no 14k-slot allocation per sentence): score sums over all
     * skills and the touched list, candidate marks for the pruned pass, and the query's terms and weights.
     */
    private static final class Accumulator {
        final float[] scores;
        final int[] touched;
        final boolean[] candidate;
        final int[] candidates;
        final int[] best = new int[256];
        final Postings[] postings;
        final float[] boosts;
        final boolean[] optional;

        Accumulator(int size, int terms) {
            scores = new float[size];
            touched = new int[size];
            candidate = new boolean[size];
            candidates = new int[size];
            postings = new Postings[terms];
            boosts = new float[terms];
            optional = new boolean[terms];
        }
    }

    private static final ThreadLocal<Accumulator> ACCUMULATOR = ThreadLocal.withInitial(() -> new Accumulator(0, 0));

    /** The best documents, score descending and document order on ties (as Lucene's top-docs collector). */
    private List<Hit> top(float[] scores, int[] touched, int count, int limit, int[] heap) {
        int k = Math.min(limit, count);
        int[] best = k <= heap.length ? heap : new int[k];
        int size = 0;
        for (int i = 0; i < count; i++) {
            int doc = touched[i];
            if (size < k) {
                best[size++] = doc;
                siftUp(best, size - 1, scores);
            } else if (better(doc, best[0], scores)) {
                best[0] = doc;
                siftDown(best, size, scores);
            }
        }
        // the heap's k documents, best first (insertion sort: k is small)
        int[] ordered = java.util.Arrays.copyOf(best, size);
        for (int i = 1; i < size; i++) {
            int doc = ordered[i];
            int j = i - 1;
            while (j >= 0 && better(doc, ordered[j], scores)) {
                ordered[j + 1] = ordered[j];
                j--;
            }
            ordered[j + 1] = doc;
        }
        List<Hit> out = new ArrayList<>(size);
        for (int doc : ordered) {
            out.add(new Hit(docToOrdinal[doc], scores[doc], out.size()));
        }
        return out;
    }

    private static boolean better(int a, int b, float[] scores) {
        return scores[a] > scores[b] || (scores[a] == scores[b] && a < b);
    }

    /** Min-heap on "better": the root is the worst of the kept documents. */
    private static void siftUp(int[] heap, int i, float[] scores) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!better(heap[parent], heap[i], scores)) {
                return;
            }
            int t = heap[parent];
            heap[parent] = heap[i];
            heap[i] = t;
            i = parent;
        }
    }

    private static void siftDown(int[] heap, int size, float[] scores) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            int r = l + 1;
            int worst = i;
            if (l < size && better(heap[worst], heap[l], scores)) {
                worst = l;
            }
            if (r < size && better(heap[worst], heap[r], scores)) {
                worst = r;
            }
            if (worst == i) {
                return;
            }
            int t = heap[worst];
            heap[worst] = heap[i];
            heap[i] = t;
            i = worst;
        }
    }

    /** The same ranking by a Lucene query of boosted term clauses: the reference the impact sums are tested against. */
    List<Hit> searchWithLucene(QueryText query, boolean dutchText, int limit) {
        if (query.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (DocField field : DocField.values()) {
            if (!descriptions && (field == DocField.DESCRIPTION_EN || field == DocField.DESCRIPTION_NL)) {
                continue;
            }
            float languageWeight = field.dutch == dutchText ? 1f : OTHER_LANGUAGE;
            for (String term : (field.dutch ? query.nl() : query.en()).keySet()) {
                Float translated = field.dutch ? null : query.translated().get(term);
                float boost = field.boost * (translated == null ? languageWeight : TRANSLATED * translated);
                q.add(new BoostQuery(new TermQuery(new Term(field.name, term)), boost), BooleanClause.Occur.SHOULD);
            }
        }
        try {
            TopDocs top = searcher.search(q.build(), limit);
            List<Hit> out = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                out.add(new Hit(docToOrdinal[sd.doc], sd.score, out.size()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
