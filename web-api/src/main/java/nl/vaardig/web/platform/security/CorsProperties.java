package nl.vaardig.web.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/** Origins other than the app's own that may call the API; empty (same-origin only) by default. */
@ConfigurationProperties("vaardig.cors")
public record CorsProperties(List<String> allowedOrigins) {

    public CorsProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }
}
