package nl.vaardig.web.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransientConnectionException;
import nl.vaardig.web.platform.problem.ProblemResponseWriter;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

class DatabaseBusyFilterTest {

    private final DatabaseBusyFilter filter = new DatabaseBusyFilter(new ProblemResponseWriter(JsonMapper.builder().build()));

    @Test
    void anExhaustedPoolWhileCheckingTheTokenIsA503WithRetryAfterNotA500() throws Exception {
        var request = new MockHttpServletRequest("GET", "/api/me/profile");
        var response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> {
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                    new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"));
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"status\":503").contains("Probeer het over een paar seconden opnieuw")
                .doesNotContain("Hikari");
    }

    @Test
    void otherFailuresAreNotDressedUpAsABusyDatabase() {
        var request = new MockHttpServletRequest("GET", "/api/me/profile");
        var response = new MockHttpServletResponse();

        assertThatThrownBy(() -> filter.doFilter(request, response, (req, res) -> {
            throw new IllegalStateException("a bug");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void aResponseAlreadySentIsLeftAlone() {
        var request = new MockHttpServletRequest("GET", "/api/me/profile");
        var response = new MockHttpServletResponse();

        assertThatThrownBy(() -> filter.doFilter(request, response, (req, res) -> {
            res.getWriter().write("{}");
            res.flushBuffer();
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection");
        })).isInstanceOf(CannotGetJdbcConnectionException.class);
    }
}
