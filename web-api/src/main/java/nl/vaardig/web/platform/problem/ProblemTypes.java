package nl.vaardig.web.platform.problem;

import java.net.URI;

/** Stable problem type URIs (RFC 9457 {@code type}); documented in docs/api-errors.md. */
public final class ProblemTypes {

    private static final String BASE = "https://vaardig.nl/problems/";

    public static final URI UNAUTHENTICATED = URI.create(BASE + "unauthenticated");
    public static final URI FORBIDDEN = URI.create(BASE + "forbidden");
    public static final URI NOT_FOUND = URI.create(BASE + "not-found");
    public static final URI VALIDATION = URI.create(BASE + "validation");
    public static final URI BAD_REQUEST = URI.create(BASE + "bad-request");
    public static final URI CONFLICT = URI.create(BASE + "conflict");
    public static final URI PAYLOAD_TOO_LARGE = URI.create(BASE + "payload-too-large");
    public static final URI UNSUPPORTED_MEDIA_TYPE = URI.create(BASE + "unsupported-media-type");
    public static final URI METHOD_NOT_ALLOWED = URI.create(BASE + "method-not-allowed");
    public static final URI INTERNAL = URI.create(BASE + "internal-error");
    public static final URI UNAVAILABLE = URI.create(BASE + "unavailable");

    private ProblemTypes() {
    }

    public static URI forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 409, 412 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> VALIDATION;
            case 503 -> UNAVAILABLE;
            default -> status >= 500 ? INTERNAL : BAD_REQUEST;
        };
    }
}
