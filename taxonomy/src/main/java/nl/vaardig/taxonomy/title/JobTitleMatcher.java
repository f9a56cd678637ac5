package nl.vaardig.taxonomy.title;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.vaardig.taxonomy.analysis.Abbreviations;
import nl.vaardig.taxonomy.analysis.LabelKeys;
import nl.vaardig.taxonomy.analysis.TextFolding;
import nl.vaardig.taxonomy.analysis.VaardigAnalyzers;
import nl.vaardig.taxonomy.model.LanguageLabels;
import nl.vaardig.taxonomy.model.LinkedSkill;
import nl.vaardig.taxonomy.model.Occupation;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.Taxonomy;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
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
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Job title (Dutch or English) → ranked ESCO occupations, each with its skills as a suggestion list.
 *
 * <p>Two stages. Retrieval: Lucene BM25 over every occupation label (Dutch analysis with compound splitting and
 * abbreviations for Dutch and CompetentNL labels, English analysis for English labels, plus fuzzy terms for
 * typos). Re-ranking: per candidate label, a rarity-weighted F1 between the title's and the label's stemmed
 * compound parts ("Monteur heftrucks" covers "heftruckmonteur" fully), blended with the normalised BM25 score;
 * an occupation scores as its best label. Noise words are removed first by {@link JobTitleNormalizer}.
 *
 * <p>Built in memory at startup; thread-safe.
 */
public final class JobTitleMatcher {

    private static final String NL = "nl";
    private static final String EN = "en";
    private static final String ENTRY = "entry";
    private static final int CANDIDATES = 200;
    private static final double PREFERRED_NAME_WEIGHT = 0.15;

    private final Taxonomy taxonomy;
    private final JobTitleNormalizer normalizer;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final List<Entry> entries;
    private final Map<String, Double> idfNl;
    private final Map<String, Double> idfEn;
    private final Map<Integer, Set<String>> preferredStemsNl = new HashMap<>();
    private final Map<Integer, Set<String>> preferredStemsEn = new HashMap<>();

    private record Entry(int occupation, String label, boolean dutch, LabelSource source, Set<String> stems) {
    }

    private JobTitleMatcher(Taxonomy taxonomy, JobTitleNormalizer normalizer, DirectoryReader reader, List<Entry> entries) {
        this.taxonomy = taxonomy;
        this.normalizer = normalizer;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.searcher.setQueryCache(null);
        this.entries = entries;
        this.idfNl = idf(entries, true);
        this.idfEn = idf(entries, false);
        for (Entry e : entries) {
            if (e.source() == LabelSource.ESCO_PREFERRED) {
                (e.dutch() ? preferredStemsNl : preferredStemsEn).put(e.occupation(), e.stems());
            }
        }
    }

    /** Without CompetentNL. */
    public static JobTitleMatcher build(Taxonomy taxonomy) {
        return build(taxonomy, Map.of());
    }

