package nl.vaardig.web.coach;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.vaardig.matching.engine.MatchQuery;
import nl.vaardig.matching.engine.MatchingEngine;
import nl.vaardig.matching.engine.VacancyMatch;
import nl.vaardig.matching.gap.GapOptions;
import nl.vaardig.matching.gap.GapPlanner;
import nl.vaardig.matching.gap.Target;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.ProfileId;
import nl.vaardig.matching.model.ProfileSkill;
import nl.vaardig.matching.model.VacancyId;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.taxonomy.region.AmrCode;
import nl.vaardig.web.audit.AuditAction;
import nl.vaardig.web.audit.AuditLog;
import nl.vaardig.web.candidate.CandidateService;
import nl.vaardig.web.candidate.ConsentKind;
import nl.vaardig.web.matching.ExplanationView;
import nl.vaardig.web.matching.RoutePlanView;
import nl.vaardig.web.matching.VacancyCard;
import nl.vaardig.web.platform.problem.InputRejectedException;
import nl.vaardig.web.platform.problem.ProblemTexts;
import nl.vaardig.web.platform.security.CurrentUser;
import nl.vaardig.web.taxonomy.LabelView;
import nl.vaardig.web.vacancy.VacancyHeadline;
import nl.vaardig.web.vacancy.VacancyPosting;
import nl.vaardig.web.vacancy.VacancyService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coach's caseload and the candidate file: pseudonymous rows with their best vacancies, and per candidate the
 * skills, matches in the regions the person asked for help in, learning routes for the gap, notes and proposals.
 */
@Service
class CaseloadService {

    static final int TOP_MATCHES = 3;
    static final int DETAIL_MATCHES = 10;
    static final int MAX_NOTES = 200;

    private final CandidateService candidates;
    private final Caseload caseload;
    private final MatchingEngine engine;
    private final VacancyService vacancies;
    private final TaxonomyRuntime taxonomy;
    private final CoachNoteRepository notes;
    private final ProposalService proposals;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    CaseloadService(CandidateService candidates, Caseload caseload, MatchingEngine engine, VacancyService vacancies,
                    TaxonomyRuntime taxonomy, CoachNoteRepository notes, ProposalService proposals, AuditLog audit) {
        this.candidates = candidates;
        this.caseload = caseload;
        this.engine = engine;
        this.vacancies = vacancies;
        this.taxonomy = taxonomy;
        this.notes = notes;
        this.proposals = proposals;
        this.audit = audit;
    }

    /**
     * One page of the caseload, optionally narrowed to one of the coach's own regions. Five short reads, none of them
     * per row, and no transaction around the matching: a connection is held only while a query runs (issue 16: the
     * page read each profile and each row's vacancies on its own, 43 queries on one connection held for the page).
     */
    public CaseloadViews.Page page(CurrentUser coach, String region, int page, int size, Locale locale) {
        Set<AmrCode> mine = Caseload.regionsOf(coach);
        Set<AmrCode> regions = mine;
        if (region != null && !region.isBlank()) {
            AmrCode wanted = mine.stream().filter(r -> r.value().equals(region.strip())).findFirst()
                    .orElseThrow(() -> new InputRejectedException("region", ProblemTexts.detail(
                            "Kies een van je eigen regio's.", "Choose one of your own regions.", locale)));
            regions = Set.of(wanted);
        }
        Map<ProfileId, Set<AmrCode>> consented = candidates.activeConsents(ConsentKind.COACH_HELP, regions);
        List<ProfileId> all = List.copyOf(consented.keySet());
        int from = Math.min(all.size(), page * size);
        List<ProfileId> slice = all.subList(from, Math.min(all.size(), from + size));
        Map<ProfileId, Integer> open = proposals.openCounts(slice);
        Map<ProfileId, Instant> lastNote = notes.lastWritten(slice);
        Map<ProfileId, Profile> profiles = candidates.findAll(slice);
        Map<ProfileId, List<VacancyMatch>> found = new LinkedHashMap<>();
        for (ProfileId id : slice) {
            Profile p = profiles.get(id);
            if (p != null) {
                found.put(id, engine.matchVacancies(p, MatchQuery.defaults()
                        .inRegions(intersection(consented.get(id), mine)).inLanguage(locale), TOP_MATCHES));
            }
        }
        Map<VacancyId, VacancyHeadline> stored = vacancies.headlines(found.values().stream().flatMap(List::stream)
                .map(VacancyMatch::vacancy).distinct().toList());
        List<CaseloadViews.Row> rows = new ArrayList<>();
        found.forEach((id, matches) -> {
            Profile p = profiles.get(id);
            rows.add(new CaseloadViews.Row(id.value(), Caseload.label(id, locale), p.region().value(),
                    regionName(p.region()), intersection(consented.get(id), mine).stream().map(AmrCode::value).toList(),
                    p.skills().size(), topMatches(matches, stored), open.getOrDefault(id, 0), lastNote.get(id)));
        });
        return new CaseloadViews.Page(rows, page, size, all.size(), mine.stream().map(AmrCode::value).toList());
    }

