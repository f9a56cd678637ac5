package nl.vaardig.web.passport;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** How a passport leaves the server: never stored by a browser or proxy, so a withdrawn share leaves no copy behind. */
final class PassportResponses {

    static final String PDF = MediaType.APPLICATION_PDF_VALUE;
    static final String FILE_NAME = "skills-paspoort.pdf";

    private PassportResponses() {
    }

    static ResponseEntity<byte[]> pdf(byte[] document) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(FILE_NAME).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(document);
    }

    static <T> ResponseEntity<T> page(T passport) {
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(passport);
    }
}
