package nl.vaardig.web.team;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.vaardig.matching.model.LearningRoute;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.web.platform.problem.FieldError;
import nl.vaardig.web.platform.problem.InputRejectedException;
import nl.vaardig.web.platform.problem.ProblemTexts;
import nl.vaardig.web.platform.security.TokenClaims;
import nl.vaardig.web.taxonomy.KnownSkills;
import nl.vaardig.web.taxonomy.LabelView;
import nl.vaardig.web.taxonomy.RequestedLabelLanguage;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The team gap view: an employer describes its team as roles with skills (no personal data) and reads which skills
 * its open vacancies need that no role covers. Always the caller's own organisation.
 */
@RestController
public class TeamController {

    public record RoleInput(
            @NotBlank(message = "{vaardig.team.role.name.required}")
            @Size(max = TeamRole.MAX_NAME, message = "{vaardig.team.role.name.size}") String name,
            @NotNull(message = "{vaardig.team.role.headcount.range}")
            @Min(value = 1, message = "{vaardig.team.role.headcount.range}")
            @Max(value = TeamRole.MAX_HEADCOUNT, message = "{vaardig.team.role.headcount.range}") Integer headcount,
            @NotNull(message = "{vaardig.team.role.skills.size}")
            @Size(max = TeamRole.MAX_SKILLS, message = "{vaardig.team.role.skills.size}")
            List<@NotBlank(message = "{vaardig.team.role.skill.required}") String> skills) {
    }

    public record TeamInput(@NotNull(message = "{vaardig.team.version.required}")
                            @Min(value = 0, message = "{vaardig.team.version.required}") Long version,
                            @NotNull(message = "{vaardig.team.roles.size}")
                            @Size(max = TeamRoster.MAX_ROLES, message = "{vaardig.team.roles.size}")
                            List<@Valid @NotNull RoleInput> roles) {
    }

    /** {@code derived}: the Dutch label is derived, not the ESCO name (the UI marks it "afgeleid"). */
    public record Skill(String uri, String label, String labelLanguage, boolean derived) {
    }

    public record RoleView(String name, int headcount, List<Skill> skills) {
    }

    public record TeamView(long version, List<RoleView> roles) {
    }

    /**
     * {@code roles}: how many roles cover the skill; {@code people}: their headcount together; {@code routes}: for a
     * gap, learning routes that teach the skill (in the vacancies' regions or online), shortest first.
     */
    public record SkillNeed(Skill skill, boolean essential, int vacancies, int essentialIn, int roles, int people,
                            List<Route> routes) {
    }

    public record Route(String id, String title, String provider, String kind, int durationWeeks, int costEuros,
                        boolean online) {
    }

    public record GapsView(int openVacancies, int teamRoles, List<SkillNeed> gaps, List<SkillNeed> covered) {
    }

    private final TeamService team;
    private final TaxonomyRuntime taxonomy;
    private final GapRoutes routes;

    TeamController(TeamService team, TaxonomyRuntime taxonomy, GapRoutes routes) {
        this.team = team;
        this.taxonomy = taxonomy;
        this.routes = routes;
    }

    @GetMapping("/api/team/roles")
    @PreAuthorize("hasRole('EMPLOYER')")
    public TeamView roles(@AuthenticationPrincipal Jwt jwt, @RequestParam(name = "lang", required = false) String lang) {
        return view(team.roster(organisation(jwt)), RequestedLabelLanguage.of(lang));
    }

    @PutMapping("/api/team/roles")
    @PreAuthorize("hasRole('EMPLOYER')")
    public TeamView save(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody TeamInput input,
                         @RequestParam(name = "lang", required = false) String lang) {
        String organisation = organisation(jwt);
        List<TeamRole> roles = toRoles(input);
        return view(team.save(organisation, roles, input.version()), RequestedLabelLanguage.of(lang));
    }

    @GetMapping("/api/team/gaps")
    @PreAuthorize("hasRole('EMPLOYER')")
    public GapsView gaps(@AuthenticationPrincipal Jwt jwt, @RequestParam(name = "lang", required = false) String lang) {
        Locale locale = RequestedLabelLanguage.of(lang);
        TeamService.TeamReading result = team.gaps(organisation(jwt));
        TeamGaps.Reading reading = result.reading();
        Map<SkillUri, List<LearningRoute>> offered = routes.forGaps(
                reading.gaps().stream().map(TeamGaps.SkillReading::skill).toList(), result.regions());
        return new GapsView(reading.openVacancies(), result.teamRoles(),
                reading.gaps().stream().map(r -> need(r, offered.getOrDefault(r.skill(), List.of()), locale)).toList(),
                reading.covered().stream().map(r -> need(r, List.of(), locale)).toList());
    }

    private List<TeamRole> toRoles(TeamInput input) {
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldError> errors = new ArrayList<>();
        List<TeamRole> roles = new ArrayList<>();
        for (int i = 0; i < input.roles().size(); i++) {
            RoleInput r = input.roles().get(i);
            List<SkillUri> skills = new ArrayList<>();
            for (int j = 0; j < r.skills().size(); j++) {
                SkillUri skill = KnownSkills.find(taxonomy, r.skills().get(j));
                if (skill == null) {
                    errors.add(new FieldError("roles[" + i + "].skills[" + j + "]", ProblemTexts.detail(
                            "Dit is geen bekende ESCO-vaardigheid.", "This is not a known ESCO skill.", locale)));
                } else {
                    skills.add(skill);
                }
            }
            if (errors.isEmpty()) {
                roles.add(new TeamRole(r.name(), r.headcount(), skills));
            }
        }
        if (!errors.isEmpty()) {
            throw new InputRejectedException(errors);
        }
        return roles;
    }

    private TeamView view(TeamRoster roster, Locale locale) {
        return new TeamView(roster.version(), roster.roles().stream().map(r -> new RoleView(r.name(), r.headcount(),
                r.skills().stream().map(s -> skill(s, locale)).toList())).toList());
    }

    private SkillNeed need(TeamGaps.SkillReading r, List<LearningRoute> offered, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        return new SkillNeed(skill(r.skill(), locale), r.essential(), r.vacancies(), r.essentialIn(), r.roles(), r.people(),
                offered.stream().map(l -> new Route(l.id().value().toString(), english && !l.titleEn().isBlank() ? l.titleEn() : l.titleNl(),
                        l.provider(), l.kind().name(), l.durationWeeks(), l.costEuros(), l.online())).toList());
    }

    private Skill skill(SkillUri uri, Locale locale) {
        LabelView label = LabelView.of(taxonomy.taxonomy(), uri, locale);
        return new Skill(uri.value(), label.label(), label.labelLanguage(), label.derived());
    }

    /** The token's organisation; an employer account without one has no team to describe. */
    private static String organisation(Jwt jwt) {
        String organisation = TokenClaims.currentUser(jwt).organisation();
        if (organisation == null || organisation.isBlank()) {
            throw new AccessDeniedException("an employer without an organisation has no team");
        }
        return organisation;
    }
}
