package nl.vaardig.matching.index;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermScorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;

/**
 * One skill of a candidate query: matches the documents that have the skill as a {@code FeatureField} feature and
 * scores {@code featureWeight × feature + bonus}. The bonus carries the part of the estimate that does not depend
 * on the document (e.g. how much of the profile this skill uses). The score grows with the feature, so Lucene's
 * impacts give exact per-block maximum scores and block-max pruning works as for {@code FeatureField} queries.
 */
public final class SkillQuery extends Query {

    private final String field;
    private final String skillTerm;
    private final float featureWeight;
    private final float bonus;

    public SkillQuery(String field, String skillTerm, float featureWeight, float bonus) {
        this.field = Objects.requireNonNull(field, "field");
        this.skillTerm = Objects.requireNonNull(skillTerm, "skillTerm");
        if (!(featureWeight >= 0) || !(bonus >= 0) || !(featureWeight + bonus > 0)) {
            throw new IllegalArgumentException("weights must be non-negative, not both zero");
        }
        this.featureWeight = featureWeight;
        this.bonus = bonus;
    }

    /** The field and skill term this clause searches. */
    public Term term() {
        return new Term(field, skillTerm);
    }

    /** The most this clause can add to a document's candidate score when no document's feature exceeds {@code maxFeature}. */
    public float maxContribution(float maxFeature) {
        return featureWeight * maxFeature + bonus;
    }

    /** The feature value FeatureField stored in the term frequency (its top 16 bits of the float). */
    static float decode(float freq) {
        return Float.intBitsToFloat(((int) freq) << 15);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        if (!scoreMode.needsScores()) {
            return searcher.rewrite(new TermQuery(new Term(field, skillTerm))).createWeight(searcher, scoreMode, boost);
        }
        final float a = featureWeight * boost;
        final float c = bonus * boost;
        final Similarity.SimScorer sim = new Similarity.SimScorer() {
            @Override
            public float score(float freq, long norm) {
                return a * decode(freq) + c;
            }
        };
        return new Weight(this) {
            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false;
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                Terms terms = context.reader().terms(field);
                TermsEnum te = terms == null ? null : terms.iterator();
                if (te == null || !te.seekExact(new BytesRef(skillTerm))) {
                    return Explanation.noMatch("no skill " + skillTerm);
                }
                PostingsEnum p = te.postings(null, PostingsEnum.FREQS);
                if (p.advance(doc) != doc) {
                    return Explanation.noMatch("skill " + skillTerm + " not in doc");
                }
                float f = decode(p.freq());
                return Explanation.match(a * f + c, "featureWeight × feature + bonus", Explanation.match(f, "feature"));
            }

            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                TermsEnum te = TermStateCache.seek(context.reader(), field, skillTerm);
                if (te == null) {
                    return null;
                }
                final int docFreq = te.docFreq();
                return new ScorerSupplier() {
                    private boolean topLevel;

                    @Override
                    public Scorer get(long leadCost) throws IOException {
                        ImpactsEnum impacts = te.impacts(PostingsEnum.FREQS);
                        return new TermScorer(impacts, sim, null, topLevel);
                    }

                    @Override
                    public long cost() {
                        return docFreq;
                    }

                    @Override
                    public void setTopLevelScoringClause() {
                        topLevel = true;
                    }
                };
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(field)) {
            visitor.visitLeaf(this);
        }
    }

    @Override
    public String toString(String f) {
        return "SkillQuery(" + field + ":" + skillTerm + " × " + featureWeight + " + " + bonus + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SkillQuery q && q.field.equals(field) && q.skillTerm.equals(skillTerm)
                && q.featureWeight == featureWeight && q.bonus == bonus;
    }

    @Override
    public int hashCode() {
        // as Objects.hash(field, skillTerm, featureWeight, bonus), without boxing four values on every call
        int h = 31 + field.hashCode();
        h = 31 * h + skillTerm.hashCode();
        h = 31 * h + Float.hashCode(featureWeight);
        return 31 * h + Float.hashCode(bonus);
    }
}
