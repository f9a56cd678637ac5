package nl.vaardig.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import nl.vaardig.taxonomy.model.Skill;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.snapshot.EngineSnapshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshottedPartsTest {

    private static final Locale DUTCH = Locale.of("nl");
    /** "operate middlings purifier": no official Dutch label in the shipped data. */
    private static final SkillUri PURIFIER =
            new SkillUri("http://data.europa.eu/esco/skill/067a0c6d-4d8b-4e62-bce1-fc27c26f08c6");

    @Test
    void anOperatorsOfficialDutchSkillsFileGivesTheModelItsLabels(@TempDir Path operator) throws Exception {
        // the layout of ESCO's Dutch download: the CSVs in a language folder
        Files.createDirectories(operator.resolve("nl"));
        Files.writeString(operator.resolve("nl/skills_nl.csv"),
                "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,description\n"
                        + "KnowledgeSkillCompetence," + PURIFIER.value() + ",skill/competence,occupation-specific,"
                        + "griesreiniger bedienen,griessorteerder bedienen,,released,Een griesreiniger bedienen.\n",
                StandardCharsets.UTF_8);
        TaxonomyRuntime.Config config = TaxonomyRuntime.Config.defaults().withEscoOverrideDir(Optional.of(operator));

        Skill supplied = SnapshottedParts.in(EngineSnapshots.none(), config).esco().taxonomy().skill(PURIFIER)
                .orElseThrow();
        Skill shipped = SnapshottedParts.in(EngineSnapshots.none()).esco().taxonomy().skill(PURIFIER).orElseThrow();

        assertThat(supplied.label(DUTCH).text()).isEqualTo("griesreiniger bedienen");
        assertThat(supplied.label(DUTCH).derived()).isFalse();
        assertThat(supplied.labels().in(DUTCH).orElseThrow().alternatives()).containsExactly("griessorteerder bedienen");
        assertThat(shipped.label(DUTCH).text()).isNotEqualTo("griesreiniger bedienen");
        assertThat(supplied.label(Locale.ENGLISH).text()).isEqualTo(shipped.label(Locale.ENGLISH).text())
                .isEqualTo("operate middlings purifier");
    }
}
