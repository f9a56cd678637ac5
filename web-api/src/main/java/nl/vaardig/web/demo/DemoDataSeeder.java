package nl.vaardig.web.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.vaardig.ingest.lifecycle.StartStep;
import nl.vaardig.matching.demo.DemoDataGenerator;
import nl.vaardig.matching.demo.DemoRouteCatalogue;
import nl.vaardig.matching.demo.RegionGeography;
import nl.vaardig.matching.demo.SeasonalPattern;
import nl.vaardig.matching.engine.MatchingEngine;
import nl.vaardig.matching.model.LearningRoute;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.Vacancy;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.web.candidate.CandidateService;
import nl.vaardig.web.candidate.Consent;
import nl.vaardig.web.platform.health.BackgroundWork;
import nl.vaardig.web.vacancy.VacancyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Puts the SYNTHETIC demo data in place at start, before the event machinery and the indexes start (so the
 * vacancy index rebuild and the candidate index rebuild find it in the tables). The stored data is seeded ONCE per
 * data folder: table {@code demo_seed} records the demo data set (generator version, seed, sizes) the database has
 * received, and a start that finds its own set there leaves every demo row alone, so a restart never re-opens a
 * vacancy the demo employer closed nor undoes an edit (issue 16). Seeding itself only adds what is missing:
 * <ul>
 *   <li>demo vacancies over the 35 regions and the demo employer's own vacancies, inserted through the vacancy
 *       store's feed identity (feed {@code vaardig-demo}) when absent, rows and their events in one transaction;</li>
 *   <li>synthetic candidate profiles with consent records and the demo job seeker's own profile, when none exist;</li>
 *   <li>the demo learning-route catalogue, generated (deterministically) into this instance's in-memory matching
 *       engine at every start (it is not stored).</li>
 * </ul>
 * With {@code vaardig.demo.in-background} (the local profile) a first start seeds the stored data after "ready"
 * instead of before it: no request needs the demo data to be answered correctly (a search during those seconds
 * answers over the rows present, as during a feed upload), and it took a sixth of a first start. The new vacancies
 * reach the matching index through their events, the new profiles are indexed as they are stored; the health
 * component {@code backgroundStart} shows {@code demoData} as running until it is done. The learning routes stay
 * before "ready": they are in memory only, and the routes endpoints have nothing else to answer from.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DemoDataProperties.class)
class DemoDataSeeder extends StartStep {

    /** Before the candidate index start-up, the outbox relay and the event workers. */
    static final int PHASE = Integer.MAX_VALUE - 3000;
    static final String CONSENT_WORDING = "demo-2026-12";
    /** Raise when the generators change what they make: a data folder seeded with an older set gets what is new. */
    static final int GENERATION = 2;
    /** The name of the seeding after "ready" in the health component {@code backgroundStart}. */
    static final String BACKGROUND_PART = "demoData";
    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final int BATCH = 500;

    private final DemoDataProperties properties;
    private final TaxonomyRuntime taxonomy;
    private final MatchingEngine engine;
    private final VacancyService vacancies;
    private final CandidateService candidates;
    private final DemoSeedMarker marker;
    private final BackgroundWork background;
    /** The demo set a first start seeds after "ready"; null when there is nothing to seed then. */
    private volatile String seedAfterReady;
    private volatile Thread seeding;

    DemoDataSeeder(DemoDataProperties properties, TaxonomyRuntime taxonomy, MatchingEngine engine,
                   VacancyService vacancies, CandidateService candidates, DemoSeedMarker marker,
                   BackgroundWork background) {
        super(PHASE);
        this.marker = marker;
        this.background = background;
        this.properties = properties;
        this.taxonomy = taxonomy;
        this.engine = engine;
        this.vacancies = vacancies;
        this.candidates = candidates;
    }