    /** The candidate file; logs that this coach viewed it. */
    @Transactional
    public CaseloadViews.Detail detail(CurrentUser coach, UUID profileId, Locale locale) {
        Caseload.Member member = caseload.require(coach, profileId);
        Profile p = member.profile();
        audit.record(coach, AuditAction.PROFILE_VIEWED_BY_COACH, profileId, "caseload");
        CaseloadViews.ProfileView profile = new CaseloadViews.ProfileView(profileId, Caseload.label(p.id(), locale),
                p.region().value(), regionName(p.region()), member.regions().stream().map(AmrCode::value).toList(),
                p.availability() == null ? null : p.availability().min(),
                p.availability() == null ? null : p.availability().max(), skills(p, locale));
        return new CaseloadViews.Detail(profile, matches(p, member.regions(), locale), routes(p, member.regions(), locale),
                notes(p.id()), proposals.forProfile(p.id()));
    }

    @Transactional(readOnly = true)
    public List<CaseloadViews.NoteView> notes(CurrentUser coach, UUID profileId) {
        return notes(caseload.require(coach, profileId).profile().id());
    }

    @Transactional
    public CaseloadViews.NoteView write(CurrentUser coach, UUID profileId, String text) {
        Caseload.Member member = caseload.require(coach, profileId);
        CoachNote note = new CoachNote(UUID.randomUUID(), member.profile().id(), coach.subject(),
                coachLabel(coach), text, clock.instant());
        notes.insert(note);
        audit.record(coach, AuditAction.COACH_NOTE_WRITTEN, profileId, "note " + note.id());
        return view(note);
    }

    static String coachLabel(CurrentUser coach) {
        return "Jobcoach " + String.join(", ", coach.regions().stream().sorted().toList());
    }

    private List<CaseloadViews.NoteView> notes(ProfileId profile) {
        return notes.forProfile(profile, MAX_NOTES).stream().map(CaseloadService::view).toList();
    }

    private static CaseloadViews.NoteView view(CoachNote n) {
        return new CaseloadViews.NoteView(n.id(), n.authorLabel(), n.text(), n.writtenAt());
    }

    private static List<CaseloadViews.TopMatch> topMatches(List<VacancyMatch> found, Map<VacancyId, VacancyHeadline> stored) {
        List<CaseloadViews.TopMatch> out = new ArrayList<>();
        for (VacancyMatch m : found) {
            VacancyHeadline v = stored.get(m.vacancy());
            if (v != null) {
                out.add(new CaseloadViews.TopMatch(v.id().value(), v.title(), v.employer(), m.score()));
            }
        }
        return out;
    }

    private List<CaseloadViews.Match> matches(Profile p, Set<AmrCode> regions, Locale locale) {
        List<VacancyMatch> found = engine.matchVacancies(p, MatchQuery.defaults().inRegions(regions).inLanguage(locale),
                DETAIL_MATCHES);
        Map<VacancyId, VacancyPosting> stored = vacancies.findAll(found.stream().map(VacancyMatch::vacancy).toList());
        List<CaseloadViews.Match> out = new ArrayList<>();
        for (VacancyMatch m : found) {
            VacancyPosting v = stored.get(m.vacancy());
            if (v != null) { // closed meanwhile: the index follows the store within a second
                out.add(new CaseloadViews.Match(VacancyCard.of(v, taxonomy.regions()), m.score(),
                        ExplanationView.of(m.explanation(), locale)));
            }
        }
        return out;
    }

    /** Routes towards the jobs of the person's own region when they asked for help there, else the first shared one. */
    private RoutePlanView routes(Profile p, Set<AmrCode> regions, Locale locale) {
        AmrCode target = regions.contains(p.region()) ? p.region() : regions.iterator().next();
        GapOptions options = new GapOptions(3, 0.6, 0.6, false, 200, locale);
        return RoutePlanView.of(new GapPlanner(engine).plan(p, new Target.JobsInRegion(target), options), engine.graph(),
                locale);
    }

    private List<CaseloadViews.SkillView> skills(Profile p, Locale locale) {
        List<CaseloadViews.SkillView> out = new ArrayList<>();
        for (ProfileSkill s : p.skills()) {
            LabelView label = LabelView.of(taxonomy.taxonomy(), s.skill(), locale);
            out.add(new CaseloadViews.SkillView(s.skill().value(), label.label(), label.labelLanguage(), label.derived(),
                    s.level().name(), s.evidence().name(),
                    s.assessment().doesItAlready(), s.assessment().canDoIt(),
                    s.assessment().wantsToLearn() || p.wantsToLearn().contains(s.skill()), s.assessment().givesEnergy()));
        }
        return out;
    }

    private String regionName(AmrCode code) {
        return taxonomy.regions().region(code).map(r -> r.name()).orElse(code.value());
    }

    private static Set<AmrCode> intersection(Set<AmrCode> a, Set<AmrCode> b) {
        Set<AmrCode> out = new LinkedHashSet<>(a);
        out.retainAll(b);
        return out;
    }
}