    /**
     * @param extraDutchLabels more Dutch labels per occupation, e.g. {@code CompetentNlEscoLinks.extraDutchLabels()}
     */
    public static JobTitleMatcher build(Taxonomy taxonomy, Map<OccupationUri, List<String>> extraDutchLabels) {
        var entries = new ArrayList<Entry>();
        var dir = new ByteBuffersDirectory();
        try (var writer = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()).setRAMBufferSizeMB(64))) {
            for (int i = 0; i < taxonomy.occupationCount(); i++) {
                Occupation o = taxonomy.occupationAt(i);
                for (LanguageLabels l : o.labels().all()) {
                    boolean dutch = NL.equals(l.language().getLanguage());
                    var seen = new HashSet<String>();
                    add(writer, entries, i, l.preferred(), dutch, LabelSource.ESCO_PREFERRED, seen);
                    for (String alt : l.alternatives()) {
                        add(writer, entries, i, alt, dutch, LabelSource.ESCO_ALTERNATIVE, seen);
                    }
                    for (String hidden : l.hidden()) {
                        add(writer, entries, i, hidden, dutch, LabelSource.ESCO_HIDDEN, seen);
                    }
                }
                var seen = new HashSet<String>();
                for (String extra : extraDutchLabels.getOrDefault(o.uri(), List.of())) {
                    add(writer, entries, i, extra, true, LabelSource.COMPETENTNL, seen);
                }
            }
            writer.forceMerge(1);
            writer.commit();
            return new JobTitleMatcher(taxonomy, new JobTitleNormalizer(), DirectoryReader.open(dir), List.copyOf(entries));
        } catch (IOException e) {
            throw new UncheckedIOException("building the job title index", e);
        }
    }

    private static void add(IndexWriter writer, List<Entry> entries, int occupation, String label, boolean dutch,
                            LabelSource source, Set<String> seen) throws IOException {
        if (!seen.add(TextFolding.foldWords(label))) {
            return;
        }
        List<String> terms = VaardigAnalyzers.terms(dutch ? VaardigAnalyzers.dutch() : VaardigAnalyzers.english(), label);
        Set<String> stems = dutch ? LabelKeys.dutchLeafStems(label) : englishStems(label);
        if (terms.isEmpty() || stems.isEmpty()) {
            return;
        }
        var doc = new Document();
        doc.add(new TextField(dutch ? NL : EN, String.join(" ", terms), Field.Store.NO));
        doc.add(new NumericDocValuesField(ENTRY, entries.size()));
        entries.add(new Entry(occupation, label, dutch, source, stems));
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
        NormalizedTitle normalized = normalizer.normalize(title);
        String q = normalized.query();
        if (q.isBlank()) {
            return new TitleMatchResult(normalized, List.of());
        }
        List<Concept> dutchConcepts = dutchConcepts(q);
        Set<String> englishStems = englishStems(q);
        try {
            TopDocs top = searcher.search(query(q), CANDIDATES);
            if (top.scoreDocs.length == 0) {
                return new TitleMatchResult(normalized, List.of());
            }
            double maxBm25 = top.scoreDocs[0].score;
            var best = new HashMap<Integer, Scored>();
            List<LeafReaderContext> leaves = reader.leaves();
            for (ScoreDoc sd : top.scoreDocs) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
                NumericDocValues dv = leaf.reader().getNumericDocValues(ENTRY);
                if (dv == null || !dv.advanceExact(sd.doc - leaf.docBase)) {
                    continue;
                }
                Entry e = entries.get((int) dv.longValue());
                double overlap = e.dutch() ? dutchOverlap(dutchConcepts, e.stems()) : englishOverlap(englishStems, e.stems());
                double score = 0.75 * overlap + 0.25 * (sd.score / maxBm25) + sourceBonus(e.source());
                Scored s = best.get(e.occupation());
                if (s == null || score > s.score()) {
                    best.put(e.occupation(), new Scored(e, score));
                }
            }
            // among occupations that match equally well, the one whose own Dutch name is closest to the title wins
            // ("verpleegkundige": "algemeen verpleegkundige" before "leidinggevend verpleegkundige")
            best.replaceAll((occ, s) -> new Scored(s.entry(), s.score() + PREFERRED_NAME_WEIGHT * preferredCloseness(occ, dutchConcepts, englishStems)));
            List<OccupationMatch> ranked = best.values().stream()
                    .sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.entry().label()))
                    .limit(limit)
                    .map(s -> toMatch(s, locale))
                    .toList();
            return new TitleMatchResult(normalized, ranked);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private double preferredCloseness(int occupation, List<Concept> dutchConcepts, Set<String> englishStems) {
        Set<String> nl = preferredStemsNl.get(occupation);
        double dutch = nl == null ? 0 : dutchOverlap(dutchConcepts, nl);
        Set<String> en = preferredStemsEn.get(occupation);
        double english = en == null ? 0 : englishOverlap(englishStems, en);
        return Math.max(dutch, english);
    }

    private static double sourceBonus(LabelSource source) {
        return switch (source) {
            case ESCO_PREFERRED -> 0.04;
            case ESCO_ALTERNATIVE, COMPETENTNL -> 0.02;
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

    private OccupationMatch toMatch(Scored s, Locale locale) {
        Occupation o = taxonomy.occupationAt(s.entry().occupation());
        var skills = new ArrayList<SuggestedSkill>();
        for (LinkedSkill ls : taxonomy.skillsOf(o.uri())) {
            taxonomy.skill(ls.skill()).ifPresent(sk -> skills.add(new SuggestedSkill(sk.uri(), sk.label(locale), ls.relation())));
        }
        return new OccupationMatch(o.uri(), o.label(locale), s.score(), s.entry().label(), s.entry().source(), skills);
    }

    private record Scored(Entry entry, double score) {
    }
}
