package nl.vaardig.matching.engine;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import nl.vaardig.matching.explain.Explanation;
import nl.vaardig.matching.index.Fields;
import nl.vaardig.matching.index.Filters;
import nl.vaardig.matching.index.IndexLayout;
import nl.vaardig.matching.index.OpenVacanciesReader;
import nl.vaardig.matching.index.ProfileDocuments;
import nl.vaardig.matching.index.RouteDocuments;
import nl.vaardig.matching.index.SkillQuery;
import nl.vaardig.matching.index.SkillTerms;
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
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import nl.vaardig.matching.index.RegionRanges;
import org.apache.lucene.search.SortedSetSelector;
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
 * <p>Thread-safe. Writes go to one {@link IndexWriter}; searches use pooled searchers.
 */
public final class MatchingEngine implements Closeable {

    /**
     * @param refreshEvery  how often changes become searchable without an explicit {@link #refresh()}; null = never
     * @param ramBufferMb   IndexWriter buffer
     * @param minCandidates candidates rescored at least (exactly) per search
     * @param candidateFactor candidates rescored per requested hit
     * @param maxQuerySkills at most this many skill clauses in a candidate query (strongest credit × specificity)
     * @param searchThreads  threads one search may use: the index is searched in that many slices at once
     * @param layout         the order of documents in the index (fixed when the index is created)
     * @param minRegionCandidates candidates rescored at least per search restricted to regions (a region holds a
     *                       few percent of the index, so fewer candidates keep the same top N)
     */
    public record Options(Duration refreshEvery, double ramBufferMb, int minCandidates, int candidateFactor,
                          int maxQuerySkills, int searchThreads, Clock clock, IndexLayout layout, int minRegionCandidates) {
        public Options {
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(layout, "layout");
            if (ramBufferMb < 16 || minCandidates < 1 || minRegionCandidates < 1 || candidateFactor < 1 || maxQuerySkills < 1
                    || maxQuerySkills > 1024 || searchThreads < 1 || searchThreads > 64) {
                throw new IllegalArgumentException("engine options out of range");
            }
        }

        /**
         * Refresh every second, 200 candidates (5 per hit when more are asked), 100 in a region search (measured at
         * 100k: 99 % of the top 20 of 400 candidates, 20 % less CPU than 200), the 64 strongest skills of a profile
         * in the candidate query (measured: more clauses cost time and add no recall), one search thread per core.
         */
        public static Options defaults() {
            return new Options(Duration.ofSeconds(1), 256, 200, 5, 64, Runtime.getRuntime().availableProcessors(),
                    Clock.systemDefaultZone(), IndexLayout.REGION_FIRST, 100);
        }

        public Options withClock(Clock newClock) {
            return new Options(refreshEvery, ramBufferMb, minCandidates, candidateFactor, maxQuerySkills, searchThreads, newClock,
                    layout, minRegionCandidates);
        }

        public Options withRefreshEvery(Duration every) {
            return new Options(every, ramBufferMb, minCandidates, candidateFactor, maxQuerySkills, searchThreads, clock, layout,
                    minRegionCandidates);
        }

        public Options withMaxQuerySkills(int max) {
            return new Options(refreshEvery, ramBufferMb, minCandidates, candidateFactor, max, searchThreads, clock, layout,
                    minRegionCandidates);
        }

        public Options withCandidates(int min, int factor) {
            return new Options(refreshEvery, ramBufferMb, min, factor, maxQuerySkills, searchThreads, clock, layout,
                    minRegionCandidates);
        }

        public Options withRegionCandidates(int min) {
            return new Options(refreshEvery, ramBufferMb, minCandidates, candidateFactor, maxQuerySkills, searchThreads, clock,
                    layout, min);
        }

        public Options withLayout(IndexLayout newLayout) {
            return new Options(refreshEvery, ramBufferMb, minCandidates, candidateFactor, maxQuerySkills, searchThreads, clock,
                    newLayout, minRegionCandidates);
        }

        public Options withSearchThreads(int threads) {
            return new Options(refreshEvery, ramBufferMb, minCandidates, candidateFactor, maxQuerySkills, threads, clock, layout,
                    minRegionCandidates);
        }
    }

    private final SkillGraph graph;
    private final MatchScorer scorer;
    private final RelevanceGate gate;
    private final Options options;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ScheduledExecutorService refresher;
    private final java.util.concurrent.ExecutorService searchPool;
    private final SlicedSearcherFactory searcherFactory;
    /**
     * Searchers over the vacancies open on a day, for the current reader; dropped when a refresh brings a new
     * reader.
     */
    private final AtomicReference<OpenViews> openViews = new AtomicReference<>();

