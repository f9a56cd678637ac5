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
        LABEL_NL("lnl", true), LABEL_NL_WEAK("lnlw", true), DESCRIPTION_NL("dnl", true), CONTEXT_NL("cnl", true),
        LABEL_EN("len", false), LABEL_EN_WEAK("lenw", false), DESCRIPTION_EN("den", false), CONTEXT_EN("cen", false);

        final String name;
        final boolean dutch;

        DocField(String name, boolean dutch) {
            this.name = name;
            this.dutch = dutch;
        }
    }

    /** Labels with a source weight below this go to the weak label field (broad/narrow crosswalk mappings, generated). */
    private static final double STRONG_LABEL = 0.8;
    /**
     * Per field how much a hit counts; in text of the other language, that language's fields count for
     * {@link QueryWeights#otherLanguage} (loanwords and tool names stay); a translated term counts
     * {@link QueryWeights#translated} times its translation weight (a Dice coefficient).
     */
    private final QueryWeights weights;

    /** The index's files (kept for {@link RetrievalSnapshots}: a snapshot is these files and the terms). */
    private final ByteBuffersDirectory directory;
    private final int maxPostings;
    private final IndexSearcher searcher;
    /** Per language, term → the boosted sum of its impacts over that language's fields: one lookup per query term. */
    private final Map<String, TermImpacts.Postings> dutchImpacts;
    private final Map<String, TermImpacts.Postings> englishImpacts;
    /**
     * The same for text of the other language than the fields' ({@link QueryWeights#otherLanguageBoosts}); the same
     * maps as above where those boosts are the same.
     */
    private final Map<String, TermImpacts.Postings> dutchImpactsForEnglish;
    private final Map<String, TermImpacts.Postings> englishImpactsForDutch;
    /**
     * Recent look-ups in those four maps (Dutch, Dutch for English text, English for Dutch text, English, in that
     * order), shared by the retrievers that share the maps.
     */
    private final RecentTerms[] recentTerms;
    private final int[] docToOrdinal;
    private final int[] ordinalToDoc;
    private final SkillTerms terms;
    private final boolean descriptions;
    private final WordTranslations translations;
    /** Function words of one language that are no words of the other: an English-looking sentence is not translated. */
    private final QueryText.Markers markers;
    /** A word in the text of one language of at least this share of the skills is a word of that language. */
    private static final double OTHER_LANGUAGE_WORD = 0.005;
    /** The usage prior, common-term cap and broader preference, carried whole to a retriever made from this one. */
    private final SearchSettings settings;
    /** Per document, 1 + usage prior × the skill's usage ({@link #usage}); null when the prior is 0. */
    private final float[] docPrior;

    private SkillRetriever(ByteBuffersDirectory directory, IndexSearcher searcher, int[] docToOrdinal, SkillTerms terms,
                           boolean descriptions, int maxPostings, WordTranslations translations, QueryWeights weights,
                           SearchSettings settings) {
        this.directory = directory;
        this.maxPostings = maxPostings;
        this.searcher = searcher;
        this.weights = weights;
        TermImpacts impacts = TermImpacts.of(searcher.getIndexReader().leaves().getFirst().reader(),
                java.util.Arrays.stream(DocField.values()).map(f -> f.name).toList());
        this.dutchImpacts = pruned(merged(impacts, true, descriptions, weights.fieldBoosts()), maxPostings);
        this.englishImpacts = pruned(merged(impacts, false, descriptions, weights.fieldBoosts()), maxPostings);
        this.dutchImpactsForEnglish = weights.sameBoosts(true) ? dutchImpacts
                : pruned(merged(impacts, true, descriptions, weights.otherLanguageBoosts()), maxPostings);
        this.englishImpactsForDutch = weights.sameBoosts(false) ? englishImpacts
                : pruned(merged(impacts, false, descriptions, weights.otherLanguageBoosts()), maxPostings);
        this.recentTerms = new RecentTerms[] {new RecentTerms(dutchImpacts), new RecentTerms(dutchImpactsForEnglish),
                new RecentTerms(englishImpactsForDutch), new RecentTerms(englishImpacts)};
        this.docToOrdinal = docToOrdinal;
        int maxOrdinal = java.util.Arrays.stream(docToOrdinal).max().orElse(-1);
        this.ordinalToDoc = new int[maxOrdinal + 1];
        java.util.Arrays.fill(ordinalToDoc, -1);
        for (int doc = 0; doc < docToOrdinal.length; doc++) {
            ordinalToDoc[docToOrdinal[doc]] = doc;
        }
        this.terms = terms;
        this.descriptions = descriptions;
        this.markers = QueryText.markers(term -> documents(dutchImpacts, term), term -> documents(englishImpacts, term),
                OTHER_LANGUAGE_WORD, docToOrdinal.length);
        this.translations = translations;
        this.settings = settings;
        this.docPrior = docPrior(settings.usagePrior());
    }

    /** The same index, terms and weights with these translations and search settings. */
    private SkillRetriever(SkillRetriever other, WordTranslations translations, SearchSettings settings) {
        this.directory = other.directory;
        this.maxPostings = other.maxPostings;
        this.searcher = other.searcher;
        this.dutchImpacts = other.dutchImpacts;
        this.englishImpacts = other.englishImpacts;
        this.dutchImpactsForEnglish = other.dutchImpactsForEnglish;
        this.englishImpactsForDutch = other.englishImpactsForDutch;
        this.recentTerms = other.recentTerms;
        this.docToOrdinal = other.docToOrdinal;
        this.ordinalToDoc = other.ordinalToDoc;
        this.terms = other.terms;
        this.descriptions = other.descriptions;
        this.markers = other.markers;
        this.translations = translations;
        this.weights = other.weights;
        this.settings = settings;
        this.docPrior = settings.usagePrior() == other.settings.usagePrior() ? other.docPrior
                : docPrior(settings.usagePrior());
    }

    /** This retriever when {@code other} are its settings, else the same index with them. */
    private SkillRetriever with(SearchSettings other) {
        return other.equals(settings) ? this : new SkillRetriever(this, translations, other);
    }

    /**
     * The same index with each skill's retrieval sum multiplied by 1 + {@code weight} × its usage ({@link #usage}) before
     * the best are cut: of the skills a sentence's words reach alike, the one more occupations need comes first (a
     * vacancy names a skill about as often as the jobs that need it). 0: none, the sums as they are.
     */
    public SkillRetriever withUsagePrior(float weight) {
        return with(settings.withUsagePrior(weight));
    }

    /**
     * The same index with the query terms found in more than {@code share} of the documents left out of the sums (1:
     * none left out): such a word adds a small, nearly even amount to thousands of skills, and its postings are most of
     * a sentence's summing and of the skills the top-k walks. Not the exact BM25 sum any more; an ablation of the CPU
     * a sentence costs (docs/benchmarks.md, issue 13, round 15).
     */
    public SkillRetriever withoutCommonTerms(double share) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("share must be in (0, 1], was " + share);
        }
        int max = share == 1 ? Integer.MAX_VALUE : (int) Math.floor(share * docToOrdinal.length);
        return with(settings.withMaxTermDocuments(max));
    }

    public float usagePrior() {
        return settings.usagePrior();
    }

    /** The same index with this broader-skill preference (null: none) applied to each sentence's best. */
    SkillRetriever withBroaderPreference(BroaderPreference preference) {
        return with(settings.withBroader(preference));
    }

    BroaderPreference broaderPreference() {
        return settings.broader();
    }

    SearchSettings settings() {
        return settings;
    }

    /**
     * How widely ESCO's occupations use a skill, in [0, 1]: log(1 + occupations linking it) ÷ log(1 + occupations), i.e.
     * 1 − its specificity ÷ the largest specificity (that of a skill no occupation links).
     */
    static double usage(double specificity, double maxSpecificity) {
        return maxSpecificity <= 0 ? 0 : Math.clamp(1 - specificity / maxSpecificity, 0, 1);
    }

    /** Per document, 1 + {@code weight} × the skill's usage; null when the weight is 0 (no prior). */
    private float[] docPrior(float weight) {
        if (weight == 0f) {
            return null;
        }
        double max = 0;
        for (double s : terms.specificity) {
            max = Math.max(max, s);
        }
        float[] out = new float[docToOrdinal.length];
        for (int doc = 0; doc < out.length; doc++) {
            int ordinal = docToOrdinal[doc];
            double specificity = ordinal < terms.specificity.length ? terms.specificity[ordinal] : max;
            out[doc] = (float) (1 + weight * usage(specificity, max));
        }
        return out;
    }

    SkillRetriever withTranslations(WordTranslations other) {
        return new SkillRetriever(this, other, settings);
    }

    /**
     * The same index and translations queried with other weights (the impacts are merged again: a few seconds of
     * CPU); this index when they are its own.
     */
    public SkillRetriever withWeights(QueryWeights other) {
        return other.equals(weights) ? this : new SkillRetriever(directory, searcher, docToOrdinal, terms, descriptions,
                maxPostings, translations, other, settings);
    }

    public QueryWeights weights() {
        return weights;
    }

    WordTranslations translations() {
        return translations;
    }

    /**
     * The word translations of an index over {@code terms}: learnt from its labels and those of {@code bilingual}
     * (labels of at least {@code translationLabelWeight}), and from {@code sentencePairs} (empty: none) joined to them
     * by {@link WordTranslations#PLATFORM_MERGE}.
     */
    static WordTranslations translations(SkillTerms terms, List<SkillDocument> bilingual, double translationLabelWeight,
                                         List<SkillDocument> sentencePairs) {
        WordTranslations fromLabels = WordTranslations.learn(bilingual.isEmpty() ? List.of(terms)
                : List.of(terms, SkillTerms.of(bilingual, false)), translationLabelWeight);
        return sentencePairs.isEmpty() ? fromLabels
                : fromLabels.merged(WordTranslations.learnFromSentences(SkillTerms.of(sentencePairs, false)),
                WordTranslations.PLATFORM_MERGE);
    }

    private static int documents(Map<String, TermImpacts.Postings> impacts, String term) {
        TermImpacts.Postings p = impacts.get(term);
        return p == null ? 0 : p.docs().length;
    }

    /** The sentence analysed for this index: Dutch and English terms, and English translations of Dutch words. */
    public QueryText analyse(String sentence, boolean dutchText) {
        return QueryText.of(sentence, dutchText, translations, markers);
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
        return build(documents, descriptions, 0);
    }

    /**
     * @param maxPostings above 0, each term keeps only its this many highest-scoring documents: a search then costs at
     *                    most this much per query term, and a common word only counts where it matters most. Not the
     *                    exact BM25 sum any more ({@link #searchWithLucene} differs), so used where a ranking of the
     *                    best few is enough (the occupations a sentence sounds like).
     */
    static SkillRetriever build(List<SkillDocument> documents, boolean descriptions, int maxPostings) {
        return build(documents, descriptions, maxPostings, List.of(), WordTranslations.SAFE_LABEL);
    }

    /**
     * @param bilingual              more concepts whose Dutch and English labels teach word translations (ESCO's
     *                               occupations, {@link OccupationContext#documents}); not indexed
     * @param translationLabelWeight labels below this source weight teach no translation ({@code 0}: all,
     *                               {@code 0.8}: the safe ones, as in the fifth round)
     */
    public static SkillRetriever build(List<SkillDocument> documents, boolean descriptions,
                                       List<SkillDocument> bilingual, double translationLabelWeight) {
        return build(documents, descriptions, 0, bilingual, translationLabelWeight, List.of());
    }

    /**
     * As {@link #build(List, boolean, List, double)}, with the translations learnt from {@code sentencePairs}
     * ({@link DescriptionSentences#aligned}; empty: none) merged into those of the labels.
     */
    public static SkillRetriever build(List<SkillDocument> documents, boolean descriptions,
                                       List<SkillDocument> bilingual, double translationLabelWeight,
                                       List<SkillDocument> sentencePairs) {
        return build(documents, descriptions, 0, bilingual, translationLabelWeight, sentencePairs);
    }

    static SkillRetriever build(List<SkillDocument> documents, boolean descriptions, int maxPostings,
                                List<SkillDocument> bilingual, double translationLabelWeight) {
        return build(documents, descriptions, maxPostings, bilingual, translationLabelWeight, List.of());
    }

    static SkillRetriever build(List<SkillDocument> documents, boolean descriptions, int maxPostings,
                                List<SkillDocument> bilingual, double translationLabelWeight,
                                List<SkillDocument> sentencePairs) {
        return build(documents, descriptions, maxPostings, bilingual, translationLabelWeight, sentencePairs,
                QueryWeights.HAND_SET);
    }

    /**
     * As {@link #build(List, boolean, List, double, List)}, queried with {@code weights} (the platform's skills index:
     * {@link SkillRetrieval#PLATFORM_WEIGHTS}).
     */
    public static SkillRetriever build(List<SkillDocument> documents, boolean descriptions,
                                       List<SkillDocument> bilingual, double translationLabelWeight,
                                       List<SkillDocument> sentencePairs, QueryWeights weights) {
        return build(documents, descriptions, 0, bilingual, translationLabelWeight, sentencePairs, weights);
    }

    static SkillRetriever build(List<SkillDocument> documents, boolean descriptions, int maxPostings,
                                List<SkillDocument> bilingual, double translationLabelWeight,
                                List<SkillDocument> sentencePairs, QueryWeights weights) {
        Map<String, Analyzer> perField = new java.util.HashMap<>();
        for (DocField f : DocField.values()) {
            perField.put(f.name, f.dutch ? VaardigAnalyzers.dutchSentences() : VaardigAnalyzers.english());
        }
        Analyzer analyzer = new PerFieldAnalyzerWrapper(VaardigAnalyzers.english(), perField);
        ByteBuffersDirectory directory = inMemoryDirectory();
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SkillTerms terms = SkillTerms.of(documents, descriptions);
        return open(directory, terms, descriptions, maxPostings,
                translations(terms, bilingual, translationLabelWeight, sentencePairs), weights);
    }

    /** One buffer per file: a term lookup clones its input, and a many-buffer input costs that per clone. */
    static ByteBuffersDirectory inMemoryDirectory() {
        return new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
    }

    /**
     * The retriever over an index written by {@link #build} (freshly, or read back from a snapshot), its terms and word
     * translations, queried with the hand-set weights: the impacts are derived here, from the index, as after a build.
     */
    static SkillRetriever open(ByteBuffersDirectory directory, SkillTerms terms, boolean descriptions, int maxPostings,
                               WordTranslations translations) throws UncheckedIOException {
        return open(directory, terms, descriptions, maxPostings, translations, QueryWeights.HAND_SET);
    }

    /** As {@link #open(ByteBuffersDirectory, SkillTerms, boolean, int, WordTranslations)}, queried with {@code weights}. */
    static SkillRetriever open(ByteBuffersDirectory directory, SkillTerms terms, boolean descriptions, int maxPostings,
                               WordTranslations translations, QueryWeights weights) throws UncheckedIOException {
        try {
            DirectoryReader reader = DirectoryReader.open(directory);
            if (reader.leaves().size() != 1) {
                throw new IOException("expected one segment, found " + reader.leaves().size());
            }
            int[] docToOrdinal = new int[reader.maxDoc()];
            NumericDocValues ord = reader.leaves().getFirst().reader().getNumericDocValues("ord");
            for (int doc = 0; doc < docToOrdinal.length; doc++) {
                if (ord == null || !ord.advanceExact(doc)) {
                    throw new IOException("document " + doc + " has no skill ordinal");
                }
                docToOrdinal[doc] = (int) ord.longValue();
            }
            return new SkillRetriever(directory, new IndexSearcher(reader), docToOrdinal, terms, descriptions,
                    maxPostings, translations, weights, SearchSettings.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index's files, read-only: what a snapshot stores beside the terms. */
    ByteBuffersDirectory directory() {
        return directory;
    }

    int maxPostings() {
        return maxPostings;
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
     */
    public List<Hit> search(QueryText query, boolean dutchText, int limit) {
        return search(query, dutchText, limit, null);
    }

    /**
     * A lift added to the retrieval sums before the best are taken: skill ordinal {@code ordinals[i]} gains
     * {@code amounts[i]} × the sentence's best retrieval score; unless {@code reachedOnly}, also a skill the sentence's
     * words did not reach. When {@code best} is given, its first element receives that best retrieval score (before any
     * lift), so that a caller can tell a candidate's own retrieval score from its lift.
     */
    record Lift(int[] ordinals, float[] amounts, int count, boolean reachedOnly, float[] best) {

        Lift(int[] ordinals, float[] amounts, int count, boolean reachedOnly) {
            this(ordinals, amounts, count, reachedOnly, null);
        }
    }

    /**
     * As {@link #search(QueryText, boolean, int)}, with {@code lift} (null: none) added over all skills the sentence
     * reaches and those it names, before the top {@code limit} is cut: the lift chooses candidates, not only their order.
     */
    List<Hit> search(QueryText query, boolean dutchText, int limit, Lift lift) {
        if (query.isEmpty()) {
            return List.of();
        }
        Accumulator acc = accumulator.get();
        if (acc.scores.length != docToOrdinal.length) {
            acc = new Accumulator(docToOrdinal.length);
            accumulator.set(acc);
        }
        float[] scores = acc.scores;
        int[] touched = acc.touched;
        int touchedCount = 0;
        for (boolean dutch : new boolean[] {true, false}) {
            RecentTerms postings = recentTerms[(dutch ? 0 : 2) + (dutchText ? 0 : 1)];
            float languageWeight = dutch == dutchText ? 1f : weights.otherLanguage();
            for (String term : (dutch ? query.nl() : query.en()).keySet()) {
                TermImpacts.Postings p = postings.get(term);
                if (p == null || p.docs().length > settings.maxTermDocuments()) {
                    continue;
                }
                // the field boosts are inside the merged impacts; what is left is the language or translation weight
                Float translated = dutch ? null : query.translated().get(term);
                float boost = translated == null ? languageWeight : weights.translated() * translated;
                touchedCount = accumulate(p.docs(), p.scores(), boost, scores, touched, touchedCount);
            }
        }
        if (lift != null && touchedCount > 0) {
            float best = 0f;
            for (int i = 0; i < touchedCount; i++) {
                best = Math.max(best, scores[touched[i]]);
            }
            if (lift.best() != null) {
                lift.best()[0] = best;
            }
            for (int i = 0; i < lift.count(); i++) {
                int ordinal = lift.ordinals()[i];
                int doc = ordinal < ordinalToDoc.length ? ordinalToDoc[ordinal] : -1;
                if (doc < 0 || (lift.reachedOnly() && scores[doc] == 0f)) {
                    continue;
                }
                if (scores[doc] == 0f) {
                    touched[touchedCount++] = doc;
                }
                scores[doc] += best * lift.amounts()[i];
            }
        }
        if (docPrior != null) {
            for (int i = 0; i < touchedCount; i++) {
                scores[touched[i]] *= docPrior[touched[i]];
            }
        }
        List<Hit> hits = top(scores, touched, touchedCount, limit);
        BroaderPreference broader = settings.broader();
        if (broader != null) {
            hits = broader.apply(query, hits, ordinal -> {
                int doc = ordinal < ordinalToDoc.length ? ordinalToDoc[ordinal] : -1;
                return doc < 0 ? Double.NaN : scores[doc];
            }, limit);
        }
        for (int i = 0; i < touchedCount; i++) {
            scores[touched[i]] = 0f;
        }
        return hits;
    }

    /**
     * Adds {@code boost × impact} of one term's postings to the sums; a document whose sum was 0 before is appended to
     * {@code touched}. Without a branch on that test: about half the postings of a sentence are a document's first, so
     * the branch was taken at random and mispredicted about as often as not. {@code touched} has one slot more than
     * there are documents, as the document is written before the count moves.
     *
     * @return the new count of touched documents
     */
    static int accumulate(int[] docs, float[] impact, float boost, float[] scores, int[] touched, int touchedCount) {
        int count = touchedCount;
        for (int i = 0; i < docs.length; i++) {
            int doc = docs[i];
            float score = scores[doc];
            touched[count] = doc;
            count += score == 0f ? 1 : 0;
            scores[doc] = score + boost * impact[i];
        }
        return count;
    }

    /**
     * Σ over one language's fields of field boost × BM25 impact, per term and document: the sum a query makes over those
     * fields, since a term's language or translation weight is the same in every field of its language.
     */
    private static Map<String, TermImpacts.Postings> merged(TermImpacts impacts, boolean dutch, boolean descriptions,
                                                            float[] fieldBoosts) {
        Map<String, List<TermImpacts.Postings>> parts = new java.util.HashMap<>();
        Map<TermImpacts.Postings, Float> boosts = new java.util.IdentityHashMap<>();
        for (DocField field : DocField.values()) {
            boolean description = field == DocField.DESCRIPTION_EN || field == DocField.DESCRIPTION_NL;
            if (field.dutch != dutch || (!descriptions && description)) {
                continue;
            }
            impacts.field(field.name).forEach((term, p) -> {
                parts.computeIfAbsent(term, k -> new ArrayList<>(4)).add(p);
                boosts.put(p, fieldBoosts[field.ordinal()]);
            });
        }
        Map<String, TermImpacts.Postings> out = java.util.HashMap.newHashMap(parts.size());
        parts.forEach((term, list) -> out.put(term, sum(list, boosts)));
        return out;
    }

    /** Each term's {@code max} highest impacts, in document order again (all of them when max is 0). */
    private static Map<String, TermImpacts.Postings> pruned(Map<String, TermImpacts.Postings> postings, int max) {
        if (max <= 0) {
            return postings;
        }
        postings.replaceAll((term, p) -> {
            if (p.docs().length <= max) {
                return p;
            }
            Integer[] order = new Integer[p.docs().length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (a, b) -> Float.compare(p.scores()[b], p.scores()[a]));
            int[] kept = new int[max];
            for (int i = 0; i < max; i++) {
                kept[i] = order[i];
            }
            java.util.Arrays.sort(kept);
            int[] docs = new int[max];
            float[] scores = new float[max];
            for (int i = 0; i < max; i++) {
                docs[i] = p.docs()[kept[i]];
                scores[i] = p.scores()[kept[i]];
            }
            return new TermImpacts.Postings(docs, scores);
        });
        return postings;
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

    /** Per-thread score sums over all skills, cleared after each query by the touched list (no 14k-slot allocation). */
    private record Accumulator(float[] scores, int[] touched) {
        Accumulator(int size) {
            // one slot more: accumulate writes a document before it counts it
            this(new float[size], new int[size + 1]);
        }
    }

    /** Per index, not static: two indexes of different sizes searched in turns would re-allocate it every time. */
    private final ThreadLocal<Accumulator> accumulator = ThreadLocal.withInitial(() -> new Accumulator(0));

    /** The best documents, score descending and document order on ties (as Lucene's top-docs collector). */
    private List<Hit> top(float[] scores, int[] touched, int count, int limit) {
        int[] best = best(scores, touched, count, limit);
        List<Hit> out = new ArrayList<>(best.length);
        for (int doc : best) {
            out.add(new Hit(docToOrdinal[doc], scores[doc], out.size()));
        }
        return out;
    }

    /**
     * The best {@code limit} of the first {@code count} documents in {@code touched}: score descending, document order
     * on ties (as Lucene's top-docs collector).
     */
    static int[] best(float[] scores, int[] touched, int count, int limit) {
        int k = Math.min(limit, count);
        int[] best = new int[k];
        int size = 0;
        int next = 0;
        for (; next < count && size < k; next++) {
            best[size++] = touched[next];
            siftUp(best, size - 1, scores);
        }
        if (k > 0) {
            // the worst kept document in locals: most documents lose to it on the score alone
            int worstDoc = best[0];
            float worst = scores[worstDoc];
            for (; next < count; next++) {
                int doc = touched[next];
                float score = scores[doc];
                if (score > worst || (score == worst && doc < worstDoc)) {
                    best[0] = doc;
                    siftDown(best, size, scores);
                    worstDoc = best[0];
                    worst = scores[worstDoc];
                }
            }
        }
        // best first: an insertion sort of the few kept (no boxing)
        for (int i = 1; i < size; i++) {
            int doc = best[i];
            int j = i - 1;
            while (j >= 0 && better(doc, best[j], scores)) {
                best[j + 1] = best[j];
                j--;
            }
            best[j + 1] = doc;
        }
        return best;
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
            float languageWeight = field.dutch == dutchText ? 1f : weights.otherLanguage();
            for (String term : (field.dutch ? query.nl() : query.en()).keySet()) {
                Float translated = field.dutch ? null : query.translated().get(term);
                float fieldBoost = field.dutch == dutchText ? weights.boost(field) : weights.otherLanguageBoost(field);
                float boost = fieldBoost * (translated == null ? languageWeight : weights.translated() * translated);
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
