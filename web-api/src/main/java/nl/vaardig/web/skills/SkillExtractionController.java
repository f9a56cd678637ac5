package nl.vaardig.web.skills;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.taxonomy.extract.EvidenceSpan;
import nl.vaardig.taxonomy.extract.ExtractedSkill;
import nl.vaardig.taxonomy.extract.ExtractionOptions;
import nl.vaardig.taxonomy.extract.ExtractionResult;
import nl.vaardig.taxonomy.extract.ExtractionWarning;
import nl.vaardig.taxonomy.extract.LabelLanguage;
import nl.vaardig.taxonomy.extract.Requirement;
import nl.vaardig.taxonomy.extract.SkillExtractor;
import nl.vaardig.taxonomy.extract.text.PreparedText;
import nl.vaardig.taxonomy.extract.text.TextPreparer;
import nl.vaardig.taxonomy.extract.text.TextRejectedException;
import nl.vaardig.taxonomy.model.ResolvedLabel;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Public "text → skills" (contract 2): anyone pastes a vacancy or CV text and gets ESCO skills with the places in
 * the text that show them. Nothing is stored. The body is read by hand ({@link RequestBody}) so that the 50 kB
 * limit holds before a large body is read.
 */
@RestController
public class SkillExtractionController {

    /** The text limit: 50 kB of UTF-8. */
    static final int MAX_TEXT_BYTES = 50_000;
    /** A JSON body may be a little larger than its text: quotes, backslashes and line breaks are escaped. */
    static final int MAX_BODY_BYTES = MAX_TEXT_BYTES + 16_384;
    private static final Set<String> LANGUAGES = Set.of("nl", "en", "auto");

    /** The JSON body; {@code language} is a hint ("nl", "en" or "auto"), the extractor detects it anyway. */
    record ExtractRequest(String text, String language) {
    }

    private final SkillExtractor extractor;
    private final TaxonomyRuntime taxonomy;
    private final JsonMapper json;
    private final TextPreparer preparer = new TextPreparer();

    public SkillExtractionController(SkillExtractor extractor, TaxonomyRuntime taxonomy, JsonMapper json) {
        this.extractor = extractor;
        this.taxonomy = taxonomy;
        this.json = json;
    }

