package nl.vaardig.web.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.vaardig.web.platform.problem.FieldError;
import nl.vaardig.web.platform.problem.ProblemResponseWriter;
import nl.vaardig.web.platform.problem.ProblemTexts;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses malformed input with a 400 naming the field before anything else reads it (issue 15): bad
 * percent-encoding or invalid UTF-8 in the path, the query or a form body, invalid UTF-8 in a JSON body,
 * and control characters (NUL above all, which PostgreSQL refuses in text) in any of them. Runs before the
 * security filters, since even they read parameters. A form body is parsed here once and handed on as parameters
 * (the container cannot parse it a second time); a JSON body is handed on as the bytes read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class InputCheckFilter extends OncePerRequestFilter {

    /** Bodies checked here are read into memory; larger ones are refused (the JSON limit is 256 KiB, re-drives 512). */
    static final int MAX_CHECKED_BODY = 1024 * 1024;
    /** A sign-in or registration form is a few hundred bytes. */
    static final int MAX_FORM_BODY = 64 * 1024;

    /**
     * Skill extraction reads any text in any declared charset and answers binary or control-character input with its
     * own 415 "not text" (issue 4); it stores nothing, so its body is left to it.
     */
    static final String OWN_TEXT_HANDLING = "/api/public/skills/extract";

    private final ProblemResponseWriter problems;
    private final JsonMapper jsonMapper;

    InputCheckFilter(ProblemResponseWriter problems, JsonMapper jsonMapper) {
        this.problems = problems;
        this.jsonMapper = jsonMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<InputCheck.Refusal> refusal = InputCheck.path(request.getRequestURI());
        InputCheck.Parsed query = InputCheck.urlEncoded(request.getQueryString(), "query");
        if (refusal.isEmpty()) {
            refusal = query.refusal();
        }
        if (refusal.isPresent()) {
            refuse(request, response, refusal.get());
            return;
        }
        String mediaType = mediaType(request);
        if (mediaType.equals("application/x-www-form-urlencoded")) {
            byte[] body = read(request, MAX_FORM_BODY);
            if (body == null) {
                problems.write(request, response, 413, "Het formulier is te groot.", "The form is too large.");
                return;
            }
            Optional<String> text = InputCheck.utf8(body);
            InputCheck.Parsed form = text.isEmpty() ? null : InputCheck.urlEncoded(text.get(), "body");
            Optional<InputCheck.Refusal> bad = form == null ? Optional.of(new InputCheck.Refusal("body", InputCheck.Fault.ENCODING))
                    : form.refusal();
            if (bad.isPresent()) {
                refuse(request, response, bad.get());
                return;
            }
            chain.doFilter(new FormRequest(request, body, query.parameters(), form.parameters()), response);
            return;
        }
        boolean json = mediaType.equals("application/json") || mediaType.endsWith("+json");
        if (json && request.getContentLengthLong() != 0 && !OWN_TEXT_HANDLING.equals(request.getRequestURI())) {
            if (request.getContentLengthLong() > MAX_CHECKED_BODY) {
                chain.doFilter(request, response); // the body limit filter refuses it with its own message
                return;
            }
            byte[] body = read(request, MAX_CHECKED_BODY);
            if (body == null) {
                problems.write(request, response, 413, "Het verzoek is te groot; stuur minder gegevens tegelijk.",
                        "The request is too large; send less data at once.");
                return;
            }
            Optional<InputCheck.Refusal> bad = InputCheck.json(body, jsonMapper);
            if (bad.isPresent()) {
                refuse(request, response, bad.get());
                return;
            }
            chain.doFilter(new BodyRequest(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, InputCheck.Refusal refusal) throws IOException {
        Locale locale = ProblemResponseWriter.requestLocale(request);
        String message = switch (refusal.fault()) {
            case ENCODING -> ProblemTexts.detail(
                    "Dit veld is niet goed gecodeerd (ongeldige %-codering of geen UTF-8).",
                    "This field is not encoded correctly (invalid %-encoding or not UTF-8).", locale);
            case CONTROL_CHARACTER -> ProblemTexts.detail(
                    "Dit veld bevat een teken dat niet is toegestaan (een stuurteken zoals NUL).",
                    "This field contains a character that is not allowed (a control character such as NUL).", locale);
        };
        logger.debug("Refused input in " + refusal.field() + " of " + request.getRequestURI() + ": " + refusal.fault());
        problems.writeFieldErrors(request, response, List.of(new FieldError(refusal.field(), message)));
    }

    private static String mediaType(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null ? "" : type.toLowerCase(Locale.ROOT).split(";", 2)[0].trim();
    }

    /** The whole body, or null when it is longer than {@code max}. */
    private static byte[] read(HttpServletRequest request, int max) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(max + 1);
            return body.length > max ? null : body;
        }
    }

    /** A request whose body has been read here: handed on as the same bytes. */
    private static class BodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        BodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body has already been read");
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }

    /** A form post: its parameters (query first, then body, as the container orders them) as decoded here. */
    private static final class FormRequest extends BodyRequest {

        private final Map<String, String[]> parameters;

        FormRequest(HttpServletRequest request, byte[] body, Map<String, List<String>> query, Map<String, List<String>> form) {
            super(request, body);
            var merged = new LinkedHashMap<String, List<String>>();
            query.forEach((k, v) -> merged.computeIfAbsent(k, x -> new java.util.ArrayList<>()).addAll(v));
            form.forEach((k, v) -> merged.computeIfAbsent(k, x -> new java.util.ArrayList<>()).addAll(v));
            var out = new LinkedHashMap<String, String[]>();
            merged.forEach((k, v) -> out.put(k, v.toArray(String[]::new)));
            this.parameters = Collections.unmodifiableMap(out);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }
    }
}
