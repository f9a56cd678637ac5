package nl.vaardig.web.support;

import nl.vaardig.local.embedded.FreePorts;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Each test context gets its own HTTP port, chosen before the context starts, because the local
 * OIDC provider's issuer ({@code http://localhost:${server.port}}) must name the real port.
 */
public class FreeServerPortInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(
                new MapPropertySource("vaardigTestServerPort", Map.of("server.port", FreePorts.pick())));
    }
}
