package nl.vaardig.web.badge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an Open Badges 2.0 assertion or 3.0 credential (JSON, JSON-LD, or a compact JWS whose payload is one) into
 * an {@link OpenBadge}. Alignments: 2.0 {@code badge.alignment[]}, 3.0 {@code credentialSubject.achievement.alignment[]};
 * a target counts when its {@code targetUrl} (or {@code targetCode}) holds an ESCO skill URI, as edubadges writes them.
 * Nothing is fetched: a badge whose class is only a URL is refused with {@link BadgeRejected.Reason#ONLY_LINKED}.
 */
final class OpenBadgeReader {

    /** Badge documents are small; deep nesting or huge strings are an attack, not a badge. */
    static final int MAX_TEXT_CHARS = 256 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(MAX_TEXT_CHARS).build())
            .build()).build();

    private static final Pattern ESCO_SKILL = Pattern.compile("data\\.europa\\.eu/esco/skill/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})");
    private static final Pattern JWS = Pattern.compile("^[A-Za-z0-9_-]+\\.([A-Za-z0-9_-]+)\\.[A-Za-z0-9_-]*$");

    private OpenBadgeReader() {
    }

    static boolean looksLikeJws(String text) {
        return text.length() <= MAX_TEXT_CHARS * 2 && JWS.matcher(text).matches();
    }

    static OpenBadge read(String text) {
        boolean signed = false;
        String json = text.strip();
        Matcher jws = JWS.matcher(json);
        if (jws.matches()) {
            json = decodePayload(jws.group(1));
            signed = true;
        }
        if (json.length() > MAX_TEXT_CHARS) {
            throw new BadgeRejected(BadgeRejected.Reason.TOO_LARGE);
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new BadgeRejected(BadgeRejected.Reason.BROKEN_JSON);
        }
        if (root == null || !root.isObject()) {
            throw new BadgeRejected(BadgeRejected.Reason.NOT_AN_OPEN_BADGE);
        }
        if (root.path("vc").isObject()) {
            // OB 3.0 as VC-JWT: the credential is the "vc" claim
            root = root.path("vc");
        }
        if (isOb3(root)) {
            return ob3(root, signed);
        }
        if (isOb2(root)) {
            return ob2(root, signed);
        }
        throw new BadgeRejected(BadgeRejected.Reason.NOT_AN_OPEN_BADGE);
    }

    private static String decodePayload(String part) {
        try {
            return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadgeRejected(BadgeRejected.Reason.BROKEN_JSON);
        }
    }

    private static boolean isOb2(JsonNode root) {
        return types(root).contains("assertion") || contexts(root).stream().anyMatch(c -> c.contains("w3id.org/openbadges/v2"));
    }

    private static boolean isOb3(JsonNode root) {
        Set<String> types = types(root);
        return types.contains("openbadgecredential") || types.contains("achievementcredential")
                || contexts(root).stream().anyMatch(c -> c.contains("purl.imsglobal.org/spec/ob/v3p0"));
    }

    private static OpenBadge ob2(JsonNode assertion, boolean signed) {
        JsonNode badge = assertion.path("badge");
        if (badge.isString()) {
            throw new BadgeRejected(BadgeRejected.Reason.ONLY_LINKED);
        }
        if (!badge.isObject() || text(badge.path("name")) == null) {
            throw new BadgeRejected(BadgeRejected.Reason.NOT_AN_OPEN_BADGE);
        }
        String verification = lower(text(assertion.path("verification").path("type")));
        OpenBadge.VerificationReason reason = signed || verification.contains("signed") ? OpenBadge.VerificationReason.SIGNED
                : verification.contains("hosted") ? OpenBadge.VerificationReason.HOSTED : OpenBadge.VerificationReason.NONE;
        return new OpenBadge(OpenBadge.Spec.OB2, clip(text(badge.path("name")), 300), issuerName(badge.path("issuer")),
                clip(text(assertion.path("issuedOn")), 64), clip(text(assertion.path("id")), 1000),
                escoSkills(badge.path("alignment")), reason);
    }

    private static OpenBadge ob3(JsonNode credential, boolean signed) {
        JsonNode subject = credential.path("credentialSubject");
        if (subject.isArray()) {
            subject = subject.path(0);
        }
        JsonNode achievement = subject.path("achievement");
        if (achievement.isString()) {
            throw new BadgeRejected(BadgeRejected.Reason.ONLY_LINKED);
        }
        String name = text(achievement.path("name"));
        if (name == null) {
            name = text(credential.path("name"));
        }
        if (!achievement.isObject() || name == null) {
            throw new BadgeRejected(BadgeRejected.Reason.NOT_AN_OPEN_BADGE);
        }
        OpenBadge.VerificationReason reason = signed ? OpenBadge.VerificationReason.SIGNED
                : credential.has("proof") ? OpenBadge.VerificationReason.PROOF : OpenBadge.VerificationReason.NONE;
        String issued = text(credential.path("validFrom"));
        return new OpenBadge(OpenBadge.Spec.OB3, clip(name, 300), issuerName(credential.path("issuer")),
                clip(issued != null ? issued : text(credential.path("issuanceDate")), 64), clip(text(credential.path("id")), 1000),
                escoSkills(achievement.path("alignment")), reason);
    }

    /** The ESCO skill URIs among the alignment targets, in order, once each, as ESCO writes them (http). */
    private static List<String> escoSkills(JsonNode alignment) {
        List<JsonNode> targets = new ArrayList<>();
        if (alignment.isArray()) {
            alignment.valueStream().forEach(targets::add);
        } else if (alignment.isObject()) {
            targets.add(alignment);
        }
        Set<String> uris = new LinkedHashSet<>();
        for (JsonNode target : targets) {
            for (String field : List.of("targetUrl", "targetCode")) {
                String value = text(target.path(field));
                Matcher m = value == null ? null : ESCO_SKILL.matcher(value);
                if (m != null && m.find()) {
                    uris.add("http://data.europa.eu/esco/skill/" + m.group(1).toLowerCase(Locale.ROOT));
                    break;
                }
            }
        }
        return List.copyOf(uris);
    }

    private static String issuerName(JsonNode issuer) {
        if (issuer.isObject()) {
            String name = text(issuer.path("name"));
            return clip(name != null ? name : text(issuer.path("id")), 300);
        }
        return clip(text(issuer), 300);
    }

    private static Set<String> types(JsonNode node) {
        Set<String> types = new LinkedHashSet<>();
        JsonNode type = node.path("type");
        if (type.isMissingNode()) {
            type = node.path("@type");
        }
        if (type.isArray()) {
            type.valueStream().map(OpenBadgeReader::text).filter(t -> t != null).forEach(t -> types.add(lower(t)));
        } else if (text(type) != null) {
            types.add(lower(text(type)));
        }
        return types;
    }

    private static List<String> contexts(JsonNode node) {
        JsonNode context = node.path("@context");
        if (context.isArray()) {
            return context.valueStream().map(OpenBadgeReader::text).filter(t -> t != null).toList();
        }
        String one = text(context);
        return one == null ? List.of() : List.of(one);
    }

    private static String text(JsonNode node) {
        if (node == null || !node.isString()) {
            return null;
        }
        String value = node.stringValue().strip();
        return value.isEmpty() ? null : value;
    }

    private static String lower(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
