package nl.vaardig.taxonomy.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.vaardig.taxonomy.extract.eval.EvalFixtures;
import nl.vaardig.taxonomy.extract.text.PreparedText;
import nl.vaardig.taxonomy.extract.text.TextPreparer;
import nl.vaardig.taxonomy.extract.text.TextRejectedException;
import org.junit.jupiter.api.Test;

class SkillExtractorTest {

    private static final SkillExtractor EXTRACTOR = EvalFixtures.load().extractor();
    private static final ExtractionOptions ALL = ExtractionOptions.ranking();

    private static List<String> labels(ExtractionResult result) {
        return result.skills().stream().map(s -> EvalFixtures.load().labelByUri().get(s.skillUri().value())).toList();
    }

    private static ExtractedSkill skill(ExtractionResult result, String englishLabel) {
        return result.skills().stream()
                .filter(s -> englishLabel.equals(EvalFixtures.load().labelByUri().get(s.skillUri().value())))
                .findFirst().orElseThrow(() -> new AssertionError(englishLabel + " not in " + labels(result)));
    }

    @Test
    void englishRequirementFindsProgrammingLanguagesFirst() {
        ExtractionResult result = EXTRACTOR.extract("Experience with Java, C# and SQL Server is required.", ALL);
        assertThat(labels(result).subList(0, 3)).containsExactlyInAnyOrder("Java (computer programming)", "C#", "SQL Server");
        assertThat(result.language()).isEqualTo(TextLanguage.ENGLISH);
    }

    @Test
    void dutchPhrasesFindSkillsThroughTheCuratedLexicon() {
        ExtractionResult result = EXTRACTOR.extract("Je bent klantgericht, stressbestendig en een echte teamspeler.", ALL);
        assertThat(labels(result)).contains("customer service", "cope with stress", "work in teams");
        assertThat(skill(result, "work in teams").kinds()).contains(MatchKind.CURATED_SYNONYM);
        assertThat(result.language()).isEqualTo(TextLanguage.DUTCH);
    }

    @Test
    void dutchCompoundsAreSplitIntoKnownWords() {
        ExtractionResult result = EXTRACTOR.extract("Je doet kassawerk en vult de vakken.", ALL);
        assertThat(skill(result, "operate cash register").evidence()).extracting(EvidenceSpan::text).containsExactly("kassawerk");
    }

    @Test
    void dutchFunctionWordsDoNotMatchEnglishLabels() {
        ExtractionResult result = EXTRACTOR.extract(
                "Wij zoeken een collega die graag samenwerkt en over een mbo-diploma beschikt.", ALL);
        assertThat(labels(result)).contains("work in teams").doesNotContain("dies");
        // no label or lexicon hit turns the diploma into a skill; retrieval in retrieval order does suggest the
        // sentence's nearest skill document ("mbo" → vocational), which is its known precision cost (issue 13), and
        // the occupations the sentence sounds like may support it
        result.skills().stream().filter(s -> s.label().equals("work in vocational school"))
                .forEach(s -> assertThat(s.kinds()).contains(MatchKind.SKILL_DOCUMENT)
                        .doesNotContain(MatchKind.ESCO_LABEL, MatchKind.CURATED_SYNONYM, MatchKind.PARTIAL_LABEL));
    }

    @Test
    void loneLowerCaseDutchWordsAreNotReadAsEnglishLabels() {
        ExtractionResult result = EXTRACTOR.extract(
                "Je let op de veiligheid van de bewoners en je meet de pols van elke cliënt.", ALL);
        assertThat(labels(result)).doesNotContain("Latvian", "Polish", "decontamination techniques", "clean road vehicles");
    }

    @Test
    void aSentenceWithoutAnyLabelStillGetsSkillsFromItsSkillDocuments() {
        ExtractionResult result = EXTRACTOR.extract("Je tilt dagelijks zware dozen en pakketten van de pallets.", ALL);
        assertThat(result.skills()).isNotEmpty();
        assertThat(result.skills()).anySatisfy(s -> assertThat(s.kinds()).contains(MatchKind.SKILL_DOCUMENT));
    }

