package nl.vaardig.web.team.outlook;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.web.platform.problem.FieldError;
import nl.vaardig.web.platform.problem.InputRejectedException;
import nl.vaardig.web.platform.problem.ProblemTexts;
import nl.vaardig.web.taxonomy.LabelView;
import nl.vaardig.web.taxonomy.RequestedLabelLanguage;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The worker's side of the team outlook, without an account: the link from the e-mail opens the team's skills and the
 * worker's own answers (nobody else's), stores them with explicit consent, and withdraws them. An unknown or revoked
 * link answers 404; an expired one can no longer answer (410) but can still withdraw.
 */
@RestController
public class WorkerAnswerController {

    public record TeamOutlookAnswer(@NotBlank(message = "{vaardig.team.outlook.answers}") String skill,
                              @NotNull(message = "{vaardig.team.outlook.answers}") Boolean doesIt,
                              @NotNull(message = "{vaardig.team.outlook.answers}") Boolean canDoIt,
                              @NotNull(message = "{vaardig.team.outlook.answers}") Boolean wantsToLearn,
                              @NotNull(message = "{vaardig.team.outlook.answers}") Boolean givesEnergy) {
    }

    public record TeamOutlookAnswers(@NotNull(message = "{vaardig.team.outlook.answers}") Boolean consent,
                               @NotNull(message = "{vaardig.team.outlook.answers}")
                               @Size(max = TeamOutlook.MAX_SKILLS, message = "{vaardig.team.outlook.answers}")
                               List<@Valid @NotNull TeamOutlookAnswer> answers) {
    }

    /** A skill of the team with the worker's own answers, null while not answered. */
    public record TeamOutlookWorkerSkill(String uri, String label, String labelLanguage, boolean derived, Boolean doesIt,
                            Boolean canDoIt, Boolean wantsToLearn, Boolean givesEnergy) {
    }

    /** {@code answered}: the worker's answers are stored and counted (with consent); {@code minimum}: see TeamAggregate. */
    public record TeamOutlookWorkerView(String organisation, String teamName, Instant expiresAt, boolean expired, boolean answered,
                             int minimum, List<TeamOutlookWorkerSkill> skills) {
    }

    private final TeamOutlookService outlooks;
    private final TaxonomyRuntime taxonomy;

    WorkerAnswerController(TeamOutlookService outlooks, TaxonomyRuntime taxonomy) {
        this.outlooks = outlooks;
        this.taxonomy = taxonomy;
    }

    @GetMapping("/api/public/team-outlook/{token}")
    @PermitAll
    public TeamOutlookWorkerView open(@PathVariable String token, @RequestParam(name = "lang", required = false) String lang) {
        return view(outlooks.open(token), RequestedLabelLanguage.of(lang));
    }

    @PutMapping("/api/public/team-outlook/{token}")
    @PermitAll
    public TeamOutlookWorkerView answer(@PathVariable String token, @Valid @RequestBody TeamOutlookAnswers input, Locale locale,
                             @RequestParam(name = "lang", required = false) String lang) {
        Map<String, WorkerAnswer> bySkill = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < input.answers().size(); i++) {
            TeamOutlookAnswer a = input.answers().get(i);
            SkillUri skill;
            try {
                skill = new SkillUri(a.skill().strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("answers[" + i + "].skill", ProblemTexts.detail(
                        "Dit is geen vaardigheid van dit team.", "This is not a skill of this team.", locale)));
                continue;
            }
            if (bySkill.putIfAbsent(skill.value(), new WorkerAnswer(skill, a.doesIt(), a.canDoIt(), a.wantsToLearn(),
                    a.givesEnergy())) != null) {
                errors.add(new FieldError("answers[" + i + "].skill", ProblemTexts.detail(
                        "Deze vaardigheid staat er twee keer in.", "This skill is listed twice.", locale)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InputRejectedException(errors);
        }
        return view(outlooks.answer(token, input.consent(), bySkill, locale), RequestedLabelLanguage.of(lang));
    }

    @DeleteMapping("/api/public/team-outlook/{token}")
    @PermitAll
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void withdraw(@PathVariable String token) {
        outlooks.withdraw(token);
    }

    private TeamOutlookWorkerView view(TeamOutlookService.Opened opened, Locale locale) {
        Map<SkillUri, WorkerAnswer> mine = new LinkedHashMap<>();
        opened.answers().forEach(a -> mine.put(a.skill(), a));
        List<TeamOutlookWorkerSkill> skills = opened.expired() ? List.of() : opened.outlook().skills().stream().map(s -> {
            LabelView label = LabelView.of(taxonomy.taxonomy(), s, locale);
            WorkerAnswer a = mine.get(s);
            return new TeamOutlookWorkerSkill(s.value(), label.label(), label.labelLanguage(), label.derived(),
                    a == null ? null : a.doesIt(), a == null ? null : a.canDoIt(), a == null ? null : a.wantsToLearn(),
                    a == null ? null : a.givesEnergy());
        }).toList();
        return new TeamOutlookWorkerView(opened.outlook().organisation(), opened.outlook().name(), opened.invitation().expiresAt(),
                opened.expired(), !opened.answers().isEmpty(), TeamAggregate.MIN_WORKERS, skills);
    }
}