    @PostMapping(path = "/api/public/skills/extract", produces = MediaType.APPLICATION_JSON_VALUE)
    @PermitAll
    public ExtractionView extract(HttpServletRequest request, @RequestParam(name = "lang", required = false) String lang) {
        long started = System.nanoTime();
        LabelLanguage labels = labelLanguage(lang);
        RequestBody body = RequestBody.read(request, MAX_BODY_BYTES, MAX_TEXT_BYTES);
        ExtractRequest input = body.kind() == RequestBody.Kind.JSON ? parse(body.text()) : new ExtractRequest(body.text(), null);
        String requestedLanguage = input.language() == null ? "auto" : input.language().strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(requestedLanguage)) {
            throw new SkillInputException(HttpStatus.BAD_REQUEST, "language",
                    "Kies als taal 'nl', 'en' of 'auto'.", "Choose 'nl', 'en' or 'auto' as the language.");
        }
        PreparedText prepared = prepared(input.text());
        String analysed = prepared.view().equals(input.text()) ? input.text() : prepared.view();
        ExtractionResult result = extractor.extract(prepared.viewAsOriginal(),
                ExtractionOptions.defaults().withLabelLanguage(labels));
        // The extractor read the plain text; what was done to get there comes first.
        List<ExtractionWarning> warnings = new ArrayList<>();
        if (prepared.markupRemoved()) {
            warnings.add(new ExtractionWarning.MarkupRemoved());
        }
        if (prepared.repairedCharacters() > 0) {
            warnings.add(new ExtractionWarning.EncodingRepaired(prepared.repairedCharacters()));
        }
        result.warnings().stream().filter(w -> warnings.stream().noneMatch(o -> o.code().equals(w.code())))
                .forEach(warnings::add);
        Locale locale = LocaleContextHolder.getLocale();
        return new ExtractionView(language(result, requestedLanguage),
                result.skills().stream().map(s -> skill(s, labels)).toList(), analysed,
                warnings.stream().map(w -> ExtractionWarnings.view(w, locale)).toList(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private ExtractRequest parse(String body) {
        ExtractRequest input;
        try {
            input = json.readValue(body, ExtractRequest.class);
        } catch (JacksonException e) {
            throw new SkillInputException(HttpStatus.BAD_REQUEST, null,
                    "Het verzoek is geen geldige JSON; verwacht {\"text\": \"...\"}.",
                    "The request is not valid JSON; expected {\"text\": \"...\"}.");
        }
        if (input == null) {
            throw emptyText();
        }
        return input;
    }

    /**
     * Checks the text and prepares it. The extractor then reads the text itself, or its plain-text view when HTML
     * was removed or mis-decoded characters repaired — evidence offsets then refer to text the page can show as is.
     */
    private PreparedText prepared(String text) {
        if (text == null || text.isBlank()) {
            throw emptyText();
        }
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_TEXT_BYTES) {
            throw RequestBody.tooLarge(bytes, MAX_TEXT_BYTES);
        }
        PreparedText prepared;
        try {
            prepared = preparer.prepare(text, ExtractionOptions.DEFAULT_MAX_CHARS);
        } catch (TextRejectedException e) {
            throw rejected(e);
        }
        if (prepared.view().isBlank()) {
            throw new SkillInputException(HttpStatus.BAD_REQUEST, "text",
                    "Er staat geen leesbare tekst in, alleen opmaak. Plak de tekst van de vacature of het cv.",
                    "There is no readable text in it, only markup. Paste the text of the vacancy or CV.");
        }
        return prepared;
    }

    private static SkillInputException emptyText() {
        return new SkillInputException(HttpStatus.BAD_REQUEST, "text",
                "Vul een tekst in: plak een vacaturetekst of cv.", "Enter a text: paste a vacancy text or CV.");
    }

    private static SkillInputException rejected(TextRejectedException e) {
        return switch (e.reason()) {
            case TEXT_TOO_LARGE -> RequestBody.tooLarge(-1, MAX_TEXT_BYTES);
            case NOT_TEXT -> new SkillInputException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "text",
                    "Dit lijkt geen tekst maar een bestand of binaire gegevens. Kopieer de tekst uit het document en "
                            + "plak die hier.",
                    "This does not look like text but like a file or binary data. Copy the text from the document "
                            + "and paste it here.");
        };
    }

    static LabelLanguage labelLanguage(String lang) {
        if (lang == null || lang.isBlank() || "nl".equalsIgnoreCase(lang.strip())) {
            return LabelLanguage.NL;
        }
        if ("en".equalsIgnoreCase(lang.strip())) {
            return LabelLanguage.EN;
        }
        throw new SkillInputException(HttpStatus.BAD_REQUEST, "lang", "Kies als labeltaal 'nl' of 'en'.",
                "Choose 'nl' or 'en' as the label language.");
    }

    private static String language(ExtractionResult result, String requested) {
        return switch (result.language()) {
            case DUTCH -> "nl";
            case ENGLISH -> "en";
            case MIXED -> "mixed";
            case UNKNOWN -> "auto".equals(requested) ? "unknown" : requested;
        };
    }

    private ExtractionView.SkillView skill(ExtractedSkill skill, LabelLanguage labels) {
        List<ExtractionView.EvidenceView> evidence = skill.evidence().stream()
                .map(SkillExtractionController::evidence).toList();
        // The extractor names the skill; whether that Dutch name is derived is the taxonomy's to say.
        boolean derived = !skill.labelFallback() && labels == LabelLanguage.NL && taxonomy.taxonomy()
                .label(skill.skillUri(), Locale.of("nl")).map(ResolvedLabel::derived).orElse(false);
        return new ExtractionView.SkillView(skill.skillUri().value(), skill.label(),
                skill.labelFallback() || labels == LabelLanguage.EN ? "en" : "nl", derived, skill.confidence(),
                skill.requirement() == Requirement.ESSENTIAL, evidence);
    }

    private static ExtractionView.EvidenceView evidence(EvidenceSpan span) {
        return new ExtractionView.EvidenceView(span.start(), span.end(), span.text());
    }
}
