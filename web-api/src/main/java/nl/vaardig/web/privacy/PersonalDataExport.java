package nl.vaardig.web.privacy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.taxonomy.model.ConceptLabels;
import nl.vaardig.taxonomy.model.LanguageLabels;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.web.audit.AuditAction;
import nl.vaardig.web.badge.BadgeEvidence;
import nl.vaardig.web.badge.BadgeView;
import nl.vaardig.web.audit.AuditLog;
import nl.vaardig.web.platform.security.CurrentUser;
import nl.vaardig.web.taxonomy.DutchLabelSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything Vaardig holds about the signed-in person, as one JSON-LD document (right of access and data
 * portability): the account, the profile with its skills as ESCO concepts (Dutch and English labels), level,
 * evidence and the four self-assessment answers, the consents with their times and wording versions, the audit
 * trail, and the rows other features keep about the profile. An account without a profile gets the account part
 * only ({@code profile} null) — the person still has a right to see that nothing more is held.
 */
@Service
class PersonalDataExport {

    /** Terms of the export, mapped to schema.org, ESCO and SKOS where those have them; the rest is Vaardig's own. */
    static final Map<String, Object> CONTEXT = context();

    private final OwnProfile profiles;
    private final AccountRecords accounts;
    private final ProfileReferences references;
    private final AuditLog audit;
    private final TaxonomyRuntime taxonomy;
    private final BadgeEvidence badges;
    private final Clock clock = Clock.systemUTC();

    PersonalDataExport(OwnProfile profiles, AccountRecords accounts, ProfileReferences references, AuditLog audit,
                       TaxonomyRuntime taxonomy, BadgeEvidence badges) {
        this.profiles = profiles;
        this.accounts = accounts;
        this.references = references;
        this.audit = audit;
        this.taxonomy = taxonomy;
        this.badges = badges;
    }

    /** Builds the document and logs DATA_EXPORTED on the profile (the line is in the document itself). */
    @Transactional
    public Map<String, Object> export(CurrentUser person) {
        Optional<OwnProfile.Row> profile = profiles.ownedBy(person.subject());
        profile.ifPresent(p -> audit.record(person, AuditAction.DATA_EXPORTED, p.id(), null));

        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", CONTEXT);
        doc.put("@type", "DataDownload");
        doc.put("exportedAt", clock.instant().toString());
        doc.put("publisher", "Vaardig");
        doc.put("account", account(person));
        doc.put("profile", profile.map(this::profile).orElse(null));
        return doc;
    }

    private Map<String, Object> account(CurrentUser person) {
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("@type", "Person");
        account.put("identifier", person.subject());
        account.put("username", person.username());
        account.put("name", person.name());
        account.put("roles", person.roles().stream().map(Enum::name).sorted().toList());
        accounts.language(person.subject()).ifPresent(language -> account.put("interfaceLanguage", language));
        accounts.localAccount(person.subject()).ifPresent(local -> account.put("localAccount", local));
        accounts.notificationSetting(person.subject()).ifPresent(mail -> account.put("emailNotifications", mail));
        return account;
    }

