package nl.vaardig.web.skills;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The raw request body of a public skills call, read by hand so that a size limit holds before the body is
 * read (a declared Content-Length over the limit is refused unread; a chunked body stops at limit + 1 byte),
 * binary files are recognised, and text in a wrong encoding gets a message that says what to do.
 */
record RequestBody(MediaType mediaType, String text) {

    /** What the body may be: JSON, or the pasted text itself. */
    enum Kind { JSON, TEXT }

    Kind kind() {
        return MediaType.APPLICATION_JSON.isCompatibleWith(mediaType) ? Kind.JSON : Kind.TEXT;
    }

    /**
     * @param maxBytes   the body may be at most this large
     * @param shownLimit the limit named in the message (the text limit, which the body limit exceeds a little
     *                   to leave room for JSON escapes)
     */
    static RequestBody read(HttpServletRequest request, int maxBytes, int shownLimit) {
        MediaType type = mediaType(request.getContentType());
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(declared, shownLimit);
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new SkillInputException(HttpStatus.BAD_REQUEST, null, "Het verzoek kon niet worden gelezen.",
                    "The request could not be read.");
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(-1, shownLimit);
        }
        refuseBinary(bytes);
        return new RequestBody(type, decode(bytes, type));
    }

    private static MediaType mediaType(String header) {
        if (header == null || header.isBlank()) {
            throw unsupported();
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(header);
        } catch (InvalidMediaTypeException e) {
            throw unsupported();
        }
        boolean json = MediaType.APPLICATION_JSON.isCompatibleWith(type);
        boolean text = MediaType.TEXT_PLAIN.isCompatibleWith(type) || MediaType.TEXT_HTML.isCompatibleWith(type);
        if (!json && !text) {
            throw unsupported();
        }
        return type;
    }

    /** NUL bytes or the signature of a PDF, Office or image file: a document was uploaded instead of its text. */
    private static void refuseBinary(byte[] bytes) {
        boolean signature = startsWith(bytes, "%PDF") || startsWith(bytes, "PK\u0003\u0004")
                || startsWith(bytes, "\u00D0\u00CF\u0011\u00E0") || startsWith(bytes, "\u0089PNG")
                || startsWith(bytes, "\u00FF\u00D8\u00FF");
        boolean nul = false;
        for (int i = 0; i < Math.min(bytes.length, 65_536) && !nul; i++) {
            nul = bytes[i] == 0;
        }
        if (signature || nul) {
            throw new SkillInputException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "text",
                    "Dit lijkt een bestand (zoals pdf, Word of een afbeelding), geen tekst. Open het bestand, "
                            + "kopieer de tekst en plak die hier.",
                    "This looks like a file (such as PDF, Word or an image), not text. Open the file, copy the "
                            + "text and paste it here.");
        }
    }

    private static boolean startsWith(byte[] bytes, String latin1Prefix) {
        if (bytes.length < latin1Prefix.length()) {
            return false;
        }
        for (int i = 0; i < latin1Prefix.length(); i++) {
            if ((bytes[i] & 0xFF) != latin1Prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** JSON is UTF-8 (RFC 8259); text may name its charset, e.g. windows-1252 from an older system. */
    private static String decode(byte[] bytes, MediaType type) {
        Charset charset = StandardCharsets.UTF_8;
        String name = type.getParameter("charset");
        if (name != null && !MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
            try {
                charset = Charset.forName(name.replace("\"", "").strip());
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new SkillInputException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, null,
                        "De tekenset '" + name + "' wordt niet ondersteund; stuur de tekst als UTF-8.",
                        "The character set '" + name + "' is not supported; send the text as UTF-8.");
            }
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            String charsetName = charset.name().toUpperCase(Locale.ROOT);
            throw new SkillInputException(HttpStatus.BAD_REQUEST, "text",
                    "De tekst is geen geldige " + charsetName + ". Sla de tekst op als UTF-8, of plak hem opnieuw "
                            + "vanuit het oorspronkelijke document.",
                    "The text is not valid " + charsetName + ". Save it as UTF-8, or paste it again from the "
                            + "original document.");
        }
    }

    static SkillInputException tooLarge(long declared, int maxBytes) {
        String size = declared > 0 ? " (" + kilobytes(declared) + " kB)" : "";
        return new SkillInputException(HttpStatus.CONTENT_TOO_LARGE, "text",
                "De tekst is te lang" + size + ". Er past maximaal " + kilobytes(maxBytes) + " kB in; "
                        + "laat bijvoorbeeld de bedrijfsinformatie weg.",
                "The text is too long" + size + ". At most " + kilobytes(maxBytes) + " kB fits; leave out, "
                        + "for example, the company information.");
    }

    static long kilobytes(long bytes) {
        return (bytes + 999) / 1000;
    }

    private static SkillInputException unsupported() {
        return new SkillInputException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, null,
                "Stuur de tekst als JSON (application/json) of als platte tekst (text/plain).",
                "Send the text as JSON (application/json) or as plain text (text/plain).");
    }
}
