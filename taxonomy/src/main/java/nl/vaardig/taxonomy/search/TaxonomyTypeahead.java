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
import nl.vaardig.taxonomy.model.ConceptLabels;
import nl.vaardig.taxonomy.model.LanguageLabels;
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
 * Typeahead over skills and occupations by Dutch or English preferred, alternative and hidden labels. Prefix
 * matching on every word (so "heftr" and "chauf" both find "heftruckchauffeur", compounds being split), typo
 * tolerance by edit distance on whole words, one result per concept with the label the text matched.
 *
 * <p>Built in memory (Lucene {@link ByteBuffersDirectory}) from a {@link Taxonomy} at startup; thread-safe.
 * One Lucene document per label; a side table maps each document to its concept so no stored fields are read.
 */
public final class TaxonomyTypeahead {

    private static final String WORDS = "words";
    private static final String PREFIX = "prefix";
    private static final String KIND = "kind";
    private static final String ENTRY = "entry";
    private static final int MAX_PREFIX = 20;
    private static final int CANDIDATES = 150;
    private static final Locale DUTCH = Locale.of("nl");

    private final Taxonomy taxonomy;
    private final IndexSearcher searcher;
    private final DirectoryReader reader;
    private final List<Entry> entries;

    /** One indexed label. {@code ordinal} is the concept's ordinal in the taxonomy. */
    private record Entry(SuggestionKind kind, int ordinal, String label, Locale language, boolean preferred,
                         boolean lexicon) {
    }

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
        var entries = new ArrayList<Entry>();
        var dir = new ByteBuffersDirectory();
        var config = new IndexWriterConfig(new WhitespaceAnalyzer()).setRAMBufferSizeMB(128);
        try (var writer = new IndexWriter(dir, config)) {
            for (int i = 0; i < taxonomy.skillCount(); i++) {
                Skill s = taxonomy.skillAt(i);
                addLabels(writer, entries, SuggestionKind.SKILL, i, s.labels());
            }
            for (var extra : extraDutchSkillLabels.entrySet()) {
                var ordinal = taxonomy.skillOrdinal(extra.getKey());
                if (ordinal.isPresent()) {
                    var seen = new LinkedHashSet<>(ownLabels(taxonomy.skillAt(ordinal.getAsInt()).labels()));
                    for (String label : extra.getValue()) {
                        add(writer, entries, SuggestionKind.SKILL, ordinal.getAsInt(), label, DUTCH, false, true, seen);
                    }
                }
            }
            for (int i = 0; i < taxonomy.occupationCount(); i++) {
                Occupation o = taxonomy.occupationAt(i);
                addLabels(writer, entries, SuggestionKind.OCCUPATION, i, o.labels());
            }
            writer.forceMerge(1);
            writer.commit();
            return new TaxonomyTypeahead(taxonomy, DirectoryReader.open(dir), List.copyOf(entries));
        } catch (IOException e) {
            throw new UncheckedIOException("building the typeahead index", e);
        }
    }

    private static void addLabels(IndexWriter writer, List<Entry> entries, SuggestionKind kind, int ordinal,
                                  ConceptLabels labels) throws IOException {
        for (LanguageLabels l : labels.all()) {
            var seen = new LinkedHashSet<String>();
            add(writer, entries, kind, ordinal, l.preferred(), l.language(), true, seen);
            for (String alt : l.alternatives()) {
                add(writer, entries, kind, ordinal, alt, l.language(), false, seen);
            }
            for (String hidden : l.hidden()) {
                add(writer, entries, kind, ordinal, hidden, l.language(), false, seen);
            }
        }
    }

    private static List<String> ownLabels(ConceptLabels labels) {
        var out = new ArrayList<String>();
        for (LanguageLabels l : labels.all()) {
            out.add(l.preferred());
            out.addAll(l.alternatives());
            out.addAll(l.hidden());
        }
        return out;
    }

    private static void add(IndexWriter writer, List<Entry> entries, SuggestionKind kind, int ordinal, String label,
                            Locale language, boolean preferred, Set<String> seen) throws IOException {
        add(writer, entries, kind, ordinal, label, language, preferred, false, seen);
    }

    private static void add(IndexWriter writer, List<Entry> entries, SuggestionKind kind, int ordinal, String label,
                            Locale language, boolean preferred, boolean lexicon, Set<String> seen) throws IOException {
        if (!seen.add(label)) {
            return;
        }
        List<String> words = wordsOf(label, language);
        if (words.isEmpty()) {
            return;
        }
        var prefixes = new LinkedHashSet<String>();
        for (String w : words) {
            for (int n = 1; n <= Math.min(w.length(), MAX_PREFIX); n++) {
                prefixes.add(w.substring(0, n));
            }
        }
        var doc = new Document();
        doc.add(new TextField(WORDS, String.join(" ", words), Field.Store.NO));
        doc.add(new TextField(PREFIX, String.join(" ", prefixes), Field.Store.NO));
        doc.add(new StringField(KIND, kind.name(), Field.Store.NO));
        doc.add(new NumericDocValuesField(ENTRY, entries.size()));
        entries.add(new Entry(kind, ordinal, label, language, preferred, lexicon));
        writer.addDocument(doc);
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
        try {
            // cheap first: exact words and prefixes; typo tolerance only when that finds too little
            List<Suggestion> exact = collapse(searcher.search(
                    buildQuery(tokens, lastIsPrefix, query.kinds(), true, false), CANDIDATES), query);
            if (exact.size() >= query.limit()) {
                return exact;
            }
            List<Suggestion> fuzzy = collapse(searcher.search(
                    buildQuery(tokens, lastIsPrefix, query.kinds(), true, true), CANDIDATES), query);
            if (fuzzy.isEmpty() && tokens.size() > 1) {
                fuzzy = collapse(searcher.search(
                        buildQuery(tokens, lastIsPrefix, query.kinds(), false, true), CANDIDATES), query);
            }
            return fuzzy.size() >= exact.size() ? fuzzy : exact;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query buildQuery(List<String> tokens, boolean lastIsPrefix, Set<SuggestionKind> kinds, boolean all,
                                    boolean typos) {
        var q = new BooleanQuery.Builder();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            boolean prefix = lastIsPrefix && i == tokens.size() - 1;
            var group = new BooleanQuery.Builder();
            group.add(new BoostQuery(new TermQuery(new Term(WORDS, t)), 2.0f), Occur.SHOULD);
            if (prefix && t.length() <= MAX_PREFIX) {
                group.add(new BoostQuery(new TermQuery(new Term(PREFIX, t)), 1.0f), Occur.SHOULD);
            }
            int edits = t.length() >= 10 ? 2 : t.length() >= 4 ? 1 : 0;
            if (typos && edits > 0) {
                group.add(new BoostQuery(new FuzzyQuery(new Term(WORDS, t), edits, t.length() >= 6 ? 2 : 1, 25, true), 0.8f), Occur.SHOULD);
            }
            q.add(group.build(), all ? Occur.MUST : Occur.SHOULD);
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

    private List<Suggestion> collapse(TopDocs top, TypeaheadQuery query) throws IOException {
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
                    // a lexicon phrase is a search word, not the concept's name: it never outranks a real label
                    * (e.lexicon() ? 0.6 : 1.0)
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
