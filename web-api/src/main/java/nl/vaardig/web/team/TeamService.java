package nl.vaardig.web.team;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.vaardig.web.vacancy.Vacancy;
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

    @Transactional(readOnly = true)
    public TeamGaps.Reading gaps(String organisation) {
        LocalDate today = LocalDate.now(AMSTERDAM);
        List<List<TeamGaps.Need>> open = vacancies.ofEmployer(organisation, MAX_VACANCIES).stream()
                .filter(v -> v.status() == VacancyStatus.PUBLISHED && v.content().validity().openOn(today))
                .map(TeamService::needs).toList();
        return TeamGaps.read(roster(organisation).roles(), open);
    }

    private static List<TeamGaps.Need> needs(Vacancy v) {
        return v.content().skills().stream().map(s -> new TeamGaps.Need(s.skill(), s.essential())).toList();
    }
}
