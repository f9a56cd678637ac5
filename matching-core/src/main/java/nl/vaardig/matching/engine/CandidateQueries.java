package nl.vaardig.matching.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.vaardig.matching.index.Fields;
import nl.vaardig.matching.index.Filters;
import nl.vaardig.matching.index.PostingsBudget;
import nl.vaardig.matching.index.SkillQuery;
import nl.vaardig.matching.index.SkillTerms;
import nl.vaardig.matching.scoring.MatchScorer;
import nl.vaardig.matching.scoring.PreparedProfile;
import nl.vaardig.matching.scoring.Requirements;
import nl.vaardig.matching.scoring.SkillGraph;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * Builds the candidate queries of the engine: a disjunction of {@link SkillQuery} clauses, one per skill that can
 * earn credit (feature weight = the credit, bonus = estimated relevance), with the filters of the {@link MatchQuery}.
 */
final class CandidateQueries {

    private final SkillGraph graph;
    private final MatchScorer scorer;
    /**
     * Terms of a people search by default (two clauses each: holder factor and relevance; the engine takes half the
     * vacancy cap when that is larger): 24, the requirements' strongest stand-ins by weight. Issue 14 round 14 (1M, the
     * bench's 400 first query vacancies, one thread): Lucene's part p50 / p99 7.12 / 13.36 → 4.20 / 8.34 ms against 32
     * terms, the search's p99 21.77 → 15.75 ms; top 50's exact score mass 0.99914 of 32 terms' (lower in 150, higher
     * in 71 of 400); people quality set (gen_profiles seed 919, default + hard) MRR@10 0.6740 → 0.6754, nDCG@10
     * 0.6927 → 0.6942, recall@50 0.9900 → 0.9885.
     */
    static final int PEOPLE_QUERY_TERMS = 24;

    private final int maxQuerySkills;
    private final int peopleQueryTerms;
    private final PostingsBudget.PerKind budget;

    CandidateQueries(SkillGraph graph, MatchScorer scorer, int maxQuerySkills, PostingsBudget.PerKind budget) {
        this(graph, scorer, maxQuerySkills, PEOPLE_QUERY_TERMS, budget);
    }

    /** {@code peopleQueryTerms}, or half the vacancy cap when that is larger (a search of every skill searches every stand-in). */
    CandidateQueries(SkillGraph graph, MatchScorer scorer, int maxQuerySkills, int peopleQueryTerms, PostingsBudget.PerKind budget) {
        this.graph = graph;
        this.budget = budget;
        this.scorer = scorer;
        this.maxQuerySkills = maxQuerySkills;
        this.peopleQueryTerms = Math.max(peopleQueryTerms, maxQuerySkills / 2);
    }

    /** See {@link MatchingEngine#vacancyCandidateTerms}. */
    MatchingEngine.CandidateTerms vacancyTerms(PreparedProfile p) {
        int[] credited = p.creditedSkills();
        if (credited.length > maxQuerySkills) {
            credited = strongest(p, credited, maxQuerySkills);
        }
        float[] featureWeight = new float[credited.length];
        float[] bonus = new float[credited.length];
        double share = graph.weights().coverageShare();
        for (int i = 0; i < credited.length; i++) {
            featureWeight[i] = (float) (share * p.credit(credited[i]));
            bonus[i] = (float) scorer.relevanceEstimate(p, credited[i]);
        }
        return new MatchingEngine.CandidateTerms(credited, featureWeight, bonus);
    }

