package nl.vaardig.taxonomy.esco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import nl.vaardig.taxonomy.model.IscoGroup;
import nl.vaardig.taxonomy.model.Occupation;
import nl.vaardig.taxonomy.model.Skill;
import nl.vaardig.taxonomy.model.SkillGroup;
import nl.vaardig.taxonomy.model.Taxonomy;
import nl.vaardig.taxonomy.model.TaxonomyVersion;
import nl.vaardig.taxonomy.snapshot.EngineSnapshots;
import nl.vaardig.taxonomy.testing.ShippedTaxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EscoModelSnapshotTest {

    @Test
    void aRestartReadsTheModelTheCsvImportBuiltIdenticalInEveryPart(@TempDir Path folder) throws IOException {
        EscoTaxonomyLoader.Loaded parsed = ShippedTaxonomy.get();
        List<String> problems = new ArrayList<>();
        AtomicInteger parses = new AtomicInteger();
        EngineSnapshots first = EngineSnapshots.in(folder, "code-1", problems::add);
        assertThat(EscoModelSnapshot.shipped(first, counted(parsed, parses))).isSameAs(parsed);
        assertThat(first.writePending()).isEqualTo(1);

        EngineSnapshots restart = EngineSnapshots.in(folder, "code-1", problems::add);
        EscoTaxonomyLoader.Loaded read = EscoModelSnapshot.shipped(restart, counted(parsed, parses));

        assertThat(parses).as("parsed at the first start only").hasValue(1);
        assertThat(restart.outcomes()).singleElement()
                .satisfies(outcome -> assertThat(outcome.source()).isEqualTo(EngineSnapshots.Source.READ));
        assertThat(read).isNotSameAs(parsed);
        assertThat(read.report()).isEqualTo(parsed.report());
        assertThat(read.report().files()).hasSizeGreaterThan(15);
        assertSameModel(read.taxonomy(), parsed.taxonomy());
        assertThat(problems).isEmpty();
    }

    @Test
    void aDamagedSnapshotOrAnotherCodeVersionIsParsedAgain(@TempDir Path folder) throws IOException {
        EscoTaxonomyLoader.Loaded parsed = ShippedTaxonomy.get();
        List<String> problems = new ArrayList<>();
        AtomicInteger parses = new AtomicInteger();
        EngineSnapshots first = EngineSnapshots.in(folder, "code-1", problems::add);
        EscoModelSnapshot.shipped(first, counted(parsed, parses));
        first.writePending();

        assertThat(EscoModelSnapshot.shipped(EngineSnapshots.in(folder, "code-2", problems::add),
                counted(parsed, parses))).as("another code version").isSameAs(parsed);
        assertThat(parses).hasValue(2);

        Path file;
        try (Stream<Path> files = Files.walk(folder)) {
            file = files.filter(p -> p.getFileName().toString().equals("model.ser")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(file, bytes);
        assertThat(EscoModelSnapshot.shipped(EngineSnapshots.in(folder, "code-1", problems::add),
                counted(parsed, parses))).as("a changed byte").isSameAs(parsed);
        assertThat(parses).hasValue(3);
        assertThat(problems).singleElement().asString().contains("esco-model-").contains("unusable");
    }

    @Test
    void onlyTheModelsOwnClassesAreRead() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeInt(1);
            out.writeObject(URI.create("https://example.org/"));
        }
        assertThatThrownBy(() -> EscoModelSnapshot.CODEC.read(Map.of("model.ser", bytes.toByteArray())))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> EscoModelSnapshot.CODEC.read(Map.of()))
                .isInstanceOf(IOException.class).hasMessageContaining("model.ser");
    }

    @Test
    void theKeyFollowsTheTaxonomyVersionAndTheLanguages(@TempDir Path folder) {
        EngineSnapshots store = EngineSnapshots.in(folder, "code-1", message -> { });
        String shipped = EscoModelSnapshot.key(store, TaxonomyVersion.ESCO_1_1_1, EscoTaxonomyLoader.SHIPPED_LANGUAGES);
        assertThat(EscoModelSnapshot.key(store, TaxonomyVersion.esco("1.2.0"), EscoTaxonomyLoader.SHIPPED_LANGUAGES))
                .isNotEqualTo(shipped);
        assertThat(EscoModelSnapshot.key(store, TaxonomyVersion.ESCO_1_1_1, List.of(Locale.ENGLISH)))
                .isNotEqualTo(shipped);
        assertThat(EscoModelSnapshot.key(EngineSnapshots.in(folder, "code-2", message -> { }),
                TaxonomyVersion.ESCO_1_1_1, EscoTaxonomyLoader.SHIPPED_LANGUAGES)).isNotEqualTo(shipped);
    }

    private static java.util.function.Supplier<EscoTaxonomyLoader.Loaded> counted(EscoTaxonomyLoader.Loaded model,
            AtomicInteger parses) {
        return () -> {
            parses.incrementAndGet();
            return model;
        };
    }

    /** Every concept with its labels, vocabulary and relations, the groups and the integrity issues. */
    static void assertSameModel(Taxonomy read, Taxonomy parsed) {
        assertThat(read.version()).isEqualTo(parsed.version());
        assertThat(read.skills()).isEqualTo(parsed.skills());
        assertThat(read.occupations()).isEqualTo(parsed.occupations());
        assertThat(List.copyOf(read.skillGroups())).isEqualTo(List.copyOf(parsed.skillGroups()));
        assertThat(List.copyOf(read.iscoGroups())).isEqualTo(List.copyOf(parsed.iscoGroups()));
        assertThat(read.integrityIssues()).isEqualTo(parsed.integrityIssues()).isNotEmpty();
        for (int i = 0; i < parsed.skillCount(); i++) {
            Skill skill = parsed.skillAt(i);
            assertThat(read.skillOrdinal(skill.uri())).hasValue(i);
            assertThat(read.vocabulary(skill.uri())).isEqualTo(parsed.vocabulary(skill.uri()));
            assertThat(read.relatedSkills(skill.uri())).isEqualTo(parsed.relatedSkills(skill.uri()));
            assertThat(read.broaderSkills(skill.uri())).isEqualTo(parsed.broaderSkills(skill.uri()));
            assertThat(read.narrowerSkills(skill.uri())).isEqualTo(parsed.narrowerSkills(skill.uri()));
            assertThat(read.broaderGroups(skill.uri())).isEqualTo(parsed.broaderGroups(skill.uri()));
            assertThat(read.occupationsNeeding(skill.uri())).isEqualTo(parsed.occupationsNeeding(skill.uri()));
            assertThat(read.specificityAt(i)).isEqualTo(parsed.specificityAt(i));
        }
        for (int i = 0; i < parsed.occupationCount(); i++) {
            Occupation occupation = parsed.occupationAt(i);
            assertThat(read.occupationOrdinal(occupation.uri())).hasValue(i);
            assertThat(read.vocabulary(occupation.uri())).isEqualTo(parsed.vocabulary(occupation.uri()));
            assertThat(read.skillsOf(occupation.uri())).isEqualTo(parsed.skillsOf(occupation.uri()));
            assertThat(read.broaderOccupations(occupation.uri())).isEqualTo(parsed.broaderOccupations(occupation.uri()));
            assertThat(read.narrowerOccupations(occupation.uri())).isEqualTo(parsed.narrowerOccupations(occupation.uri()));
            assertThat(read.broaderIscoGroups(occupation.uri())).isEqualTo(parsed.broaderIscoGroups(occupation.uri()));
            assertThat(read.iscoGroupOf(occupation.uri())).isEqualTo(parsed.iscoGroupOf(occupation.uri()));
        }
        for (SkillGroup group : parsed.skillGroups()) {
            assertThat(read.vocabulary(group.uri())).isEqualTo(parsed.vocabulary(group.uri()));
            assertThat(read.broaderGroups(group.uri())).isEqualTo(parsed.broaderGroups(group.uri()));
            assertThat(read.narrowerGroups(group.uri())).isEqualTo(parsed.narrowerGroups(group.uri()));
            assertThat(read.skillsDirectlyIn(group.uri())).isEqualTo(parsed.skillsDirectlyIn(group.uri()));
        }
        for (IscoGroup group : parsed.iscoGroups()) {
            assertThat(read.vocabulary(group.uri())).isEqualTo(parsed.vocabulary(group.uri()));
            assertThat(read.broaderIscoGroups(group.uri())).isEqualTo(parsed.broaderIscoGroups(group.uri()));
            assertThat(read.iscoGroupByCode(group.code())).isEqualTo(parsed.iscoGroupByCode(group.code()));
        }
        for (Locale language : List.of(Locale.ENGLISH, Locale.of("nl"))) {
            assertThat(read.labelCoverage(language)).isEqualTo(parsed.labelCoverage(language));
        }
    }
}
