package nl.vaardig.web.authz;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One row of the authorisation matrix: an operation (method + path template as Spring maps it), the
 * concrete request built from the fixtures, and what every {@link Caller} must get. Build one in a line:
 * <pre>{@code
 * get("/api/vacancies/{id}", f -> "/api/vacancies/" + f.ownVacancy()).onlyFor(200, EMPLOYER).except(OTHER_EMPLOYER, DENIED_404)
 * }</pre>
 * Callers not named get 403, the anonymous caller 401 — unless the row is {@link #everyone public}.
 */
final class MatrixRow {

    final String method;
    final String template;
    final Function<MatrixFixtures, String> path;
    Function<MatrixFixtures, String> body;
    String contentType = "application/json";
    final Map<Caller, Expect> expected = new EnumMap<>(Caller.class);

    private MatrixRow(String method, String template, Function<MatrixFixtures, String> path) {
        this.method = method;
        this.template = template;
        this.path = path;
    }

    static MatrixRow get(String template, Function<MatrixFixtures, String> path) {
        return new MatrixRow("GET", template, path);
    }

    static MatrixRow get(String template) {
        return get(template, f -> template);
    }

    static MatrixRow post(String template, Function<MatrixFixtures, String> path, Function<MatrixFixtures, String> body) {
        return new MatrixRow("POST", template, path).body(body);
    }

    static MatrixRow put(String template, Function<MatrixFixtures, String> path, Function<MatrixFixtures, String> body) {
        return new MatrixRow("PUT", template, path).body(body);
    }

    static MatrixRow delete(String template, Function<MatrixFixtures, String> path) {
        return new MatrixRow("DELETE", template, path);
    }

    static MatrixRow patch(String template, Function<MatrixFixtures, String> path, Function<MatrixFixtures, String> body) {
        return new MatrixRow("PATCH", template, path).body(body);
    }

    MatrixRow body(Function<MatrixFixtures, String> requestBody) {
        this.body = requestBody;
        return this;
    }

    MatrixRow contentType(String type) {
        this.contentType = type;
        return this;
    }

    /** Public: every caller, with or without a token, gets {@code status} (0: any allowed answer). */
    MatrixRow everyone(int status) {
        for (Caller caller : Caller.values()) {
            expected.put(caller, Expect.allowed(status));
        }
        return this;
    }

    /** Any signed-in caller gets {@code status}; anonymous 401. */
    MatrixRow anyAuthenticated(int status) {
        everyone(status);
        expected.put(Caller.ANONYMOUS, Expect.DENIED_401);
        return this;
    }

    /** Only these callers get {@code status}; every other signed-in caller 403, anonymous 401. */
    MatrixRow onlyFor(int status, Caller... allowed) {
        for (Caller caller : Caller.values()) {
            expected.put(caller, Expect.DENIED_403);
        }
        expected.put(Caller.ANONYMOUS, Expect.DENIED_401);
        for (Caller caller : allowed) {
            expected.put(caller, Expect.allowed(status));
        }
        return this;
    }

    /** One caller differs, e.g. the employer of another organisation gets 404. */
    MatrixRow except(Caller caller, Expect expect) {
        expected.put(caller, expect);
        return this;
    }

    String operation() {
        return method + " " + template;
    }
}
