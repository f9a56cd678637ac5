package nl.vaardig.taxonomy.title;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.vaardig.taxonomy.analysis.Abbreviations;
import nl.vaardig.taxonomy.analysis.DutchDecompounder;
import nl.vaardig.taxonomy.analysis.LabelKeys;
import nl.vaardig.taxonomy.analysis.TextFolding;
import nl.vaardig.taxonomy.analysis.VaardigAnalyzers;
import nl.vaardig.taxonomy.model.LanguageLabels;
import nl.vaardig.taxonomy.model.LinkedSkill;
import nl.vaardig.taxonomy.model.Occupation;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.Taxonomy;
import nl.vaardig.taxonomy.snapshot.EngineSnapshots;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Job title (Dutch or English) → ranked ESCO occupations, each with its skills as a suggestion list.
 *
 * <p>Labels: ESCO's Dutch and English occupation labels, the Dutch national occupation titles (Dutch NOC) the ESCO
 * crosswalk maps to each occupation, weighted by the mapping relation (exact 1.0 … broad 0.5), and optionally
 * CompetentNL labels linked through that crosswalk.
 *
 * <p>Stages. (1) Readings: the title as written plus, for "⟨rol⟩ / ⟨rol⟩ ⟨branche⟩", each role with the branch
 * ({@link TitleFrames}); noise goes first ({@link JobTitleNormalizer}, which also strips "1e/2e graads").
 * (2) Retrieval: Lucene BM25 over every label (Dutch analysis with compound splitting, English analysis, fuzzy terms
 * for typos). (3) Re-ranking: per candidate label, a rarity-weighted F1 between the title's and the label's stemmed
 * compound parts, blended with the normalised BM25 score and scaled by the label's weight; an occupation scores as
 * its best label, plus its share of the neighbour vote of the retrieved national titles (titles formed alike are
 * mapped alike; a shared bracketed marker such as "(1e graads)" votes more). (4) Meaning: the title's words the
 * label does not cover are looked up in the occupation's skills and in its Dutch description and ISCO group
 * ({@link OccupationSkillWords}), so "docent wiskunde" prefers the teacher whose skills speak of wiskunde; the share
 * of the title's words found in any of the occupation's Dutch names is added, and a fixed bonus when the title's
 * head noun names the occupation.
 * (5) Head-noun fallback: the occupations named by the title's head noun ({@link HeadNouns}, learned from the
 * labels) join the candidates at a lower score, so a title with a known head never answers nothing.
 * (6) Expansion: the other occupations of the first candidates' ISCO unit groups and the occupations the title's
 * national frame is mostly mapped to join the first-stage top 60 (the crosswalk often picks a sibling of what the
 * words name); a title nothing found is split at its longest known part ("octrooi|gemachtigde").
 * (7) The learnt ranker ({@link TitleRanker}, linear plus hidden units) orders them on all these signals plus the
 * frame prior of the national titles ({@link NationalFramePrior}) and ISCO-group agreement (the word prior,
 * {@link NationalWordPrior}, is off: it lowered held-out accuracy); it was trained on the national titles in the index,
 * each with itself left out ({@link TitleRankerTraining}). A title that is literally a label is ordered by the hand
 * score instead, its literal matches first: the ranker hardly saw such titles in training.
 * Ties go to the better mapping relation, then to the occupation with more names (a commoner occupation), never
 * to label text order.
 *
 * <p>Built in memory at startup; thread-safe.
 */
public final class JobTitleMatcher {

    /** Longer input is a text, not a job title. */
    public static final int MAX_TITLE_CHARS = 200;
    private static final String NL = "nl";
    private static final String EN = "en";
    private static final String ENTRY = "entry";
    private static final int CANDIDATES = 200;
    private static final double PREFERRED_NAME_WEIGHT = 0.15;
    private static final double SKILL_WORDS_WEIGHT = 0.12;
    /** Share of a label's score that depends on its weight: a broad NOC mapping (0.5) keeps 92.5 % of it. */
    private static final double RELATION_WEIGHT = 0.15;
    private static final double BM25_WEIGHT = 0.25;
    private static final int SKILL_WORDS_DEPTH = 60;
    /**
     * Weight of the neighbour vote: the share an occupation gets of the retrieved Dutch NOC titles, each voting with
     * its overlap with the title squared. Titles formed alike ("Onderofficier ⟨x⟩ koninklijke marine") are mapped
     * alike by the crosswalk, so many similar national titles outvote one ESCO label that shares a word.
     */
    private static final double NEIGHBOUR_WEIGHT = 1.0;
    /** A neighbour whose bracketed marker equals the title's ("(1e graads)") votes this many times. */
    private static final double FRAME_AGREEMENT = 4.0;
    private static final Pattern BRACKETED = Pattern.compile("[(\\[]([^)\\]]*)[)\\]]");
    /**
     * Added when the title's head noun ({@link HeadNouns}; per role in "⟨rol⟩ / ⟨rol⟩") names the occupation at all, so
     * "docent ⟨vak⟩" stays with teachers when ⟨vak⟩ alone matches a label of another occupation. All-or-nothing: a
     * graded strength favoured the broad occupation whose one-word label is the head over the exact narrow label.
     */
    private static final double HEAD_WEIGHT = 1.0;
    private static final double LITERAL = 0.999;
    private static final int HAND_FEATURE = TitleRanker.FEATURES.indexOf("hand");
    private static final double NEIGHBOUR_POWER = 2.0;
    /** Weight of the share of the title's leftover words that the occupation's Dutch description or ISCO group names. */
    private static final double DESCRIPTION_WEIGHT = 0.25;
    /**
     * Weight of the share of the title's words that some Dutch name of the occupation has (ESCO label, NOC title):
     * a title spread over two names ("universitair docent" + "diergeneeskunde") still finds its occupation.
     */
    private static final double NAME_BAG_WEIGHT = 1.0;
    /** A head-noun candidate scores at most this, below any label that covers most of the title. */
    private static final double FALLBACK_BASE = 0.30;
    private static final double FALLBACK_SPAN = 0.20;
    /** ISCO agreement is counted among this many first-stage candidates. */
    private static final int ISCO_TOP = 10;
    /** Unknown-word fallback: a split leaves parts of at least this many letters … */
    private static final int MIN_PART = 4;
    /** … and a word names the one-word labels it ends only when it has at least this many. */
    private static final int MIN_TAIL_WORD = 5;
    /** Head-noun strength of an occupation found through a label the title's word ends. */
    private static final double TAIL_STRENGTH = 0.5;
    /** Occupations of the title's national frame added as candidates, per frame (first word, last word). */
    private static final int FRAME_CANDIDATES = 5;
    /** The ISCO unit groups of this many first candidates lend their other occupations as candidates … */
    private static final int ISCO_SEEDS = 3;
    /** … when the group has at most this many (a large group says little). */
    private static final int ISCO_MAX_GROUP = 100;

