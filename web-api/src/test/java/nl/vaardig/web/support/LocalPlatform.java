package nl.vaardig.web.support;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.util.Map;
import nl.vaardig.web.VaardigApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application started as a user starts it, for tests that stop and start it again on the same data folder
 * (restarts, crashes): properties as command-line arguments, so they win over application-local.yml as they would
 * for a user; then its HTTP port and a token minter for its own issuer.
 */
public final class LocalPlatform {

    private LocalPlatform() {
    }

    public static ConfigurableApplicationContext start(Map<String, Object> properties, String... profiles) {
        String[] arguments = properties.entrySet().stream()
                .map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(VaardigApplication.class).profiles(profiles).run(arguments);
    }

    public static Http http(ConfigurableApplicationContext context) {
        return new Http(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }

    public static TestTokens tokens(ConfigurableApplicationContext context) {
        @SuppressWarnings("unchecked")
        JWKSource<SecurityContext> keys = context.getBean(JWKSource.class);
        return new TestTokens(keys, context.getEnvironment().getProperty("vaardig.oidc.issuer"));
    }
}
