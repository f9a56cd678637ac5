package nl.vaardig.web.team.outlook;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.vaardig.web.lmi.Dimension;
import nl.vaardig.web.lmi.LmiVocabulary;
import nl.vaardig.web.lmi.forecast.DemandOutlookService;
import nl.vaardig.web.lmi.forecast.DemandOutlookView;
import nl.vaardig.web.platform.security.TokenClaims;
import nl.vaardig.web.taxonomy.LabelView;
import nl.vaardig.web.taxonomy.RequestedLabelLanguage;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The employer's side of the team outlook (issue 19): create a round of the four questions for a team's skills,
 * invite workers by e-mail, and read the aggregate beside the regional demand trend and prognosis. Always the
 * caller's own organisation; another organisation's outlook answers 404. No individual answer is ever in a response.
 */
@RestController
public class TeamOutlookController {

    /** Quarters ahead for the prognosis shown beside each skill. */
    static final int HORIZON = 4;

    public record TeamOutlookInput(@NotBlank(message = "{vaardig.team.outlook.name}")
                               @Size(max = TeamOutlook.MAX_NAME, message = "{vaardig.team.outlook.name}") String name,
                               @NotBlank(message = "{vaardig.team.outlook.region}") String region,
                               @NotNull(message = "{vaardig.team.outlook.skills}")
                               @Size(min = 1, max = TeamOutlook.MAX_SKILLS, message = "{vaardig.team.outlook.skills}")
                               List<@NotBlank(message = "{vaardig.team.outlook.skills}") String> skills) {
    }

    public record TeamOutlookInviteInput(@NotNull(message = "{vaardig.team.outlook.emails}")
                              @Size(min = 1, max = TeamOutlookService.MAX_PER_REQUEST,
                                      message = "{vaardig.team.outlook.emails}") List<String> emails) {
    }

    public record TeamOutlookSummary(String id, String name, String region, String regionName, int skills, Instant createdAt) {
    }

    public record TeamOutlookInvitation(String id, String email, Instant createdAt, Instant expiresAt, String status) {
    }

    /** {@code prognosis}: the quarter {@link #HORIZON} ahead with its 80 % interval, null when there is none. */
    public record TeamOutlookPrognosis(String quarter, double prognosis, double lower80, double upper80) {
    }

    /** One skill: the answer counts (null = not shown, see TeamAggregate) beside the regional trend and prognosis. */
    public record TeamOutlookSkill(String uri, String label, String labelLanguage, boolean derived, Integer answered,
                            Integer doesIt, Integer canDoIt, Integer wantsToLearn, Integer givesEnergy,
                            DemandOutlookView.Trend trend, TeamOutlookPrognosis prognosis) {
    }

    /**
     * {@code answered}: how many workers answered with consent; {@code shown}: whether the counts are shown (from
     * {@code minimum} on); {@code invited}: live invitations.
     */
    public record TeamOutlookDetail(String id, String name, String region, String regionName, Instant createdAt, int invited,
                         int answered, int minimum, boolean shown, List<TeamOutlookSkill> skills, List<TeamOutlookInvitation> invitations,
                         boolean synthetic) {
    }

    private final TeamOutlookService outlooks;
    private final DemandOutlookService demand;
    private final LmiVocabulary vocabulary;
    private final TaxonomyRuntime taxonomy;

    TeamOutlookController(TeamOutlookService outlooks, DemandOutlookService demand, LmiVocabulary vocabulary,
                          TaxonomyRuntime taxonomy) {
        this.outlooks = outlooks;
        this.demand = demand;
        this.vocabulary = vocabulary;
        this.taxonomy = taxonomy;
    }

    @GetMapping("/api/team/outlooks")
    @PreAuthorize("hasRole('EMPLOYER')")
    public List<TeamOutlookSummary> list(@AuthenticationPrincipal Jwt jwt) {
        return outlooks.ofOrganisation(organisation(jwt)).stream().map(this::summary).toList();
    }

