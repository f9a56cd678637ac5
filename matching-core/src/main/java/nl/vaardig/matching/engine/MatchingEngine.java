package nl.vaardig.matching.engine;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.vaardig.matching.engine.CandidateRescorer.Scored;
import nl.vaardig.matching.engine.CandidateRescorer.ViewKey;
import nl.vaardig.matching.explain.Explanation;
import nl.vaardig.matching.index.PostingsBudget;
import nl.vaardig.matching.index.Fields;
import nl.vaardig.matching.index.IndexLayout;
import nl.vaardig.matching.index.ProfileDocuments;
import nl.vaardig.matching.index.SkillQuery;
import nl.vaardig.matching.index.VacancyDocuments;
import nl.vaardig.matching.index.VarInts;
import nl.vaardig.matching.model.LearningRoute;
import nl.vaardig.matching.model.LearningRouteId;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.ProfileId;
import nl.vaardig.matching.model.Vacancy;
import nl.vaardig.matching.model.VacancyId;
import nl.vaardig.matching.scoring.HeldSkills;
import nl.vaardig.matching.scoring.MatchScorer;
import nl.vaardig.matching.scoring.PreparedProfile;
import nl.vaardig.matching.scoring.Requirements;
import nl.vaardig.matching.scoring.SkillGraph;
import nl.vaardig.taxonomy.region.AmrCode;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;

/**
 * The matcher: an index of vacancies, profiles and learning routes in one Lucene {@link Directory}, near-real-time
 * (changes are visible after {@link #refresh()} or the periodic refresh), and the three searches with exact,
 * explained scores.
 *
 * <p>How a search works: Lucene finds candidates with a disjunction of {@link SkillQuery} clauses, one per skill
 * the request can earn credit for (feature weight = the credit, the document's feature = the skill's share of the
 * vacancy, bonus = estimated relevance), so Lucene's block-max pruning skips documents that cannot reach the top. The best
 * {@code max(minCandidates, candidateFactor × topN)} candidates ({@code minRegionCandidates} in a region search) are
 * then scored exactly by {@link MatchScorer} from the requirements kept in doc values, and the top N get their
 * {@link Explanation}.
 *
 * <p>The engine composes three parts: {@link MatchingIndex} (open, write documents, refresh, close),
 * {@link CandidateQueries} (the candidate queries) and {@link CandidateRescorer} (run a query, rescore exactly).
 *
 * <p>Thread-safe. Writes go to one {@link IndexWriter}; searches use pooled searchers.
 */
public final class MatchingEngine implements Closeable {

