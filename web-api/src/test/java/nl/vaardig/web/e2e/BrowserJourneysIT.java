package nl.vaardig.web.e2e;

import nl.vaardig.web.support.VaardigIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the Playwright browser journeys (frontend/e2e) in headless Debian Chromium against this
 * test's running platform: real login through the local OIDC provider, every role's page, axe
 * accessibility checks. Screenshots and reports land in web-api/target/e2e.
 */
@VaardigIntegrationTest
@DisabledIfSystemProperty(named = "vaardig.e2e.skip", matches = "true",
        disabledReason = "browser tests switched off with -Dvaardig.e2e.skip=true")
class BrowserJourneysIT {

    private static final Path FRONTEND = Path.of("..", "frontend").toAbsolutePath().normalize();
    private static final Path ARTIFACTS = Path.of("target", "e2e").toAbsolutePath();

    @LocalServerPort
    int port;

    @Test
    void everyBrowserJourneyPassesInChromium() throws IOException, InterruptedException {
        assertThat(FRONTEND.resolve("node_modules")).as("frontend dependencies (built by the frontend module)")
                .isDirectory();
        String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        assertThat(Path.of(chromium)).as("Debian's Chromium (apt-get install chromium; .ci/run installs it), or skip the "
                + "browser tests with -Dvaardig.e2e.skip=true").isExecutable();
        Files.createDirectories(ARTIFACTS);
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("npm", "run", "e2e"));
        // -De2e.specs="explore.spec.ts seeker.spec.ts" runs only those journeys (a focused loop while developing)
        String specs = System.getProperty("e2e.specs", "").trim();
        if (!specs.isEmpty()) {
            command.add("--");
            command.addAll(java.util.List.of(specs.split("\\s+")));
        }
        ProcessBuilder playwright = new ProcessBuilder(command)
                .directory(FRONTEND.toFile())
                // Never hand the forked test JVM's stdin/stdout to a child: Surefire talks to its fork over them.
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(ARTIFACTS.resolve("playwright.log").toFile());
        playwright.environment().put("VAARDIG_BASE_URL", "http://localhost:" + port);
        playwright.environment().put("VAARDIG_E2E_OUT", ARTIFACTS.toString());
        playwright.environment().put("CI", "true");

        Process process = playwright.start();
        boolean finished = process.waitFor(20, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }

        System.out.println(Files.readString(ARTIFACTS.resolve("playwright.log")));
        assertThat(finished).as("browser journeys finished within 20 minutes").isTrue();
        assertThat(process.exitValue()).as("Playwright exit code; report in " + ARTIFACTS).isZero();
    }
}
