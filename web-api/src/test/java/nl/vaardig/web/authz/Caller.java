package nl.vaardig.web.authz;

import nl.vaardig.web.support.TestTokens;

import java.util.function.Function;

/**
 * The callers of the authorisation matrix: every role, and for the roles that own objects a second
 * account of the same role that does not own them. Subjects as the local provider makes them (DemoSubjects);
 * the job seekers are the matrix's own accounts, so rows that change or erase a profile never touch the demo
 * job seeker other tests rely on.
 */
enum Caller {
    ANONYMOUS("anon", tokens -> null),
    SEEKER("seeker", tokens -> tokens.jobSeeker(MatrixFixtures.SEEKER)),
    OTHER_SEEKER("seeker²", tokens -> tokens.jobSeeker(MatrixFixtures.OTHER_SEEKER)),
    COACH_AM18("coach18", tokens -> tokens.jobcoach("jobcoach", "AM18")),
    COACH_AM22("coach22", tokens -> tokens.jobcoach("jobcoach-rijnmond", "AM22")),
    EMPLOYER("employer", tokens -> tokens.employer("werkgever", MatrixFixtures.ORGANISATION)),
    OTHER_EMPLOYER("employer²", tokens -> tokens.employer("andere-werkgever", MatrixFixtures.OTHER_ORGANISATION)),
    REGIO("regio", tokens -> tokens.regio("regio", "AM18")),
    ADMIN("admin", TestTokens::admin);

    private final String column;
    private final Function<TestTokens, String> token;

    Caller(String column, Function<TestTokens, String> token) {
        this.column = column;
        this.token = token;
    }

    String column() {
        return column;
    }

    /** The bearer token, or null for the anonymous caller. */
    String token(TestTokens tokens) {
        return token.apply(tokens);
    }
}
