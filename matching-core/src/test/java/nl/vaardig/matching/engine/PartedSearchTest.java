package nl.vaardig.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.vaardig.matching.index.Fields;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * A whole-index search in parts shared between threads: parts of equal numbers of the searched kind that cover every
 * document once, and the same top hits as one thread, ties included, however the parts fall to the threads.
 */
class PartedSearchTest {

    @Test
    void partsHoldEqualSharesOfTheKindAndCoverEveryDocumentOnce() throws IOException {
        try (Directory dir = new ByteBuffersDirectory()) {
            SlicedSearcherFactoryTest.write(dir, List.of(List.of(3000, 3200), List.of(0, 800), List.of(500, 0)));
            try (var reader = DirectoryReader.open(dir)) {
                List<PartedSearch.Run> parts = PartedSearch.parts(reader.leaves(), Fields.KIND_VACANCY, 2, 100);
                // 4,000 vacancies, 16 parts of at most 250: 13 in the first segment, 4 in the second, the third (no
                // vacancies) one part
                assertThat(parts).hasSize(13 + 4 + 1);
                List<Integer> perPart = vacanciesPerPart(parts);
                assertThat(perPart.subList(0, 13)).allSatisfy(n -> assertThat(n).isBetween(246, 247));
                assertThat(perPart.subList(13, 17)).containsOnly(200);
                assertThat(perPart.get(17)).isZero();
                for (LeafReaderContext leaf : reader.leaves()) {
                    int next = 0;
                    for (PartedSearch.Run run : parts) {
                        if (run.leaf() == leaf) {
                            assertThat(run.from()).isEqualTo(next);
                            next = run.to();
                        }
                    }
                    assertThat(next).isEqualTo(leaf.reader().maxDoc());
                }
                // one thread, or below the minimum per thread: no parts
                assertThat(PartedSearch.parts(reader.leaves(), Fields.KIND_VACANCY, 1, 100)).isEmpty();
                assertThat(PartedSearch.parts(reader.leaves(), Fields.KIND_VACANCY, 2, 2001)).isEmpty();
            }
        }
    }

    @Test
    void findsTheSameTopHitsAsOneThreadTiesIncluded() throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Directory dir = new ByteBuffersDirectory()) {
            SlicedSearcherFactoryTest.write(dir, List.of(List.of(3000, 4000), List.of(200, 900)));
            try (var reader = DirectoryReader.open(dir)) {
                IndexSearcher one = new IndexSearcher(reader);
                Query query = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term("words", "w3")), BooleanClause.Occur.SHOULD)
                        .add(new TermQuery(new Term("words", "w5")), BooleanClause.Occur.SHOULD)
                        .add(new TermQuery(new Term("words", "w7")), BooleanClause.Occur.SHOULD)
                        .build();
                List<PartedSearch.Run> parts = PartedSearch.parts(reader.leaves(), Fields.KIND_VACANCY, 2, 100);
                var held = new ArrayList<Runnable>();
                for (int k : new int[] {10, 200, 1000}) {
                    List<String> expected = SlicedSearcherFactoryTest.hits(one.search(query, k));
                    for (int round = 0; round < 20; round++) {
                        assertThat(SlicedSearcherFactoryTest.hits(PartedSearch.search(one, query, k, parts, pool, 1)))
                                .as("top " + k + ", two threads").isEqualTo(expected);
                    }
                    // a helper that never starts, and one that takes every part before the caller
                    assertThat(SlicedSearcherFactoryTest.hits(PartedSearch.search(one, query, k, parts, held::add, 1)))
                            .as("top " + k + ", caller alone").isEqualTo(expected);
                    assertThat(SlicedSearcherFactoryTest.hits(PartedSearch.search(one, query, k, parts, Runnable::run, 1)))
                            .as("top " + k + ", helper alone").isEqualTo(expected);
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    private static List<Integer> vacanciesPerPart(List<PartedSearch.Run> parts) throws IOException {
        var out = new ArrayList<Integer>();
        for (PartedSearch.Run run : parts) {
            int n = 0;
            PostingsEnum postings = run.leaf().reader().postings(new Term(Fields.KIND, Fields.KIND_VACANCY), PostingsEnum.NONE);
            if (postings != null) {
                for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                    n += d >= run.from() && d < run.to() ? 1 : 0;
                }
            }
            out.add(n);
        }
        return out;
    }
}