    private Map<String, Object> profile(OwnProfile.Row p) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("@id", "urn:uuid:" + p.id());
        profile.put("@type", "SkillsProfile");
        profile.put("region", p.region());
        if (p.homeLatitude() != null && p.homeLongitude() != null) {
            profile.put("home", Map.of("@type", "GeoCoordinates", "latitude", p.homeLatitude(), "longitude", p.homeLongitude()));
        }
        if (p.hoursMin() != null) {
            profile.put("hoursPerWeek", Map.of("minValue", p.hoursMin(), "maxValue", p.hoursMax()));
        }
        if (p.occupationUri() != null) {
            profile.put("occupation", concept(p.occupationUri(), "Occupation",
                    taxonomy.taxonomy().occupation(new OccupationUri(p.occupationUri())).map(o -> o.labels())));
        }
        profile.put("synthetic", p.synthetic());
        profile.put("dateCreated", p.createdAt().toString());
        profile.put("dateModified", p.updatedAt().toString());
        profile.put("version", p.version());
        List<BadgeView> held = badges.badgesOf(p.id());
        profile.put("skills", profiles.skills(p.id()).stream().map(s -> skill(s, held)).toList());
        profile.put("badges", held.stream().map(b -> badge(p.id(), b)).toList());
        profile.put("consents", profiles.consents(p.id()).stream().map(PersonalDataExport::consent).toList());
        profile.put("auditTrail", auditTrail(p));
        profile.put("otherRecords", references.rowsOf(p.id()));
        return profile;
    }

    private Map<String, Object> skill(OwnProfile.SkillRow s, List<BadgeView> held) {
        Map<String, Object> skill = new LinkedHashMap<>();
        skill.put("@type", "ProfileSkill");
        skill.put("skill", concept(s.skillUri(), "Skill",
                taxonomy.taxonomy().skill(new SkillUri(s.skillUri())).map(k -> k.labels())));
        skill.put("proficiencyLevel", s.level());
        skill.put("evidence", s.evidence());
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("doesItAlready", s.doesIt());
        answers.put("canDoIt", s.canDoIt());
        answers.put("wantsToLearn", s.wantsToLearn());
        answers.put("givesEnergy", s.givesEnergy());
        skill.put("selfAssessment", answers);
        // the imported Open Badges aligned to this skill, by their id in "badges"
        skill.put("evidenceBadges", held.stream()
                .filter(b -> b.skills().stream().anyMatch(k -> k.uri().equals(s.skillUri())))
                .map(b -> "urn:uuid:" + b.id()).toList());
        return skill;
    }

    /**
     * An imported Open Badge: what Vaardig read from it, that it is not verified and why, the ESCO skills it is aligned
     * to, and the badge document as imported (so the person gets the badge itself back).
     */
    private Map<String, Object> badge(UUID profileId, BadgeView b) {
        Map<String, Object> badge = new LinkedHashMap<>();
        badge.put("@id", "urn:uuid:" + b.id());
        badge.put("@type", "OpenBadgeEvidence");
        badge.put("openBadgesVersion", b.spec().equals("OB3") ? "3.0" : "2.0");
        badge.put("fileKind", b.container());
        badge.put("name", b.name());
        badge.put("issuer", b.issuer());
        badge.put("issuedOn", b.issuedOn());
        badge.put("importedAt", b.importedAt().toString());
        badge.put("verified", b.verified());
        badge.put("verificationNote", b.verificationReason());
        badge.put("alignedSkills", b.skills().stream().map(k -> k.uri()).toList());
        badge.put("badgeDocument", badges.document(profileId, b.id()));
        return badge;
    }

    /**
     * An ESCO concept by its URI, with its preferred label in Dutch and English where one exists, and where the Dutch
     * one comes from ({@code dutchLabelSource}: officieel, afgeleid or geen), so a derived label is not taken for ESCO's.
     */
    private static Map<String, Object> concept(String uri, String type, Optional<ConceptLabels> labels) {
        Map<String, Object> concept = new LinkedHashMap<>();
        concept.put("@id", uri);
        concept.put("@type", type);
        Map<String, String> prefLabel = new LinkedHashMap<>();
        labels.ifPresent(l -> {
            for (Locale language : List.of(ConceptLabels.DUTCH, ConceptLabels.ENGLISH)) {
                l.in(language).map(LanguageLabels::preferred).ifPresent(text -> prefLabel.put(language.getLanguage(), text));
            }
        });
        concept.put("prefLabel", prefLabel);
        concept.put("dutchLabelSource", labels.map(l -> DutchLabelSource.of(l.preferred(ConceptLabels.DUTCH)))
                .orElse(DutchLabelSource.NONE).column());
        return concept;
    }

    private static Map<String, Object> consent(OwnProfile.ConsentRow c) {
        Map<String, Object> consent = new LinkedHashMap<>();
        consent.put("@id", "urn:uuid:" + c.id());
        consent.put("@type", "Consent");
        consent.put("consentKind", c.kind());
        consent.put("regions", c.regions());
        consent.put("givenAt", c.givenAt().toString());
        consent.put("wordingVersion", c.wordingVersion());
        consent.put("withdrawnAt", c.withdrawnAt() == null ? null : c.withdrawnAt().toString());
        return consent;
    }

    private List<Map<String, Object>> auditTrail(OwnProfile.Row p) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (OwnProfile.AuditRow a : profiles.audit(p.id(), Integer.MAX_VALUE, 0)) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("@type", "AuditEntry");
            line.put("at", a.at().toString());
            line.put("actorLabel", a.actorLabel());
            line.put("actorRole", a.actorRole());
            line.put("action", a.action());
            line.put("detail", a.detail());
            lines.add(line);
        }
        return lines;
    }

    private static Map<String, Object> context() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("@vocab", "https://vaardig.nl/vocab#");
        c.put("schema", "https://schema.org/");
        c.put("esco", "http://data.europa.eu/esco/model#");
        c.put("skos", "http://www.w3.org/2004/02/skos/core#");
        c.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        c.put("DataDownload", "schema:DataDownload");
        c.put("Person", "schema:Person");
        c.put("GeoCoordinates", "schema:GeoCoordinates");
        c.put("Skill", "esco:Skill");
        c.put("Occupation", "esco:Occupation");
        c.put("identifier", "schema:identifier");
        c.put("username", "schema:alternateName");
        c.put("name", "schema:name");
        c.put("publisher", "schema:publisher");
        c.put("latitude", "schema:latitude");
        c.put("longitude", "schema:longitude");
        c.put("minValue", "schema:minValue");
        c.put("maxValue", "schema:maxValue");
        c.put("skills", "schema:skills");
        // the ESCO concept a profile skill is about (ESCO has no person-to-skill property of its own)
        c.put("skill", Map.of("@id", "https://vaardig.nl/vocab#skill", "@type", "@id"));
        c.put("alignedSkills", Map.of("@id", "https://vaardig.nl/vocab#alignedSkills", "@type", "@id"));
        c.put("evidenceBadges", Map.of("@id", "https://vaardig.nl/vocab#evidenceBadges", "@type", "@id"));
        c.put("importedAt", dateTime("https://vaardig.nl/vocab#importedAt"));
        c.put("occupation", "schema:hasOccupation");
        c.put("prefLabel", Map.of("@id", "skos:prefLabel", "@container", "@language"));
        c.put("proficiencyLevel", "schema:proficiencyLevel");
        c.put("exportedAt", dateTime("schema:dateCreated"));
        c.put("dateCreated", dateTime("schema:dateCreated"));
        c.put("dateModified", dateTime("schema:dateModified"));
        c.put("givenAt", dateTime("https://vaardig.nl/vocab#givenAt"));
        c.put("withdrawnAt", dateTime("https://vaardig.nl/vocab#withdrawnAt"));
        c.put("at", dateTime("https://vaardig.nl/vocab#at"));
        return java.util.Collections.unmodifiableMap(c);
    }

    private static Map<String, Object> dateTime(String id) {
        return Map.of("@id", id, "@type", "xsd:dateTime");
    }
}
