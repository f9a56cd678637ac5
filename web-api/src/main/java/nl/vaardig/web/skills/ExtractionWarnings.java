package nl.vaardig.web.skills;

import java.util.Locale;
import nl.vaardig.taxonomy.extract.ExtractionWarning;
import nl.vaardig.web.platform.problem.ProblemTexts;

/** The extractor's warnings in words for the page, Dutch or English. */
final class ExtractionWarnings {

    private ExtractionWarnings() {
    }

    static ExtractionView.WarningView view(ExtractionWarning warning, Locale locale) {
        String message = switch (warning) {
            case ExtractionWarning.TextTruncated t -> ProblemTexts.detail(
                    "Alleen de eerste " + t.processedChars() + " van " + t.totalChars() + " tekens zijn gelezen.",
                    "Only the first " + t.processedChars() + " of " + t.totalChars() + " characters were read.", locale);
            case ExtractionWarning.BoilerplateSkipped b -> ProblemTexts.detail(
                    b.sentences() + " zinnen over arbeidsvoorwaarden, het bedrijf of solliciteren zijn overgeslagen.",
                    b.sentences() + " sentences about benefits, the company or applying were skipped.", locale);
            case ExtractionWarning.MarkupRemoved m -> ProblemTexts.detail(
                    "HTML-opmaak is verwijderd; de markeringen staan in de platte tekst hieronder.",
                    "HTML markup was removed; the highlights are shown in the plain text below.", locale);
            case ExtractionWarning.EncodingRepaired e -> ProblemTexts.detail(
                    e.characters() + " tekens met een verkeerde codering (zoals 'Ã©' voor 'é') zijn hersteld.",
                    e.characters() + " characters in a wrong encoding (such as 'Ã©' for 'é') were repaired.", locale);
            case ExtractionWarning.UndecodableCharacters u -> ProblemTexts.detail(
                    u.count() + " tekens konden niet worden gelezen (�); plak de tekst opnieuw vanuit het origineel.",
                    u.count() + " characters could not be read (�); paste the text again from the original.", locale);
            case ExtractionWarning.NoText n -> ProblemTexts.detail("De tekst is leeg.", "The text is empty.", locale);
        };
        return new ExtractionView.WarningView(warning.code(), message);
    }
}
