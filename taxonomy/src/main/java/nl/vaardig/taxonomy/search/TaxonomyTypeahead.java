package nl.vaardig.taxonomy.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.vaardig.taxonomy.analysis.VaardigAnalyzers;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.LabelSource;
import nl.vaardig.taxonomy.model.SourcedLabel;
import nl.vaardig.taxonomy.model.Occupation;
import nl.vaardig.taxonomy.model.Skill;
import nl.vaardig.taxonomy.model.Taxonomy;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
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
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Typeahead over skills and occupations by every surface form of the taxonomy's vocabulary: ESCO's Dutch and English
 * labels, the official Dutch labels and VDAB competences of the crosswalk, Dutch national occupation titles and
 * derived Dutch labels, each weighted by its source ({@link SourcedLabel#weight()}). Prefix matching on every word
 * (so "heftr" and "chauf" both find "heftruckchauffeur", compounds being split), Dutch and English stems with
 * compound parts (so "wonden verzorgen" finds "wondverzorging", "magazijnbeheer" finds "magazijnen beheren"), typo
 * tolerance by edit distance on whole words, one result per concept with the label the text matched.
 *
 * <p>Built in memory (Lucene {@link ByteBuffersDirectory}) from a {@link Taxonomy} at startup; thread-safe.
 * One Lucene document per label; a side table maps each document to its concept so no stored fields are read.
 */
public final class TaxonomyTypeahead {

    private static final String WORDS = "words";
    private static final String PREFIX = "prefix";
    private static final String STEMS = "stems";
    private static final String KIND = "kind";
    private static final String ENTRY = "entry";
    private static final int MAX_PREFIX = 20;
    private static final int CANDIDATES = 150;
    private static final Locale DUTCH = Locale.of("nl");

    private final Taxonomy taxonomy;
    private final IndexSearcher searcher;
    private final DirectoryReader reader;
    private final List<Entry> entries;

    /** One indexed label. {@code ordinal} is the concept's ordinal in the taxonomy; {@code weight} its source's. */
    private record Entry(SuggestionKind kind, int ordinal, String label, Locale language, boolean preferred,
                         double weight, String[] stems) {

        /** Share of this label's stems that the text has (a stem starting with {@code prefix} counts too). */
        double coverage(Set<String> textStems, String prefix) {
            if (stems.length == 0) {
                return 0;
            }
            int covered = 0;
            for (String stem : stems) {
                if (textStems.contains(stem) || (!prefix.isEmpty() && stem.startsWith(prefix))) {
                    covered++;
                }
            }
            return (double) covered / stems.length;
        }
    }

    /** A curated lexicon phrase is a search word, not the concept's name: it never outranks a real label. */
    private static final double LEXICON_WEIGHT = 0.6;

    private TaxonomyTypeahead(Taxonomy taxonomy, DirectoryReader reader, List<Entry> entries) {
        this.taxonomy = taxonomy;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.searcher.setQueryCache(null);
        this.entries = entries;
    }

    public static TaxonomyTypeahead build(Taxonomy taxonomy) {
        return build(taxonomy, Map.of());
    }

    /**
     * With extra Dutch search labels per skill (the extractor's curated lexicon: "heftruck" → operate forklift), so
     * a Dutch word finds the skill even where ESCO has no Dutch label; the suggestion still shows the skill's own
     * label, with the word typed as the matched label.
     */
    public static TaxonomyTypeahead build(Taxonomy taxonomy, Map<SkillUri, List<String>> extraDutchSkillLabels) {
        var labels = new ArrayList<Label>();
        for (int i = 0; i < taxonomy.skillCount(); i++) {
            Skill s = taxonomy.skillAt(i);
            var seen = addVocabulary(labels, SuggestionKind.SKILL, i, taxonomy.vocabulary(s.uri()));
            for (String label : extraDutchSkillLabels.getOrDefault(s.uri(), List.of())) {
                add(labels, new Label(SuggestionKind.SKILL, i, label, DUTCH, false, LEXICON_WEIGHT), seen);
            }
        }
        for (int i = 0; i < taxonomy.occupationCount(); i++) {
            Occupation o = taxonomy.occupationAt(i);
            addVocabulary(labels, SuggestionKind.OCCUPATION, i, taxonomy.vocabulary(o.uri()));
        }
        // analysis (decompounding, stemming) is most of the start-up cost and independent per label: use every core
        List<Analysed> analysed = labels.parallelStream().map(Analysed::of).filter(a -> !a.words().isEmpty()).toList();
        var entries = new ArrayList<Entry>(analysed.size());
        var dir = new ByteBuffersDirectory();
        var config = new IndexWriterConfig(new WhitespaceAnalyzer()).setRAMBufferSizeMB(128);
        try (var writer = new IndexWriter(dir, config)) {
            for (Analysed a : analysed) {
                writer.addDocument(a.document(entries.size()));
                entries.add(a.entry());
            }
            writer.forceMerge(1);
            writer.commit();
            return new TaxonomyTypeahead(taxonomy, DirectoryReader.open(dir), List.copyOf(entries));
        } catch (IOException e) {
            throw new UncheckedIOException("building the typeahead index", e);
        }
    }

    /** A label to index, before analysis. */
    private record Label(SuggestionKind kind, int ordinal, String text, Locale language, boolean preferred,
                         double weight) {
    }

    /** A label with its entry (stems kept for ranking) and the words of its document. */
    private record Analysed(Entry entry, List<String> words) {

        static Analysed of(Label l) {
            String[] stems = VaardigAnalyzers.terms(VaardigAnalyzers.forLanguage(l.language()), l.text())
                    .toArray(String[]::new);
            return new Analysed(new Entry(l.kind(), l.ordinal(), l.text(), l.language(), l.preferred(), l.weight(), stems),
                    wordsOf(l.text(), l.language()));
        }

        Document document(int entryIndex) {
            var prefixes = new LinkedHashSet<String>();
            for (String w : words) {
                for (int n = 1; n <= Math.min(w.length(), MAX_PREFIX); n++) {
                    prefixes.add(w.substring(0, n));
                }
            }
            var doc = new Document();
            doc.add(new TextField(WORDS, String.join(" ", words), Field.Store.NO));
            doc.add(new TextField(PREFIX, String.join(" ", prefixes), Field.Store.NO));
            doc.add(new TextField(STEMS, String.join(" ", entry.stems()), Field.Store.NO));
            doc.add(new StringField(KIND, entry.kind().name(), Field.Store.NO));
            doc.add(new NumericDocValuesField(ENTRY, entryIndex));
            return doc;
        }
    }

    private static Set<String> addVocabulary(List<Label> labels, SuggestionKind kind, int ordinal,
                                             List<SourcedLabel> vocabulary) {
        var seen = new LinkedHashSet<String>();
        for (SourcedLabel l : vocabulary) {
            boolean preferred = l.source() == LabelSource.ESCO_PREFERRED || l.source() == LabelSource.ESCO_CROSSWALK;
            add(labels, new Label(kind, ordinal, l.text(), l.language(), preferred, l.weight()), seen);
        }
        return seen;
    }

    private static void add(List<Label> labels, Label label, Set<String> seen) {
        if (seen.add(label.text().toLowerCase(Locale.ROOT))) {
            labels.add(label);
        }
    }

    /** Folded words; for Dutch labels also their compound parts. */
    private static List<String> wordsOf(String label, Locale language) {
        var analyzer = "nl".equals(language.getLanguage())
                ? VaardigAnalyzers.dutchFoldingWithParts() : VaardigAnalyzers.folding();
        return VaardigAnalyzers.terms(analyzer, label);
    }

    /** Number of indexed labels (for reporting). */
    public int labelCount() {
        return entries.size();
    }

    public List<Suggestion> suggest(TypeaheadQuery query) {
        String text = query.text();
        List<String> tokens = VaardigAnalyzers.terms(VaardigAnalyzers.folding(), text);
        if (tokens.isEmpty()) {
            return List.of();
        }
        boolean lastIsPrefix = !Character.isWhitespace(text.charAt(text.length() - 1));
        // each typed word is analysed once per keystroke; the up to three query passes below reuse it
        List<Set<String>> tokenStems = tokens.stream().map(TaxonomyTypeahead::stems).toList();
        Set<String> content = new LinkedHashSet<>();
        tokenStems.forEach(content::addAll);
        String prefix = lastIsPrefix ? tokens.getLast() : "";
        // among labels that match, the ones whose words the text covers come first: "heftruck" → "heftrucks
        // bedienen" before a longer label that merely contains the word
        java.util.function.ToDoubleFunction<Entry> covered = e -> 0.6 + 0.4 * e.coverage(content, prefix);
        try {
            // cheap first: exact words and prefixes; typo tolerance only when that finds too little
            List<Suggestion> exact = collapse(searcher.search(
                    buildQuery(tokens, tokenStems, lastIsPrefix, query.kinds(), true, false), CANDIDATES), query, covered);
            if (exact.size() >= query.limit()) {
                return exact;
            }
            List<Suggestion> fuzzy = collapse(searcher.search(
                    buildQuery(tokens, tokenStems, lastIsPrefix, query.kinds(), true, true), CANDIDATES), query, covered);
            if (fuzzy.isEmpty() && tokens.size() > 1) {
                fuzzy = collapse(searcher.search(
                        buildQuery(tokens, tokenStems, lastIsPrefix, query.kinds(), false, true), CANDIDATES), query, covered);
            }
            List<Suggestion> best = fuzzy.size() >= exact.size() ? fuzzy : exact;
            if (best.size() >= query.limit()) {
                return best;
            }
            // a phrase or a sentence rather than a name ("je verwerkt de inkomende post"): the labels that share the
            // most of its content words, after what matched every word
            if (content.size() < FREE_TEXT_MIN_WORDS) {
                return best;
            }
            return merged(best, freeText(content, query), query.limit());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Content words from this many on are treated as free text, not as a name being typed. */
    private static final int FREE_TEXT_MIN_WORDS = 2;

    /**
     * Labels ranked by BM25 over their stems, times how much of the label the text covers: a short label whose
     * every word is in the text ("post afhandelen") beats a long one that shares a single common word.
     */
    private List<Suggestion> freeText(Set<String> content, TypeaheadQuery query) throws IOException {
        var q = new BooleanQuery.Builder();
        content.forEach(stem -> q.add(new TermQuery(new Term(STEMS, stem)), Occur.SHOULD));
        if (query.kinds().size() < SuggestionKind.values().length) {
            var kindFilter = new BooleanQuery.Builder();
            query.kinds().forEach(k -> kindFilter.add(new TermQuery(new Term(KIND, k.name())), Occur.SHOULD));
            q.add(kindFilter.build(), Occur.FILTER);
        }
        TopDocs top = searcher.search(q.build(), CANDIDATES);
        return collapse(top, query, e -> {
            double coverage = e.coverage(content, "");
            // free text is written in the UI's language; a label in another one matches by accident more often
            double language = e.language().getLanguage().equals(query.locale().getLanguage()) ? 1.0 : 0.6;
            return coverage * coverage * language;
        });
    }

    private static List<Suggestion> merged(List<Suggestion> first, List<Suggestion> then, int limit) {
        var out = new ArrayList<>(first);
        var seen = new java.util.HashSet<>(first.stream().map(Suggestion::uri).toList());
        for (Suggestion s : then) {
            if (out.size() >= limit) {
                break;
            }
            if (seen.add(s.uri())) {
                out.add(s);
            }
        }
        return out;
    }

    private static Query buildQuery(List<String> tokens, List<Set<String>> tokenStems, boolean lastIsPrefix,
                                    Set<SuggestionKind> kinds, boolean all, boolean typos) {
        var q = new BooleanQuery.Builder();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            boolean prefix = lastIsPrefix && i == tokens.size() - 1;
            var group = new BooleanQuery.Builder();
            group.add(new BoostQuery(new TermQuery(new Term(WORDS, t)), 2.0f), Occur.SHOULD);
            // the word's Dutch and English stems and compound parts: inflections and split compounds match
            for (String stem : tokenStems.get(i)) {
                group.add(new BoostQuery(new TermQuery(new Term(STEMS, stem)), 2.0f), Occur.SHOULD);
            }
            if (prefix && t.length() <= MAX_PREFIX) {
                group.add(new BoostQuery(new TermQuery(new Term(PREFIX, t)), 1.0f), Occur.SHOULD);
            }
            int edits = t.length() >= 10 ? 2 : t.length() >= 4 ? 1 : 0;
            if (typos && edits > 0) {
                group.add(new BoostQuery(new FuzzyQuery(new Term(WORDS, t), edits, t.length() >= 6 ? 2 : 1, 25, true), 0.8f), Occur.SHOULD);
            }
            // a function word ("met", "de", "the") need not match when the other words do
            boolean functionWord = tokens.size() > 1 && tokenStems.get(i).isEmpty();
            q.add(group.build(), all && !functionWord ? Occur.MUST : Occur.SHOULD);
        }
        if (kinds.size() < SuggestionKind.values().length) {
            var kindFilter = new BooleanQuery.Builder();
            kinds.forEach(k -> kindFilter.add(new TermQuery(new Term(KIND, k.name())), Occur.SHOULD));
            q.add(kindFilter.build(), Occur.FILTER);
        }
        if (!all) {
            q.setMinimumNumberShouldMatch(Math.max(1, (tokens.size() + 1) / 2));
        }
        return q.build();
    }

    /** Dutch and English stems of a typed word; none for a function word of either language ("de", "the"). */
    private static Set<String> stems(String token) {
        List<String> dutch = VaardigAnalyzers.terms(VaardigAnalyzers.dutch(), token);
        List<String> english = VaardigAnalyzers.terms(VaardigAnalyzers.english(), token);
        if (dutch.isEmpty() || english.isEmpty()) {
            return Set.of();
        }
        var out = new LinkedHashSet<String>(dutch);
        out.addAll(english);
        return out;
    }

    private List<Suggestion> collapse(TopDocs top, TypeaheadQuery query,
                                      java.util.function.ToDoubleFunction<Entry> factor) throws IOException {
        Map<Long, Candidate> best = new HashMap<>();
        List<LeafReaderContext> leaves = reader.leaves();
        for (ScoreDoc sd : top.scoreDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            NumericDocValues dv = leaf.reader().getNumericDocValues(ENTRY);
            if (dv == null || !dv.advanceExact(sd.doc - leaf.docBase)) {
                continue;
            }
            Entry e = entries.get((int) dv.longValue());
            double score = sd.score
                    * (e.preferred() ? 1.25 : 1.0)
                    * e.weight()
                    * factor.applyAsDouble(e)
                    * (e.language().getLanguage().equals(query.locale().getLanguage()) ? 1.15 : 1.0)
                    * popularity(e);
            long key = ((long) e.kind().ordinal() << 32) | e.ordinal();
            Candidate c = best.get(key);
            if (c == null || score > c.score) {
                best.put(key, new Candidate(e, score));
            }
        }
        return best.values().stream()
                .sorted(Comparator.comparingDouble(Candidate::score).reversed()
                        .thenComparing(c -> c.entry().label()))
                .limit(query.limit())
                .map(c -> toSuggestion(c, query.locale()))
                .toList();
    }

    /** Skills many occupations need are what people usually mean; a mild boost, never decisive. */
    private double popularity(Entry e) {
        if (e.kind() != SuggestionKind.SKILL) {
            return 1.05;
        }
        return 1.0 + 0.03 * Math.log1p(taxonomy.occupationCount(taxonomy.skillAt(e.ordinal()).uri()));
    }

    private Suggestion toSuggestion(Candidate c, Locale locale) {
        Entry e = c.entry();
        return switch (e.kind()) {
            case SKILL -> {
                Skill s = taxonomy.skillAt(e.ordinal());
                yield new Suggestion(s.uri(), e.kind(), s.label(locale), e.label(), e.language(), c.score());
            }
            case OCCUPATION -> {
                Occupation o = taxonomy.occupationAt(e.ordinal());
                yield new Suggestion(o.uri(), e.kind(), o.label(locale), e.label(), e.language(), c.score());
            }
        };
    }

    private record Candidate(Entry entry, double score) {
    }
}
