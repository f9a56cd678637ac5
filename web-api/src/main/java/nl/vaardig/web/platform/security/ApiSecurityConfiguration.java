package nl.vaardig.web.platform.security;

import jakarta.servlet.DispatcherType;
import nl.vaardig.web.platform.problem.ProblemResponseWriter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import java.util.List;

/**
 * The application's own security: an OAuth2 resource server for {@code /api/**}, deny by default.
 *
 * <p>Every controller method also declares its roles ({@code @PreAuthorize} / {@code @PermitAll});
 * a test fails the build for a handler that does not. CSRF protection is off for this chain because
 * it authenticates only by the {@code Authorization: Bearer} header and creates no session: a forged
 * cross-site request carries no credentials. CORS is same-origin unless origins are configured.
 */
@Configuration
@EnableMethodSecurity(jsr250Enabled = true)
@EnableConfigurationProperties({OidcProperties.class, CorsProperties.class})
public class ApiSecurityConfiguration {

    @Bean
    @Order(10)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ProblemResponseWriter problems,
                                               OidcProperties oidc, SubjectTombstones tombstones) throws Exception {
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(problems);
        ProblemAccessDeniedHandler accessDenied = new ProblemAccessDeniedHandler(problems);
        JwtAuthenticationConverter tokens = new JwtAuthenticationConverter();
        tokens.setJwtGrantedAuthoritiesConverter(TokenClaims::authorities);

        http.authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers("/api/public/**").permitAll()
                        .requestMatchers("/api/**").authenticated()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        // the OpenAPI document describes the API and holds no data
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**").permitAll()
                        // its browsable page (Swagger UI, static files); "Try it out" calls /api with the caller's own token
                        .requestMatchers(HttpMethod.GET, "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        // the single-page app and its static assets; everything else is refused
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .anyRequest().denyAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(token -> {
                            // an erased account's token is refused before it expires (issue 15)
                            if (token.getSubject() == null || tombstones.refused(token.getSubject())) {
                                throw new InvalidBearerTokenException("This account no longer exists");
                            }
                            return tokens.convert(token);
                        }))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .addFilterBefore(new DatabaseBusyFilter(problems), BearerTokenAuthenticationFilter.class)
                // No session, and no session-fixation rotation either: the local provider's sign-in session
                // shares this origin's JSESSIONID, and rotating it on every bearer request let two parallel
                // API calls leave the browser with a dead id (the provider then forgot the sign-in).
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionFixation(fixation -> fixation.none()))
                .csrf(csrf -> csrf.disable())
                .cors(Customizer.withDefaults())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(oidc)))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(
                                "camera=(), microphone=(), geolocation=(self)")));
        return http.build();
    }

    /**
     * No Micrometer observation around each of the ~20 security filters, each authentication and each authorization
     * decision: measured under load (issue 16, JFR at 200-600 users) they cost about 7 % of the app's CPU, and nothing
     * reads their {@code spring.security.*} meters. Every request keeps its {@code http.server.requests} observation.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** The resource server's token decoder remembers the tokens it verified ({@link VerifiedTokenCache}). */
    @Bean
    static BeanPostProcessor verifiedTokenCache() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedTokenCache)
                        ? new VerifiedTokenCache(decoder) : bean;
            }
        };
    }

    static String contentSecurityPolicy(OidcProperties oidc) {
        String provider = oidc.browserIssuerOrigin();
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
                + "font-src 'self'; connect-src 'self' " + provider + "; frame-src 'self' " + provider
                + "; form-action 'self' " + provider + "; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(CorsProperties cors) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!cors.allowedOrigins().isEmpty()) {
            CorsConfiguration configuration = new CorsConfiguration();
            configuration.setAllowedOrigins(cors.allowedOrigins());
            configuration.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
            configuration.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "Accept-Language"));
            configuration.setExposedHeaders(List.of("ETag", "Location"));
            configuration.setMaxAge(3600L);
            source.registerCorsConfiguration("/api/**", configuration);
        }
        return source;
    }
}