    @Override
    protected void onStart() {
        if (!properties.enabled()) {
            return;
        }
        long started = System.nanoTime();
        RegionGeography geography = RegionGeography.shipped();
        int routes = indexRoutes(geography);
        String version = seedVersion(properties);
        if (marker.seededVersion().filter(version::equals).isPresent()) {
            log.info("Demo data (synthetic) already seeded on this data folder ({}): left as it is; {} learning routes "
                    + "indexed in {} ms", version, routes, (System.nanoTime() - started) / 1_000_000);
            return;
        }
        if (properties.inBackground()) {
            seedAfterReady = version;
            background.started(BACKGROUND_PART);
            log.info("Demo data (synthetic) is seeded after ready ({}); {} learning routes indexed in {} ms", version,
                    routes, (System.nanoTime() - started) / 1_000_000);
            return;
        }
        seed(version, false, started);
        log.info("Demo data (synthetic): {} learning routes indexed", routes);
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedAfterReady() {
        String version = seedAfterReady;
        if (version == null) {
            return;
        }
        seedAfterReady = null;
        seeding = Thread.ofPlatform().name("demo-seed").daemon().start(() -> {
            try {
                if (seed(version, true, System.nanoTime())) {
                    background.done(BACKGROUND_PART);
                } else {
                    log.info("Demo data (synthetic): seeding stopped with the application; the next start continues");
                }
            } catch (RuntimeException e) {
                background.failed(BACKGROUND_PART);
                log.error("Demo data (synthetic) could not be seeded after ready; the next start tries again", e);
            }
        });
    }

    /**
     * Stores what is missing of the demo set, batch by batch; {@code indexProfiles}: after "ready", when the index
     * rebuild has run. False when the application stopped first: every batch is one transaction and the missing ones
     * are what the next start adds.
     */
    private boolean seed(String version, boolean indexProfiles, long started) {
        RegionGeography geography = RegionGeography.shipped();
        // anchored to this week's Monday: the validity dates of the vacancies a first start inserts
        LocalDate monday = LocalDate.now(AMSTERDAM).with(DayOfWeek.MONDAY);
        DemoVacancies demoVacancies = new DemoVacancies(taxonomy.taxonomy(), geography, properties.seed(),
                taxonomy.regions());
        int inserted = vacancies.insertFromFeedIfAbsent(demoVacancies.employerVacancies(properties.employerVacancies(), monday));
        DemoDataGenerator generator = new DemoDataGenerator(taxonomy.taxonomy(), geography, properties.seed());
        List<Vacancy> batch = new ArrayList<>(BATCH);
        var it = generator.vacancies(properties.vacancies(), monday.minusDays(20), monday, SeasonalPattern.flat());
        while (it.hasNext()) {
            batch.add(it.next());
            if (batch.size() == BATCH || !it.hasNext()) {
                if (!isRunning()) {
                    return false;
                }
                inserted += vacancies.insertFromFeedIfAbsent(demoVacancies.regional(batch));
                batch.clear();
            }
        }
        int profiles = seedProfiles(generator, indexProfiles);
        if (profiles < 0) {
            return false;
        }
        seedDemoSeeker();
        marker.record(version);
        log.info("Demo data (synthetic) seeded ({}): {} new vacancies, {} new candidate profiles, in {} ms", version,
                inserted, profiles, (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    /** What the stored demo data depends on: a different value means this data folder has not had this set yet. */
    static String seedVersion(DemoDataProperties properties) {
        return "generation=" + GENERATION + " seed=" + properties.seed() + " vacancies=" + properties.vacancies()
                + " employer-vacancies=" + properties.employerVacancies() + " profiles=" + properties.profiles();
    }

    private int indexRoutes(RegionGeography geography) {
        List<LearningRoute> routes = new ArrayList<>(DemoRouteCatalogue.generate(taxonomy.taxonomy(), geography,
                properties.seed(), properties.routes()));
        routes.addAll(DemoRoutes.forEmployerOccupations(taxonomy.taxonomy(), properties.seed()));
        routes.add(DemoRoutes.forDemoSeekerWish(taxonomy.taxonomy(), properties.seed()));
        routes.forEach(engine::indexRoute);
        engine.refresh();
        return routes.size();
    }

    /** New synthetic profiles stored, or -1 when the application stopped first. */
    private int seedProfiles(DemoDataGenerator generator, boolean index) {
        // the batches go in order, one transaction each: a seeding the application stopped continues after the last
        long stored = candidates.syntheticProfiles();
        if (properties.profiles() == 0 || stored >= properties.profiles()) {
            return 0;
        }
        DemoCandidates demo = new DemoCandidates(taxonomy.taxonomy(), properties.seed());
        Instant now = Instant.now();
        List<Profile> profiles = new ArrayList<>(BATCH);
        List<Consent> consents = new ArrayList<>(BATCH);
        int careProfiles = Math.max(30, properties.profiles() / 20);
        for (int i = (int) stored; i < properties.profiles(); i++) {
            Profile p = i < careProfiles ? demo.careProfile(i) : generator.profile(i);
            profiles.add(p);
            consents.addAll(demo.consents(p, i, CONSENT_WORDING, now));
            if (profiles.size() == BATCH || i == properties.profiles() - 1) {
                if (!isRunning()) {
                    return -1;
                }
                candidates.storeWithConsents(List.copyOf(profiles), List.copyOf(consents));
                if (index) {
                    candidates.index(profiles.stream().map(Profile::id).toList());
                }
                profiles.clear();
                consents.clear();
            }
        }
        return properties.profiles() - (int) stored;
    }

    /** The demo job seeker's own profile, when her account has none yet (seeding runs once: a deleted one stays deleted). */
    private void seedDemoSeeker() {
        String subject = DemoSubjects.subjectOf(DemoSeeker.USERNAME);
        if (properties.profiles() == 0 || candidates.profileOwnedBy(subject).isPresent()) {
            return;
        }
        Profile own = DemoSeeker.profile(new DemoCandidates(taxonomy.taxonomy(), properties.seed()), taxonomy.taxonomy());
        candidates.storeOwned(own, subject, DemoSeeker.consents(own.id(), CONSENT_WORDING, Instant.now()));
    }

    /** Lets a seeding after "ready" finish its batch before the database goes. */
    @Override
    protected void onStop() {
        Thread thread = seeding;
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