    /**
     * @param refreshEvery  how often changes become searchable without an explicit {@link #refresh()}; null = never
     * @param ramBufferMb   IndexWriter buffer
     * @param minCandidates candidates rescored at least (exactly) per search
     * @param candidateFactor candidates rescored per requested hit
     * @param maxQuerySkills at most this many skill clauses in a vacancy search's candidate query: the held skills
     *                       first, then the stand-ins by relevance estimate (half as many terms in a people search)
     * @param searchThreads  threads one search may use: the index is searched in that many slices at once
     * @param layout         the order of documents in the index (fixed when the index is created)
     * @param minRegionCandidates candidates rescored at least per search restricted to regions (a region holds a
     *                       few percent of the index, so fewer candidates keep the same top N)
     * @param postingsBudget which of a candidate query's clauses a search may leave out when they hold many postings
     *                       and can add little to a score ({@link PostingsBudget}), for vacancy and people searches apart
     * @param peopleQueryTerms terms of a people search's candidate query (two clauses each), the requirements'
     *                       stand-ins by weight
     * @param minParallelRegionDocs a region search over at least this many documents is cut in two halves searched
     *                       at once (with more than one search thread); off by default: on a quiet machine at 1M the
     *                       hand-over cost more than the halves saved (own region p99 1.39 → 5.0–7.1 ms wall,
     *                       docs/benchmarks.md, issue 14, lead's quiet re-measure after kin14 round 3)
     * @param vacancySearchThreads threads a vacancy search over the whole index (national) may use, at most
     *                       {@code searchThreads}; 1 by default: on a quiet 2-core machine at 1M one thread answers the
     *                       national top 20 at p99 4.7–5.5 ms against 7.0–7.8 ms in parts shared with a second thread,
     *                       for less CPU (p50 3.6–3.9 against 3.0–3.5 ms; docs/benchmarks.md, issue 14, "Round 16
     *                       (lead)")
     */
    public record Options(Duration refreshEvery, double ramBufferMb, int minCandidates, int candidateFactor,
                          int maxQuerySkills, int searchThreads, Clock clock, IndexLayout layout, int minRegionCandidates,
                          int minParallelRegionDocs, PostingsBudget.PerKind postingsBudget, int peopleQueryTerms,
                          int vacancySearchThreads) {
        public Options {
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(postingsBudget, "postingsBudget");
            Objects.requireNonNull(layout, "layout");
            if (ramBufferMb < 16 || minCandidates < 1 || minRegionCandidates < 1 || candidateFactor < 1 || maxQuerySkills < 1
                    || maxQuerySkills > 1024 || searchThreads < 1 || searchThreads > 64 || minParallelRegionDocs < 1 || peopleQueryTerms < 1
                    || peopleQueryTerms > 512 || vacancySearchThreads < 1) {
                throw new IllegalArgumentException("engine options out of range");
            }
        }

        /**
         * Refresh every second, 200 candidates (5 per hit when more are asked), 100 in a region search (measured at
         * 100k: 99 % of the top 20 of 400 candidates, 20 % less CPU than 200), 40 skills of a profile in the candidate
         * query (its held skills, then the stand-ins with the highest relevance estimate; measured on held-out occupation
         * profiles: at least as many exact top 10s as the 64 strongest by credit × specificity, MRR@10 unchanged, about a
         * fifth less CPU per national search at 1M), one search thread per core,
         * a region search on the calling thread (no halves: see {@code minParallelRegionDocs}), the postings budgets
         * {@link PostingsBudget.PerKind#DEFAULT}, and a national vacancy search on the calling thread alone (people
         * searches share their parts with the pool).
         */
        public static Options defaults() {
            return new Options(Duration.ofSeconds(1), 256, 200, 5, 40, Runtime.getRuntime().availableProcessors(),
                    Clock.systemDefaultZone(), IndexLayout.REGION_FIRST, 100, Integer.MAX_VALUE,
                    PostingsBudget.PerKind.DEFAULT, CandidateQueries.PEOPLE_QUERY_TERMS, 1);
        }

        public Options withClock(Clock newClock) {
            return new Options(refreshEvery, ramBufferMb, minCandidates, candidateFactor, maxQuerySkills, searchThreads, newClock,
                    layout, minRegionCandidates, minParallelRegionDocs, postingsBudget, peopleQueryTerms, vacancySearchThreads);
        }

        public Options withRefreshEvery(Duration every) {
            return new Options(every, ramBufferMb, minCandidates, candidateFactor, maxQuerySkills, searchThreads, clock, layout,
                    minRegionCandidates, minParallelRegionDocs, postingsBudget, peopleQueryTerms, vacancySearchThreads);
        }

        public Options withMaxQuerySkills(int max) {
            return new Options(refreshEvery, ramBufferMb, minCandidates, candidateFactor, max, searchThreads, clock, layout,
                    minRegionCandidates, minParallelRegionDocs, postingsBudget, peopleQueryTerms, vacancySearchThreads);
        }

        public Options withCandidates(int min, int factor) {
            return new Options(refreshEvery, ramBufferMb, min, factor, maxQuerySkills, searchThreads, clock, layout,
                    minRegionCandidates, minParallelRegionDocs, postingsBudget, peopleQueryTerms, vacancySearchThreads);
        }

        public Options withRegionCandidates(int min) {
            return new Options(refreshEvery, ramBufferMb, minCandidates, candidateFactor, maxQuerySkills, searchThreads, clock,
                    layout, min, minParallelRegionDocs, postingsBudget, peopleQueryTerms, vacancySearchThreads);
        }

        public Options withLayout(IndexLayout newLayout) {
            return new Options(refreshEvery, ramBufferMb, minCandidates, candidateFactor, maxQuerySkills, searchThreads, clock,
                    newLayout, minRegionCandidates, minParallelRegionDocs, postingsBudget, peopleQueryTerms, vacancySearchThreads);
        }

        public Options withParallelRegionDocs(int min) {
            return new Options(refreshEvery, ramBufferMb, minCandidates, candidateFactor, maxQuerySkills, searchThreads, clock, layout,
                    minRegionCandidates, min, postingsBudget, peopleQueryTerms, vacancySearchThreads);
        }

        /** The same postings budget for vacancy and people searches. */
        public Options withPostingsBudget(PostingsBudget.Limits limits) {
            return withPostingsBudget(new PostingsBudget.PerKind(limits, limits));
        }

        public Options withPostingsBudget(PostingsBudget.PerKind limits) {
            return new Options(refreshEvery, ramBufferMb, minCandidates, candidateFactor, maxQuerySkills, searchThreads, clock, layout,
                    minRegionCandidates, minParallelRegionDocs, limits, peopleQueryTerms, vacancySearchThreads);
        }

        /** Terms in a people search's candidate query (two clauses each): the requirements' stand-ins by weight. */
        public Options withPeopleQueryTerms(int terms) {
            return new Options(refreshEvery, ramBufferMb, minCandidates, candidateFactor, maxQuerySkills, searchThreads, clock, layout,
                    minRegionCandidates, minParallelRegionDocs, postingsBudget, terms, vacancySearchThreads);
        }

        public Options withSearchThreads(int threads) {
            return new Options(refreshEvery, ramBufferMb, minCandidates, candidateFactor, maxQuerySkills, threads, clock, layout,
                    minRegionCandidates, minParallelRegionDocs, postingsBudget, peopleQueryTerms, vacancySearchThreads);
        }

        /** Threads a vacancy search over the whole index may use (at most {@link #searchThreads}). */
        public Options withVacancySearchThreads(int threads) {
            return new Options(refreshEvery, ramBufferMb, minCandidates, candidateFactor, maxQuerySkills, searchThreads, clock,
                    layout, minRegionCandidates, minParallelRegionDocs, postingsBudget, peopleQueryTerms, threads);
        }
    }