    private final Taxonomy taxonomy;
    private final JobTitleNormalizer normalizer;
    private final IndexSearcher searcher;
    private final List<Entry> entries;
    private final Map<String, Double> idfNl;
    private final Map<String, Double> idfEn;
    private final Map<Integer, Set<String>> preferredStemsNl = new HashMap<>();
    private final Map<Integer, Set<String>> preferredStemsEn = new HashMap<>();
    private final int[] namesPerOccupation;
    private final HeadNouns heads;
    private final OccupationSkillWords skillWords;
    private final Map<Integer, List<Entry>> entriesByOccupation = new HashMap<>();
    private final int[] nationalTitlesPerOccupation;
    private final TitleRanker ranker;
    private final NationalFramePrior framePrior;
    private final NationalWordPrior wordPrior;
    /**
     * The word prior is off in the shipped matcher (its two features zero, none of its candidates): on held-out titles
     * it lowered Acc@1 (seed 20261206: 0.594 without, 0.586 with; docs/benchmarks.md). On only to measure it again.
     */
    private final boolean withWordPrior;
    /**
     * The meaning features of round 7 (specificity-weighted skill and own-description shares, skill centrality, fit
     * over the title's readings) are off in the shipped matcher (their four features zero): on held-out titles of both
     * design seeds they moved Acc@1 by +0.003 (noise; docs/benchmarks.md, round 7). On only to measure them.
     */
    private final boolean withMeaning;
    private final Map<String, List<Integer>> occupationsByIsco;

    /** One label of the title index; its position in the list is the index document's {@code entry} value. */
    record Entry(int occupation, String label, String folded, boolean dutch, LabelSource source, double weight,
                 Set<String> stems) {
    }

    private JobTitleMatcher(Taxonomy taxonomy, JobTitleNormalizer normalizer, DirectoryReader reader, List<Entry> entries,
                            TitleRanker ranker) {
        this.taxonomy = taxonomy;
        this.ranker = ranker;
        this.normalizer = normalizer;
        this.searcher = new IndexSearcher(reader);
        this.searcher.setQueryCache(null);
        this.entries = entries;
        this.idfNl = idf(entries, true);
        this.idfEn = idf(entries, false);
        this.namesPerOccupation = new int[taxonomy.occupationCount()];
        this.nationalTitlesPerOccupation = new int[taxonomy.occupationCount()];
        var dutchLabels = new ArrayList<HeadNouns.Label>();
        var nationalMappings = new ArrayList<NationalFramePrior.Mapping>();
        for (Entry e : entries) {
            if (e.source() == LabelSource.DUTCH_NOC) {
                nationalMappings.add(new NationalFramePrior.Mapping(e.label(), e.occupation()));
            }
            if (e.source() == LabelSource.ESCO_PREFERRED) {
                (e.dutch() ? preferredStemsNl : preferredStemsEn).put(e.occupation(), e.stems());
            }
            namesPerOccupation[e.occupation()]++;
            nationalTitlesPerOccupation[e.occupation()] += e.source() == LabelSource.DUTCH_NOC ? 1 : 0;
            entriesByOccupation.computeIfAbsent(e.occupation(), k -> new ArrayList<>()).add(e);
            if (e.dutch()) {
                dutchLabels.add(new HeadNouns.Label(e.occupation(), e.label(), e.weight(), isNational(e.source())));
            }
        }
        this.heads = HeadNouns.learn(dutchLabels, DutchDecompounder.shipped());
        this.skillWords = new OccupationSkillWords(taxonomy);
        this.framePrior = new NationalFramePrior(nationalMappings, o -> taxonomy.occupationAt(o).iscoCode());
        this.wordPrior = new NationalWordPrior(nationalMappings, o -> taxonomy.occupationAt(o).iscoCode());
        this.occupationsByIsco = occupationsByIsco(taxonomy);
        this.withWordPrior = false;
        this.withMeaning = false;
    }

    private static Map<String, List<Integer>> occupationsByIsco(Taxonomy taxonomy) {
        var out = new HashMap<String, List<Integer>>();
        for (int i = 0; i < taxonomy.occupationCount(); i++) {
            String isco = taxonomy.occupationAt(i).iscoCode();
            if (!isco.isEmpty()) {
                out.computeIfAbsent(isco, k -> new ArrayList<>()).add(i);
            }
        }
        return out;
    }

    /** The same index with another ranker (held-out evaluation: a ranker trained without the held-out titles). */
    private JobTitleMatcher(JobTitleMatcher other, TitleRanker ranker, boolean withWordPrior, boolean withMeaning) {
        this.taxonomy = other.taxonomy;
        this.normalizer = other.normalizer;
        this.searcher = other.searcher;
        this.entries = other.entries;
        this.idfNl = other.idfNl;
        this.idfEn = other.idfEn;
        this.preferredStemsNl.putAll(other.preferredStemsNl);
        this.preferredStemsEn.putAll(other.preferredStemsEn);
        this.namesPerOccupation = other.namesPerOccupation;
        this.nationalTitlesPerOccupation = other.nationalTitlesPerOccupation;
        this.heads = other.heads;
        this.skillWords = other.skillWords;
        this.framePrior = other.framePrior;
        this.wordPrior = other.wordPrior;
        this.occupationsByIsco = other.occupationsByIsco;
        this.entriesByOccupation.putAll(other.entriesByOccupation);
        this.ranker = Objects.requireNonNull(ranker, "ranker");
        this.withWordPrior = withWordPrior;
        this.withMeaning = withMeaning;
        if (withMeaning) {
            // counted once here, so that the first title matched does not pay for it
            skillWords.specificity();
        }
    }

    JobTitleMatcher withRanker(TitleRanker ranker) {
        return new JobTitleMatcher(this, ranker, withWordPrior, withMeaning);
    }

    /** The same matcher with or without the national word prior (to measure what it adds; off when shipped). */
    JobTitleMatcher withWordPrior(boolean on) {
        return new JobTitleMatcher(this, ranker, on, withMeaning);
    }

    /** The same matcher with or without the meaning features of round 7 (off when shipped). */
    JobTitleMatcher withMeaning(boolean on) {
        return new JobTitleMatcher(this, ranker, withWordPrior, on);
    }

