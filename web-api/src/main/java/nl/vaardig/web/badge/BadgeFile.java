package nl.vaardig.web.badge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The badge text inside an uploaded file: a JSON / JSON-LD file as it is, a baked PNG's {@code iTXt} chunk
 * ({@code openbadges} for 2.0, {@code openbadgecredential} for 3.0; JDK ImageIO reads the chunks without decoding
 * pixels), or a baked SVG's {@code <openbadges:assertion>} / {@code <openbadges:credential>} element (StAX with DTDs
 * and external entities off, so no XXE). The kind is taken from the bytes, not from the file name.
 */
final class BadgeFile {

    /** Larger files are refused before parsing; real badges are a few kB to a few hundred kB. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    enum Container { JSON, PNG, SVG }

    /** The badge text found and the container it came in. */
    record Extracted(Container container, String text) {
        Extracted {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("extracted badge text is empty");
            }
        }
    }

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final String PNG_FORMAT = "javax_imageio_png_1.0";

    private BadgeFile() {
    }

    static Extracted read(byte[] bytes) {
        if (bytes.length == 0) {
            throw new BadgeRejected(BadgeRejected.Reason.EMPTY);
        }
        if (bytes.length > MAX_BYTES) {
            throw new BadgeRejected(BadgeRejected.Reason.TOO_LARGE);
        }
        if (bytes.length >= PNG_SIGNATURE.length && Arrays.equals(bytes, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length)) {
            return new Extracted(Container.PNG, png(bytes));
        }
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1).strip();
        }
        if (text.startsWith("<")) {
            return new Extracted(Container.SVG, svg(bytes));
        }
        if (text.startsWith("{") || OpenBadgeReader.looksLikeJws(text)) {
            return new Extracted(Container.JSON, text);
        }
        throw new BadgeRejected(BadgeRejected.Reason.NOT_A_BADGE_FILE);
    }

    private static String png(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new BadgeRejected(BadgeRejected.Reason.BROKEN_IMAGE);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, false);
                IIOMetadata metadata = reader.getImageMetadata(0);
                String found = textChunk((Node) metadata.getAsTree(PNG_FORMAT));
                if (found == null || found.isBlank()) {
                    throw new BadgeRejected(BadgeRejected.Reason.PNG_WITHOUT_BADGE);
                }
                return found.strip();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadgeRejected rejected) {
                throw rejected;
            }
            throw new BadgeRejected(BadgeRejected.Reason.BROKEN_IMAGE);
        }
    }

    /** The text of the first iTXt (or tEXt) entry whose keyword names an Open Badge. */
    private static String textChunk(Node root) {
        for (Node section = root.getFirstChild(); section != null; section = section.getNextSibling()) {
            String kind = section.getNodeName();
            if (!kind.equals("iTXt") && !kind.equals("tEXt")) {
                continue;
            }
            for (Node entry = section.getFirstChild(); entry != null; entry = entry.getNextSibling()) {
                NamedNodeMap attributes = entry.getAttributes();
                Node keyword = attributes == null ? null : attributes.getNamedItem("keyword");
                if (keyword != null && isBadgeKeyword(keyword.getNodeValue())) {
                    Node value = attributes.getNamedItem(kind.equals("iTXt") ? "text" : "value");
                    return value == null ? null : value.getNodeValue();
                }
            }
        }
        return null;
    }

    private static boolean isBadgeKeyword(String keyword) {
        String k = keyword.toLowerCase(Locale.ROOT);
        return k.equals("openbadges") || k.equals("openbadgecredential");
    }

    private static String svg(byte[] bytes) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        boolean svgRoot = false;
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            try {
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String name = xml.getLocalName();
                    if (!svgRoot) {
                        if (!name.equals("svg")) {
                            throw new BadgeRejected(BadgeRejected.Reason.NOT_A_BADGE_FILE);
                        }
                        svgRoot = true;
                    } else if ((name.equals("assertion") || name.equals("credential")) && isOpenBadgesPrefix(xml)) {
                        String body = xml.getElementText().strip();
                        if (body.isEmpty()) {
                            // a hosted-only bake: just a URL in "verify", which Vaardig does not fetch
                            throw new BadgeRejected(BadgeRejected.Reason.ONLY_LINKED);
                        }
                        return body;
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new BadgeRejected(svgRoot ? BadgeRejected.Reason.BROKEN_IMAGE : BadgeRejected.Reason.NOT_A_BADGE_FILE);
        }
        throw new BadgeRejected(svgRoot ? BadgeRejected.Reason.SVG_WITHOUT_BADGE : BadgeRejected.Reason.NOT_A_BADGE_FILE);
    }

    /** The Open Badges baking namespace (2.0: http://openbadges.org, 3.0: https://purl.imsglobal.org/ob/v3p0). */
    private static boolean isOpenBadgesPrefix(XMLStreamReader xml) {
        String namespace = xml.getNamespaceURI();
        return namespace != null && (namespace.startsWith("http://openbadges.org") || namespace.contains("imsglobal.org/ob/v3p0"));
    }
}
