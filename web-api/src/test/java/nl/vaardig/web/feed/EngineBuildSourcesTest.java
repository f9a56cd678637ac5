package nl.vaardig.web.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

class EngineBuildSourcesTest {

    @Test
    void theSnapshotsLiveInTheDataFolderUnlessConfiguredOtherwiseOrOff() {
        assertThat(EngineBuildSources.folder(new MockEnvironment())).as("no data folder").isEmpty();
        assertThat(EngineBuildSources.folder(new MockEnvironment().withProperty("vaardig.data-directory", "/d")))
                .contains(Path.of("/d", "engine-snapshot"));
        assertThat(EngineBuildSources.folder(new MockEnvironment().withProperty("vaardig.data-directory", "/d")
                .withProperty("vaardig.engine-snapshot.directory", "/s"))).contains(Path.of("/s"));
        assertThat(EngineBuildSources.folder(new MockEnvironment().withProperty("vaardig.data-directory", "/d")
                .withProperty("vaardig.engine-snapshot.enabled", "false"))).isEmpty();
    }

    @Test
    void withoutAnEscoFolderTheShippedDataIsRead() {
        assertThat(EngineBuildSources.sources(new MockEnvironment()).taxonomy().escoOverrideDir()).isEmpty();
        assertThat(EngineBuildSources.sources(new MockEnvironment().withProperty(EngineBuildSources.ESCO_DIRECTORY, " "))
                .taxonomy().escoOverrideDir()).isEmpty();
    }

    @Test
    void anOperatorsEscoFolderIsPassedToTheTaxonomy(@TempDir Path esco) throws Exception {
        Files.createDirectories(esco.resolve("nl"));
        Files.writeString(esco.resolve("nl/skills_nl.csv"), "conceptType,conceptUri,preferredLabel\n");

        EngineBuild.Sources sources = EngineBuildSources.sources(new MockEnvironment()
                .withProperty(EngineBuildSources.ESCO_DIRECTORY, esco.toString())
                .withProperty("vaardig.data-directory", "/d"));

        assertThat(sources.taxonomy().escoOverrideDir()).contains(esco);
        assertThat(sources.snapshotFolder()).contains(Path.of("/d", "engine-snapshot"));
        assertThat(sources.taxonomy().useCompetentNl()).isTrue();
    }

    @Test
    void aMistypedOrEmptyEscoFolderStopsTheStartWithAMessage(@TempDir Path empty) {
        assertThatThrownBy(() -> EngineBuildSources.escoDirectory(new MockEnvironment()
                .withProperty(EngineBuildSources.ESCO_DIRECTORY, empty.resolve("missing").toString())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is not a folder")
                .hasMessageContaining("VAARDIG_ESCO_DIRECTORY");
        assertThatThrownBy(() -> EngineBuildSources.escoDirectory(new MockEnvironment()
                .withProperty(EngineBuildSources.ESCO_DIRECTORY, empty.toString())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("holds no .csv");
    }
}