    private static boolean isNational(LabelSource source) {
        return source == LabelSource.DUTCH_NOC || source == LabelSource.COMPETENTNL;
    }

    /** ESCO labels and Dutch NOC titles, without CompetentNL. */
    public static JobTitleMatcher build(Taxonomy taxonomy) {
        return build(taxonomy, TitleIndexOptions.defaults());
    }

    /**
     * @param extraDutchLabels CompetentNL labels per occupation, e.g. {@code CompetentNlEscoLinks.extraDutchLabels()}
     */
    public static JobTitleMatcher build(Taxonomy taxonomy, Map<OccupationUri, List<String>> extraDutchLabels) {
        return build(taxonomy, TitleIndexOptions.withCompetentNl(extraDutchLabels));
    }

    public static JobTitleMatcher build(Taxonomy taxonomy, TitleIndexOptions options) {
        return build(taxonomy, options, TitleRanker.shipped());
    }

    /**
     * As {@link #build(Taxonomy, Map)}, the title index (every label analysed, and its Lucene index) read from
     * {@code snapshots} when it holds this version of it, else built and written there later
     * ({@link EngineSnapshots#writePending()}).
     */
    public static JobTitleMatcher build(Taxonomy taxonomy, Map<OccupationUri, List<String>> extraDutchLabels,
                                        EngineSnapshots snapshots) {
        return build(taxonomy, TitleIndexOptions.withCompetentNl(extraDutchLabels), TitleRanker.shipped(), snapshots);
    }

    /** With a given ranker ({@link TitleRanker#HAND} while training one). */
    static JobTitleMatcher build(Taxonomy taxonomy, TitleIndexOptions options, TitleRanker ranker) {
        return build(taxonomy, options, ranker, EngineSnapshots.none());
    }

    static JobTitleMatcher build(Taxonomy taxonomy, TitleIndexOptions options, TitleRanker ranker,
                                 EngineSnapshots snapshots) {
        List<TitleIndex.Input> inputs = inputs(taxonomy, options);
        TitleIndex index = snapshots.get("titles", TitleIndex.key(snapshots, taxonomy.occupationCount(), inputs),
                TitleIndex.CODEC, () -> TitleIndex.build(inputs));
        try {
            return new JobTitleMatcher(taxonomy, new JobTitleNormalizer(), DirectoryReader.open(index.directory()),
                    index.entries(), ranker);
        } catch (IOException e) {
            throw new UncheckedIOException("opening the job title index", e);
        }
    }

    /**
     * The labels the index is built from, in the order of the index: per occupation its ESCO labels (per language),
     * its Dutch NOC titles and its CompetentNL labels; a label whose folded text the occupation already has in that
     * language is left out.
     */
    static List<TitleIndex.Input> inputs(Taxonomy taxonomy, TitleIndexOptions options) {
        var inputs = new ArrayList<TitleIndex.Input>();
        var national = new HashMap<OccupationUri, List<NationalTitle>>();
        for (NationalTitle t : NationalTitle.all(taxonomy)) {
            if (!options.heldOut(t.title())) {
                national.computeIfAbsent(t.occupation(), k -> new ArrayList<>()).add(t);
            }
        }
        for (int i = 0; i < taxonomy.occupationCount(); i++) {
            Occupation o = taxonomy.occupationAt(i);
            var seenNl = new HashSet<String>();
            for (LanguageLabels l : o.labels().all()) {
                boolean dutch = NL.equals(l.language().getLanguage());
                var seen = dutch ? seenNl : new HashSet<String>();
                input(inputs, i, l.preferred(), dutch, LabelSource.ESCO_PREFERRED, 1.0, seen);
                for (String alt : l.alternatives()) {
                    input(inputs, i, alt, dutch, LabelSource.ESCO_ALTERNATIVE, 1.0, seen);
                }
                for (String hidden : l.hidden()) {
                    input(inputs, i, hidden, dutch, LabelSource.ESCO_HIDDEN, 1.0, seen);
                }
            }
            for (NationalTitle t : national.getOrDefault(o.uri(), List.of())) {
                input(inputs, i, t.title(), true, LabelSource.DUTCH_NOC, t.weight(), seenNl);
            }
            for (String extra : options.competentNlLabels().getOrDefault(o.uri(), List.of())) {
                if (!options.heldOut(extra)) {
                    input(inputs, i, extra, true, LabelSource.COMPETENTNL,
                            nl.vaardig.taxonomy.model.LabelSource.COMPETENTNL.weight(), seenNl);
                }
            }
        }
        return inputs;
    }

    private static void input(List<TitleIndex.Input> inputs, int occupation, String label, boolean dutch,
                              LabelSource source, double weight, Set<String> seen) {
        String folded = TextFolding.foldWords(label);
        if (seen.add(folded)) {
            inputs.add(new TitleIndex.Input(occupation, label, folded, dutch, source, weight));
        }
    }

    /** The index document and the entry of one label; nothing when its analysis leaves no term or stem. */
    static void add(IndexWriter writer, List<Entry> entries, TitleIndex.Input input) throws IOException {
        String label = input.label();
        boolean dutch = input.dutch();
        List<String> terms = VaardigAnalyzers.terms(dutch ? VaardigAnalyzers.dutch() : VaardigAnalyzers.english(), label);
        Set<String> stems = dutch ? LabelKeys.dutchLeafStems(label) : englishStems(label);
        if (terms.isEmpty() || stems.isEmpty()) {
            return;
        }
        var doc = new Document();
        doc.add(new TextField(dutch ? NL : EN, String.join(" ", terms), Field.Store.NO));
        doc.add(new NumericDocValuesField(ENTRY, entries.size()));
        entries.add(new Entry(input.occupation(), label, input.folded(), dutch, input.source(), input.weight(), stems));
        writer.addDocument(doc);
    }

    private static Set<String> englishStems(String text) {
        return new TreeSet<>(VaardigAnalyzers.terms(VaardigAnalyzers.english(), text));
    }

    private static Map<String, Double> idf(List<Entry> entries, boolean dutch) {
        var df = new HashMap<String, Integer>();
        int n = 0;
        for (Entry e : entries) {
            if (e.dutch() == dutch) {
                n++;
                e.stems().forEach(s -> df.merge(s, 1, Integer::sum));
            }
        }
        var idf = new HashMap<String, Double>(df.size() * 2);
        int total = n;
        df.forEach((s, d) -> idf.put(s, Math.log(1.0 + (double) total / d)));
        return idf;
    }

