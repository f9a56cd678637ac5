package nl.vaardig.matching.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** A cached term state must position the enum exactly where a fresh dictionary lookup does. */
class TermStateCacheTest {

    @Test
    void cachedLookupsFindTheSamePostingsAsFreshOnesAndRememberAbsentTerms() throws IOException {
        try (var dir = new ByteBuffersDirectory()) {
            try (var writer = new IndexWriter(dir, new IndexWriterConfig())) {
                for (int i = 0; i < TermStateCache.MIN_DOCS; i++) {
                    var doc = new Document();
                    doc.add(new StringField("skill", "s" + (i % 97), Field.Store.NO));
                    if (i % 1000 == 0) {
                        doc.add(new StringField("skill", "rare", Field.Store.NO));
                    }
                    if (i % 10 == 0) { // the same term text in another field: cached per field, never mixed up
                        doc.add(new StringField("other", "s0", Field.Store.NO));
                    }
                    writer.addDocument(doc);
                }
                writer.forceMerge(1);
            }
            try (var reader = DirectoryReader.open(dir)) {
                LeafReader leaf = reader.leaves().getFirst().reader();
                assertThat(leaf.maxDoc()).isGreaterThanOrEqualTo(TermStateCache.MIN_DOCS); // the caching path
                for (int round = 0; round < 2; round++) { // round 0 fills the cache, round 1 reads it
                    for (String term : new String[] {"s0", "s41", "s96", "rare"}) {
                        TermsEnum cached = TermStateCache.seek(leaf, "skill", term);
                        TermsEnum fresh = leaf.terms("skill").iterator();
                        assertThat(fresh.seekExact(new BytesRef(term))).isTrue();
                        assertThat(cached).as(term).isNotNull();
                        assertThat(cached.docFreq()).as(term).isEqualTo(fresh.docFreq());
                        assertThat(docs(cached)).as(term).isEqualTo(docs(fresh));
                    }
                    TermsEnum other = TermStateCache.seek(leaf, "other", "s0");
                    assertThat(other).isNotNull();
                    assertThat(other.docFreq()).isEqualTo(TermStateCache.MIN_DOCS / 10);
                    assertThat(TermStateCache.seek(leaf, "skill", "s0").docFreq()).isNotEqualTo(other.docFreq());
                    assertThat(TermStateCache.seek(leaf, "other", "s41")).isNull();
                    assertThat(TermStateCache.seek(leaf, "skill", "s97")).isNull();
                    assertThat(TermStateCache.seek(leaf, "no-such-field", "s0")).isNull();
                }
            }
        }
    }

    /**
     * The app's matching index is all small segments: each keeps its states (a look-up that misses loads a terms
     * block whatever the segment's size), finds what a fresh look-up finds, and drops them when it is closed.
     */
    @Test
    void smallSegmentsKeepStatesUntilTheyAreClosed() throws IOException {
        try (var dir = new ByteBuffersDirectory()) {
            try (var writer = new IndexWriter(dir, new IndexWriterConfig().setMaxBufferedDocs(300))) {
                for (int i = 0; i < 1000; i++) { // four segments of at most 300 documents, none merged
                    var doc = new Document();
                    doc.add(new StringField("skill", "s" + (i % 31), Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            var reader = DirectoryReader.open(dir);
            List<LeafReader> leaves = reader.leaves().stream().map(c -> c.reader()).toList();
            assertThat(leaves).hasSizeGreaterThan(1);
            for (LeafReader leaf : leaves) {
                assertThat(leaf.maxDoc()).isLessThan(TermStateCache.MIN_DOCS);
                for (int round = 0; round < 2; round++) {
                    for (String term : new String[] {"s0", "s17", "s30"}) {
                        TermsEnum cached = TermStateCache.seek(leaf, "skill", term);
                        TermsEnum fresh = leaf.terms("skill").iterator();
                        assertThat(fresh.seekExact(new BytesRef(term))).isTrue();
                        assertThat(cached).as(term).isNotNull();
                        assertThat(cached.docFreq()).as(term).isEqualTo(fresh.docFreq());
                        assertThat(docs(cached)).as(term).isEqualTo(docs(fresh));
                    }
                    assertThat(TermStateCache.seek(leaf, "skill", "s31")).isNull();
                }
                assertThat(TermStateCache.keeps(leaf)).as("segment of %d documents", leaf.maxDoc()).isTrue();
            }
            reader.close();
            for (LeafReader leaf : leaves) {
                assertThat(TermStateCache.keeps(leaf)).isFalse();
            }
        }
    }

    /** A fingerprint of the postings: count and sum of doc ids. */
    private static long docs(TermsEnum te) throws IOException {
        PostingsEnum p = te.postings(null, PostingsEnum.NONE);
        long count = 0;
        long sum = 0;
        for (int d = p.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = p.nextDoc()) {
            count++;
            sum += d;
        }
        return count * 1_000_003L + sum;
    }
}
