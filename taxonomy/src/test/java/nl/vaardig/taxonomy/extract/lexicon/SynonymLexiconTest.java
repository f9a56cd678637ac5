package nl.vaardig.taxonomy.extract.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.stream.Collectors;
import nl.vaardig.taxonomy.extract.eval.EvalFixtures;
import nl.vaardig.taxonomy.extract.source.SkillEntry;
import org.junit.jupiter.api.Test;

class SynonymLexiconTest {

    private final SynonymLexicon lexicon = SynonymLexicon.bundled();

    @Test
    void bundledLexiconLoadsWithoutProblems() {
        assertThat(lexicon.problems()).isEmpty();
        assertThat(lexicon.version()).isEqualTo("v1");
        assertThat(lexicon.entries()).hasSizeGreaterThan(1_000);
        assertThat(lexicon.entries().stream().filter(e -> e.language().equals("nl")).count()).isGreaterThan(800);
    }

    @Test
    void everyUriExistsInEscoAndItsLabelIsTheEnglishPreferredLabel() {
        Map<String, String> preferred = EvalFixtures.load().source().skills().stream()
                .collect(Collectors.toMap(SkillEntry::uri, SkillEntry::preferredLabelEn));
        assertThat(lexicon.entries()).allSatisfy(entry -> {
            assertThat(preferred).as("ESCO v1.1.1 skill for '%s'", entry.phrase()).containsKey(entry.skillUri());
            assertThat(entry.escoLabel()).as("label for %s", entry.skillUri()).isEqualTo(preferred.get(entry.skillUri()));
        });
        assertThat(EvalFixtures.load().extractor().lexiconProblems()).isEmpty();
    }

    @Test
    void coversEverydayVacancyLanguageAcrossSectors() {
        var phrases = lexicon.entries().stream().map(SynonymEntry::phrase).collect(Collectors.toSet());
        assertThat(phrases).contains("klantgericht", "teamspeler", "wondverzorging", "klassenmanagement", "storingen oplossen",
                "orderpicken", "heftruckcertificaat", "agile werken", "mise-en-place", "metselen", "vakken vullen",
                "schoonmaakmiddelen", "salarisadministratie");
    }

    @Test
    void aBadRowIsReportedWithItsLineAndTheRestStillLoads() throws IOException {
        String csv = """
                language,phrase,skill_uri,esco_label,weight
                nl,samenwerken,http://data.europa.eu/esco/skill/60c78287-22eb-4103-9c8c-28deaa460da0,work in teams,1
                de,zusammenarbeiten,http://data.europa.eu/esco/skill/60c78287-22eb-4103-9c8c-28deaa460da0,work in teams,1
                nl,,http://data.europa.eu/esco/skill/60c78287-22eb-4103-9c8c-28deaa460da0,work in teams,1
                nl,teamspeler,http://data.europa.eu/esco/skill/60c78287-22eb-4103-9c8c-28deaa460da0,work in teams,
                """;
        SynonymLexicon read = SynonymLexicon.read("test", new StringReader(csv));
        assertThat(read.entries()).extracting(SynonymEntry::phrase).containsExactly("samenwerken", "teamspeler");
        assertThat(read.entries().get(1).weight()).isEqualTo(1f);
        assertThat(read.problems()).hasSize(2);
        assertThat(read.problems().get(0)).startsWith("line 3:").contains("nl or en");
        assertThat(read.problems().get(1)).startsWith("line 4:").contains("phrase");
    }

    @Test
    void aFileWithoutTheExpectedHeaderIsRefused() {
        assertThatThrownBy(() -> SynonymLexicon.read("x", new StringReader("phrase,uri\nfoo,bar\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header");
    }
}
