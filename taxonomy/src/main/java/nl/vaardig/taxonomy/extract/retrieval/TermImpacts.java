package nl.vaardig.taxonomy.extract.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;

/**
 * The BM25 score of every (field, term, document) of the retrieval index, computed once at build time as Lucene's
 * {@code BM25Similarity} would (k1 1.2, b 0.75, the same encoded field lengths) and kept as plain arrays. A sentence
 * query is then a sum of boosted impacts into one accumulator: the same ranking as Lucene's disjunction of boosted
 * term queries, without building a query, weights and scorers for 100–250 clauses per sentence.
 */
final class TermImpacts {

    private static final float K1 = 1.2f;
    private static final float B = 0.75f;

    /** One term's documents (ascending) and their BM25 score at boost 1. */
    record Postings(int[] docs, float[] scores) {
    }

    /** Field → term → postings. */
    private final Map<String, Map<String, Postings>> postings;

    private TermImpacts(Map<String, Map<String, Postings>> postings) {
        this.postings = postings;
    }

    static TermImpacts of(LeafReader reader, Iterable<String> fields) {
        Map<String, Map<String, Postings>> out = new HashMap<>();
        try {
            for (String field : fields) {
                Terms terms = reader.terms(field);
                if (terms == null) {
                    continue;
                }
                Map<String, Postings> byTerm = new HashMap<>();
                out.put(field, byTerm);
                float[] normInverse = normInverse(terms);
                byte[] norms = norms(reader, field);
                TermsEnum te = terms.iterator();
                PostingsEnum pe = null;
                BytesRef term;
                long docCount = terms.getDocCount();
                while ((term = te.next()) != null) {
                    int df = te.docFreq();
                    float idf = (float) Math.log(1 + (docCount - df + 0.5D) / (df + 0.5D));
                    int[] docs = new int[df];
                    float[] scores = new float[df];
                    pe = te.postings(pe, PostingsEnum.FREQS);
                    int n = 0;
                    for (int doc = pe.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = pe.nextDoc()) {
                        float freq = pe.freq();
                        docs[n] = doc;
                        scores[n] = idf - idf / (1f + freq * normInverse[Byte.toUnsignedInt(norms[doc])]);
                        n++;
                    }
                    byTerm.put(term.utf8ToString(), new Postings(docs, scores));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TermImpacts(out);
    }

    /** Lucene's BM25 length cache: 1 / (k1 · (1 − b + b · length / average length)) per encoded length. */
    private static float[] normInverse(Terms terms) throws IOException {
        float avgdl = (float) (terms.getSumTotalTermFreq() / (double) terms.getDocCount());
        float[] cache = new float[256];
        for (int i = 0; i < 256; i++) {
            cache[i] = 1f / (K1 * ((1 - B) + B * SmallFloat.byte4ToInt((byte) i) / avgdl));
        }
        return cache;
    }

    private static byte[] norms(LeafReader reader, String field) throws IOException {
        byte[] out = new byte[reader.maxDoc()];
        NumericDocValues values = reader.getNormValues(field);
        if (values != null) {
            for (int doc = values.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
                out[doc] = (byte) values.longValue();
            }
        }
        return out;
    }

    /** The field's postings by term; empty when the index has no such field. */
    Map<String, Postings> field(String field) {
        return postings.getOrDefault(field, Map.of());
    }
}