    private record ViewKey(long day) {
    }

    private record OpenViews(org.apache.lucene.index.IndexReader base, Map<ViewKey, IndexSearcher> byKey) {
    }
    private final Map<LearningRouteId, LearningRoute> routes = new ConcurrentHashMap<>();
    private final ThreadLocal<PreparedProfile> scratch;
    private final AtomicReference<Boolean> closed = new AtomicReference<>(false);

    private MatchingEngine(Directory directory, SkillGraph graph, Options options) throws IOException {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.scorer = new MatchScorer(graph);
        this.gate = new RelevanceGate(graph);
        this.options = Objects.requireNonNull(options, "options");
        String fingerprint = SkillTerms.fingerprint(graph.taxonomy());
        if (DirectoryReader.indexExists(directory)) {
            Map<String, String> userData = DirectoryReader.listCommits(directory).getLast().getUserData();
            String existing = userData.get(SkillTerms.FINGERPRINT_KEY);
            if (existing != null && !existing.equals(fingerprint)) {
                throw new IllegalStateException("the index was built with another skill list (" + existing
                        + ", now " + fingerprint + "); rebuild it from the system of record");
            }
        }
        var config = new IndexWriterConfig().setRAMBufferSizeMB(options.ramBufferMb())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setIndexSort(options.layout().sort());
        this.writer = new IndexWriter(directory, config);
        this.writer.setLiveCommitData(Map.of(SkillTerms.FINGERPRINT_KEY, fingerprint).entrySet());
        this.searchPool = options.searchThreads() > 1 ? Executors.newFixedThreadPool(options.searchThreads(), r -> {
            Thread t = new Thread(r, "matching-search");
            t.setDaemon(true);
            return t;
        }) : null;
        this.searcherFactory = new SlicedSearcherFactory(searchPool, options.searchThreads());
        this.searchers = new SearcherManager(writer, true, false, searcherFactory);
        this.scratch = ThreadLocal.withInitial(() -> scorer.prepare(new HeldSkills(new int[0], new double[0])));
        loadRoutes();
        if (options.refreshEvery() != null) {
            refresher = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "matching-refresh");
                t.setDaemon(true);
                return t;
            });
            long ms = Math.max(10, options.refreshEvery().toMillis());
            refresher.scheduleWithFixedDelay(this::refreshQuietly, ms, ms, TimeUnit.MILLISECONDS);
        } else {
            refresher = null;
        }
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
        Requirements r = scorer.requirements(vacancy.skills());
        write(() -> writer.updateDocument(new Term(Fields.ID, VacancyDocuments.idTerm(vacancy.id())),
                VacancyDocuments.toDocument(vacancy, r, graph)));
    }

    /**
     * Adds many new vacancies (ids not yet in the index) as fast as the writer allows: for an initial build or a
     * rebuild from the system of record. Streams; does not hold the input.
     */
    public long addVacancies(Iterator<Vacancy> vacancies) {
        long n = 0;
        while (vacancies.hasNext()) {
            Vacancy v = vacancies.next();
            Requirements r = scorer.requirements(v.skills());
            write(() -> writer.addDocument(VacancyDocuments.toDocument(v, r, graph)));
            n++;
        }
        return n;
    }

    public void removeVacancy(VacancyId id) {
        write(() -> writer.deleteDocuments(new Term(Fields.ID, VacancyDocuments.idTerm(id))));
    }

    /** Adds or replaces a profile. Call only for people who consented to be found by employers. */
    public void indexProfile(Profile profile) {
        write(() -> writer.updateDocument(new Term(Fields.ID, ProfileDocuments.idTerm(profile.id())),
                ProfileDocuments.toDocument(profile, graph)));
    }

    public long addProfiles(Iterator<Profile> profiles) {
        long n = 0;
        while (profiles.hasNext()) {
            Profile p = profiles.next();
            write(() -> writer.addDocument(ProfileDocuments.toDocument(p, graph)));
            n++;
        }
        return n;
    }

    /** Removes a profile (withdrawn consent or erasure); gone from searches after the next refresh. */
    public void removeProfile(ProfileId id) {
        write(() -> writer.deleteDocuments(new Term(Fields.ID, ProfileDocuments.idTerm(id))));
    }

    public void indexRoute(LearningRoute route) {
        write(() -> writer.updateDocument(new Term(Fields.ID, RouteDocuments.idTerm(route.id())),
                RouteDocuments.toDocument(route, graph)));
        routes.put(route.id(), route);
    }

    public void removeRoute(LearningRouteId id) {
        write(() -> writer.deleteDocuments(new Term(Fields.ID, RouteDocuments.idTerm(id))));
        routes.remove(id);
    }

    /** Makes all changes so far visible to searches. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes all changes so far durable (and visible). */
    public void commit() {
        write(writer::commit);
        refresh();
    }

    /** Merges the index down to few segments: after a bulk build, before serving. */
    public void optimize(int maxSegments) {
        write(() -> writer.forceMerge(maxSegments));
        refresh();
    }

    // ---------------------------------------------------------------- searches

    /** Top vacancies for a profile (stored or anonymous), with explanations. */
    public List<VacancyMatch> matchVacancies(Profile profile, MatchQuery query, int topN) {
        requireTopN(topN);
        PreparedProfile p = scorer.prepareInto(scratch.get(), scorer.heldSkills(profile.skills()));
        if (p.isEmpty()) {
            return List.of();
        }
        Query candidates = vacancyCandidateQuery(p, query);
        if (candidates == null) {
            return List.of();
        }
        List<Scored> scored = searchAndRescore(candidates, viewKey(query), regionCodes(query), topN, (leafDocs) -> {
            Requirements r = leafDocs.requirements();
            return scorer.score(p, r);
        }, Fields.VACANCY_REQUIREMENTS);
        var out = new ArrayList<VacancyMatch>(scored.size());
        for (Scored s : scored) {
            Explanation e = scorer.explain(p, s.requirements, query.locale());
            out.add(new VacancyMatch(new VacancyId(s.id), e.score(), e));
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
        Query candidates = p.isEmpty() ? null : vacancyCandidateQuery(p, query);
        if (candidates == null) {
            return new VacancyFindings(List.of(), false, List.of());
        }
        // look a little deeper, so that dropping the ones that are not close still fills the page; only the shown
        // ones are explained
        List<Scored> scored = searchAndRescore(candidates, viewKey(query), regionCodes(query), Math.min(1000, topN * 3),
                d -> scorer.score(p, d.requirements()), Fields.VACANCY_REQUIREMENTS);
        var close = new ArrayList<VacancyMatch>();
        for (Scored s : scored) {
            if (close.size() < topN && gate.close(p, s.requirements)) {
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
        Explanation e = scorer.explain(p, s.requirements, query.locale());
        return new VacancyMatch(new VacancyId(s.id), e.score(), e);
    }

    /**
     * How many of the best {@code topN} vacancies for a profile it meets at least {@code minCoverage} of the
     * requirement weight of (see {@link MatchScorer#coverage}): the count behind "jobs unlocked".
     */
    public int wellCoveredVacancies(Profile profile, MatchQuery query, int topN, double minCoverage) {
        requireTopN(topN);
        PreparedProfile p = scorer.prepareInto(scratch.get(), scorer.heldSkills(profile.skills()));
        Query candidates = p.isEmpty() ? null : vacancyCandidateQuery(p, query);
        if (candidates == null) {
            return 0;
        }
        return (int) searchAndRescore(candidates, viewKey(query), regionCodes(query), topN, d -> scorer.score(p, d.requirements()),
                        Fields.VACANCY_REQUIREMENTS)
                .stream().filter(s -> scorer.coverage(p, s.requirements()) >= minCoverage).count();
    }

    /** Top people for a vacancy (indexed or not), with explanations. */
    public List<CandidateMatch> matchCandidates(Vacancy vacancy, MatchQuery query, int topN) {
        requireTopN(topN);
        Requirements r = scorer.requirements(vacancy.skills());
        Query candidates = profileCandidateQuery(r, query);
        PreparedProfile p = scratch.get();
        List<Scored> scored = searchAndRescore(candidates, null, List.of(), topN, (leafDocs) -> {
            int[] packed = leafDocs.packed();
            return scorer.score(scorer.prepareInto(p, heldFromPacked(packed), r), r);
        }, Fields.PROFILE_SKILLS);
        var out = new ArrayList<CandidateMatch>(scored.size());
        for (Scored s : scored) {
            PreparedProfile pp = scorer.prepareInto(p, heldFromPacked(s.packed), r);
            Explanation e = scorer.explain(pp, r, query.locale());
            out.add(new CandidateMatch(new ProfileId(s.id), e.score(), e));
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
        return routes.values().stream()
                .filter(r -> regions.isEmpty() || regions.stream().anyMatch(r::availableIn))
                .sorted(Comparator.comparing(r -> r.id().value()))
                .toList();
    }

    public Optional<LearningRoute> route(LearningRouteId id) {
        return Optional.ofNullable(routes.get(id));
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
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return f.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        if (closed.getAndSet(true)) {
            return;
        }
        if (refresher != null) {
            refresher.shutdownNow();
        }
        if (searchPool != null) {
            searchPool.shutdown();
        }
        try {
            searchers.close();
            writer.commit();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- internals

    /**
     * The skill clauses of the candidate search for a prepared profile: per skill the feature weight (coverage
     * credit) and the relevance bonus. Public so that other candidate generators (the PostgreSQL baseline of the
     * benchmark) use exactly the same numbers.
     */
    public CandidateTerms vacancyCandidateTerms(PreparedProfile p) {
        int[] credited = p.creditedSkills();
        if (credited.length > options.maxQuerySkills()) {
            // keep the skills that can add most: credit × specificity
            Integer[] order = new Integer[credited.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = credited[i];
            }
            Arrays.sort(order, Comparator.comparingDouble((Integer s) -> -p.credit(s) * graph.specificity(s)));
            credited = new int[options.maxQuerySkills()];
            for (int i = 0; i < credited.length; i++) {
                credited[i] = order[i];
            }
        }
        float[] featureWeight = new float[credited.length];
        float[] bonus = new float[credited.length];
        double share = graph.weights().coverageShare();
        for (int i = 0; i < credited.length; i++) {
            featureWeight[i] = (float) (share * p.credit(credited[i]));
            bonus[i] = (float) scorer.relevanceEstimate(p, credited[i]);
        }
        return new CandidateTerms(credited, featureWeight, bonus);
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
        int min = inRegions ? options.minRegionCandidates() : options.minCandidates();
        return Math.max(min, options.candidateFactor() * topN);
    }

    Query vacancyCandidateQuery(PreparedProfile p, MatchQuery query) {
        CandidateTerms terms = vacancyCandidateTerms(p);
        if (terms.skills().length == 0) {
            return null;
        }
        var skills = new BooleanQuery.Builder();
        for (int i = 0; i < terms.skills().length; i++) {
            skills.add(new SkillQuery(Fields.VACANCY_SKILL, SkillTerms.term(terms.skills()[i]), terms.featureWeight()[i],
                    terms.bonus()[i]), BooleanClause.Occur.SHOULD);
        }
        return withFilters(skills.build(), Filters.forVacancies(query));
    }

    Query profileCandidateQuery(Requirements r, MatchQuery query) {
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
                .limit(options.maxQuerySkills() / 2).toList();
        var skills = new BooleanQuery.Builder();
        double relevance = graph.weights().relevanceShare();
        for (var e : terms) {
            String term = SkillTerms.term(e.getKey());
            skills.add(new SkillQuery(Fields.PROFILE_SKILL, term, (float) Math.max(e.getValue(), 1e-6), 0f), BooleanClause.Occur.SHOULD);
            skills.add(new SkillQuery(Fields.PROFILE_RELEVANCE, term, (float) (relevance * use.get(e.getKey())), 0f),
                    BooleanClause.Occur.SHOULD);
        }
        return withFilters(skills.build(), Filters.forProfiles(query));
    }

    private static Query withFilters(Query scoring, List<Query> filters) {
        if (filters.isEmpty()) {
            return scoring;
        }
        var b = new BooleanQuery.Builder().add(scoring, BooleanClause.Occur.MUST);
        filters.forEach(f -> b.add(f, BooleanClause.Occur.FILTER));
        return b.build();
    }

    /** Per-candidate data read from doc values, handed to the exact scorer. */
    interface CandidateData {
        int[] packed();

        default Requirements requirements() {
            int[] packed = packed();
            return Requirements.unpack(packed, packed.length);
        }
    }

    @FunctionalInterface
    interface ExactScore {
        double score(CandidateData data);
    }

    private record Scored(UUID id, double score, int[] packed, Requirements requirements) {
    }

    /**
     * Searches all documents, or with a view key only the vacancies open on its day; with regions only the runs of
     * doc ids of those regions' vacancies.
     */
    private List<Scored> searchAndRescore(Query query, ViewKey view, List<String> regions, int topN, ExactScore exact,
                                          String packedField) {
        int k = candidateCount(topN, !regions.isEmpty());
        return withSearcher(base -> {
            IndexSearcher searcher = view == null ? base : openVacancies(base, view);
            TopDocs top = regions.isEmpty() ? searcher.search(query, k) : searchRanges(searcher, query, regions, k);
            ScoreDoc[] hits = top.scoreDocs.clone();
            Arrays.sort(hits, Comparator.comparingInt(h -> h.doc));
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            var scored = new ArrayList<Scored>(hits.length);
            int leafIndex = -1;
            BinaryDocValues packedDv = null;
            BinaryDocValues idDv = null;
            LeafReaderContext leaf = null;
            for (ScoreDoc hit : hits) {
                int li = ReaderUtil.subIndex(hit.doc, leaves);
                if (li != leafIndex) {
                    leafIndex = li;
                    leaf = leaves.get(li);
                    packedDv = leaf.reader().getBinaryDocValues(packedField);
                    idDv = leaf.reader().getBinaryDocValues(Fields.ID_BYTES);
                }
                int local = hit.doc - leaf.docBase;
                if (!packedDv.advanceExact(local) || !idDv.advanceExact(local)) {
                    continue;
                }
                int[] packed = VarInts.decode(packedDv.binaryValue());
                UUID id = VacancyDocuments.uuid(idDv.binaryValue());
                CandidateData data = () -> packed;
                double score = exact.score(data);
                Requirements req = Fields.VACANCY_REQUIREMENTS.equals(packedField) ? Requirements.unpack(packed, packed.length) : null;
                scored.add(new Scored(id, score, packed, req));
            }
            scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::id));
            return scored.size() > topN ? List.copyOf(scored.subList(0, topN)) : scored;
        });
    }

    /**
     * Top {@code k} of a query over the doc-id runs of some regions only (the index is sorted by region): per
     * segment one bulk scorer walks the runs in order, so the cost is that of the region's share of the index, and
     * block-max pruning still applies inside each run. One thread: a region is small enough that slicing costs more
     * than it saves.
     */
    private static TopDocs searchRanges(IndexSearcher searcher, Query query, List<String> regions, int k) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.TOP_SCORES, 1f);
        TopScoreDocCollector collector = new TopScoreDocCollectorManager(k, k).newCollector();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int[] ranges = RegionRanges.of(leaf.reader(), regions);
            if (ranges.length == 0) {
                continue;
            }
            BulkScorer bulk = weight.bulkScorer(leaf);
            if (bulk == null) {
                continue;
            }
            LeafCollector leafCollector = collector.getLeafCollector(leaf);
            Bits live = leaf.reader().getLiveDocs();
            for (int i = 0; i < ranges.length; i += 2) {
                bulk.score(leafCollector, live, ranges[i], ranges[i + 1]);
            }
            leafCollector.finish();
        }
        return collector.topDocs();
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

    /** At most this many day views per reader; a new reader starts afresh. */
    private static final int MAX_VIEWS = 64;

    private IndexSearcher openVacancies(IndexSearcher base, ViewKey key) {
        OpenViews views = openViews.get();
        if (views == null || views.base() != base.getIndexReader() || views.byKey().size() >= MAX_VIEWS) {
            views = new OpenViews(base.getIndexReader(), new ConcurrentHashMap<>());
            openViews.set(views);
        }
        return views.byKey().computeIfAbsent(key, k -> searcherFactory.searcherFor(
                OpenVacanciesReader.on((DirectoryReader) base.getIndexReader(), k.day())));
    }

    private HeldSkills heldFromPacked(int[] packed) {
        return scorer.heldSkills(ProfileDocuments.skills(packed, graph));
    }

    private void loadRoutes() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            TopDocs td = s.search(new TermQuery(new Term(Fields.KIND, Fields.KIND_ROUTE)), Math.max(1, s.getIndexReader().maxDoc()));
            StoredFields stored = s.getIndexReader().storedFields();
            for (ScoreDoc sd : td.scoreDocs) {
                LearningRoute r = RouteDocuments.fromJson(stored.document(sd.doc).get(Fields.ROUTE_JSON));
                routes.put(r.id(), r);
            }
        } finally {
            searchers.release(s);
        }
    }

    private void refreshQuietly() {
        try {
            searchers.maybeRefresh();
        } catch (IOException | RuntimeException e) {
            // the next explicit refresh reports it; a periodic refresh must not kill the scheduler
        }
    }

    private static void requireTopN(int topN) {
        if (topN < 1 || topN > 1000) {
            throw new IllegalArgumentException("topN must be within [1, 1000], was " + topN);
        }
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }

    private void write(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