    @Test
    void theTitleLineDetectsTheOccupation() {
        ExtractionResult result = EXTRACTOR.extract("Vrachtwagenchauffeur\nJe rijdt dagelijks naar klanten in de Randstad.", ALL);
        assertThat(result.occupations()).isNotEmpty();
        assertThat(result.occupations().get(0).evidence().text()).isEqualTo("Vrachtwagenchauffeur");
        assertThat(result.occupations().get(0).confidence()).isGreaterThanOrEqualTo(0.45);
        assertThat(skill(result, "manoeuvre heavy trucks").kinds()).contains(MatchKind.OCCUPATION_PROFILE);
    }

    @Test
    void aWholeVacancyTakesNoRetrievedSkillFromItsTitleIntroductionOrHeadings() {
        String vacancy = """
                Allround timmerman nieuwbouw en renovatie

                Ons bouwbedrijf uit Zwolle bestaat zestig jaar en bouwt woningen, scholen en zorgcentra in de regio.

                Wat ga je doen?
                - Je plaatst kozijnen, deuren en trappen op de bouwplaats.
                - Je leest bouwtekeningen en zet het werk uit.
                Dan zoeken wij jou!
                """;
        java.util.Set<String> notWork = java.util.Set.of("Allround timmerman nieuwbouw en renovatie", "Dan zoeken wij jou!",
                "Ons bouwbedrijf uit Zwolle bestaat zestig jaar en bouwt woningen, scholen en zorgcentra in de regio.");
        java.util.function.Predicate<ExtractedSkill> retrievedThereOnly = s -> !s.kinds().contains(MatchKind.ESCO_LABEL)
                && !s.kinds().contains(MatchKind.CURATED_SYNONYM) && !s.kinds().contains(MatchKind.PARTIAL_LABEL)
                && s.evidence().stream().allMatch(e -> notWork.contains(e.text()));
        // before round 11 the title, the employer's line and the call-out lent their best retrieved skills
        assertThat(EXTRACTOR.withSegmentRoles(false).extract(vacancy, ALL).skills()).anyMatch(retrievedThereOnly);
        ExtractionResult result = EXTRACTOR.extract(vacancy, ALL);
        assertThat(result.skills()).noneMatch(retrievedThereOnly).isNotEmpty();
        // the title still names the occupation
        assertThat(result.occupations()).isNotEmpty();
    }

