package nl.vaardig.web.skills;

import java.util.Objects;
import org.springframework.http.HttpStatus;

/**
 * Input the public skills endpoints cannot use, with what to tell the person in Dutch and English. {@code field}
 * names the request field the message belongs next to in the form (null when it is about the request as a whole).
 */
final class SkillInputException extends RuntimeException {

    private final HttpStatus status;
    private final String field;
    private final String detailNl;
    private final String detailEn;

    SkillInputException(HttpStatus status, String field, String detailNl, String detailEn) {
        super(detailEn);
        this.status = Objects.requireNonNull(status, "status");
        this.field = field;
        this.detailNl = Objects.requireNonNull(detailNl, "detailNl");
        this.detailEn = Objects.requireNonNull(detailEn, "detailEn");
    }

    HttpStatus status() {
        return status;
    }

    String field() {
        return field;
    }

    String detailNl() {
        return detailNl;
    }

    String detailEn() {
        return detailEn;
    }
}