    public JobTitleNormalizer normalizer() {
        return normalizer;
    }

    /** How many head nouns were learned from the labels (for the start-up report). */
    public int headNounCount() {
        return heads.size();
    }

    /**
     * Ranked occupations for a title.
     *
     * @param locale language of the returned labels (the title itself may be Dutch or English)
     * @param limit  at most this many occupations (1..50)
     */
    public TitleMatchResult match(String title, Locale locale, int limit) {
        if (limit < 1 || limit > 50) {
            throw new IllegalArgumentException("limit must be 1..50, was " + limit);
        }
        NormalizedTitle normalized = normalizer.normalize(title == null ? "" : title);
        TitleOutcome refusal = TitleOutcome.refusal(title);
        if (refusal != null) {
            return TitleMatchResult.empty(normalized, refusal);
        }
        List<Candidate> candidates = candidates(normalized, null);
        if (candidates.isEmpty()) {
            return TitleMatchResult.empty(normalized, TitleOutcome.NOT_RECOGNISED);
        }
        var ranked = new ArrayList<Ranked>(candidates.size());
        for (Candidate c : candidates) {
            ranked.add(new Ranked(c, ranker.logit(c.features())));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::logit).reversed()
                .thenComparing(Ranked::candidate, Comparator.comparing(Candidate::scored, tieBreak)));
        List<Ranked> ordered = literalMatchesFirst(ranked);
        // the k-th answer carries the k-th highest probability, so the scores never rise down the list
        List<OccupationMatch> top = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, ordered.size()); i++) {
            top.add(toMatch(ordered.get(i).candidate().scored(), ranker.matchScore(ranked.get(i).logit()), locale));
        }
        return new TitleMatchResult(normalized, List.copyOf(top),
                ordered.getFirst().candidate().scored().fallback() ? TitleOutcome.HEAD_FALLBACK : TitleOutcome.MATCHED);
    }

    /**
     * A title that is literally a name of some occupation is ordered by the hand-weighted score of rounds 1–3 (label
     * fit and mapping relation, closeness to the preferred name, meaning, head noun), its literal matches first: the
     * learnt ranker was trained on national titles left out of the index, which are almost never a label themselves,
     * so it knows how to weigh neighbours, frames and priors for a title no name has, not how to choose between the
     * occupations that carry the title. It orders every candidate of a title that is no label.
     */
    private List<Ranked> literalMatchesFirst(List<Ranked> ranked) {
        if (ranked.stream().noneMatch(r -> r.candidate().scored().signals().literalReading())) {
            return ranked;
        }
        return ranked.stream().sorted(Comparator.comparing((Ranked r) -> !r.candidate().scored().signals().literalReading())
                .thenComparing(Comparator.comparingDouble((Ranked r) -> r.candidate().features()[HAND_FEATURE]).reversed())
                .thenComparing(r -> r.candidate().scored(), tieBreak)).toList();
    }

    /** A candidate occupation with the signals the ranker weighs ({@link TitleRanker#FEATURES} order). */
    record Candidate(Scored scored, double[] features) {
        OccupationUri uri(Taxonomy taxonomy) {
            return taxonomy.occupationAt(scored.entry().occupation()).uri();
        }

        /** Some reading of the title is literally this candidate's label: such titles are ordered by the hand score. */
        boolean literalReading() {
            return scored.signals().literalReading();
        }
    }

    private record Ranked(Candidate candidate, double logit) {
    }

    /**
     * The candidate occupations of a title with their signals, before the ranker, as {@link TitleRankerTraining}
     * sees them: {@code leftOut} (a national title) is treated as if it were not in the index.
     */
    List<Candidate> candidates(String title, String leftOut) {
        NormalizedTitle normalized = normalizer.normalize(title);
        return TitleOutcome.refusal(title) != null ? List.of()
                : candidates(normalized, leftOut == null ? null : TextFolding.foldWords(leftOut));
    }

    Taxonomy taxonomy() {
        return taxonomy;
    }

    private List<Candidate> candidates(NormalizedTitle normalized, String leftOut) {
        var best = new HashMap<Integer, Scored>();
        Set<String> frame = frameMarkers(normalized.original());
        var named = new HashSet<Integer>();
        var readingFit = new HashMap<Integer, Double>();
        int readings = 0;
        for (String reading : TitleFrames.readings(normalized.original())) {
            String q = normalizer.normalize(reading).query();
            if (!q.isBlank()) {
                readings++;
                var fit = new HashMap<Integer, Double>();
                retrieve(q, frame, best, leftOut, fit);
                fit.forEach((occ, v) -> readingFit.merge(occ, v, Double::sum));
                headFallback(q, best, leftOut);
                namedByHead(q, named, leftOut);
            }
        }
        if (best.isEmpty()) {
            unknownWordFallback(normalizer.normalize(normalized.original()).query(), frame, best, leftOut);
        }
        int readingCount = Math.max(1, readings);
        readingFit.replaceAll((occ, v) -> v / readingCount);
        if (best.isEmpty()) {
            return List.of();
        }
        List<Scored> ranked = best.values().stream().sorted(order).limit(SKILL_WORDS_DEPTH).toList();
        // like the neighbour vote, the frame of the national titles speaks only for a title that is no label itself
        boolean literal = ranked.stream().anyMatch(x -> x.signals().literal());
        NationalFramePrior.Frame titleFrame = literal ? NationalFramePrior.Frame.NONE : framePrior.of(normalized.original(), leftOut);
        NationalWordPrior.Words words = literal || !withWordPrior ? NO_WORDS
                : wordPrior.of(LabelKeys.dutchLeafStems(normalized.query()), this::idfNlOf, leftOut);
        return withFeatures(normalized.query(), named, expand(ranked, titleFrame, words, leftOut), leftOut, titleFrame,
                words, readingFit);
    }

    private static final NationalWordPrior.Words NO_WORDS = new NationalWordPrior.Words(Map.of(), Map.of(), o -> "");

    /**
     * Candidates no word of the title leads to, after the first-stage ones: the occupations its frame's national
     * titles are mapped to, and the other occupations of the ISCO unit groups of the first few candidates (the
     * crosswalk often picks a sibling of the occupation the words name). They enter with no label score; the ranker
     * weighs them on their frame share, meaning and ISCO agreement.
     */
    private List<Scored> expand(List<Scored> ranked, NationalFramePrior.Frame titleFrame, NationalWordPrior.Words words,
                                String leftOut) {
        var seen = new HashSet<Integer>();
        ranked.forEach(x -> seen.add(x.entry().occupation()));
        var out = new ArrayList<>(ranked);
        var extra = new ArrayList<Integer>(titleFrame.occupations(FRAME_CANDIDATES));
        extra.addAll(words.top(FRAME_CANDIDATES));
        for (int i = 0; i < Math.min(ISCO_SEEDS, ranked.size()); i++) {
            String isco = taxonomy.occupationAt(ranked.get(i).entry().occupation()).iscoCode();
            List<Integer> siblings = occupationsByIsco.getOrDefault(isco, List.of());
            if (siblings.size() <= ISCO_MAX_GROUP) {
                extra.addAll(siblings);
            }
        }
        for (int occ : extra) {
            if (seen.add(occ)) {
                Entry label = bestDutchLabel(occ, "", leftOut);
                if (label != null) {
                    out.add(new Scored(label, 0, false, Signals.EXPANDED));
                }
            }
        }
        return out;
    }

    /** Best score first; then the better mapping relation; then the occupation with more names; then its URI. */
    private final Comparator<Scored> tieBreak = Comparator.comparingDouble((Scored s) -> s.entry().weight()).reversed()
            .thenComparing(Comparator.comparingInt((Scored s) -> names(s.entry().occupation())).reversed())
            .thenComparing(s -> uriOf(s.entry().occupation()));
    private final Comparator<Scored> order = Comparator.comparingDouble(Scored::score).reversed().thenComparing(tieBreak);

    private int names(int occupation) {
        return namesPerOccupation[occupation];
    }

    private String uriOf(int occupation) {
        return taxonomy.occupationAt(occupation).uri().value();
    }

    /** Retrieves one reading; {@code fit} receives each found occupation's best label overlap in it. */
    private void retrieve(String q, Set<String> frame, Map<Integer, Scored> best, String leftOut, Map<Integer, Double> fit) {
        List<Concept> dutchConcepts = dutchConcepts(q);
        Set<String> englishStems = englishStems(q);
        try {
            TopDocs top = searcher.search(query(q), CANDIDATES);
            if (top.scoreDocs.length == 0) {
                return;
            }
            double maxBm25 = top.scoreDocs[0].score;
            var found = new HashMap<Integer, Scored>();
            var votes = new HashMap<Integer, Double>();
            double voteTotal = 0;
            boolean literal = false;
            for (ScoreDoc sd : top.scoreDocs) {
                LeafReaderContext leaf = searcher.getIndexReader().leaves().get(ReaderUtil.subIndex(sd.doc, searcher.getIndexReader().leaves()));
                NumericDocValues dv = leaf.reader().getNumericDocValues(ENTRY);
                if (dv == null || !dv.advanceExact(sd.doc - leaf.docBase)) {
                    continue;
                }
                Entry e = entries.get((int) dv.longValue());
                if (isLeftOut(e, leftOut)) {
                    continue;
                }
                double overlap = e.dutch() ? dutchOverlap(dutchConcepts, e.stems()) : englishOverlap(englishStems, e.stems());
                double bm25 = sd.score / maxBm25;
                double score = ((1 - BM25_WEIGHT) * overlap + BM25_WEIGHT * bm25) * (1 - RELATION_WEIGHT + RELATION_WEIGHT * e.weight())
                        + sourceBonus(e.source());
                if (e.source() == LabelSource.DUTCH_NOC) {
                    double v = Math.pow(overlap, NEIGHBOUR_POWER)
                            * (!frame.isEmpty() && frame.equals(frameMarkers(e.label())) ? FRAME_AGREEMENT : 1.0);
                    votes.merge(e.occupation(), v, Double::sum);
                    voteTotal += v;
                }
                literal |= overlap >= LITERAL;
                fit.merge(e.occupation(), overlap, Math::max);
                Scored s = found.get(e.occupation());
                if (s == null || score > s.score()) {
                    found.put(e.occupation(), new Scored(e, score, false,
                            new Signals(score, overlap, bm25, 0, 0, 0, overlap >= LITERAL, false, overlap >= LITERAL)));
                }
            }
            // among occupations that match equally well, the one whose own Dutch name is closest to the title wins
            // ("verpleegkundige": "algemeen verpleegkundige" before "leidinggevend verpleegkundige")
            // a title that is literally a name of some occupation needs no neighbours ("projectleider bouw")
            double total = literal ? 0 : voteTotal;
            found.forEach((occ, s) -> {
                double preferred = preferredCloseness(occ, dutchConcepts, englishStems);
                double vote = total == 0 ? 0 : votes.getOrDefault(occ, 0.0) / total;
                Signals x = s.signals();
                merge(best, new Scored(s.entry(), s.score() + PREFERRED_NAME_WEIGHT * preferred + NEIGHBOUR_WEIGHT * vote,
                        false, new Signals(x.label(), x.overlap(), x.bm25(), preferred, vote, 0, x.literal(), false, x.literal())));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The occupations the title's head noun names, below any real label match, the most direct first. */
    private void headFallback(String q, Map<Integer, Scored> best, String leftOut) {
        HeadNouns.Found found = heads.find(q, leftOut);
        if (found == null) {
            return;
        }
        Set<String> modifier = LabelKeys.dutchLeafStems(found.modifier());
        for (var e : heads.occupations(found.head(), leftOut).entrySet()) {
            int occ = e.getKey();
            Entry label = bestDutchLabel(occ, found.head(), leftOut);
            double fit = modifier.isEmpty() ? 0 : modifierFit(occ, modifier, leftOut);
            double strength = 0.5 * e.getValue() + 0.5 * fit;
            merge(best, new Scored(label, FALLBACK_BASE + FALLBACK_SPAN * strength, true,
                    new Signals(0, 0, 0, 0, 0, strength, false, false, false)));
        }
    }

    /**
     * For a title that nothing found: each word no label knows is split at its longest known beginning or ending
     * ("octrooigemachtigde" → "octrooi gemachtigde", "locatiescout" → "locatie scout") and retrieved again; and a word
     * that ends a one-word Dutch label ("dichter" in "tekstdichter") names that label's occupation.
     */
    private void unknownWordFallback(String q, Set<String> frame, Map<Integer, Scored> best, String leftOut) {
        if (q.isBlank()) {
            return;
        }
        var split = new ArrayList<String>();
        for (String word : q.split(" ")) {
            split.add(knownStems(word) ? word : splitAtKnownPart(word));
        }
        String reading = String.join(" ", split);
        if (!reading.equals(q)) {
            retrieve(reading, frame, best, leftOut, new HashMap<>());
        }
        for (String word : q.split(" ")) {
            if (word.length() < MIN_TAIL_WORD) {
                continue;
            }
            for (Entry e : entries) {
                if (e.dutch() && e.folded().indexOf(' ') < 0 && e.folded().length() > word.length()
                        && e.folded().endsWith(word) && !isLeftOut(e, leftOut)) {
                    merge(best, new Scored(e, FALLBACK_BASE, true, new Signals(0, 0, 0, 0, 0, TAIL_STRENGTH, false, false, false)));
                }
            }
        }
    }

    private boolean knownStems(String word) {
        Set<String> stems = LabelKeys.dutchLeafStems(word);
        return !stems.isEmpty() && idfNl.keySet().containsAll(stems);
    }

    /** The word split where its longer known part is longest; the word itself when no part of 4+ letters is known. */
    private String splitAtKnownPart(String word) {
        int bestCut = -1;
        int bestLength = 0;
        for (int cut = MIN_PART; cut <= word.length() - MIN_PART; cut++) {
            String prefix = word.substring(0, cut);
            String suffix = word.substring(cut);
            int known = Math.max(knownStems(prefix) ? prefix.length() : 0, knownStems(suffix) ? suffix.length() : 0);
            if (known > bestLength) {
                bestLength = known;
                bestCut = cut;
            }
        }
        return bestCut < 0 ? word : word.substring(0, bestCut) + " " + word.substring(bestCut);
    }

    /** The occupations a reading's head noun names; "⟨rol⟩ / ⟨rol⟩" has a head per role. */
    private void namedByHead(String q, Set<Integer> named, String leftOut) {
        HeadNouns.Found found = heads.find(q, leftOut);
        if (found != null) {
            named.addAll(heads.occupations(found.head(), leftOut).keySet());
        }
    }

    /** Rarity-weighted share of the modifier's stems found in the occupation's Dutch labels or skills. */
    private double modifierFit(int occupation, Set<String> modifier, String leftOut) {
        Set<String> skills = skillWords.of(taxonomy.occupationAt(occupation).uri());
        double total = 0;
        double found = 0;
        for (String stem : modifier) {
            double w = idfNlOf(stem);
            total += w;
            boolean inLabels = entriesOf(occupation, leftOut).stream().anyMatch(e -> e.dutch() && e.stems().contains(stem));
            if (inLabels || skills.contains(stem)) {
                found += w;
            }
        }
        return total == 0 ? 0 : found / total;
    }

    private Entry bestDutchLabel(int occupation, String head, String leftOut) {
        Entry fallback = null;
        for (Entry e : entriesOf(occupation, leftOut)) {
            if (e.dutch() && TextFolding.foldWords(e.label()).contains(head)) {
                return e;
            }
            if (fallback == null) {
                fallback = e;
            }
        }
        return fallback;
    }

    /** The occupation's labels, without the national title {@code leftOut} (folded; null: none). */
    private List<Entry> entriesOf(int occupation, String leftOut) {
        List<Entry> all = entriesByOccupation.getOrDefault(occupation, List.of());
        if (leftOut == null || all.stream().noneMatch(e -> isLeftOut(e, leftOut))) {
            return all;
        }
        return all.stream().filter(e -> !isLeftOut(e, leftOut)).toList();
    }

    private static boolean isLeftOut(Entry e, String leftOut) {
        return leftOut != null && isNational(e.source()) && e.folded().equals(leftOut);
    }

    /** The better-scoring reading wins; the head-noun strength and a literal match are kept from either. */
    private static void merge(Map<Integer, Scored> best, Scored s) {
        best.merge(s.entry().occupation(), s, (a, b) -> {
            Scored win = b.score() > a.score() ? b : a;
            double strength = Math.max(a.signals().fallbackStrength(), b.signals().fallbackStrength());
            boolean literalReading = a.signals().literalReading() || b.signals().literalReading();
            return win.signals().fallbackStrength() == strength && win.signals().literalReading() == literalReading ? win
                    : new Scored(win.entry(), win.score(), win.fallback(),
                    win.signals().withFallbackStrength(strength).withLiteralReading(literalReading));
        });
    }

    /**
     * The signals of each candidate for the ranker, among them the hand-weighted score of rounds 1–3: the share of
     * the title's words that its matched label leaves out but the occupation's skills or Dutch description mention
     * (meaning, learned from ESCO's occupation–skill relations, decides between occupations that share a name), the
     * share of the title's words in any of its names, and whether the title's head noun names it.
     */
    private List<Candidate> withFeatures(String q, Set<Integer> named, List<Scored> ranked, String leftOut,
                                         NationalFramePrior.Frame titleFrame, NationalWordPrior.Words words,
                                         Map<Integer, Double> readingFit) {
        List<Concept> concepts = dutchConcepts(q);
        TitleMeaning meaning = withMeaning ? titleMeaning(concepts) : null;
        Set<String> englishStems = englishStems(q);
        double titleWeight = concepts.stream().mapToDouble(Concept::weight).sum();
        Map<String, Integer> namedIsco = iscoCounts(named);
        Map<String, Integer> topIsco = iscoCounts(ranked.stream().limit(ISCO_TOP).map(x -> x.entry().occupation()).toList());
        int topCount = Math.min(ISCO_TOP, ranked.size());
        var out = new ArrayList<Candidate>(ranked.size());
        for (int rank = 0; rank < ranked.size(); rank++) {
            Scored s = ranked.get(rank);
            int occupation = s.entry().occupation();
            double rest = 0;
            double covered = 0;
            double described = 0;
            Set<String> skills = null;
            Set<String> description = null;
            for (Concept c : concepts) {
                Set<String> stems = c.alternatives().getFirst();
                if (stems.isEmpty() || s.entry().stems().containsAll(stems)) {
                    continue;
                }
                rest += c.weight();
                if (skills == null) {
                    OccupationUri uri = taxonomy.occupationAt(occupation).uri();
                    skills = skillWords.of(uri);
                    description = skillWords.descriptionOf(uri);
                }
                if (skills.containsAll(stems)) {
                    covered += c.weight();
                }
                if (description.containsAll(stems)) {
                    described += c.weight();
                }
            }
            double skillShare = rest == 0 ? 0 : covered / rest;
            double describedShare = rest == 0 ? 0 : described / rest;
            double head = named.contains(occupation) ? 1 : 0;
            double nameBag = nameBagRecall(occupation, concepts, englishStems, leftOut);
            double hand = s.score() + SKILL_WORDS_WEIGHT * skillShare + DESCRIPTION_WEIGHT * describedShare
                    + HEAD_WEIGHT * head + NAME_BAG_WEIGHT * nameBag;
            String isco = taxonomy.occupationAt(occupation).iscoCode();
            int own = leftOut == null ? 0 : entriesOf(occupation, null).size() - entriesOf(occupation, leftOut).size();
            Signals x = s.signals();
            LabelSource source = s.entry().source();
            double[] f = {
                    hand, x.label(), x.overlap(), x.bm25(), x.preferred(), x.vote(), s.fallback() ? 1 : 0,
                    x.fallbackStrength(), head, titleWeight == 0 ? 0 : rest / titleWeight, skillShare, describedShare,
                    nameBag, s.entry().weight(), x.literal() ? 1 : 0, source == LabelSource.ESCO_PREFERRED ? 1 : 0,
                    source == LabelSource.DUTCH_NOC ? 1 : 0, source == LabelSource.ESCO_HIDDEN ? 1 : 0,
                    Math.log1p(names(occupation) - own), Math.log1p(nationalTitlesPerOccupation[occupation] - own),
                    share(namedIsco, isco, named.size()), share(topIsco, isco, topCount), Math.log1p(rank),
                    titleFrame.first(occupation), titleFrame.last(occupation), x.expanded() ? 1 : 0,
                    titleFrame.firstIsco(occupation), titleFrame.lastIsco(occupation), words.occupation(occupation),
                    words.isco(occupation), meaning == null ? 0 : meaning.skillShare(occupation),
                    meaning == null ? 0 : meaning.skillCentrality(occupation),
                    meaning == null ? 0 : meaning.descriptionShare(occupation),
                    meaning == null ? 0 : readingFit.getOrDefault(occupation, 0.0)};
            out.add(new Candidate(s, f));
        }
        return out;
    }

    private TitleMeaning titleMeaning(List<Concept> concepts) {
        var stems = new LinkedHashSet<String>();
        concepts.forEach(c -> stems.addAll(c.alternatives().getFirst()));
        return new TitleMeaning(stems, skillWords, skillWords.specificity());
    }

    /**
     * What the title's words say about an occupation through ESCO's text rather than its names: siblings that share a
     * name ("uitvoerder betonwerken": site supervisors) differ in which of them has skills and a description that
     * speak of the title's specific words. Each word counts by its specificity (few occupations use it), learnt from
     * ESCO itself, so no list of subjects or branches is needed ("docent geologie", "bedrijfsleider … tussenhandel").
     */
    private final class TitleMeaning {
        private final Set<String> stems;
        private final OccupationSkillWords words;
        private final OccupationSkillWords.Specificity specificity;
        private final double skillTotal;
        private final double descriptionTotal;

        TitleMeaning(Set<String> stems, OccupationSkillWords words, OccupationSkillWords.Specificity specificity) {
            this.stems = stems;
            this.words = words;
            this.specificity = specificity;
            this.skillTotal = stems.stream().mapToDouble(specificity::ofSkill).sum();
            this.descriptionTotal = stems.stream().mapToDouble(specificity::ofDescription).sum();
        }

        double skillShare(int occupation) {
            Set<String> bag = words.of(taxonomy.occupationAt(occupation).uri());
            return skillTotal == 0 ? 0
                    : stems.stream().filter(bag::contains).mapToDouble(specificity::ofSkill).sum() / skillTotal;
        }

        double descriptionShare(int occupation) {
            Set<String> bag = words.ownDescriptionOf(taxonomy.occupationAt(occupation).uri());
            return descriptionTotal == 0 ? 0
                    : stems.stream().filter(bag::contains).mapToDouble(specificity::ofDescription).sum() / descriptionTotal;
        }

        /** Mean over its skills of the most specific title word each has, over the most specific possible. */
        double skillCentrality(int occupation) {
            List<Set<String>> skills = words.skillsOf(taxonomy.occupationAt(occupation).uri());
            double top = Math.log(specificity.occupations());
            if (skills.isEmpty() || skillTotal == 0 || top <= 0) {
                return 0;
            }
            double sum = 0;
            for (Set<String> skill : skills) {
                double best = 0;
                for (String stem : stems) {
                    if (skill.contains(stem)) {
                        best = Math.max(best, specificity.ofSkill(stem));
                    }
                }
                sum += best;
            }
            return sum / (skills.size() * top);
        }
    }

    private Map<String, Integer> iscoCounts(Collection<Integer> occupations) {
        var counts = new HashMap<String, Integer>();
        for (int o : occupations) {
            String isco = taxonomy.occupationAt(o).iscoCode();
            if (!isco.isEmpty()) {
                counts.merge(isco, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static double share(Map<String, Integer> counts, String isco, int total) {
        return total == 0 || isco.isEmpty() ? 0 : (double) counts.getOrDefault(isco, 0) / total;
    }

    /**
     * Rarity-weighted share of the title's words found in some name of the occupation: Dutch words in its Dutch names,
     * English words in its English names, whichever covers more.
     */
    private double nameBagRecall(int occupation, List<Concept> concepts, Set<String> englishStems, String leftOut) {
        List<Entry> names = entriesOf(occupation, leftOut);
        double total = 0;
        double found = 0;
        for (Concept c : concepts) {
            Set<String> stems = c.alternatives().getFirst();
            total += c.weight();
            if (names.stream().anyMatch(e -> e.dutch() && e.stems().containsAll(stems))) {
                found += c.weight();
            }
        }
        double englishTotal = 0;
        double englishFound = 0;
        for (String stem : englishStems) {
            double w = idfEn.getOrDefault(stem, 8.0);
            englishTotal += w;
            if (names.stream().anyMatch(e -> !e.dutch() && e.stems().contains(stem))) {
                englishFound += w;
            }
        }
        return Math.max(total == 0 ? 0 : found / total, englishTotal == 0 ? 0 : englishFound / englishTotal);
    }

    private double preferredCloseness(int occupation, List<Concept> dutchConcepts, Set<String> englishStems) {
        Set<String> nl = preferredStemsNl.get(occupation);
        double dutch = nl == null ? 0 : dutchOverlap(dutchConcepts, nl);
        Set<String> en = preferredStemsEn.get(occupation);
        double english = en == null ? 0 : englishOverlap(englishStems, en);
        return Math.max(dutch, english);
    }

    /**
     * What a national title says in brackets ("(1e graads)", "(hoger)", "(odalg)"): the normaliser drops it from the
     * query, but national titles that carry the same marker are mapped alike (a first-grade teacher to higher
     * education), so neighbours that share it vote more.
     */
    static Set<String> frameMarkers(String title) {
        var out = new TreeSet<String>();
        var m = BRACKETED.matcher(title);
        while (m.find()) {
            String marker = TextFolding.foldWords(m.group(1));
            if (!marker.isEmpty()) {
                out.add(marker);
            }
        }
        return out;
    }

    private static double sourceBonus(LabelSource source) {
        return switch (source) {
            case ESCO_PREFERRED -> 0.04;
            case ESCO_ALTERNATIVE, DUTCH_NOC, COMPETENTNL -> 0.02;
            case ESCO_HIDDEN -> 0.0;
        };
    }

    private BooleanQuery query(String q) {
        var b = new BooleanQuery.Builder();
        var nlTerms = new LinkedHashSet<>(VaardigAnalyzers.terms(VaardigAnalyzers.dutch(), q));
        for (String t : nlTerms) {
            b.add(new TermQuery(new Term(NL, t)), Occur.SHOULD);
            if (t.length() >= 7) {
                b.add(new BoostQuery(new FuzzyQuery(new Term(NL, t), 1, 2, 20, true), 0.3f), Occur.SHOULD);
            }
        }
        for (String t : new LinkedHashSet<>(VaardigAnalyzers.terms(VaardigAnalyzers.english(), q))) {
            b.add(new TermQuery(new Term(EN, t)), Occur.SHOULD);
        }
        return b.build();
    }

    /**
     * A word of the title as alternatives of stem sets: a compound is several concepts (its parts), an abbreviation
     * one concept satisfied by itself or by all stems of one of its expansions.
     */
    private record Concept(List<Set<String>> alternatives, double weight) {
    }

    private List<Concept> dutchConcepts(String q) {
        var out = new ArrayList<Concept>();
        for (String word : q.split(" ")) {
            Set<String> leaves = LabelKeys.dutchLeafStems(word);
            List<String> expansions = Abbreviations.dutch().expand(word);
            if (!expansions.isEmpty()) {
                var alts = new ArrayList<Set<String>>();
                alts.add(leaves);
                expansions.forEach(x -> alts.add(LabelKeys.dutchLeafStems(x)));
                double w = alts.stream().flatMap(Set::stream).mapToDouble(this::idfNlOf).max().orElse(1.0);
                out.add(new Concept(alts, w));
            } else {
                for (String leaf : leaves) {
                    out.add(new Concept(List.of(Set.of(leaf)), idfNlOf(leaf)));
                }
            }
        }
        return out;
    }

    private double idfNlOf(String stem) {
        return idfNl.getOrDefault(stem, 8.0);
    }

    /** Rarity-weighted F1 of the title's concepts against a Dutch label's stems. */
    private double dutchOverlap(List<Concept> concepts, Set<String> label) {
        double total = 0;
        double covered = 0;
        var usedLabelStems = new HashSet<String>();
        for (Concept c : concepts) {
            total += c.weight();
            for (Set<String> alt : c.alternatives()) {
                if (satisfies(label, alt)) {
                    covered += c.weight();
                    alt.stream().filter(label::contains).forEach(usedLabelStems::add);
                    break;
                }
            }
        }
        double labelTotal = 0;
        double labelCovered = 0;
        for (String s : label) {
            double w = idfNlOf(s);
            labelTotal += w;
            if (usedLabelStems.contains(s)) {
                labelCovered += w;
            }
        }
        return f1(total == 0 ? 0 : covered / total, labelTotal == 0 ? 0 : labelCovered / labelTotal);
    }

    /**
     * A label satisfies a stem set when it has all of it; for an expansion of three or more stems one may be
     * missing ("MBO" = "middelbaar beroepsonderwijs" is satisfied by "beroepsonderwijs").
     */
    private static boolean satisfies(Set<String> label, Set<String> alternative) {
        if (alternative.isEmpty()) {
            return false;
        }
        int present = 0;
        for (String s : alternative) {
            if (label.contains(s)) {
                present++;
            }
        }
        return present == alternative.size() || (alternative.size() >= 3 && present >= alternative.size() - 1);
    }

    private double englishOverlap(Set<String> query, Set<String> label) {
        double qt = 0;
        double both = 0;
        for (String s : query) {
            double w = idfEn.getOrDefault(s, 8.0);
            qt += w;
            if (label.contains(s)) {
                both += w;
            }
        }
        double lt = 0;
        for (String s : label) {
            lt += idfEn.getOrDefault(s, 8.0);
        }
        return f1(qt == 0 ? 0 : both / qt, lt == 0 ? 0 : both / lt);
    }

    private static double f1(double recall, double precision) {
        return recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision);
    }

    private OccupationMatch toMatch(Scored s, double score, Locale locale) {
        Occupation o = taxonomy.occupationAt(s.entry().occupation());
        var skills = new ArrayList<SuggestedSkill>();
        for (LinkedSkill ls : CharacteristicSkillOrder.of(taxonomy, o.uri())) {
            taxonomy.skill(ls.skill()).ifPresent(sk -> skills.add(new SuggestedSkill(sk.uri(), sk.label(locale), ls.relation())));
        }
        return new OccupationMatch(o.uri(), o.label(locale), score, s.entry().label(), s.entry().source(), skills);
    }

    /** A candidate before the ranker: its best label, its first-stage score, and the signals behind that score. */
    private record Scored(Entry entry, double score, boolean fallback, Signals signals) {
    }

    /**
     * What the first stage found: the best label's score, stem F1 and relative BM25, the closeness to the preferred
     * name, the share of the neighbour vote, the head-noun strength (fallback) and whether the label is the title
     * (literal: of the reading that scored best, a ranker feature; literalReading: of any reading, "⟨rol⟩ / ⟨rol⟩").
     */
    private record Signals(double label, double overlap, double bm25, double preferred, double vote,
                           double fallbackStrength, boolean literal, boolean expanded, boolean literalReading) {
        /** A candidate from the title's frame or an ISCO sibling of a first candidate: no word of the title led to it. */
        static final Signals EXPANDED = new Signals(0, 0, 0, 0, 0, 0, false, true, false);

        Signals withFallbackStrength(double strength) {
            return new Signals(label, overlap, bm25, preferred, vote, strength, literal, expanded, literalReading);
        }

        Signals withLiteralReading(boolean literalInSomeReading) {
            return new Signals(label, overlap, bm25, preferred, vote, fallbackStrength, literal, expanded,
                    literalInSomeReading);
        }
    }
}
