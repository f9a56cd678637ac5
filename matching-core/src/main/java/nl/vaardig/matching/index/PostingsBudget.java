package nl.vaardig.matching.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.FreqAndNormBuffer;
import org.apache.lucene.index.Impacts;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * A disjunction of skill clauses that reads at most a budget of postings when that costs the candidate scores
 * little. A search's CPU is close to linear in the postings its clauses read (docs/benchmarks.md, issue 14, round 11),
 * and the longest postings are those of generic skills, whose clauses add little to a score by design (specificity).
 *
 * <p>Clauses come in groups (a people search reads a term in two fields: one group). When the groups' postings
 * together exceed {@code budgetShare} × the documents that have the field, groups are left out in order of postings
 * per unit of their most possible contribution (the sum of their clauses' {@link SkillQuery#maxContribution(float)} at
 * the largest feature value the term's postings hold in the index),
 * highest first, while the left-out groups' most possible contribution stays within {@code maxLeftOutShare} of all
 * the groups': a document's candidate score then drops by at most that share of the query's total, and only the
 * candidates are chosen with it (they are rescored exactly). The first group (the strongest) is never left out.
 * Under the budget the query is the plain disjunction, so small indexes and ordinary profiles search as before.
 */
public final class PostingsBudget extends Query {

    /**
     * How much of a query may be left out: postings over {@code budgetShare} of the field's documents, at most
     * {@code maxLeftOutShare} of the most possible score, and only in an index of at least {@code minFieldDocs}
     * documents with the field (a small index is cheap to search whole, and there the results stay exact).
     */
    public record Limits(double budgetShare, double maxLeftOutShare, long minFieldDocs) {
        public Limits {
            if (!(budgetShare > 0) || !(maxLeftOutShare >= 0) || !(maxLeftOutShare < 1) || minFieldDocs < 0) {
                throw new IllegalArgumentException("budget share must be positive, left-out share in [0, 1), minimum not negative");
            }
        }

        /**
         * Postings over 0.4 × the field's documents, at most a tenth of the most possible score left out. Measured at
         * 1M (docs/benchmarks.md, issue 14, round 12): Lucene CPU p99 of the national search 10.25 → 6.16 ms and of
         * the people search 10.06 → 8.22 ms (one thread); the national top 10 identical to the unbudgeted search in
         * 100 of 100 queries, the people search's generated quality set unchanged (MRR@10 0.6561 → 0.6562).
         * The people search's budget since round 13 ({@link PerKind#DEFAULT}): 0.3 / 0.2 there lowered the exact score
         * of the 1M top 50 against it (36 of 200 searches lower, 16 higher). From 50,000 documents with the field (the
         * size from which {@link TermStateCache} keeps term states).
         */
        public static final Limits DEFAULT = new Limits(0.4, 0.1, TermStateCache.MIN_DOCS);

        /**
         * A vacancy search's: postings over 0.3 × the field's documents, at most a fifth of the most possible score
         * left out, from 50,000 documents. Measured at 1M (docs/benchmarks.md, issue 14, round 13): postings read by
         * the slowest 1 % of the bench's national queries 474k → 299k (none: 756k); of 200 national searches the exact
         * top 10 is 0.4 / 0.1's in 195 and the unbudgeted search's in 193, with as high an exact score (±0.01 %);
         * occupation MRR@10 on generated sets unchanged within a profile.
         */
        public static final Limits VACANCIES = new Limits(0.3, 0.2, TermStateCache.MIN_DOCS);

        /** Never leaves a clause out. */
        public static final Limits NONE = new Limits(Double.MAX_VALUE, 0, Long.MAX_VALUE);

        public boolean leavesNothingOut() {
            return maxLeftOutShare == 0;
        }
    }

    /**
     * The limits of a vacancy search (one clause per group, a profile's held skills and stand-ins) and of a people
     * search (a requirement's stand-ins, two clauses per group) apart: the two queries differ in what their long
     * postings are and in what quality yardstick judges them.
     */
    public record PerKind(Limits vacancies, Limits people) {
        public PerKind {
            Objects.requireNonNull(vacancies, "vacancies");
            Objects.requireNonNull(people, "people");
        }

        /**
         * Vacancy searches {@link Limits#VACANCIES} (0.3 / 0.2), people searches {@link Limits#DEFAULT} (0.4 / 0.1):
         * docs/benchmarks.md, issue 14, round 13.
         */
        public static final PerKind DEFAULT = new PerKind(Limits.VACANCIES, Limits.DEFAULT);

        /** Never leaves a clause out of either kind. */
        public static final PerKind NONE = new PerKind(Limits.NONE, Limits.NONE);
    }

    private final List<List<SkillQuery>> groups;
    private final Limits limits;

    public PostingsBudget(List<List<SkillQuery>> groups, Limits limits) {
        this.groups = List.copyOf(groups.stream().map(List::copyOf).toList());
        this.limits = Objects.requireNonNull(limits, "limits");
        if (this.groups.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("a group needs a clause");
        }
    }

    /**
     * Which groups to keep, given each group's postings and most possible contribution, in the groups' order of
     * strength (the first is always kept).
     */
    public static boolean[] keep(long[] postings, double[] maxContribution, long fieldDocs, Limits limits) {
        int n = postings.length;
        boolean[] kept = new boolean[n];
        Arrays.fill(kept, true);
        long total = 0;
        double contribution = 0;
        for (int i = 0; i < n; i++) {
            total += postings[i];
            contribution += maxContribution[i];
        }
        if (!mayLeaveOut(n, total, fieldDocs, limits) || !Double.isFinite(contribution)) {
            return kept;
        }
        double budget = limits.budgetShare() * fieldDocs;
        Integer[] order = new Integer[n - 1];
        for (int i = 1; i < n; i++) {
            order[i - 1] = i;
        }
        // most postings per unit of contribution first; equal ratios: the weaker (later) group first
        Arrays.sort(order, (a, b) -> {
            int c = Double.compare(postings[b] * maxContribution[a], postings[a] * maxContribution[b]);
            return c != 0 ? c : Integer.compare(b, a);
        });
        double allowed = limits.maxLeftOutShare() * contribution;
        double leftOut = 0;
        for (int i : order) {
            if (total <= budget) {
                break;
            }
            if (postings[i] == 0 || leftOut + maxContribution[i] > allowed) {
                continue;
            }
            kept[i] = false;
            leftOut += maxContribution[i];
            total -= postings[i];
        }
        return kept;
    }

    /** Whether {@code n} groups reading {@code total} postings are over the budget, so some may be left out. */
    private static boolean mayLeaveOut(int n, long total, long fieldDocs, Limits limits) {
        return n >= 2 && !limits.leavesNothingOut() && fieldDocs >= limits.minFieldDocs()
                && total > limits.budgetShare() * fieldDocs;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        int n = groups.size();
        long[] postings = new long[n];
        double[] contribution = new double[n];
        long fieldDocs = 0;
        if (!limits.leavesNothingOut()) {
            String field = groups.getFirst().getFirst().term().field();
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(field);
                fieldDocs += terms == null ? 0 : terms.getDocCount();
            }
            // the postings first (document frequencies only); the maximum features, which scan impacts of segments
            // too small to cache them, only for a query that is over the budget (keep() keeps every group otherwise)
            List<LeafReaderContext> leaves = reader.leaves();
            List<TermsEnum[]> positioned = new ArrayList<>(); // per clause in group order, per leaf
            long total = 0;
            if (fieldDocs >= limits.minFieldDocs()) {
                for (int g = 0; g < n; g++) {
                    for (SkillQuery q : groups.get(g)) {
                        TermsEnum[] perLeaf = new TermsEnum[leaves.size()];
                        for (int l = 0; l < perLeaf.length; l++) {
                            perLeaf[l] = TermStateCache.seek(leaves.get(l).reader(), q.term().field(), q.term().text());
                            postings[g] += perLeaf[l] == null ? 0 : perLeaf[l].docFreq();
                        }
                        positioned.add(perLeaf);
                    }
                    total += postings[g];
                }
            }
            if (mayLeaveOut(n, total, fieldDocs, limits)) {
                int clause = 0;
                for (int g = 0; g < n; g++) {
                    for (SkillQuery q : groups.get(g)) {
                        TermsEnum[] perLeaf = positioned.get(clause++);
                        float maxFeature = 0;
                        for (int l = 0; l < perLeaf.length; l++) {
                            if (perLeaf[l] != null) {
                                maxFeature = Math.max(maxFeature, maxFeature(leaves.get(l).reader(), q, perLeaf[l]));
                            }
                        }
                        contribution[g] += q.maxContribution(maxFeature);
                    }
                }
            }
        }
        boolean[] kept = keep(postings, contribution, fieldDocs, limits);
        var b = new BooleanQuery.Builder();
        int clauses = 0;
        for (int g = 0; g < n; g++) {
            if (kept[g]) {
                for (SkillQuery q : groups.get(g)) {
                    b.add(q, BooleanClause.Occur.SHOULD);
                    clauses++;
                }
            }
        }
        return clauses == 0 ? new MatchNoDocsQuery("no skill clause") : b.build();
    }

    /** Per segment, per field, per term: the largest feature value its postings hold (big segments only). */
    private static final Map<IndexReader.CacheKey, Map<String, Map<String, Float>>> MAX_FEATURE = new ConcurrentHashMap<>();

    /**
     * The largest feature value of the clause's term in a segment, from the postings' impacts at their top skip level
     * (a few reads per 8k documents), kept per segment as {@link TermStateCache} keeps term states.
     */
    private static float maxFeature(LeafReader reader, SkillQuery q, TermsEnum positioned) throws IOException {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null || reader.maxDoc() < TermStateCache.MIN_DOCS) {
            return maxFeatureOf(positioned);
        }
        Map<String, Float> byTerm = MAX_FEATURE.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(MAX_FEATURE::remove);
            return new ConcurrentHashMap<>();
        }).computeIfAbsent(q.term().field(), f -> new ConcurrentHashMap<>());
        Float known = byTerm.get(q.term().text());
        if (known == null) {
            known = maxFeatureOf(positioned);
            byTerm.put(q.term().text(), known);
        }
        return known;
    }

    /** The largest feature value of a positioned term's postings, from their top-level impacts (not kept). */
    static float maxFeatureOf(TermsEnum positioned) throws IOException {
        ImpactsEnum impacts = positioned.impacts(PostingsEnum.FREQS);
        int max = 0;
        int from = 0;
        impacts.advanceShallow(0);
        while (true) {
            Impacts levels = impacts.getImpacts();
            int top = levels.numLevels() - 1;
            FreqAndNormBuffer buffer = levels.getImpacts(top);
            for (int i = 0; i < buffer.size; i++) {
                max = Math.max(max, buffer.freqs[i]);
            }
            int upTo = levels.getDocIdUpTo(top);
            if (max == Integer.MAX_VALUE) {
                return readAll(positioned); // a short list without impacts: its level says "any frequency"
            }
            if (upTo == DocIdSetIterator.NO_MORE_DOCS || upTo < from) {
                return SkillQuery.decode(max);
            }
            from = upTo + 1;
            impacts.advanceShallow(from);
        }
    }

    private static float readAll(TermsEnum positioned) throws IOException {
        PostingsEnum postings = positioned.postings(null, PostingsEnum.FREQS);
        int max = 0;
        while (postings.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
            max = Math.max(max, postings.freq());
        }
        return SkillQuery.decode(max);
    }

    /** The groups, for tests and the cost bench. */
    public List<List<SkillQuery>> groups() {
        return groups;
    }

    /** The limits this query leaves groups out by. */
    public Limits limits() {
        return limits;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        QueryVisitor v = visitor.getSubVisitor(BooleanClause.Occur.SHOULD, this);
        for (List<SkillQuery> g : groups) {
            g.forEach(q -> q.visit(v));
        }
    }

    @Override
    public String toString(String field) {
        var parts = new ArrayList<String>();
        groups.forEach(g -> g.forEach(q -> parts.add(q.toString(field))));
        return "PostingsBudget(" + limits + ": " + String.join(" ", parts) + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PostingsBudget p && p.groups.equals(groups) && p.limits.equals(limits);
    }

    @Override
    public int hashCode() {
        return 31 * groups.hashCode() + limits.hashCode();
    }
}
