package nl.vaardig.local.oidc;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The local profile's OpenID Connect provider: Spring Authorization Server in the same process,
 * issuing the same kind of tokens Keycloak issues in production (roles, regions and organisation
 * as claims), to the single-page app as a public client with authorization code + PKCE. An auto-configuration of
 * the {@code local} jar (web-api has it on its runtime classpath only), with the pages and stores it needs.
 */
@AutoConfiguration(beforeName =
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration")
@ConditionalOnBooleanProperty("vaardig.oidc.local-provider.enabled")
@EnableConfigurationProperties({LocalProviderProperties.class, LocalClientProperties.class})
@Import({LoginPageController.class, RegistrationPageController.class, SignInThrottle.class, LocalAccountStore.class})
public class LocalIdentityProviderConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerSecurityFilterChain(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(authorizationServer -> {
                    http.securityMatcher(authorizationServer.getEndpointsMatcher());
                    authorizationServer.oidc(Customizer.withDefaults());
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new RegistrationAwareEntryPoint(),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    /**
     * An authorization request with {@code prompt=create} (OpenID Connect "Initiating User Registration", what the
     * app's "Registreren" button sends) goes to the registration page instead of the sign-in page.
     */
    static final class RegistrationAwareEntryPoint extends LoginUrlAuthenticationEntryPoint {
        RegistrationAwareEntryPoint() {
            super("/login");
        }

        @Override
        protected String determineUrlToUseForThisRequest(jakarta.servlet.http.HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response,
                org.springframework.security.core.AuthenticationException exception) {
            String prompt = request.getParameter("prompt");
            boolean create = prompt != null && java.util.Arrays.asList(prompt.split(" ")).contains("create");
            return create ? "/registreren" : super.determineUrlToUseForThisRequest(request, response, exception);
        }
    }

    /** The login and registration forms of the provider: a session-based chain of its own, with CSRF protection. */
    @Bean
    @Order(2)
    SecurityFilterChain loginSecurityFilterChain(HttpSecurity http, SignInThrottle throttle) throws Exception {
        var succeeded = new org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler();
        var failed = new org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler("/login?error");
        http.securityMatcher("/login", "/login.css", "/registreren")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .addFilterBefore(new SignInThrottleFilter(throttle),
                        org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class)
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .successHandler((request, response, authentication) -> {
                            throttle.succeeded(authentication.getName());
                            succeeded.onAuthenticationSuccess(request, response, authentication);
                        })
                        .failureHandler((request, response, exception) -> {
                            throttle.failed(request.getParameter("username"), request.getRemoteAddr());
                            failed.onAuthenticationFailure(request, response, exception);
                        }))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; style-src 'self'; form-action 'self'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(LocalClientProperties oidc) {
        String base = oidc.issuer();
        RegisteredClient spa = RegisteredClient.withId(UUID.nameUUIDFromBytes(oidc.clientId().getBytes()).toString())
                .clientId(oidc.clientId())
                .clientName("Vaardig")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(base + "/auth/callback")
                .postLogoutRedirectUri(base + "/")
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(Duration.ofMinutes(60))
                        .authorizationCodeTimeToLive(Duration.ofMinutes(2))
                        .build())
                .build();
        return new InMemoryRegisteredClientRepository(spa);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(LocalClientProperties oidc) {
        return AuthorizationServerSettings.builder().issuer(oidc.issuer()).build();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(Environment environment) {
        String dataDirectory = environment.getProperty("vaardig.embedded.data-directory",
                environment.getProperty("vaardig.data-directory", ".vaardig-data"));
        RSAKey key = LocalSigningKey.loadOrCreate(Path.of(dataDirectory, "oidc", "signing-key.jwk.json"));
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    /**
     * The API accepts this provider's tokens, checked against its key set in process ({@link LocalProviderJwtDecoder});
     * its issuer is the API's ({@code vaardig.oidc.issuer}), its audiences the resource server's setting.
     */
    @Bean
    JwtDecoder localProviderJwtDecoder(JWKSource<SecurityContext> keys, LocalClientProperties oidc,
                                       Environment environment) {
        List<String> audiences = Binder.get(environment)
                .bind("spring.security.oauth2.resourceserver.jwt.audiences", Bindable.listOf(String.class))
                .orElse(List.of());
        return LocalProviderJwtDecoder.of(keys, oidc.issuer(), audiences);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The demo accounts of the configuration first, then the accounts people registered (table local_account). */
    @Bean
    UserDetailsService localAccounts(LocalProviderProperties properties, PasswordEncoder encoder,
                                     LocalAccountStore registered) {
        DemoAccounts demo = new DemoAccounts(properties.accounts(), encoder);
        return username -> demo.find(username)
                .or(() -> registered.byUsername(username).map(RegistrationPageController::userDetails))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    /** Puts Vaardig's claims in both the access token and the ID token, as the Keycloak realm does. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> vaardigClaims(LocalProviderProperties properties,
                                                             LocalAccountStore registered) {
        Map<String, LocalProviderProperties.DemoAccount> byUsername = properties.accounts().stream()
                .collect(Collectors.toMap(LocalProviderProperties.DemoAccount::username, Function.identity()));
        return context -> {
            LocalProviderProperties.DemoAccount account = byUsername.get(context.getPrincipal().getName());
            if (account == null) {
                // a person who registered: always a job seeker, under the random subject of the account
                registered.byUsername(context.getPrincipal().getName()).ifPresent(own -> context.getClaims().claims(claims -> {
                    claims.put("sub", own.subject().toString());
                    claims.put("preferred_username", own.username());
                    claims.put("name", own.name());
                    claims.put("roles", RegistrationPageController.ROLES);
                    claims.put("regions", java.util.List.of());
                }));
                return;
            }
            context.getClaims().claims(claims -> {
                claims.put("sub", LocalSubjects.subjectOf(account.username()));
                claims.put("preferred_username", account.username());
                claims.put("name", account.name());
                claims.put("roles", account.roles());
                claims.put("regions", account.regions());
                if (account.organisation() != null) {
                    claims.put("organisation", account.organisation());
                }
            });
        };
    }
}
