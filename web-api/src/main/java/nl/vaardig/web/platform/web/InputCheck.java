package nl.vaardig.web.platform.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks raw request input before anything decodes it leniently: percent-encoding must be well formed, bytes must be
 * valid UTF-8, and text may not hold control characters (NUL, which PostgreSQL refuses in text, and the rest of C0
 * except tab and line breaks, DEL, C1) or unpaired surrogates. Each refusal names the parameter or JSON field.
 */
final class InputCheck {

    /** Why a piece of input was refused. */
    enum Fault { ENCODING, CONTROL_CHARACTER }

    /** The first fault found: which field, and what is wrong with it. */
    record Refusal(String field, Fault fault) {
    }

    private InputCheck() {
    }

    /**
     * Parses {@code name=value&...} (a query string or a form body) strictly. Returns the decoded parameters, or the
     * first refusal: a name that cannot be decoded is reported as {@code fallbackField}.
     */
    static Parsed urlEncoded(String raw, String fallbackField) {
        var parameters = new LinkedHashMap<String, List<String>>();
        if (raw == null || raw.isEmpty()) {
            return new Parsed(parameters, Optional.empty());
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String rawValue = eq < 0 ? "" : pair.substring(eq + 1);
            Optional<String> name = percentDecode(rawName);
            if (name.isEmpty()) {
                return new Parsed(parameters, Optional.of(new Refusal(fallbackField, Fault.ENCODING)));
            }
            if (hasControlCharacter(name.get())) {
                return new Parsed(parameters, Optional.of(new Refusal(fallbackField, Fault.CONTROL_CHARACTER)));
            }
            Optional<String> value = percentDecode(rawValue);
            if (value.isEmpty()) {
                return new Parsed(parameters, Optional.of(new Refusal(name.get(), Fault.ENCODING)));
            }
            if (hasControlCharacter(value.get())) {
                return new Parsed(parameters, Optional.of(new Refusal(name.get(), Fault.CONTROL_CHARACTER)));
            }
            parameters.computeIfAbsent(name.get(), k -> new ArrayList<>()).add(value.get());
        }
        return new Parsed(parameters, Optional.empty());
    }

    /** Decoded parameters in their order, or the refusal that stopped decoding. */
    record Parsed(Map<String, List<String>> parameters, Optional<Refusal> refusal) {
    }

    /** A path must decode to UTF-8 without control characters. */
    static Optional<Refusal> path(String rawPath) {
        Optional<String> decoded = percentDecode(rawPath.replace("+", "%2B"));
        if (decoded.isEmpty()) {
            return Optional.of(new Refusal("path", Fault.ENCODING));
        }
        return hasControlCharacter(decoded.get()) ? Optional.of(new Refusal("path", Fault.CONTROL_CHARACTER)) : Optional.empty();
    }

    /**
     * A JSON body: valid UTF-8, and no string (member name or value) with a control character; the refusal names the
     * field by its path ({@code skills[3].label}). Malformed JSON is left to the JSON reader, which says so itself.
     */
    static Optional<Refusal> json(byte[] body, JsonMapper mapper) {
        if (utf8(body).isEmpty()) {
            return Optional.of(new Refusal("body", Fault.ENCODING));
        }
        try (JsonParser parser = mapper.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if ((token == JsonToken.VALUE_STRING || token == JsonToken.PROPERTY_NAME) && hasControlCharacter(parser.getString())) {
                    return Optional.of(new Refusal(fieldPath(parser.streamReadContext().pathAsPointer().toString()), Fault.CONTROL_CHARACTER));
                }
            }
        } catch (JacksonException malformed) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** JSON pointer {@code /skills/3/label} → {@code skills[3].label}, the form the validation errors use. */
    static String fieldPath(String pointer) {
        if (pointer.isEmpty() || pointer.equals("/")) {
            return "body";
        }
        StringBuilder out = new StringBuilder();
        for (String part : pointer.substring(1).split("/", -1)) {
            String name = part.replace("~1", "/").replace("~0", "~");
            if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                out.append('[').append(name).append(']');
            } else {
                out.append(out.isEmpty() ? "" : ".").append(name);
            }
        }
        return out.toString();
    }

    /** C0 controls except tab, LF and CR; DEL; C1 controls; unpaired surrogates. */
    static boolean hasControlCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** Strict percent-decoding ({@code +} is a space) to UTF-8; empty when malformed. */
    static Optional<String> percentDecode(String raw) {
        if (raw.indexOf('%') < 0 && raw.indexOf('+') < 0) {
            return utf8(raw.getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                int codePoint = raw.codePointAt(i);
                byte[] b = Character.toString(codePoint).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
                i += Character.charCount(codePoint) - 1;
            }
        }
        return utf8(bytes.toByteArray());
    }

    static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
