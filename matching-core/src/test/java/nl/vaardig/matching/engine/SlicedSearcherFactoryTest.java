package nl.vaardig.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.vaardig.matching.index.Fields;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSearcher.LeafReaderContextPartition;
import org.apache.lucene.search.IndexSearcher.LeafSlice;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * Slices must share out the documents of the searched kind (the region-first sort puts every profile before every
 * vacancy), cover every document exactly once, and find the same top hits as one thread.
 */
class SlicedSearcherFactoryTest {

    @Test
    void oneSegmentWithProfilesFirstIsCutIntoEqualSharesOfEachKind() throws IOException {
        try (Directory dir = new ByteBuffersDirectory()) {
            write(dir, List.of(List.of(3000, 1000)));
            try (var reader = DirectoryReader.open(dir)) {
                LeafSlice[] vacancies = SlicedSearcherFactory.byKind(reader.leaves(), Fields.KIND_VACANCY, 2, 100);
                assertThat(kindPerSlice(vacancies, Fields.KIND_VACANCY)).containsExactly(500, 500);
                LeafSlice[] profiles = SlicedSearcherFactory.byKind(reader.leaves(), Fields.KIND_PROFILE, 2, 100);
                assertThat(kindPerSlice(profiles, Fields.KIND_PROFILE)).containsExactly(1500, 1500);
                assertEveryDocumentOnce(reader, vacancies);
                assertEveryDocumentOnce(reader, profiles);
                // below twice the minimum share the segment stays whole
                assertThat(SlicedSearcherFactory.byKind(reader.leaves(), Fields.KIND_VACANCY, 2, 600)).hasSize(1);
            }
        }
    }

    @Test
    void segmentsWithoutTheKindStaySearchable() throws IOException {
        try (Directory dir = new ByteBuffersDirectory()) {
            write(dir, List.of(List.of(0, 2000), List.of(0, 50), List.of(300, 0)));
            try (var reader = DirectoryReader.open(dir)) {
                assertThat(reader.leaves()).hasSize(3);
                LeafSlice[] slices = SlicedSearcherFactory.byKind(reader.leaves(), Fields.KIND_VACANCY, 2, 100);
                assertThat(kindPerSlice(slices, Fields.KIND_VACANCY)).containsExactly(1000, 1000, 50);
                assertEveryDocumentOnce(reader, slices);
            }
        }
    }

    @Test
    void slicedSearchFindsTheSameTopHitsAsOneThreadTiesIncluded() throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Directory dir = new ByteBuffersDirectory()) {
            write(dir, List.of(List.of(3000, 4000)));
            try (var reader = DirectoryReader.open(dir)) {
                IndexSearcher one = new IndexSearcher(reader);
                IndexSearcher sliced = new SlicedSearcherFactory(pool, 2, 100).searcherFor(reader, Fields.KIND_VACANCY);
                assertThat(sliced.getSlices()).hasSize(2);
                var query = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term("words", "w3")), BooleanClause.Occur.SHOULD)
                        .add(new TermQuery(new Term("words", "w5")), BooleanClause.Occur.SHOULD)
                        .add(new TermQuery(new Term("words", "w7")), BooleanClause.Occur.SHOULD)
                        .build();
                for (int k : new int[] {10, 200, 1000}) {
                    assertThat(hits(sliced.search(query, k))).as("top " + k).isEqualTo(hits(one.search(query, k)));
                }
                assertThat(sliced.count(new TermQuery(new Term(Fields.KIND, Fields.KIND_VACANCY)))).isEqualTo(4000);
                assertThat(sliced.count(new TermQuery(new Term(Fields.KIND, Fields.KIND_PROFILE)))).isEqualTo(3000);
            }
        } finally {
            pool.shutdown();
        }
    }

    /** One segment per entry: that many profiles, then that many vacancies, in this order. */
    static void write(Directory dir, List<List<Integer>> segments) throws IOException {
        var config = new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE).setRAMBufferSizeMB(64);
        try (var writer = new IndexWriter(dir, config)) {
            int n = 0;
            for (List<Integer> segment : segments) {
                for (int kind = 0; kind < 2; kind++) {
                    for (int i = 0; i < segment.get(kind); i++, n++) {
                        var doc = new Document();
                        doc.add(new StringField(Fields.KIND, kind == 0 ? Fields.KIND_PROFILE : Fields.KIND_VACANCY, Field.Store.NO));
                        // few distinct texts: many equal scores, so ties decide part of every top k
                        doc.add(new TextField("words", "w" + (n % 11) + " w" + (n % 13) + " w" + (n % 7), Field.Store.NO));
                        writer.addDocument(doc);
                    }
                }
                writer.commit();
            }
        }
    }

    private static List<Integer> kindPerSlice(LeafSlice[] slices, String kind) throws IOException {
        var out = new ArrayList<Integer>();
        for (LeafSlice slice : slices) {
            int n = 0;
            for (LeafReaderContextPartition p : slice.partitions) {
                PostingsEnum postings = p.ctx.reader().postings(new Term(Fields.KIND, kind), PostingsEnum.NONE);
                if (postings == null) {
                    continue;
                }
                for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                    if (d >= p.minDocId && d < p.maxDocId) {
                        n++;
                    }
                }
            }
            out.add(n);
        }
        return out;
    }

    private static void assertEveryDocumentOnce(DirectoryReader reader, LeafSlice[] slices) {
        for (LeafReaderContext leaf : reader.leaves()) {
            int[] seen = new int[leaf.reader().maxDoc()];
            for (LeafSlice slice : slices) {
                for (LeafReaderContextPartition p : slice.partitions) {
                    if (p.ctx.ord == leaf.ord) {
                        for (int d = p.minDocId; d < Math.min(p.maxDocId, seen.length); d++) {
                            seen[d]++;
                        }
                    }
                }
            }
            assertThat(Arrays.stream(seen).distinct().toArray()).as("segment " + leaf.ord).containsExactly(1);
        }
    }

    static List<String> hits(TopDocs top) {
        return Arrays.stream(top.scoreDocs).map((ScoreDoc d) -> d.doc + ":" + d.score).toList();
    }
}