    private final SkillGraph graph;
    private final MatchScorer scorer;
    private final RelevanceGate gate;
    private final Options options;
    private final MatchingIndex index;
    private final CandidateQueries queries;
    private final CandidateRescorer rescorer;
    private final RouteCatalogue routes;
    private final ThreadLocal<PreparedProfile> scratch;

    private MatchingEngine(Directory directory, SkillGraph graph, Options options) throws IOException {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.scorer = new MatchScorer(graph);
        this.gate = new RelevanceGate(graph);
        this.options = Objects.requireNonNull(options, "options");
        this.index = new MatchingIndex(directory, graph, scorer, options);
        this.queries = new CandidateQueries(graph, scorer, options.maxQuerySkills(), options.peopleQueryTerms(),
                options.postingsBudget());
        this.rescorer = new CandidateRescorer(index, options);
        this.scratch = ThreadLocal.withInitial(() -> scorer.prepare(new HeldSkills(new int[0], new double[0])));
        this.routes = new RouteCatalogue(graph);
        index.storedRoutes().forEach(routes::put);
    }

    /** Opens (or creates) the index in {@code directory}: ByteBuffersDirectory for tests, MMapDirectory on disk. */
    public static MatchingEngine open(Directory directory, SkillGraph graph, Options options) {
        try {
            return new MatchingEngine(directory, graph, options);
        } catch (IOException e) {
            throw new UncheckedIOException("could not open the matching index", e);
        }
    }

    public SkillGraph graph() {
        return graph;
    }

    public MatchScorer scorer() {
        return scorer;
    }

    // ---------------------------------------------------------------- writes

