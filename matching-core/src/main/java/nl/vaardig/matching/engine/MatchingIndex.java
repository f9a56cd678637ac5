package nl.vaardig.matching.engine;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import nl.vaardig.matching.index.Fields;
import nl.vaardig.matching.index.ProfileDocuments;
import nl.vaardig.matching.index.RouteDocuments;
import nl.vaardig.matching.index.SkillTerms;
import nl.vaardig.matching.index.VacancyDocuments;
import nl.vaardig.matching.model.LearningRoute;
import nl.vaardig.matching.model.LearningRouteId;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.ProfileId;
import nl.vaardig.matching.model.Vacancy;
import nl.vaardig.matching.model.VacancyId;
import nl.vaardig.matching.scoring.MatchScorer;
import nl.vaardig.matching.scoring.SkillGraph;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;

/**
 * The life of the engine's Lucene index: opens (or creates) it, refusing one built with another skill list; writes
 * the vacancy, profile and route documents through one {@link IndexWriter}; makes changes visible on request or
 * periodically; lends pooled searchers; commits and closes.
 */
final class MatchingIndex implements Closeable {

    private final SkillGraph graph;
    private final MatchScorer scorer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ScheduledExecutorService refresher;
    private final ExecutorService searchPool;
    private final SlicedSearcherFactory searcherFactory;
    /** Pool threads a national vacancy search may use besides the calling thread ({@code vacancySearchThreads}). */
    private final int vacancyHelpers;
    private final AtomicReference<Boolean> closed = new AtomicReference<>(false);

    MatchingIndex(Directory directory, SkillGraph graph, MatchScorer scorer, MatchingEngine.Options options)
            throws IOException {
        this.graph = graph;
        this.scorer = scorer;
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
        this.vacancyHelpers = searchPool == null ? 0
                : Math.min(options.searchThreads(), options.vacancySearchThreads()) - 1;
        this.searchers = new SearcherManager(writer, true, false, searcherFactory);
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

    // ---------------------------------------------------------------- documents

    /** Adds or replaces a vacancy (by id). */
    void putVacancy(Vacancy vacancy) {
        Document doc = VacancyDocuments.toDocument(vacancy, scorer.requirements(vacancy.skills()), graph);
        replace(VacancyDocuments.idTerm(vacancy.id()), doc);
    }

    /** Adds vacancies whose ids are not yet in the index; streams. */
    long addVacancies(Iterator<Vacancy> vacancies) {
        return addAll(vacancies, v -> VacancyDocuments.toDocument(v, scorer.requirements(v.skills()), graph));
    }

    void deleteVacancy(VacancyId id) {
        delete(VacancyDocuments.idTerm(id));
    }

    void putProfile(Profile profile) {
        replace(ProfileDocuments.idTerm(profile.id()), ProfileDocuments.toDocument(profile, graph));
    }

    long addProfiles(Iterator<Profile> profiles) {
        return addAll(profiles, p -> ProfileDocuments.toDocument(p, graph));
    }

    void deleteProfile(ProfileId id) {
        delete(ProfileDocuments.idTerm(id));
    }

    void putRoute(LearningRoute route) {
        replace(RouteDocuments.idTerm(route.id()), RouteDocuments.toDocument(route, graph));
    }

    void deleteRoute(LearningRouteId id) {
        delete(RouteDocuments.idTerm(id));
    }

    /** The learning routes stored in the index (the catalogue survives a restart with the index). */
    List<LearningRoute> storedRoutes() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            TopDocs td = s.search(new TermQuery(new Term(Fields.KIND, Fields.KIND_ROUTE)), Math.max(1, s.getIndexReader().maxDoc()));
            StoredFields stored = s.getIndexReader().storedFields();
            var out = new ArrayList<LearningRoute>(td.scoreDocs.length);
            for (ScoreDoc sd : td.scoreDocs) {
                out.add(RouteDocuments.fromJson(stored.document(sd.doc).get(Fields.ROUTE_JSON)));
            }
            return out;
        } finally {
            searchers.release(s);
        }
    }

    private void replace(String idTerm, Document doc) {
        write(() -> writer.updateDocument(new Term(Fields.ID, idTerm), doc));
    }

    private void delete(String idTerm) {
        write(() -> writer.deleteDocuments(new Term(Fields.ID, idTerm)));
    }

    private <T> long addAll(Iterator<T> items, Function<T, Document> toDocument) {
        long n = 0;
        while (items.hasNext()) {
            Document doc = toDocument.apply(items.next());
            write(() -> writer.addDocument(doc));
            n++;
        }
        return n;
    }

    // ---------------------------------------------------------------- visibility, durability, searchers

    /** Makes all changes so far visible to searches. */
    void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes all changes so far durable (and visible). */
    void commit() {
        write(writer::commit);
        refresh();
    }

    /** Merges the index down to few segments. */
    void optimize(int maxSegments) {
        write(() -> writer.forceMerge(maxSegments));
        refresh();
    }

    /** Runs a function with a pooled searcher. */
    <T> T withSearcher(MatchingEngine.SearchFunction<T> f) {
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

    /** The threads one search may use besides its own (null with one search thread). */
    java.util.concurrent.Executor searchPool() {
        return searchPool;
    }

    /**
     * A searcher for vacancy searches over a reader of this index (the pooled one or a filtered view): on the calling
     * thread alone, or with {@code vacancySearchThreads} > 1 its slices sharing out the vacancies (the pooled searchers
     * share out the profiles).
     */
    IndexSearcher vacancySearcherFor(IndexReader reader) {
        return vacancyHelpers > 0 ? searcherFactory.searcherFor(reader, Fields.KIND_VACANCY) : new IndexSearcher(reader);
    }

    /** Pool threads a vacancy search over the whole index may use besides the calling thread (0: none). */
    int vacancyHelpers() {
        return vacancyHelpers;
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

    private void refreshQuietly() {
        try {
            searchers.maybeRefresh();
        } catch (IOException | RuntimeException e) {
            // the next explicit refresh reports it; a periodic refresh must not kill the scheduler
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
