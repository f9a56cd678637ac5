package nl.vaardig.web.authz;

/**
 * What one caller must get from one row: let through ({@code status} 0 = any answer but 401/403/404,
 * else exactly that status) or refused with 401 (no token), 403 (wrong role) or 404 (someone else's object).
 */
record Expect(Kind kind, int status) {

    enum Kind { ALLOWED, DENIED }

    static final Expect DENIED_401 = new Expect(Kind.DENIED, 401);
    static final Expect DENIED_403 = new Expect(Kind.DENIED, 403);
    static final Expect DENIED_404 = new Expect(Kind.DENIED, 404);
    static final Expect ALLOWED = new Expect(Kind.ALLOWED, 0);

    static Expect allowed(int status) {
        return new Expect(Kind.ALLOWED, status);
    }

    boolean admits(int actual) {
        if (kind == Kind.DENIED || status != 0) {
            return actual == status;
        }
        return actual != 401 && actual != 403 && actual != 404;
    }

    /** The table cell: {@code 200}, {@code ok} (any allowed answer), {@code 401} … */
    String cell() {
        return status == 0 ? "ok" : String.valueOf(status);
    }
}
