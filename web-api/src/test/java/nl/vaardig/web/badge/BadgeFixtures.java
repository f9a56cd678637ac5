package nl.vaardig.web.badge;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/** Badge files written by the tests themselves: OB 2.0 and 3.0 JSON, baked into PNG (iTXt) and SVG. */
final class BadgeFixtures {

    /** ESCO v1.1.1: "operate forklift" and "work in teams" (transversal). */
    static final String FORKLIFT = "http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da";
    static final String TEAMWORK = "http://data.europa.eu/esco/skill/60c78287-22eb-4103-9c8c-28deaa460da0";
    /** Well-formed, but no ESCO skill has it. */
    static final String UNKNOWN = "http://data.europa.eu/esco/skill/00000000-0000-4000-8000-000000000000";

    private BadgeFixtures() {
    }

    static String ob2(String assertionId, String verification, List<String> targets) {
        String alignment = targets.stream().map(t -> """
                {"targetName": "vaardigheid", "targetUrl": "%s", "targetFramework": "ESCO"}""".formatted(t))
                .collect(Collectors.joining(", "));
        return """
                {"@context": "https://w3id.org/openbadges/v2", "type": "Assertion", "id": "%s",
                 "recipient": {"type": "email", "hashed": true, "identity": "sha256$00"},
                 "issuedOn": "2025-06-30T10:00:00Z", "verification": {"type": "%s"},
                 "badge": {"type": "BadgeClass", "id": "urn:uuid:2a6b0b1e-badge-class", "name": "Heftruckcertificaat (test)",
                   "description": "Testbadge", "criteria": {"narrative": "Examen gehaald"},
                   "issuer": {"type": "Profile", "id": "urn:uuid:issuer", "name": "Testacademie"},
                   "alignment": [%s]}}""".formatted(assertionId, verification, alignment);
    }

    static String ob3(String credentialId, boolean withProof, List<String> targets) {
        String alignment = targets.stream().map(t -> """
                {"type": ["Alignment"], "targetName": "skill", "targetUrl": "%s", "targetType": "ext:ESCOSkill", "targetFramework": "ESCO"}"""
                .formatted(t)).collect(Collectors.joining(", "));
        String proof = withProof ? """
                , "proof": {"type": "DataIntegrityProof", "cryptosuite": "eddsa-rdfc-2022", "proofValue": "z58DAdFfa9"}""" : "";
        return """
                {"@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
                 "id": "%s", "type": ["VerifiableCredential", "OpenBadgeCredential"],
                 "issuer": {"id": "https://example.org/issuers/1", "type": ["Profile"], "name": "Testhogeschool"},
                 "validFrom": "2025-09-01T00:00:00Z", "name": "Samenwerken in teams (test)",
                 "credentialSubject": {"type": ["AchievementSubject"], "achievement": {"id": "urn:uuid:achievement",
                   "type": ["Achievement"], "name": "Samenwerken in teams (test)", "criteria": {"narrative": "Project"},
                   "alignment": [%s]}}%s}""".formatted(credentialId, alignment, proof);
    }

    /** A compact JWS whose payload is the given JSON (signature bytes are not a real signature: it is never checked). */
    static String jws(String json) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(json.getBytes(StandardCharsets.UTF_8)) + "." + b64.encodeToString(new byte[] {1, 2, 3});
    }

    /** A 4×4 PNG with the badge in an iTXt chunk under {@code keyword}, or a plain PNG when keyword is null. */
    static byte[] png(String keyword, String text) {
        try {
            BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
            ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
            if (keyword != null) {
                IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
                entry.setAttribute("keyword", keyword);
                entry.setAttribute("compressionFlag", "FALSE");
                entry.setAttribute("compressionMethod", "0");
                entry.setAttribute("languageTag", "");
                entry.setAttribute("translatedKeyword", "");
                entry.setAttribute("text", text);
                IIOMetadataNode itxt = new IIOMetadataNode("iTXt");
                itxt.appendChild(entry);
                IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
                root.appendChild(itxt);
                metadata.mergeTree("javax_imageio_png_1.0", root);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(new IIOImage(image, null, metadata));
            }
            writer.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] svg(String element, String namespace, String text) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="%s" width="10" height="10">
                  <openbadges:%s verify="https://example.org/assertion"><![CDATA[%s]]></openbadges:%s>
                  <rect width="10" height="10" fill="#1a5fb4"/>
                </svg>""".formatted(namespace, element, text, element).getBytes(StandardCharsets.UTF_8);
    }
}
