package nl.vaardig.local.oidc;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stops a sign-in attempt of a locked account or address before the password is checked, so that the right password
 * does not work during a lockout either; the sign-in page then says how long to wait (in Dutch or English).
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;

    SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && (request.getContextPath() + "/login").equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> locked = throttle.signInLockedFor(request.getParameter("username"), request.getRemoteAddr());
        if (locked.isPresent()) {
            response.setHeader("Retry-After", Long.toString(Math.max(1, locked.get().toSeconds())));
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + "/login?locked=" + SignInThrottle.minutes(locked.get()));
            return;
        }
        chain.doFilter(request, response);
    }
}
