package nl.vaardig.web.platform.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes an RFC 9457 problem document straight to the servlet response, for the places that run
 * before Spring MVC (security filters, the error dispatch).
 */
@Component
public class ProblemResponseWriter {

    private final JsonMapper jsonMapper;

    public ProblemResponseWriter(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, int status,
                      String detailNl, String detailEn) throws IOException {
        Locale locale = requestLocale(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", ProblemTypes.forStatus(status).toString());
        body.put("title", ProblemTexts.title(status, locale));
        body.put("status", status);
        body.put("detail", ProblemTexts.detail(detailNl, detailEn, locale));
        body.put("instance", request.getRequestURI());
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        jsonMapper.writeValue(response.getOutputStream(), body);
    }

    /** A 400 validation problem naming the fields, for input refused before Spring MVC reads it. */
    public void writeFieldErrors(HttpServletRequest request, HttpServletResponse response,
                                 java.util.List<FieldError> errors) throws IOException {
        Locale locale = requestLocale(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", ProblemTypes.VALIDATION.toString());
        body.put("title", ProblemTexts.title(422, locale));
        body.put("status", 400);
        body.put("detail", ProblemTexts.detail("Een of meer velden zijn niet goed ingevuld; zie 'errors'.",
                "One or more fields are not valid; see 'errors'.", locale));
        body.put("instance", request.getRequestURI());
        body.put("errors", errors);
        response.setStatus(400);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        jsonMapper.writeValue(response.getOutputStream(), body);
    }

    /** Dutch unless the request asks for English first (same rule as the MVC locale resolver). */
    public static Locale requestLocale(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Locale.of("nl");
        }
        for (Locale candidate : java.util.Collections.list(request.getLocales())) {
            if ("nl".equals(candidate.getLanguage()) || "en".equals(candidate.getLanguage())) {
                return candidate;
            }
        }
        return Locale.of("nl");
    }
}