    /**
     * The {@code max} clauses that matter most, in this order: every skill the profile holds itself (so a held skill
     * is always searched, however generic: a profile of "work in teams" finds the vacancies that ask it), then the
     * stand-ins by their relevance estimate (the clause's bonus: what it adds to every vacancy it matches, whatever
     * the vacancy's weights), then by credit × specificity; ties in the given order. Chosen by insertion into a list
     * of {@code max} instead of sorting all the profile's credited skills (often hundreds, boxed).
     */
    private int[] strongest(PreparedProfile p, int[] credited, int max) {
        int[] best = new int[max];
        double[] first = new double[max];
        double[] second = new double[max];
        int size = 0;
        for (int s : credited) {
            double k1 = (p.holds(s) ? -HELD : 0) - scorer.relevanceEstimate(p, s);
            double k2 = -p.credit(s) * graph.specificity(s);
            if (size == max && !before(k1, k2, first[max - 1], second[max - 1])) {
                continue; // not before the last kept one (a tie keeps the earlier)
            }
            int at = size == max ? max - 1 : size++;
            while (at > 0 && before(k1, k2, first[at - 1], second[at - 1])) {
                best[at] = best[at - 1];
                first[at] = first[at - 1];
                second[at] = second[at - 1];
                at--;
            }
            best[at] = s;
            first[at] = k1;
            second[at] = k2;
        }
        return best;
    }

    /** Puts held skills before stand-ins: larger than any relevance estimate (those are below 1). */
    private static final double HELD = 1e9;

    private static boolean before(double k1, double k2, double o1, double o2) {
        int c = Double.compare(k1, o1);
        return c < 0 || c == 0 && Double.compare(k2, o2) < 0;
    }

    /** Vacancies a prepared profile can earn credit for; null when it can earn none. */
    Query vacancies(PreparedProfile p, MatchQuery query) {
        MatchingEngine.CandidateTerms terms = vacancyTerms(p);
        if (terms.skills().length == 0) {
            return null;
        }
        var skills = new ArrayList<List<SkillQuery>>();
        for (int i = 0; i < terms.skills().length; i++) {
            skills.add(List.of(new SkillQuery(Fields.VACANCY_SKILL, SkillTerms.term(terms.skills()[i]), terms.featureWeight()[i],
                    terms.bonus()[i])));
        }
        return withFilters(new PostingsBudget(skills, budget.vacancies()), Filters.forVacancies(query));
    }

    /** Profiles that hold a requirement or one of its stand-ins. */
    Query profiles(Requirements r, MatchQuery query) {
        double total = scorer.requirementWeight(r);
        var best = new HashMap<Integer, Double>();
        var use = new HashMap<Integer, Double>();
        double share = graph.weights().coverageShare();
        for (int i = 0; i < r.size(); i++) {
            int s = r.skills()[i];
            double w = share * graph.requirementWeight(s, r.essential()[i]) / total;
            SkillGraph.Links standIns = graph.standIns(s);
            // group siblings are not among the stand-ins (SkillKinship): kinship re-ranks the candidates (its credit is
            // below the relevance gate) but does not retrieve, as a term per group sibling would multiply the terms
            for (int k = 0; k < standIns.size(); k++) {
                best.merge(standIns.skill()[k], w * standIns.credit()[k], Math::max);
                use.merge(standIns.skill()[k], (double) standIns.credit()[k], Math::max);
            }
        }
        var terms = best.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed())
                .limit(peopleQueryTerms).toList();
        var skills = new ArrayList<List<SkillQuery>>();
        double relevance = graph.weights().relevanceShare();
        for (var e : terms) {
            String term = SkillTerms.term(e.getKey());
            // one group: both clauses read the same documents' postings (holder factor, relevance share)
            skills.add(List.of(new SkillQuery(Fields.PROFILE_SKILL, term, (float) Math.max(e.getValue(), 1e-6), 0f),
                    new SkillQuery(Fields.PROFILE_RELEVANCE, term, (float) (relevance * use.get(e.getKey())), 0f)));
        }
        return withFilters(new PostingsBudget(skills, budget.people()), Filters.forProfiles(query));
    }

    private static Query withFilters(Query scoring, List<Query> filters) {
        if (filters.isEmpty()) {
            return scoring;
        }
        var b = new BooleanQuery.Builder().add(scoring, BooleanClause.Occur.MUST);
        filters.forEach(f -> b.add(f, BooleanClause.Occur.FILTER));
        return b.build();
    }
}
