package nl.vaardig.web.team;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.vaardig.taxonomy.region.AmrCode;
import nl.vaardig.web.vacancy.VacancyPosting;
import nl.vaardig.web.vacancy.VacancyService;
import nl.vaardig.web.vacancy.VacancyStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An organisation's team description and its reading against the organisation's open vacancies. */
@Service
public class TeamService {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** more open vacancies than one organisation posts through the UI; the reading covers at most these */
    private static final int MAX_VACANCIES = 1000;

    private final TeamRepository repository;
    private final VacancyService vacancies;

    TeamService(TeamRepository repository, VacancyService vacancies) {
        this.repository = repository;
        this.vacancies = vacancies;
    }

    @Transactional(readOnly = true)
    public TeamRoster roster(String organisation) {
        return repository.find(organisation).orElse(TeamRoster.empty(organisation));
    }

    /** Replaces the roles when nobody saved since {@code expectedVersion}; otherwise a version conflict. */
    @Transactional
    public TeamRoster save(String organisation, List<TeamRole> roles, long expectedVersion) {
        TeamRoster next = new TeamRoster(organisation, roles, expectedVersion + 1);
        if (!repository.save(organisation, next.roles(), expectedVersion)) {
            throw new TeamVersionConflictException(organisation, expectedVersion);
        }
        return next;
    }

    /** The reading, the team's number of roles, and the regions of the open vacancies (where to look for routes). */
    public record TeamReading(TeamGaps.Reading reading, int teamRoles, Set<AmrCode> regions) {
    }

    @Transactional(readOnly = true)
    public TeamReading gaps(String organisation) {
        LocalDate today = LocalDate.now(AMSTERDAM);
        List<VacancyPosting> open = vacancies.ofEmployer(organisation, MAX_VACANCIES).stream()
                .filter(v -> v.status() == VacancyStatus.PUBLISHED && v.content().validity().openOn(today)).toList();
        List<TeamRole> roles = roster(organisation).roles();
        return new TeamReading(TeamGaps.read(roles, open.stream().map(TeamService::needs).toList()), roles.size(),
                open.stream().map(v -> v.content().region()).collect(Collectors.toUnmodifiableSet()));
    }

    private static List<TeamGaps.Need> needs(VacancyPosting v) {
        return v.content().skills().stream().map(s -> new TeamGaps.Need(s.skill(), s.essential())).toList();
    }
}