    @Test
    void boilerplateProducesNoSkillsAndIsReported() {
        String text = """
                Wat bieden wij?
                Een goed salaris, een leaseauto en een laptop. Ruimte voor teamwork en Excel-trainingen.
                Interesse?
                Solliciteer via de button. Acquisitie wordt niet op prijs gesteld.
                """;
        ExtractionResult result = EXTRACTOR.extract(text, ALL);
        assertThat(result.skills()).isEmpty();
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w).isInstanceOf(ExtractionWarning.BoilerplateSkipped.class));
    }

    @Test
    void evidenceSpansPointIntoTheOriginalHtml() {
        String html = "<h2>Wat vragen wij?</h2><ul><li>Kennis van <b>Python</b> &amp; SQL</li><li>Rijbewijs B</li></ul>";
        ExtractionResult result = EXTRACTOR.extract(html, ALL);
        assertThat(result.skills()).isNotEmpty().allSatisfy(s -> s.evidence().forEach(span ->
                assertThat(html.substring(span.start(), span.end())).isEqualTo(span.text())));
        assertThat(skill(result, "Python (computer programming)").evidence().get(0).text()).isEqualTo("Python");
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w).isInstanceOf(ExtractionWarning.MarkupRemoved.class));
    }

    @Test
    void aTextPreparedOnceReadsAsItsViewWithEvidenceInTheView() {
        String html = "<h2>Wat vragen wij?</h2><ul><li>Kennis van <b>Python</b> &amp; SQL</li><li>Rijbewijs B</li></ul>";
        PreparedText prepared = new TextPreparer().prepare(html, ALL.maxChars());
        ExtractionResult once = EXTRACTOR.extract(prepared.viewAsOriginal(), ALL);
        assertThat(once.skills()).isEqualTo(EXTRACTOR.extract(prepared.view(), ALL).skills());
        assertThat(once.skills()).isNotEmpty().allSatisfy(s -> s.evidence().forEach(span ->
                assertThat(prepared.view().substring(span.start(), span.end())).isEqualTo(span.text())));
        assertThat(once.warnings()).anySatisfy(w -> assertThat(w).isInstanceOf(ExtractionWarning.MarkupRemoved.class));
    }

    @Test
    void cueWordsAndSectionsSuggestEssentialOrOptional() {
        String text = """
                Wat vragen wij?
                - Je hebt ervaring met Java.
                Pluspunten
                - Kennis van Python.
                """;
        ExtractionResult result = EXTRACTOR.extract(text, ALL);
        assertThat(skill(result, "Java (computer programming)").requirement()).isEqualTo(Requirement.ESSENTIAL);
        assertThat(skill(result, "Python (computer programming)")).satisfies(s -> {
            assertThat(s.requirement()).isEqualTo(Requirement.OPTIONAL);
            assertThat(s.basis()).isEqualTo(RequirementBasis.SECTION);
        });
        ExtractedSkill pre = skill(EXTRACTOR.extract("Ervaring met SQL is een pré.", ALL), "SQL");
        assertThat(pre.requirement()).isEqualTo(Requirement.OPTIONAL);
        assertThat(pre.basis()).isEqualTo(RequirementBasis.CUE_WORD);
    }

    @Test
    void sameWordsForAParentAndAChildSkillKeepTheGeneralOne() {
        assertThat(labels(EXTRACTOR.extract("You will work in a team.", ALL)))
                .contains("work in teams").doesNotContain("work in textile manufacturing teams");
    }

    @Test
    void labelsAreDutchWhereEscoHasThemAndFlaggedWhenEnglish() {
        ExtractionResult result = EXTRACTOR.extract("Je werkt zelfstandig en beheert de salarisadministratie.", ExtractionOptions.defaults());
        assertThat(result.skills()).anySatisfy(s -> {
            assertThat(s.label()).isEqualTo("zelfstandig werken");
            assertThat(s.labelFallback()).isFalse();
        });
        // "manage payroll" has its official Dutch label from the ESCO ↔ VDAB crosswalk
        assertThat(result.skills()).anySatisfy(s -> {
            assertThat(s.label()).isEqualTo("salarissen beheren");
            assertThat(s.labelFallback()).isFalse();
        });
    }

    @Test
    void confidencesAreOrderedAndWithinBounds() {
        ExtractionResult result = EXTRACTOR.extract(EvalFixtures.load().dutchSet().get(0).text(), ExtractionOptions.defaults());
        assertThat(result.skills()).isNotEmpty().allSatisfy(s -> assertThat(s.confidence()).isBetween(0.35, 1.0));
        assertThat(result.skills()).extracting(ExtractedSkill::confidence).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void emptyTextGivesAWarningInsteadOfAnError() {
        ExtractionResult result = EXTRACTOR.extract("  <p> </p> ", ALL);
        assertThat(result.skills()).isEmpty();
        assertThat(result.language()).isEqualTo(TextLanguage.UNKNOWN);
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w.code()).isEqualTo("no-text"));
    }

    @Test
    void textBeyondTheLimitIsTruncatedWithAWarning() {
        String text = "Ervaring met Java is vereist. ".repeat(3_000);
        ExtractionResult result = EXTRACTOR.extract(text, ALL);
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w).isInstanceOf(ExtractionWarning.TextTruncated.class));
        assertThat(labels(result)).contains("Java (computer programming)");
    }

    @Test
    void binaryAndOversizedInputAreRejected() {
        assertThatThrownBy(() -> EXTRACTOR.extract("PK\u0003\u0004\u0000\u0000word/document.xml", ALL))
                .isInstanceOf(TextRejectedException.class);
        assertThatThrownBy(() -> EXTRACTOR.extract("x".repeat(1_100_000), ALL))
                .isInstanceOfSatisfying(TextRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(TextRejectedException.Reason.TEXT_TOO_LARGE));
    }

    @Test
    void resultsAreDeterministicAcrossThreads() throws Exception {
        List<String> texts = EvalFixtures.load().dutchSet().stream().limit(12).map(t -> t.text()).toList();
        List<ExtractionResult> expected = texts.stream().map(t -> EXTRACTOR.extract(t, ALL)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ExtractionResult>>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                futures.add(pool.submit(() -> texts.stream().map(t -> EXTRACTOR.extract(t, ALL)).toList()));
            }
            for (Future<List<ExtractionResult>> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
