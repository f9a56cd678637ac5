package nl.vaardig.matching.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * Equal clauses hash alike (Lucene de-duplicates and caches queries by hash), and unequal ones apart; a clause names the
 * term it searches (for the query-cost bench's postings counts); a clause over a feature in two tiers scores every
 * document as one field holding the whole feature would.
 */
class SkillQueryTest {

    @Test
    void equalClausesHashAlikeAndEveryPartCounts() {
        var q = new SkillQuery(Fields.VACANCY_SKILL, "1a", 0.25f, 0.5f);
        assertThat(q).isEqualTo(new SkillQuery(Fields.VACANCY_SKILL, "1a", 0.25f, 0.5f));
        assertThat(q.hashCode()).isEqualTo(new SkillQuery(Fields.VACANCY_SKILL, "1a", 0.25f, 0.5f).hashCode())
                .isEqualTo(Objects.hash(Fields.VACANCY_SKILL, "1a", 0.25f, 0.5f));
        assertThat(q.hashCode()).isNotEqualTo(new SkillQuery(Fields.PROFILE_SKILL, "1a", 0.25f, 0.5f).hashCode())
                .isNotEqualTo(new SkillQuery(Fields.VACANCY_SKILL, "1b", 0.25f, 0.5f).hashCode())
                .isNotEqualTo(new SkillQuery(Fields.VACANCY_SKILL, "1a", 0.5f, 0.5f).hashCode())
                .isNotEqualTo(new SkillQuery(Fields.VACANCY_SKILL, "1a", 0.25f, 0.25f).hashCode());
    }

    @Test
    void namesTheFieldAndTermItSearches() {
        assertThat(new SkillQuery(Fields.PROFILE_RELEVANCE, "2b", 1f, 0f).term())
                .isEqualTo(new org.apache.lucene.index.Term(Fields.PROFILE_RELEVANCE, "2b"));
    }

    @Test
    void theHighTierIsPartOfTheClause() {
        var tiered = new SkillQuery(Fields.PROFILE_RELEVANCE, "2b", 1f, 0f, Fields.PROFILE_RELEVANCE_HIGH);
        assertThat(tiered).isNotEqualTo(new SkillQuery(Fields.PROFILE_RELEVANCE, "2b", 1f, 0f));
        assertThat(tiered.hashCode()).isNotEqualTo(new SkillQuery(Fields.PROFILE_RELEVANCE, "2b", 1f, 0f).hashCode());
        assertThat(tiered.fields()).containsExactly(Fields.PROFILE_RELEVANCE, Fields.PROFILE_RELEVANCE_HIGH);
        assertThat(tiered.tiers()).containsExactly(new SkillQuery(Fields.PROFILE_RELEVANCE, "2b", 1f, 0f),
                new SkillQuery(Fields.PROFILE_RELEVANCE_HIGH, "2b", 1f, 0f));
        assertThat(new SkillQuery(Fields.PROFILE_RELEVANCE, "2b", 1f, 0f).tiers()).hasSize(1);
    }

    @Test
    void aClauseOverTwoTiersScoresEveryDocumentAsOneFieldWould() throws IOException {
        // 200 documents, features 0.01 … 0.4 with a few large ones; the tiered index puts those from 0.1 on apart
        try (Directory whole = index(false); Directory tiered = index(true);
             var wholeReader = DirectoryReader.open(whole); var tieredReader = DirectoryReader.open(tiered)) {
            ScoreDoc[] expected = new IndexSearcher(wholeReader).search(new SkillQuery("f", "t", 2f, 0.25f), 200).scoreDocs;
            var searcher = new IndexSearcher(tieredReader);
            ScoreDoc[] got = searcher.search(new SkillQuery("f", "t", 2f, 0.25f, "f_hi"), 200).scoreDocs;
            assertThat(expected).hasSize(200);
            assertThat(describe(got)).isEqualTo(describe(expected));
            // and the top 10 with pruning from the first hit on (by each tier's own bounds) is the whole field's
            var top10 = new org.apache.lucene.search.TopScoreDocCollectorManager(10, 1);
            assertThat(describe(searcher.search(new SkillQuery("f", "t", 2f, 0.25f, "f_hi"), top10).scoreDocs))
                    .isEqualTo(describe(Arrays.copyOf(expected, 10)));
            // the low tier alone misses the large features: without its high tier the clause would score less
            Query lowOnly = new SkillQuery("f", "t", 2f, 0.25f);
            assertThat(searcher.search(lowOnly, 200).scoreDocs).hasSizeLessThan(200);
        }
    }

    private static Directory index(boolean tiers) throws IOException {
        var dir = new ByteBuffersDirectory();
        try (var w = new IndexWriter(dir, new IndexWriterConfig())) {
            for (int i = 0; i < 200; i++) {
                float feature = i % 17 == 0 ? 0.4f - i / 1000f : 0.01f + (i % 9) / 100f;
                var doc = new Document();
                doc.add(new StringField("id", Integer.toString(i), Field.Store.YES));
                doc.add(new FeatureField(tiers && feature >= 0.1f ? "f_hi" : "f", "t", feature));
                w.addDocument(doc);
            }
        }
        return dir;
    }

    private static String describe(ScoreDoc[] hits) {
        var out = new StringBuilder();
        for (ScoreDoc h : hits) {
            out.append(h.doc).append(':').append(h.score).append(' ');
        }
        return out.toString();
    }
}
