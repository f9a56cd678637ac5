package nl.vaardig.web.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class EngineSnapshotFolderTest {

    @Test
    void theSnapshotsLiveInTheDataFolderUnlessConfiguredOtherwiseOrOff() {
        assertThat(EngineSnapshotFolder.folder(new MockEnvironment())).as("no data folder").isEmpty();
        assertThat(EngineSnapshotFolder.folder(new MockEnvironment().withProperty("vaardig.data-directory", "/d")))
                .contains(Path.of("/d", "engine-snapshot"));
        assertThat(EngineSnapshotFolder.folder(new MockEnvironment().withProperty("vaardig.data-directory", "/d")
                .withProperty("vaardig.engine-snapshot.directory", "/s"))).contains(Path.of("/s"));
        assertThat(EngineSnapshotFolder.folder(new MockEnvironment().withProperty("vaardig.data-directory", "/d")
                .withProperty("vaardig.engine-snapshot.enabled", "false"))).isEmpty();
    }
}