    /** Adds or replaces a vacancy (by id). */
    public void indexVacancy(Vacancy vacancy) {
        index.putVacancy(vacancy);
    }

    /**
     * Adds many new vacancies (ids not yet in the index) as fast as the writer allows: for an initial build or a
     * rebuild from the system of record. Streams; does not hold the input.
     */
    public long addVacancies(Iterator<Vacancy> vacancies) {
        return index.addVacancies(vacancies);
    }

    public void removeVacancy(VacancyId id) {
        index.deleteVacancy(id);
    }

    /** Adds or replaces a profile. Call only for people who consented to be found by employers. */
    public void indexProfile(Profile profile) {
        index.putProfile(profile);
    }

    public long addProfiles(Iterator<Profile> profiles) {
        return index.addProfiles(profiles);
    }

    /** Removes a profile (withdrawn consent or erasure); gone from searches after the next refresh. */
    public void removeProfile(ProfileId id) {
        index.deleteProfile(id);
    }

    public void indexRoute(LearningRoute route) {
        index.putRoute(route);
        routes.put(route);
    }

    public void removeRoute(LearningRouteId id) {
        index.deleteRoute(id);
        routes.remove(id);
    }

    /** Makes all changes so far visible to searches. */
    public void refresh() {
        index.refresh();
    }

    /** Makes all changes so far durable (and visible). */
    public void commit() {
        index.commit();
    }

    /** Merges the index down to few segments: after a bulk build, before serving. */
    public void optimize(int maxSegments) {
        index.optimize(maxSegments);
    }

    // ---------------------------------------------------------------- searches

    /** Top vacancies for a profile (stored or anonymous), with explanations. */
    public List<VacancyMatch> matchVacancies(Profile profile, MatchQuery query, int topN) {
        requireTopN(topN);
        PreparedProfile p = scorer.prepareInto(scratch.get(), scorer.heldSkills(profile.skills()));
        if (p.isEmpty()) {
            return List.of();
        }
        Query candidates = queries.vacancies(p, query);
        if (candidates == null) {
            return List.of();
        }
        List<Scored> scored = rescorer.searchAndRescore(candidates, viewKey(query), regionCodes(query), topN, (leafDocs) -> {
            Requirements r = leafDocs.requirements();
            return scorer.score(p, r);
        }, Fields.VACANCY_REQUIREMENTS);
        var out = new ArrayList<VacancyMatch>(scored.size());
        for (Scored s : scored) {
            Explanation e = scorer.explain(p, s.requirements(), query.locale());
            out.add(new VacancyMatch(new VacancyId(s.id()), e.score(), e));
        }
        return out;
    }

    /**
     * What to show a person: the best {@code topN} vacancies that are close to the profile (see
     * {@link RelevanceGate}), or, when the search finds only vacancies sharing a generic skill or a faint stand-in,
     * none of them and the skills that would open most doors among them.
     */
    public VacancyFindings findVacancies(Profile profile, MatchQuery query, int topN) {
        requireTopN(topN);
        PreparedProfile p = scorer.prepareInto(scratch.get(), scorer.heldSkills(profile.skills()));
        Query candidates = p.isEmpty() ? null : queries.vacancies(p, query);
        if (candidates == null) {
            return new VacancyFindings(List.of(), false, List.of());
        }
        // look a little deeper, so that dropping the ones that are not close still fills the page; only the shown
        // ones are explained
        List<Scored> scored = rescorer.searchAndRescore(candidates, viewKey(query), regionCodes(query), Math.min(1000, topN * 3),
                d -> scorer.score(p, d.requirements()), Fields.VACANCY_REQUIREMENTS);
        var close = new ArrayList<VacancyMatch>();
        for (Scored s : scored) {
            if (close.size() < topN && gate.close(p, s.requirements())) {
                close.add(explained(p, s, query));
            }
        }
        if (!close.isEmpty() || scored.isEmpty()) {
            return new VacancyFindings(close, false, List.of());
        }
        List<VacancyMatch> weak = scored.stream().map(s -> explained(p, s, query)).toList();
        return new VacancyFindings(List.of(), true, gate.doorOpeners(weak));
    }

