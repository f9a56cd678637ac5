package nl.vaardig.web.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.vaardig.web.platform.problem.ProblemResponseWriter;
import nl.vaardig.web.platform.problem.ProblemTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The security chain reads the database before any controller runs (an erased account's token is refused,
 * {@link SubjectTombstones}). When no connection is free within the pool's timeout, that failure would escape the
 * filters as a 500 with a stack trace; like {@code ApiProblemHandler} does for controllers, it is a 503 the client
 * may simply repeat. The token is not accepted meanwhile: no database, no proof that the account still exists.
 */
class DatabaseBusyFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseBusyFilter.class);

    private final ProblemResponseWriter problems;

    DatabaseBusyFilter(ProblemResponseWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (DataAccessResourceFailureException | CannotCreateTransactionException unavailable) {
            if (response.isCommitted()) {
                throw unavailable;
            }
            log.warn("Database unavailable while securing {} {}: {}", request.getMethod(), request.getRequestURI(),
                    unavailable.getMessage());
            response.reset();
            response.setHeader(HttpHeaders.RETRY_AFTER, ProblemTexts.DATABASE_BUSY_RETRY_AFTER);
            problems.write(request, response, 503, ProblemTexts.DATABASE_BUSY_NL, ProblemTexts.DATABASE_BUSY_EN);
        }
    }
}
