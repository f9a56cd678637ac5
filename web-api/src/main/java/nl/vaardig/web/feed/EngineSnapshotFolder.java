package nl.vaardig.web.feed;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Tells the {@link EngineBuild} where its retrieval snapshots are, as soon as the configuration is read (an
 * environment post-processor after the config files, before the embedded servers start): {@code
 * vaardig.engine-snapshot.directory}, by default {@code <vaardig.data-directory>/engine-snapshot} (the local profile's
 * data folder); none without a data folder or with {@code vaardig.engine-snapshot.enabled=false}.
 */
public class EngineSnapshotFolder implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        EngineBuild.startShared().useSnapshotFolder(folder(environment));
    }

    static Optional<Path> folder(ConfigurableEnvironment environment) {
        if (!environment.getProperty("vaardig.engine-snapshot.enabled", Boolean.class, true)) {
            return Optional.empty();
        }
        String explicit = environment.getProperty("vaardig.engine-snapshot.directory");
        if (StringUtils.hasText(explicit)) {
            return Optional.of(Path.of(explicit));
        }
        String data = environment.getProperty("vaardig.data-directory");
        return StringUtils.hasText(data) ? Optional.of(Path.of(data, "engine-snapshot")) : Optional.empty();
    }

    /** After the config data (the profile's files), before the embedded servers (lowest precedence). */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 100;
    }
}
