package nl.vaardig.web.skills;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import nl.vaardig.web.taxonomy.LabelView;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.taxonomy.extract.LabelLanguage;
import nl.vaardig.taxonomy.model.RelationType;
import nl.vaardig.taxonomy.title.JobTitleMatcher;
import nl.vaardig.taxonomy.title.OccupationMatch;
import nl.vaardig.taxonomy.title.SuggestedSkill;
import nl.vaardig.taxonomy.title.TitleMatchResult;
import nl.vaardig.taxonomy.title.TitleOutcome;
import nl.vaardig.web.platform.problem.ProblemTexts;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Public "job title → occupations" (contract 3): ranked ESCO occupations for a title, each with the skills ESCO
 * lists for it, which the page offers as a suggested skill list. Nothing is stored.
 */
@RestController
public class OccupationMatchController {

    static final int MAX_TITLE_CHARS = JobTitleMatcher.MAX_TITLE_CHARS;
    static final int MAX_LIMIT = 50;
    private static final int MAX_BODY_BYTES = 4_096;

    /** The JSON body; {@code limit} defaults to 10. */
    record MatchRequest(String title, Integer limit) {
    }

    private final TaxonomyRuntime taxonomy;
    private final JsonMapper json;

    public OccupationMatchController(TaxonomyRuntime taxonomy, JsonMapper json) {
        this.taxonomy = taxonomy;
        this.json = json;
    }

    @PostMapping(path = "/api/public/occupations/match", produces = MediaType.APPLICATION_JSON_VALUE)
    @PermitAll
    public OccupationMatchView match(HttpServletRequest request, @RequestParam(name = "lang", required = false) String lang) {
        Locale labels = SkillExtractionController.labelLanguage(lang) == LabelLanguage.EN ? Locale.ENGLISH : Locale.of("nl");
        RequestBody body = RequestBody.read(request, MAX_BODY_BYTES, MAX_BODY_BYTES);
        if (body.kind() != RequestBody.Kind.JSON) {
            throw new SkillInputException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, null,
                    "Stuur de functietitel als JSON: {\"title\": \"...\"}.", "Send the job title as JSON: {\"title\": \"...\"}.");
        }
        MatchRequest input = parse(body.text());
        String title = input.title() == null ? "" : input.title().strip();
        if (title.isEmpty()) {
            throw new SkillInputException(HttpStatus.BAD_REQUEST, "title", "Vul een functietitel in.", "Enter a job title.");
        }
        if (title.length() > MAX_TITLE_CHARS) {
            throw new SkillInputException(HttpStatus.BAD_REQUEST, "title",
                    "Een functietitel is hoogstens " + MAX_TITLE_CHARS + " tekens lang.",
                    "A job title is at most " + MAX_TITLE_CHARS + " characters long.");
        }
        int limit = input.limit() == null ? 10 : input.limit();
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new SkillInputException(HttpStatus.BAD_REQUEST, "limit",
                    "Vraag 1 tot " + MAX_LIMIT + " beroepen op.", "Ask for 1 to " + MAX_LIMIT + " occupations.");
        }
        TitleMatchResult result = taxonomy.titleMatcher().match(title, labels, limit);
        refuseWhatIsNoJobTitle(result.outcome());
        return new OccupationMatchView(result.occupations().stream().map(OccupationMatchController::occupation).toList(),
                result.outcome().name(), reason(result.outcome()));
    }

    /** Input the matcher cannot read as a title at all is a field error, not an empty answer. */
    private static void refuseWhatIsNoJobTitle(TitleOutcome outcome) {
        switch (outcome) {
            case EMPTY -> throw new SkillInputException(HttpStatus.BAD_REQUEST, "title", "Vul een functietitel in.",
                    "Enter a job title.");
            case TOO_SHORT -> throw new SkillInputException(HttpStatus.BAD_REQUEST, "title",
                    "Een functietitel heeft minstens twee letters.", "A job title has at least two letters.");
            case NO_WORDS -> throw new SkillInputException(HttpStatus.BAD_REQUEST, "title",
                    "Een functietitel bestaat uit woorden, niet alleen uit cijfers, leestekens of emoji.",
                    "A job title is made of words, not only digits, punctuation or emoji.");
            case TOO_LONG -> throw new SkillInputException(HttpStatus.BAD_REQUEST, "title",
                    "Een functietitel is hoogstens " + MAX_TITLE_CHARS + " tekens lang.",
                    "A job title is at most " + MAX_TITLE_CHARS + " characters long.");
            case MATCHED, HEAD_FALLBACK, NOT_RECOGNISED -> {
            }
        }
    }

    /** Why the list is empty or approximate, in the visitor's language; null for an ordinary match. */
    private static String reason(TitleOutcome outcome) {
        Locale locale = LocaleContextHolder.getLocale();
        return switch (outcome) {
            case NOT_RECOGNISED -> ProblemTexts.detail(
                    "Geen beroep gevonden: geen woord van deze titel komt voor in een beroepsnaam.",
                    "No occupation found: no word of this title occurs in an occupation name.", locale);
            case HEAD_FALLBACK -> ProblemTexts.detail(
                    "Geen beroep met precies deze naam; dit zijn beroepen met hetzelfde hoofdwoord.",
                    "No occupation with exactly this name; these occupations share its head word.", locale);
            default -> null;
        };
    }

    private MatchRequest parse(String body) {
        try {
            MatchRequest input = json.readValue(body, MatchRequest.class);
            return input == null ? new MatchRequest(null, null) : input;
        } catch (JacksonException e) {
            throw new SkillInputException(HttpStatus.BAD_REQUEST, null,
                    "Het verzoek is geen geldige JSON; verwacht {\"title\": \"...\", \"limit\": 10}.",
                    "The request is not valid JSON; expected {\"title\": \"...\", \"limit\": 10}.");
        }
    }

    private static OccupationMatchView.OccupationView occupation(OccupationMatch match) {
        // The matcher's score is -ln(1 - p), p the learnt title ranker's calibrated probability (≤ 0.999): 1 - e^-s
        // gives p back, in the matcher's order, so the page's "overeenkomst %" is that probability.
        double score = Math.round((1.0 - Math.exp(-Math.max(0.0, match.score()))) * 1000) / 1000.0;
        LabelView label = LabelView.of(match.label());
        return new OccupationMatchView.OccupationView(match.uri().value(), label.label(), label.labelLanguage(),
                label.derived(), score,
                match.suggestedSkills().stream().map(OccupationMatchController::skill).toList());
    }

    private static OccupationMatchView.SkillView skill(SuggestedSkill skill) {
        LabelView label = LabelView.of(skill.label());
        return new OccupationMatchView.SkillView(skill.uri().value(), label.label(), label.labelLanguage(),
                label.derived(), skill.relation() == RelationType.ESSENTIAL);
    }
}
