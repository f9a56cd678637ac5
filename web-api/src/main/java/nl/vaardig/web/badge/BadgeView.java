package nl.vaardig.web.badge;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An imported badge as the seeker sees it. {@code verified} is false for every badge Vaardig holds (it checks no
 * signature and fetches nothing); {@code verificationReason} says what check the badge offers (HOSTED, SIGNED, PROOF,
 * NONE). Each aligned skill says whether it is in the profile yet. {@code ignoredSkillUris}: ESCO URIs in the badge
 * that this ESCO version does not know (only on the import answer; empty in lists).
 */
public record BadgeView(UUID id, String spec, String container, String name, String issuer, String issuedOn,
                        Instant importedAt, boolean verified, String verificationReason, List<Skill> skills,
                        List<String> ignoredSkillUris) {

    /** Labels as in the profile view: {@code labelNlLanguage} "en" when no Dutch label exists, {@code labelNlDerived}. */
    public record Skill(String uri, String labelNl, String labelNlLanguage, boolean labelNlDerived, String labelEn,
                        boolean inProfile) {
    }

    public BadgeView {
        skills = List.copyOf(skills);
        ignoredSkillUris = List.copyOf(ignoredSkillUris);
    }
}
