package nl.vaardig.taxonomy.extract.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads whole annotated vacancies, one JSON object per line: {@code {"text": "...", "gold": [{"uri": "..."}, ...]}}
 * (other fields are ignored). The taxonomy module has no JSON library, so this holds the few lines of JSON reading
 * the format needs.
 */
public final class VacanciesJsonl {

    private VacanciesJsonl() {
    }

    public static List<AnnotatedText> read(Path file) throws IOException {
        List<AnnotatedText> out = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            Object parsed = new Json(line).value();
            if (!(parsed instanceof Map<?, ?> object) || !(object.get("text") instanceof String text)
                    || !(object.get("gold") instanceof List<?> gold)) {
                throw new IllegalArgumentException(file + " line " + lineNo + ": needs \"text\" and \"gold\"");
            }
            Set<String> uris = new LinkedHashSet<>();
            for (Object g : gold) {
                if (g instanceof Map<?, ?> m && m.get("uri") instanceof String uri) {
                    uris.add(uri.strip());
                }
            }
            if (!uris.isEmpty()) {
                out.add(new AnnotatedText(text, uris));
            }
        }
        return out;
    }

    /** Minimal JSON reader: objects, arrays, strings with escapes, numbers, true/false/null. */
    static final class Json {
        private final String s;
        private int i;

        Json(String s) {
            this.s = s;
        }

        Object value() {
            skip();
            char c = s.charAt(i);
            return switch (c) {
                case '{' -> object();
                case '[' -> array();
                case '"' -> string();
                case 't' -> literal("true", Boolean.TRUE);
                case 'f' -> literal("false", Boolean.FALSE);
                case 'n' -> literal("null", null);
                default -> number();
            };
        }

        private Map<String, Object> object() {
            Map<String, Object> out = new LinkedHashMap<>();
            i++;
            skip();
            if (s.charAt(i) == '}') {
                i++;
                return out;
            }
            while (true) {
                skip();
                String key = string();
                skip();
                expect(':');
                out.put(key, value());
                skip();
                if (s.charAt(i++) == '}') {
                    return out;
                }
            }
        }

        private List<Object> array() {
            List<Object> out = new ArrayList<>();
            i++;
            skip();
            if (s.charAt(i) == ']') {
                i++;
                return out;
            }
            while (true) {
                out.add(value());
                skip();
                if (s.charAt(i++) == ']') {
                    return out;
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> b.append(e);
                }
            }
        }

        private Object number() {
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            if (start == i) {
                throw new IllegalArgumentException("unexpected '" + s.charAt(i) + "' at " + i);
            }
            return Double.parseDouble(s.substring(start, i));
        }

        private Object literal(String word, Object value) {
            if (!s.startsWith(word, i)) {
                throw new IllegalArgumentException("expected " + word + " at " + i);
            }
            i += word.length();
            return value;
        }

        private void expect(char c) {
            if (s.charAt(i) != c) {
                throw new IllegalArgumentException("expected '" + c + "' at " + i + ", found '" + s.charAt(i) + "'");
            }
            i++;
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
