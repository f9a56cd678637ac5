package nl.vaardig.taxonomy.title;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.Taxonomy;
import nl.vaardig.taxonomy.snapshot.EngineSnapshots;
import nl.vaardig.taxonomy.testing.ShippedTaxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job title index kept in {@link EngineSnapshots}: read back, it matches exactly as built; stale or damaged, rebuilt. */
class TitleIndexSnapshotTest {

    private static final List<String> TITLES = List.of("verpleegkundige", "Heftruckchauffeur", "kok",
            "docent wiskunde", "ontwikkelaar java", "medewerker klantenservice / receptie", "zorghulp",
            "xyzzy plofwoord");
    private static final List<String> ENGLISH = List.of("nurse", "forklift driver", "software developer");
    private static final Locale NL = Locale.of("nl");
    private static final Locale EN = Locale.ENGLISH;
    /** A CompetentNL-like extra label: part of the index, so of the key. */
    private static final OccupationUri COOK = ShippedTaxonomy.get().taxonomy().occupationAt(0).uri();

    @TempDir
    Path folder;

    private final List<String> problems = new ArrayList<>();
    private final Taxonomy taxonomy = ShippedTaxonomy.get().taxonomy();

    private EngineSnapshots store(String codeVersion) {
        return EngineSnapshots.in(folder, codeVersion, problems::add);
    }

    private JobTitleMatcher matcher(EngineSnapshots store, Map<OccupationUri, List<String>> extra) {
        return JobTitleMatcher.build(taxonomy, extra, store);
    }

    @Test
    void theIndexReadBackMatchesExactlyAsTheBuiltOne() throws IOException {
        EngineSnapshots first = store("code-1");
        JobTitleMatcher built = matcher(first, Map.of(COOK, List.of("keukenprins")));
        assertThat(first.writePending()).isEqualTo(1);
        EngineSnapshots second = store("code-1");
        JobTitleMatcher read = matcher(second, Map.of(COOK, List.of("keukenprins")));

        assertThat(first.outcomes()).extracting(EngineSnapshots.Outcome::source).containsExactly(EngineSnapshots.Source.BUILT);
        assertThat(second.outcomes()).extracting(EngineSnapshots.Outcome::source).containsExactly(EngineSnapshots.Source.READ);
        JobTitleMatcher withoutSnapshots = JobTitleMatcher.build(taxonomy, Map.of(COOK, List.of("keukenprins")));
        for (String title : TITLES) {
            TitleMatchResult want = built.match(title, NL, 10);
            assertThat(read.match(title, NL, 10)).as(title).isEqualTo(want)
                    .isEqualTo(withoutSnapshots.match(title, NL, 10));
        }
        for (String title : ENGLISH) {
            assertThat(read.match(title, EN, 10)).as(title).isEqualTo(built.match(title, EN, 10));
        }
        assertThat(read.match("keukenprins", NL, 3).occupations()).extracting(OccupationMatch::uri).contains(COOK);
        assertThat(read.headNounCount()).isEqualTo(built.headNounCount()).isPositive();
        assertThat(second.writePending()).isZero();
        assertThat(problems).isEmpty();
    }

    @Test
    void theEntriesSurviveTheirBinaryFormExactly() throws IOException {
        TitleIndex index = TitleIndex.build(JobTitleMatcher.inputs(taxonomy, TitleIndexOptions.defaults()));

        List<JobTitleMatcher.Entry> read = TitleIndex.readEntries(TitleIndex.writeEntries(index.entries()));

        assertThat(read).isEqualTo(index.entries()).hasSizeGreaterThan(10_000);
        for (int i = 0; i < read.size(); i++) {
            // the stems keep their order: the overlaps sum over them
            assertThat(List.copyOf(read.get(i).stems())).isEqualTo(List.copyOf(index.entries().get(i).stems()));
        }
        byte[] bytes = TitleIndex.writeEntries(index.entries());
        assertThatThrownBy(() -> TitleIndex.readEntries(java.util.Arrays.copyOf(bytes, bytes.length - 3)))
                .isInstanceOf(IOException.class);
        byte[] trailing = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        assertThatThrownBy(() -> TitleIndex.readEntries(trailing)).hasMessageContaining("after its last entry");
    }

    @Test
    void anotherCodeVersionOrOtherLabelsGiveAnotherKey() {
        List<TitleIndex.Input> inputs = JobTitleMatcher.inputs(taxonomy, TitleIndexOptions.defaults());
        String key = TitleIndex.key(store("code-1"), taxonomy.occupationCount(), inputs);

        assertThat(TitleIndex.key(store("code-1"), taxonomy.occupationCount(), inputs)).isEqualTo(key).hasSize(64);
        assertThat(TitleIndex.key(store("code-2"), taxonomy.occupationCount(), inputs)).isNotEqualTo(key);
        List<TitleIndex.Input> withCompetentNl = JobTitleMatcher.inputs(taxonomy,
                TitleIndexOptions.withCompetentNl(Map.of(COOK, List.of("keukenprins"))));
        assertThat(withCompetentNl).hasSize(inputs.size() + 1);
        assertThat(TitleIndex.key(store("code-1"), taxonomy.occupationCount(), withCompetentNl)).isNotEqualTo(key);
        List<TitleIndex.Input> reweighted = new ArrayList<>(inputs);
        TitleIndex.Input first = reweighted.getFirst();
        reweighted.set(0, new TitleIndex.Input(first.occupation(), first.label(), first.folded(), first.dutch(),
                first.source(), first.weight() / 2));
        assertThat(TitleIndex.key(store("code-1"), taxonomy.occupationCount(), reweighted)).isNotEqualTo(key);
    }

    @Test
    void aNewVersionOrADamagedFileIsRebuiltAndReplacesTheSnapshot() throws IOException {
        EngineSnapshots first = store("code-1");
        JobTitleMatcher built = matcher(first, Map.of());
        first.writePending();

        EngineSnapshots newCode = store("code-2");
        matcher(newCode, Map.of());
        assertThat(newCode.outcomes().getFirst().detail()).isEqualTo("no snapshot of this version");
        newCode.writePending();
        assertThat(snapshots()).hasSize(1);

        Path entries = snapshots().getFirst().resolve("entries.bin");
        byte[] bytes = Files.readAllBytes(entries);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(entries, bytes);
        EngineSnapshots damaged = store("code-2");
        JobTitleMatcher rebuilt = matcher(damaged, Map.of());
        assertThat(damaged.outcomes().getFirst().source()).isEqualTo(EngineSnapshots.Source.BUILT);
        assertThat(damaged.outcomes().getFirst().detail()).startsWith("unusable snapshot").contains("entries.bin is");
        assertThat(problems).singleElement().asString().contains("is unusable").contains("rebuilt");
        assertThat(snapshots()).isEmpty();
        assertThat(rebuilt.match("verpleegkundige", NL, 5)).isEqualTo(built.match("verpleegkundige", NL, 5));

        assertThat(damaged.writePending()).isEqualTo(1);
        EngineSnapshots again = store("code-2");
        matcher(again, Map.of());
        assertThat(again.outcomes().getFirst().source()).isEqualTo(EngineSnapshots.Source.READ);
    }

    private List<Path> snapshots() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith("titles-")).toList();
        }
    }
}
