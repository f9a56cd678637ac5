package nl.vaardig.web.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Tells the {@link EngineBuild} what it reads from, as soon as the configuration is read (an environment
 * post-processor after the config files, before the embedded servers start):
 * <ul>
 * <li>its snapshot folder: {@code vaardig.engine-snapshot.directory}, by default {@code
 * <vaardig.data-directory>/engine-snapshot} (the local profile's data folder); none without a data folder or with
 * {@code vaardig.engine-snapshot.enabled=false};</li>
 * <li>an operator's ESCO folder, {@code vaardig.esco.directory} ({@code VAARDIG_ESCO_DIRECTORY}): ESCO CSVs (such as
 * the official {@code skills_nl.csv} of ESCO's Dutch download, which the shipped data lacks) that take precedence
 * over the shipped files of the same name. A name that is not a folder holding a CSV stops the start with a message
 * that says so: a mistyped path must not silently leave the platform on the shipped labels.</li>
 * </ul>
 */
public class EngineBuildSources implements EnvironmentPostProcessor, Ordered {

    static final String ESCO_DIRECTORY = "vaardig.esco.directory";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        EngineBuild.startShared().useSources(sources(environment));
    }

    static EngineBuild.Sources sources(ConfigurableEnvironment environment) {
        return new EngineBuild.Sources(folder(environment),
                TaxonomyRuntime.Config.defaults().withEscoOverrideDir(escoDirectory(environment)));
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

    /**
     * The operator's ESCO folder, if one is named.
     *
     * @throws IllegalStateException when the name is not a folder or holds no CSV file (in it or one folder down)
     */
    static Optional<Path> escoDirectory(ConfigurableEnvironment environment) {
        String named = environment.getProperty(ESCO_DIRECTORY);
        if (!StringUtils.hasText(named)) {
            return Optional.empty();
        }
        Path folder = Path.of(named.strip());
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException(ESCO_DIRECTORY + " (VAARDIG_ESCO_DIRECTORY) names " + folder.toAbsolutePath()
                    + ", which is not a folder: unzip ESCO's CSV download there, or leave it empty for the shipped data");
        }
        if (!holdsCsv(folder)) {
            throw new IllegalStateException(ESCO_DIRECTORY + " (VAARDIG_ESCO_DIRECTORY) names " + folder.toAbsolutePath()
                    + ", which holds no .csv or .csv.gz file (in it or in a folder such as nl/): nothing to read there");
        }
        return Optional.of(folder);
    }

    /** Whether a CSV is in the folder or one folder down, where the ESCO import looks. */
    private static boolean holdsCsv(Path folder) {
        try (Stream<Path> files = Files.walk(folder, 2)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> Objects.toString(file.getFileName()).toLowerCase(Locale.ROOT))
                    .anyMatch(name -> name.endsWith(".csv") || name.endsWith(".csv.gz"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ESCO_DIRECTORY + " " + folder, e);
        }
    }

    /** After the config data (the profile's files), before the embedded servers (lowest precedence). */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 100;
    }
}
