package nl.vaardig.matching.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.FreqAndNormBuffer;
import org.apache.lucene.index.Impacts;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocAndFloatFeatureBuffer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * For {@code SkipProbe} (issue 14, round 15): skill clauses whose score bound is the term's whole-segment maximum
 * instead of Lucene's per-block bounds (measured slower: the block bounds do prune), and how tight the block bounds are.
 */
public final class WholeBoundExperiment {

    private WholeBoundExperiment() {
    }

    /** The rewritten disjunction with each skill clause wrapped. */
    public static Query wrap(Query rewritten) {
        if (!(rewritten instanceof BooleanQuery bq)) {
            return rewritten;
        }
        var b = new BooleanQuery.Builder();
        for (BooleanClause c : bq.clauses()) {
            b.add(c.query() instanceof SkillQuery s ? new Whole(s) : c.query(), c.occur());
        }
        return b.build();
    }

    static float maxFeature(TermsEnum te) throws IOException {
        return PostingsBudget.maxFeatureOf(te);
    }

    /**
     * Tightness of per-block bounds: over the level-0 blocks of the term, the mean of blockMax / termMax weighted by
     * the block's doc-id span. 1 = every block holds the term's largest feature (block bounds cannot skip).
     */
    public static double tightness(LeafReaderContext leaf, SkillQuery q) throws IOException {
        TermsEnum te = TermStateCache.seek(leaf.reader(), q.term().field(), q.term().text());
        if (te == null) {
            return Double.NaN;
        }
        float global = maxFeature(te);
        ImpactsEnum impacts = te.impacts(PostingsEnum.FREQS);
        double sum = 0;
        double span = 0;
        int from = 0;
        while (from != DocIdSetIterator.NO_MORE_DOCS) {
            impacts.advanceShallow(from);
            Impacts levels = impacts.getImpacts();
            FreqAndNormBuffer buffer = levels.getImpacts(0);
            int max = 0;
            for (int i = 0; i < buffer.size; i++) {
                max = Math.max(max, buffer.freqs[i]);
            }
            int upTo = levels.getDocIdUpTo(0);
            float f = max == Integer.MAX_VALUE ? global : SkillQuery.decode(max);
            double w = (upTo == DocIdSetIterator.NO_MORE_DOCS ? leaf.reader().maxDoc() : upTo + 1) - from;
            sum += w * (q.maxContribution(f) / q.maxContribution(global));
            span += w;
            if (upTo == DocIdSetIterator.NO_MORE_DOCS || upTo + 1 >= leaf.reader().maxDoc()) {
                break;
            }
            from = upTo + 1;
        }
        return sum / span;
    }

    private static final class Whole extends Query {
        private final SkillQuery in;

        Whole(SkillQuery in) {
            this.in = in;
        }

        @Override
        public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
            Weight w = in.createWeight(searcher, scoreMode, boost);
            if (!scoreMode.needsScores()) {
                return w;
            }
            return new Weight(this) {
                @Override
                public boolean isCacheable(LeafReaderContext ctx) {
                    return false;
                }

                @Override
                public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                    return w.explain(context, doc);
                }

                @Override
                public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                    ScorerSupplier s = w.scorerSupplier(context);
                    if (s == null) {
                        return null;
                    }
                    TermsEnum te = TermStateCache.seek(context.reader(), in.term().field(), in.term().text());
                    final float max = in.maxContribution(maxFeature(te)) * boost;
                    return new ScorerSupplier() {
                        @Override
                        public Scorer get(long leadCost) throws IOException {
                            Scorer sc = s.get(leadCost);
                            return new Scorer() {
                                @Override
                                public int docID() {
                                    return sc.docID();
                                }

                                @Override
                                public DocIdSetIterator iterator() {
                                    return sc.iterator();
                                }

                                @Override
                                public int advanceShallow(int target) {
                                    return DocIdSetIterator.NO_MORE_DOCS;
                                }

                                @Override
                                public float getMaxScore(int upTo) {
                                    return max;
                                }

                                @Override
                                public float score() throws IOException {
                                    return sc.score();
                                }

                                @Override
                                public void nextDocsAndScores(int upTo, Bits liveDocs, DocAndFloatFeatureBuffer buffer) throws IOException {
                                    sc.nextDocsAndScores(upTo, liveDocs, buffer);
                                }
                            };
                        }

                        @Override
                        public long cost() {
                            return s.cost();
                        }
                    };
                }
            };
        }

        @Override
        public void visit(QueryVisitor visitor) {
            in.visit(visitor);
        }

        @Override
        public String toString(String field) {
            return "Whole(" + in.toString(field) + ")";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Whole w && w.in.equals(in);
        }

        @Override
        public int hashCode() {
            return in.hashCode() * 7;
        }
    }

    /** The clause's largest score in the segment. */
    public static double maxScore(LeafReaderContext leaf, SkillQuery q) throws IOException {
        TermsEnum te = TermStateCache.seek(leaf.reader(), q.term().field(), q.term().text());
        return te == null ? 0 : q.maxContribution(maxFeature(te));
    }

    /** Skill clauses of a rewritten query. */
    public static List<SkillQuery> clauses(Query rewritten) {
        var out = new ArrayList<SkillQuery>();
        if (rewritten instanceof BooleanQuery bq) {
            for (BooleanClause c : bq.clauses()) {
                if (c.query() instanceof SkillQuery s) {
                    out.add(s);
                }
            }
        }
        return out;
    }
}
