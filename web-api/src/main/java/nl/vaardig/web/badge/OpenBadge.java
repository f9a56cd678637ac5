package nl.vaardig.web.badge;

import java.util.List;

/**
 * What Vaardig reads from an Open Badge: its version, name, issuer, date and own id (all as the badge states them),
 * the alignment targets that are ESCO skills (normalised to ESCO's http URI), and why it counts as not verified.
 */
record OpenBadge(Spec spec, String name, String issuer, String issuedOn, String sourceId, List<String> escoSkillUris,
                 VerificationReason verificationReason) {

    enum Spec { OB2, OB3 }

    /**
     * Vaardig verifies no badge (no network for hosted badges, no issuer key for signed ones), so every badge is shown
     * as "niet geverifieerd"; the reason says what kind of check the badge offers and why it was not done.
     */
    enum VerificationReason {
        /** OB 2.0 hosted: verification means fetching the assertion from the issuer's URL. */
        HOSTED,
        /** OB 2.0 signed (JWS) or OB 3.0 as VC-JWT: the key is the issuer's, published online. */
        SIGNED,
        /** OB 3.0 with an embedded proof (Data Integrity): checking needs the issuer's key and RDF canonicalisation. */
        PROOF,
        /** The badge offers nothing to check. */
        NONE
    }

    OpenBadge {
        if (spec == null || verificationReason == null) {
            throw new IllegalArgumentException("spec and verification reason are required");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a badge has a name");
        }
        escoSkillUris = List.copyOf(escoSkillUris);
    }
}
