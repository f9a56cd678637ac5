package nl.vaardig.web.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;

class DatabaseUnavailableProblemTest {

    @Test
    void anExhaustedConnectionPoolIsAServiceUnavailableWithRetryAfterNotAnInternalError() {
        var request = new MockHttpServletRequest("GET", "/api/public/lmi/demand");
        var pool = new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"));

        var response = new ApiProblemHandler().unavailable(pool, request);

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
        assertThat(response.getBody()).isNotNull();
        assertThat(response.getBody().getType()).isEqualTo(ProblemTypes.UNAVAILABLE);
        assertThat(response.getBody().getDetail()).contains("Probeer het over een paar seconden opnieuw")
                .doesNotContain("Hikari");
    }

    @Test
    void noConnectionForATransactionIsAlsoAServiceUnavailable() {
        var request = new MockHttpServletRequest("GET", "/api/coach/caseload");
        var noTransaction = new org.springframework.transaction.CannotCreateTransactionException(
                "Could not open JDBC Connection for transaction");

        assertThat(new ApiProblemHandler().unavailable(noTransaction, request).getStatusCode().value()).isEqualTo(503);
    }
}