    @PostMapping("/api/team/outlooks")
    @PreAuthorize("hasRole('EMPLOYER')")
    @ResponseStatus(HttpStatus.CREATED)
    public TeamOutlookDetail create(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody TeamOutlookInput input, Locale locale,
                         @RequestParam(name = "lang", required = false) String lang) {
        String organisation = organisation(jwt);
        TeamOutlook outlook = outlooks.create(organisation, TokenClaims.currentUser(jwt).subject(), input.name(),
                input.region(), input.skills(), locale);
        return detail(organisation, outlook, RequestedLabelLanguage.of(lang));
    }

    @GetMapping("/api/team/outlooks/{id}")
    @PreAuthorize("hasRole('EMPLOYER')")
    public TeamOutlookDetail read(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                       @RequestParam(name = "lang", required = false) String lang) {
        String organisation = organisation(jwt);
        return detail(organisation, outlooks.own(organisation, id), RequestedLabelLanguage.of(lang));
    }

    @DeleteMapping("/api/team/outlooks/{id}")
    @PreAuthorize("hasRole('EMPLOYER')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        outlooks.delete(organisation(jwt), id);
    }

    @PostMapping("/api/team/outlooks/{id}/invitations")
    @PreAuthorize("hasRole('EMPLOYER')")
    @ResponseStatus(HttpStatus.CREATED)
    public List<TeamOutlookInvitation> invite(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                                   @Valid @RequestBody TeamOutlookInviteInput input, Locale locale) {
        Instant now = Instant.now();
        return outlooks.invite(organisation(jwt), id, input.emails(), locale).stream().map(i -> invitation(i, now)).toList();
    }

    @DeleteMapping("/api/team/outlooks/{id}/invitations/{invitationId}")
    @PreAuthorize("hasRole('EMPLOYER')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void revoke(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @PathVariable UUID invitationId) {
        outlooks.revoke(organisation(jwt), id, invitationId);
    }

    private TeamOutlookSummary summary(TeamOutlook o) {
        return new TeamOutlookSummary(o.id().toString(), o.name(), o.region(), regionName(o.region()), o.skills().size(), o.createdAt());
    }

    private TeamOutlookDetail detail(String organisation, TeamOutlook o, Locale locale) {
        Instant now = Instant.now();
        List<TeamOutlookInvitation> invitations = outlooks.invitations(organisation, o.id()).stream().map(i -> invitation(i, now)).toList();
        TeamAggregate.Picture picture = outlooks.picture(o);
        boolean synthetic = false;
        var skills = new java.util.ArrayList<TeamOutlookSkill>();
        for (TeamAggregate.SkillRow row : picture.skills()) {
            DemandOutlookView regional = demand.outlook(o.region(), Dimension.SKILL, row.skill().value(), HORIZON, locale);
            synthetic |= regional.synthetic();
            LabelView label = LabelView.of(taxonomy.taxonomy(), row.skill(), locale);
            var points = regional.forecast().points();
            TeamOutlookPrognosis prognosis = points.isEmpty() ? null : new TeamOutlookPrognosis(points.getLast().quarter(),
                    points.getLast().prognosis(), points.getLast().lower80(), points.getLast().upper80());
            skills.add(new TeamOutlookSkill(row.skill().value(), label.label(), label.labelLanguage(), label.derived(),
                    row.answered(), row.doesIt().yes(), row.canDoIt().yes(), row.wantsToLearn().yes(),
                    row.givesEnergy().yes(), regional.trend(), prognosis));
        }
        int live = (int) invitations.stream().filter(i -> !"REVOKED".equals(i.status())).count();
        return new TeamOutlookDetail(o.id().toString(), o.name(), o.region(), regionName(o.region()), o.createdAt(), live,
                picture.answered(), TeamAggregate.MIN_WORKERS, picture.shown(), skills, invitations, synthetic);
    }

    private static TeamOutlookInvitation invitation(OutlookInvitation i, Instant now) {
        return new TeamOutlookInvitation(i.id().toString(), i.email(), i.createdAt(), i.expiresAt(), i.status(now).name());
    }

    private String regionName(String code) {
        return vocabulary.regions().getOrDefault(code, code);
    }

    /** The token's organisation; an employer account without one has no team. */
    private static String organisation(Jwt jwt) {
        String organisation = TokenClaims.currentUser(jwt).organisation();
        if (organisation == null || organisation.isBlank()) {
            throw new AccessDeniedException("an employer without an organisation has no team");
        }
        return organisation;
    }
}
