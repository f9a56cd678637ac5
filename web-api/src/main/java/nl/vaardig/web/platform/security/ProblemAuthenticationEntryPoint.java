package nl.vaardig.web.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.vaardig.web.platform.problem.ProblemResponseWriter;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.io.IOException;

/**
 * 401 as problem+json, keeping the RFC 6750 {@code WWW-Authenticate} header that Spring's bearer
 * entry point computes (it tells clients whether the token was missing, expired or invalid).
 */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    private final ProblemResponseWriter writer;

    ProblemAuthenticationEntryPoint(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException exception) throws IOException {
        bearer.commence(request, response, exception);
        String challenge = response.getHeader("WWW-Authenticate");
        boolean tokenRejected = challenge != null && challenge.contains("invalid_token");
        response.reset();
        if (challenge != null) {
            response.setHeader("WWW-Authenticate", challenge);
        }
        if (tokenRejected) {
            writer.write(request, response, 401,
                    "Je sessie is verlopen of ongeldig. Log opnieuw in.",
                    "Your session has expired or is invalid. Please sign in again.");
        } else {
            writer.write(request, response, 401, "Log in om verder te gaan.", "Please sign in to continue.");
        }
    }
}
