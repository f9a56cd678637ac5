package nl.vaardig.matching.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class PostingsBudgetTest {

    static final PostingsBudget.Limits HALF = new PostingsBudget.Limits(0.5, 0.1, 0);

    @Test
    void underTheBudgetEveryGroupIsKept() {
        boolean[] kept = PostingsBudget.keep(new long[] {10, 20, 30}, new double[] {1, 0.01, 0.01}, 200, HALF);
        assertThat(kept).containsExactly(true, true, true);
    }

    @Test
    void anIndexSmallerThanTheMinimumIsSearchedWhole() {
        long[] postings = {60, 50, 40};
        double[] contribution = {1, 0.05, 0.08};
        assertThat(PostingsBudget.keep(postings, contribution, 200, new PostingsBudget.Limits(0.5, 0.1, 201)))
                .containsExactly(true, true, true);
        assertThat(PostingsBudget.keep(postings, contribution, 200, new PostingsBudget.Limits(0.5, 0.1, 200)))
                .containsExactly(true, false, true);
    }

    @Test
    void overTheBudgetTheGroupWithTheMostPostingsPerContributionGoesFirst() {
        // 60 + 50 + 40 = 150 postings of 200 documents, budget 100: leaving out the 50 (0.05 of 1.13) suffices
        boolean[] kept = PostingsBudget.keep(new long[] {60, 50, 40}, new double[] {1, 0.05, 0.08}, 200, HALF);
        assertThat(kept).containsExactly(true, false, true);
    }

    @Test
    void groupsAreLeftOutUntilTheBudgetIsMetAndNoFurther() {
        long[] postings = {10, 90, 80, 70, 5};
        double[] contribution = {1, 0.01, 0.01, 0.01, 0.01};
        // 255 postings, budget 100: leave out 90 (165 left), then 80 (85): the 70 and the 5 stay
        assertThat(PostingsBudget.keep(postings, contribution, 200, HALF)).containsExactly(true, false, false, true, true);
    }

    @Test
    void whatIsLeftOutNeverAddsUpToMoreThanTheLeftOutShareOfTheMostPossibleScore() {
        long[] postings = {10, 90, 80, 70};
        double[] contribution = {1, 0.06, 0.06, 0.06};
        // total contribution 1.18, at most 0.118 left out: the 90 (0.06) only — a second 0.06 would pass the cap, so the
        // query stays over its budget of 100 postings
        boolean[] kept = PostingsBudget.keep(postings, contribution, 200, HALF);
        assertThat(kept).containsExactly(true, false, true, true);
        double leftOut = 0;
        for (int i = 0; i < kept.length; i++) {
            leftOut += kept[i] ? 0 : contribution[i];
        }
        assertThat(leftOut).isLessThanOrEqualTo(0.1 * 1.18);
    }

    @Test
    void aVacancySearchMayLeaveOutAFifthOfTheMostPossibleScoreWhereThePeopleSearchStopsAtATenth() {
        // 1M documents; a strong group of few postings and three generic ones of 200k each, 0.06 of 1.18 apiece
        long[] postings = {20_000, 200_000, 200_000, 200_000};
        double[] contribution = {1, 0.06, 0.06, 0.06};
        long docs = 1_000_000;
        // (equal ratios: the weaker, later group goes first)
        // people (0.4 / 0.1): 620k postings over a budget of 400k, but a second generic group would pass 0.118
        assertThat(PostingsBudget.keep(postings, contribution, docs, PostingsBudget.PerKind.DEFAULT.people()))
                .containsExactly(true, true, true, false);
        // vacancies (0.3 / 0.2): a budget of 300k and up to 0.236 left out: two generic groups go (220k postings left)
        assertThat(PostingsBudget.keep(postings, contribution, docs, PostingsBudget.PerKind.DEFAULT.vacancies()))
                .containsExactly(true, true, false, false);
        // the defaults of both kinds search an index under 50,000 documents whole
        assertThat(PostingsBudget.keep(new long[] {20, 200, 200, 200}, contribution, 1_000, PostingsBudget.PerKind.DEFAULT.vacancies()))
                .containsExactly(true, true, true, true);
    }

    @Test
    void theStrongestGroupIsNeverLeftOutAndNoneIsWithoutALeftOutShare() {
        assertThat(PostingsBudget.keep(new long[] {1000, 1}, new double[] {1, 0.5}, 10, new PostingsBudget.Limits(0.1, 0.99, 0)))
                .containsExactly(true, false);
        assertThat(PostingsBudget.keep(new long[] {1000, 900}, new double[] {1, 0.001}, 10, PostingsBudget.Limits.NONE))
                .containsExactly(true, true);
        assertThatThrownBy(() -> new PostingsBudget.Limits(0, 0.1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PostingsBudget.Limits(0.5, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aQueryOverTheBudgetLeavesTheGenericSkillsClausesOutOnTheIndexItSearches() throws IOException {
        try (var dir = new ByteBuffersDirectory()) {
            try (var w = new IndexWriter(dir, new IndexWriterConfig())) {
                for (int i = 0; i < 100; i++) {
                    var doc = new Document();
                    doc.add(new FeatureField("f", "generic", 0.5f)); // every document
                    if (i % 10 == 0) {
                        doc.add(new FeatureField("f", "specific", 0.5f));
                    }
                    if (i % 2 == 0) {
                        doc.add(new FeatureField("f", "common", 0.5f));
                    }
                    w.addDocument(doc);
                }
            }
            try (var reader = DirectoryReader.open(dir)) {
                var searcher = new IndexSearcher(reader);
                List<List<SkillQuery>> groups = List.of(
                        List.of(new SkillQuery("f", "specific", 1f, 0.5f)),
                        List.of(new SkillQuery("f", "generic", 0.05f, 0.01f)),
                        List.of(new SkillQuery("f", "common", 0.1f, 0.05f)));
                // 160 postings of 100 documents: over a budget of 100, and the generic clause (100 postings for 0.06)
                // is the most postings per unit of score
                assertThat(terms(searcher.rewrite(new PostingsBudget(groups, new PostingsBudget.Limits(1.0, 0.1, 0)))))
                        .containsExactlyInAnyOrder("specific", "common");
                assertThat(terms(searcher.rewrite(new PostingsBudget(groups, new PostingsBudget.Limits(2.0, 0.1, 0)))))
                        .containsExactlyInAnyOrder("specific", "generic", "common");
                assertThat(terms(searcher.rewrite(new PostingsBudget(groups, PostingsBudget.Limits.NONE))))
                        .containsExactlyInAnyOrder("specific", "generic", "common");
            }
        }
    }

    @Test
    void theLargestFeatureTheIndexHoldsBoundsAClausesContribution() throws IOException {
        try (var dir = new ByteBuffersDirectory()) {
            try (var w = new IndexWriter(dir, new IndexWriterConfig())) {
                for (int i = 0; i < 100; i++) {
                    var doc = new Document();
                    if (i < 10) {
                        doc.add(new FeatureField("f", "strong", 1f));
                    }
                    if (i < 60) {
                        doc.add(new FeatureField("f", "high", 1f));
                        doc.add(new FeatureField("f", "low", 0.01f));
                    }
                    w.addDocument(doc);
                }
            }
            try (var reader = DirectoryReader.open(dir)) {
                // same weights and postings: at a feature of 1 for both, the weaker (later) "high" would go; the index
                // says "low" can add at most 0.2 × 0.01, so "low" goes
                List<List<SkillQuery>> groups = List.of(
                        List.of(new SkillQuery("f", "strong", 1f, 0.5f)),
                        List.of(new SkillQuery("f", "low", 0.2f, 0f)),
                        List.of(new SkillQuery("f", "high", 0.2f, 0f)));
                assertThat(terms(new IndexSearcher(reader).rewrite(new PostingsBudget(groups, new PostingsBudget.Limits(1.0, 0.1, 0)))))
                        .containsExactlyInAnyOrder("strong", "high");
            }
        }
    }

    static List<String> terms(Query q) {
        var out = new ArrayList<String>();
        q.visit(new QueryVisitor() {
            @Override
            public void visitLeaf(Query leaf) {
                if (leaf instanceof SkillQuery s) {
                    out.add(s.term().text());
                }
            }
        });
        return out;
    }
}