    private VacancyMatch explained(PreparedProfile p, Scored s, MatchQuery query) {
        Explanation e = scorer.explain(p, s.requirements(), query.locale());
        return new VacancyMatch(new VacancyId(s.id()), e.score(), e);
    }

    /**
     * How many of the best {@code topN} vacancies for a profile it meets at least {@code minCoverage} of the
     * requirement weight of (see {@link MatchScorer#coverage}): the count behind "jobs unlocked".
     */
    public int wellCoveredVacancies(Profile profile, MatchQuery query, int topN, double minCoverage) {
        return topRequirements(profile, query, topN, minCoverage).wellCovered();
    }

    /**
     * The requirements of the best {@code topN} vacancies for a profile, best first, and how many of them it meets at
     * least {@code minCoverage} of (as {@link #wellCoveredVacancies}): what a route plan towards the jobs of a region
     * reads, from one search and without explanations (issue 16: explaining 200 vacancies and searching again for
     * the count were a fifth of a plan's CPU).
     */
    public TopRequirements topRequirements(Profile profile, MatchQuery query, int topN, double minCoverage) {
        requireTopN(topN);
        PreparedProfile p = scorer.prepareInto(scratch.get(), scorer.heldSkills(profile.skills()));
        Query candidates = p.isEmpty() ? null : queries.vacancies(p, query);
        if (candidates == null) {
            return new TopRequirements(List.of(), 0);
        }
        List<Scored> scored = rescorer.searchAndRescore(candidates, viewKey(query), regionCodes(query), topN,
                d -> scorer.score(p, d.requirements()), Fields.VACANCY_REQUIREMENTS);
        var requirements = new ArrayList<Requirements>(scored.size());
        int covered = 0;
        for (Scored s : scored) {
            requirements.add(s.requirements());
            covered += scorer.coverage(p, s.requirements()) >= minCoverage ? 1 : 0;
        }
        return new TopRequirements(List.copyOf(requirements), covered);
    }

    /** See {@link #topRequirements}. */
    public record TopRequirements(List<Requirements> requirements, int wellCovered) {
    }

    /** Top people for a vacancy (indexed or not), with explanations. */
    public List<CandidateMatch> matchCandidates(Vacancy vacancy, MatchQuery query, int topN) {
        requireTopN(topN);
        Requirements r = scorer.requirements(vacancy.skills());
        Query candidates = queries.profiles(r, query);
        // rescored on two threads: each loads the candidates into its own scratch profile
        List<Scored> scored = rescorer.searchAndRescore(candidates, null, List.of(), topN, (leafDocs) ->
                scorer.score(scorer.prepareInto(scratch.get(), heldFromPacked(leafDocs.packed()), r), r), Fields.PROFILE_SKILLS);
        PreparedProfile p = scratch.get();
        var out = new ArrayList<CandidateMatch>(scored.size());
        for (Scored s : scored) {
            PreparedProfile pp = scorer.prepareInto(p, heldFromPacked(s.packed()), r);
            Explanation e = scorer.explain(pp, r, query.locale());
            out.add(new CandidateMatch(new ProfileId(s.id()), e.score(), e));
        }
        return out;
    }

    /** The exact match of one profile and one vacancy, whether or not either is indexed. */
    public Explanation explain(Profile profile, Vacancy vacancy, java.util.Locale locale) {
        PreparedProfile p = scorer.prepareInto(scratch.get(), scorer.heldSkills(profile.skills()));
        return scorer.explain(p, scorer.requirements(vacancy.skills()), locale);
    }

    /**
     * Learning routes for the person's learning wishes, offered in the query's regions (when none are given: the
     * person's own region) or online.
     */
    public List<RouteMatch> matchRoutes(Profile profile, MatchQuery query, int topN) {
        requireTopN(topN);
        java.util.Set<AmrCode> regions = !query.regions().isEmpty() || profile.region() == null
                ? query.regions() : java.util.Set.of(profile.region());
        return new RouteRanker(graph).rank(profile, routesFor(regions), query.locale(), topN);
    }

    /** The routes in the catalogue that are offered in one of the regions (any when empty) or online. */
    public List<LearningRoute> routesFor(java.util.Set<AmrCode> regions) {
        return routes.offeredIn(regions);
    }

    /** As {@link #routesFor}, each route with its {@link #taughtSkills}: for walking every route on offer. */
    public List<OfferedRoute> offeredRoutes(java.util.Set<AmrCode> regions) {
        return routes.offeredWithSkills(regions);
    }

    public Optional<LearningRoute> route(LearningRouteId id) {
        return routes.get(id);
    }

    /** The skills the route teaches as graph ordinals with their level factors (kept per catalogued route). */
    public TaughtSkills taughtSkills(LearningRoute route) {
        return routes.taught(route);
    }

    /** The requirements of an indexed vacancy, as the matcher sees them. */
    public Optional<Requirements> vacancyRequirements(VacancyId id) {
        return withSearcher(s -> {
            TopDocs td = s.search(new TermQuery(new Term(Fields.ID, VacancyDocuments.idTerm(id))), 1);
            if (td.scoreDocs.length == 0) {
                return Optional.empty();
            }
            int doc = td.scoreDocs[0].doc;
            LeafReaderContext leaf = s.getIndexReader().leaves().get(ReaderUtil.subIndex(doc, s.getIndexReader().leaves()));
            BinaryDocValues dv = leaf.reader().getBinaryDocValues(Fields.VACANCY_REQUIREMENTS);
            dv.advanceExact(doc - leaf.docBase);
            int[] packed = VarInts.decode(dv.binaryValue());
            return Optional.of(Requirements.unpack(packed, packed.length));
        });
    }

    /** Counts documents of one kind visible to searches. */
    public int count(String kind) {
        return withSearcher(s -> s.count(new TermQuery(new Term(Fields.KIND, kind))));
    }

    public int vacancyCount() {
        return count(Fields.KIND_VACANCY);
    }

    public int profileCount() {
        return count(Fields.KIND_PROFILE);
    }

    /** Runs a function with a pooled searcher (for the gap planner and diagnostics). */
    public <T> T withSearcher(SearchFunction<T> f) {
        return index.withSearcher(f);
    }

    @FunctionalInterface
    public interface SearchFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    LocalDate today() {
        return LocalDate.now(options.clock());
    }

    Options options() {
        return options;
    }

    @Override
    public void close() {
        index.close();
    }

    // ---------------------------------------------------------------- internals

    /**
     * The skill clauses of the candidate search for a prepared profile: per skill the feature weight (coverage
     * credit) and the relevance bonus. Public so that other candidate generators (the PostgreSQL baseline of the
     * benchmark) use exactly the same numbers.
     */
    public CandidateTerms vacancyCandidateTerms(PreparedProfile p) {
        return queries.vacancyTerms(p);
    }

    /** Skill ordinals with their candidate-search weights (see {@link SkillQuery}). */
    public record CandidateTerms(int[] skills, float[] featureWeight, float[] bonus) {
    }

    /** How many candidates a search for {@code topN} hits rescores exactly. */
    public int candidateCount(int topN) {
        return candidateCount(topN, false);
    }

    /** How many candidates a search for {@code topN} hits rescores exactly, in regions or in the whole index. */
    public int candidateCount(int topN, boolean inRegions) {
        return rescorer.candidateCount(topN, inRegions);
    }

    private static List<String> regionCodes(MatchQuery query) {
        return query.regions().stream().map(AmrCode::value).sorted().toList();
    }

    private ViewKey viewKey(MatchQuery query) {
        if (query.includeClosed()) {
            return null;
        }
        return new ViewKey(query.openDay(today()).toEpochDay());
    }

    private HeldSkills heldFromPacked(int[] packed) {
        return ProfileDocuments.heldSkills(packed, graph.weights());
    }

    private static void requireTopN(int topN) {
        if (topN < 1 || topN > 1000) {
            throw new IllegalArgumentException("topN must be within [1, 1000], was " + topN);
        }
    }
}
