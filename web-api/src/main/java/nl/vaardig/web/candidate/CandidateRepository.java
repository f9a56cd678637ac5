package nl.vaardig.web.candidate;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import nl.vaardig.matching.model.EvidenceKind;
import nl.vaardig.matching.model.GeoPoint;
import nl.vaardig.matching.model.HoursPerWeek;
import nl.vaardig.matching.model.ProficiencyLevel;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.ProfileId;
import nl.vaardig.matching.model.ProfileSkill;
import nl.vaardig.matching.model.SelfAssessment;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.region.AmrCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The candidate profile and consent tables. Rows ↔ domain records here and nowhere else. */
@Repository
class CandidateRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    CandidateRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Inserts profiles with their skills in batches (the demo seeding writes thousands). */
    void insertProfiles(List<Profile> profiles) {
        if (profiles.isEmpty()) {
            return;
        }
        template.batchUpdate("insert into candidate_profile (id, region, home_latitude, home_longitude, hours_min, "
                        + "hours_max, occupation_uri, synthetic) values (?, ?, ?, ?, ?, ?, ?, ?)", profiles, 500,
                (ps, p) -> {
                    ps.setObject(1, p.id().value());
                    ps.setString(2, p.region().value());
                    ps.setObject(3, p.home() == null ? null : p.home().latitude());
                    ps.setObject(4, p.home() == null ? null : p.home().longitude());
                    ps.setObject(5, p.availability() == null ? null : p.availability().min());
                    ps.setObject(6, p.availability() == null ? null : p.availability().max());
                    ps.setString(7, p.occupation() == null ? null : p.occupation().value());
                    ps.setBoolean(8, p.synthetic());
                });
        insertSkills(profiles);
    }

    /** The skill rows of the profiles: one per listed skill, and one per further learning wish. */
    private void insertSkills(List<Profile> profiles) {
        List<Object[]> skills = new ArrayList<>();
        for (Profile p : profiles) {
            Set<SkillUri> listed = new LinkedHashSet<>();
            for (ProfileSkill s : p.skills()) {
                listed.add(s.skill());
                SelfAssessment a = s.assessment();
                skills.add(new Object[] {p.id().value(), s.skill().value(), s.level().name(), s.evidence().name(),
                        a.doesItAlready(), a.canDoIt(), a.wantsToLearn() || p.wantsToLearn().contains(s.skill()), a.givesEnergy()});
            }
            for (SkillUri wish : p.wantsToLearn()) {
                if (listed.add(wish)) {
                    skills.add(new Object[] {p.id().value(), wish.value(), ProficiencyLevel.BASIC.name(),
                            EvidenceKind.SELF_DECLARED.name(), false, false, true, false});
                }
            }
        }
        template.batchUpdate("insert into candidate_skill (profile_id, skill_uri, level, evidence, does_it, can_do_it, "
                + "wants_to_learn, gives_energy) values (?, ?, ?, ?, ?, ?, ?, ?)", skills);
    }

    /**
     * Replaces region, hours, occupation and skills of a stored profile if it is still at the expected version, and
     * bumps the version; returns the new version, or empty when someone changed (or removed) it meanwhile.
     */
    Optional<Long> replace(Profile profile, long expectedVersion) {
        Optional<Long> version = jdbc.sql("update candidate_profile set region = ?, home_latitude = ?, home_longitude = ?, "
                        + "hours_min = ?, hours_max = ?, occupation_uri = ?, version = version + 1, updated_at = now() "
                        + "where id = ? and version = ? returning version")
                .params(profile.region().value(), profile.home() == null ? null : profile.home().latitude(),
                        profile.home() == null ? null : profile.home().longitude(),
                        profile.availability() == null ? null : profile.availability().min(),
                        profile.availability() == null ? null : profile.availability().max(),
                        profile.occupation() == null ? null : profile.occupation().value(), profile.id().value(),
                        expectedVersion)
                .query(Long.class).optional();
        if (version.isPresent()) {
            jdbc.sql("delete from candidate_skill where profile_id = ?").param(profile.id().value()).update();
            insertSkills(List.of(profile));
        }
        return version;
    }

    Optional<Long> version(ProfileId profile) {
        return jdbc.sql("select version from candidate_profile where id = ?").param(profile.value()).query(Long.class).optional();
    }

    void insertConsents(List<Consent> consents) {
        template.batchUpdate("insert into candidate_consent (id, profile_id, kind, regions, given_at, wording_version, "
                        + "withdrawn_at) values (?, ?, ?, ?, ?, ?, ?)", consents, 500, (ps, c) -> {
                    ps.setObject(1, c.id());
                    ps.setObject(2, c.profile().value());
                    ps.setString(3, c.kind().name());
                    ps.setArray(4, ps.getConnection().createArrayOf("text",
                            c.regions().stream().map(AmrCode::value).sorted().toArray()));
                    ps.setTimestamp(5, Timestamp.from(c.givenAt()));
                    ps.setString(6, c.wordingVersion());
                    ps.setTimestamp(7, c.withdrawnAt() == null ? null : Timestamp.from(c.withdrawnAt()));
                });
    }

    /** Withdraws every active consent of that kind; returns how many were active. */
    int withdraw(ProfileId profile, ConsentKind kind, Instant at) {
        return jdbc.sql("update candidate_consent set withdrawn_at = ? where profile_id = ? and kind = ? and withdrawn_at is null")
                .params(Timestamp.from(at), profile.value(), kind.name()).update();
    }

    List<Consent> consents(ProfileId profile) {
        return jdbc.sql("select id, profile_id, kind, regions, given_at, wording_version, withdrawn_at from candidate_consent "
                        + "where profile_id = ? order by given_at")
                .param(profile.value()).query(CandidateRepository::consent).list();
    }

    /** The regions each of the given profiles actively consented to be found in for employer search. */
    Map<ProfileId, Set<AmrCode>> activeSearchRegions(Collection<ProfileId> profiles) {
        Map<ProfileId, Set<AmrCode>> out = new HashMap<>();
        if (profiles.isEmpty()) {
            return out;
        }
        UUID[] ids = profiles.stream().map(ProfileId::value).toArray(UUID[]::new);
        template.query(con -> {
            var ps = con.prepareStatement("select profile_id, regions from candidate_consent where profile_id = any(?) "
                    + "and kind = 'EMPLOYER_SEARCH' and withdrawn_at is null");
            ps.setArray(1, con.createArrayOf("uuid", ids));
            return ps;
        }, rs -> {
            out.computeIfAbsent(new ProfileId(rs.getObject(1, UUID.class)), k -> new LinkedHashSet<>())
                    .addAll(regions(rs.getArray(2)));
        });
        return out;
    }

    /** The profile of an account (the token's subject), if the person registered one. */
    Optional<ProfileId> ownedBy(String ownerSubject) {
        return jdbc.sql("select id from candidate_profile where owner_subject = ?").param(ownerSubject)
                .query((rs, n) -> new ProfileId(rs.getObject(1, UUID.class))).optional();
    }

    /** Links a stored profile to the account that owns it. */
    void setOwner(ProfileId profile, String ownerSubject) {
        jdbc.sql("update candidate_profile set owner_subject = ? where id = ?").params(ownerSubject, profile.value()).update();
    }

    /** Profiles with an active consent of that kind, with its regions (e.g. the COACH_HELP caseload of a region). */
    Map<ProfileId, Set<AmrCode>> activeRegions(ConsentKind kind, Collection<AmrCode> inAnyOf) {
        Map<ProfileId, Set<AmrCode>> out = new LinkedHashMap<>();
        String[] codes = inAnyOf.stream().map(AmrCode::value).sorted().toArray(String[]::new);
        jdbc.sql("select profile_id, regions from candidate_consent where kind = ? and withdrawn_at is null "
                        + "and regions && ?::text[] order by given_at, profile_id")
                .params(kind.name(), codes)
                .query(rs -> {
                    out.computeIfAbsent(new ProfileId(rs.getObject(1, UUID.class)), k -> new LinkedHashSet<>())
                            .addAll(regions(rs.getArray(2)));
                });
        return out;
    }

    Optional<Profile> find(ProfileId id) {
        List<Profile> found = new ArrayList<>();
        forEachProfile("where p.id = ?", id.value(), found::add);
        return found.stream().findFirst();
    }

    /** The profiles of these ids that exist, in one query (a caseload page reads twenty at a time). */
    List<Profile> findAll(Collection<ProfileId> ids) {
        List<Profile> found = new ArrayList<>();
        if (!ids.isEmpty()) {
            forEachProfile("where p.id = any(?)", ids.stream().map(ProfileId::value).toArray(UUID[]::new), found::add);
        }
        return found;
    }

    /** Every profile with an active employer-search consent, with the consented regions. */
    void forEachSearchable(java.util.function.BiConsumer<Profile, Set<AmrCode>> sink) {
        Map<ProfileId, Set<AmrCode>> regions = new HashMap<>();
        template.query("select profile_id, regions from candidate_consent where kind = 'EMPLOYER_SEARCH' and withdrawn_at is null",
                rs -> {
                    regions.computeIfAbsent(new ProfileId(rs.getObject(1, UUID.class)), k -> new LinkedHashSet<>())
                            .addAll(regions(rs.getArray(2)));
                });
        forEachProfile("where exists (select 1 from candidate_consent c where c.profile_id = p.id "
                + "and c.kind = 'EMPLOYER_SEARCH' and c.withdrawn_at is null)", null, p -> sink.accept(p, regions.get(p.id())));
    }

    long countSynthetic() {
        return jdbc.sql("select count(*) from candidate_profile where synthetic").query(Long.class).single();
    }

    private void forEachProfile(String where, Object param, Consumer<Profile> sink) {
        String sql = "select p.id, p.region, p.home_latitude, p.home_longitude, p.hours_min, p.hours_max, p.occupation_uri, "
                + "p.synthetic, s.skill_uri, s.level, s.evidence, s.does_it, s.can_do_it, s.wants_to_learn, s.gives_energy "
                + "from candidate_profile p left join candidate_skill s on s.profile_id = p.id " + where + " order by p.id";
        ProfileAssembler assembler = new ProfileAssembler(sink);
        if (param == null) {
            template.query(sql, assembler::row);
        } else {
            template.query(sql, assembler::row, param);
        }
        assembler.finish();
    }

    /** Folds the joined rows (one per skill, ordered by profile) into profiles, streaming. */
    private static final class ProfileAssembler {
        private final Consumer<Profile> sink;
        private UUID current;
        private ResultRow head;
        private final List<ProfileSkill> skills = new ArrayList<>();
        private final Set<SkillUri> wishes = new LinkedHashSet<>();

        ProfileAssembler(Consumer<Profile> sink) {
            this.sink = sink;
        }

        private record ResultRow(UUID id, String region, Double lat, Double lon, Integer hoursMin, Integer hoursMax,
                                 String occupation, boolean synthetic) {
        }

        void row(ResultSet rs) throws SQLException {
            UUID id = rs.getObject(1, UUID.class);
            if (!id.equals(current)) {
                finish();
                current = id;
                head = new ResultRow(id, rs.getString(2), (Double) rs.getObject(3), (Double) rs.getObject(4),
                        (Integer) rs.getObject(5), (Integer) rs.getObject(6), rs.getString(7), rs.getBoolean(8));
            }
            String skill = rs.getString(9);
            if (skill == null) {
                return;
            }
            SelfAssessment a = new SelfAssessment(rs.getBoolean(12), rs.getBoolean(13), rs.getBoolean(14), rs.getBoolean(15));
            if (a.holdsSkill()) {
                skills.add(new ProfileSkill(new SkillUri(skill), ProficiencyLevel.valueOf(rs.getString(10)),
                        EvidenceKind.valueOf(rs.getString(11)), a));
            } else if (a.wantsToLearn()) {
                wishes.add(new SkillUri(skill));
            }
        }

        void finish() {
            if (head == null) {
                return;
            }
            ResultRow h = head;
            sink.accept(new Profile(new ProfileId(h.id()), List.copyOf(skills), Set.copyOf(wishes), new AmrCode(h.region()),
                    h.lat() == null || h.lon() == null ? null : new GeoPoint(h.lat(), h.lon()),
                    h.hoursMin() == null ? null : new HoursPerWeek(h.hoursMin(), h.hoursMax()),
                    h.occupation() == null ? null : new OccupationUri(h.occupation()), h.synthetic()));
            head = null;
            skills.clear();
            wishes.clear();
        }
    }

    private static Consent consent(ResultSet rs, int row) throws SQLException {
        Timestamp withdrawn = rs.getTimestamp(7);
        return new Consent(rs.getObject(1, UUID.class), new ProfileId(rs.getObject(2, UUID.class)),
                ConsentKind.valueOf(rs.getString(3)), regions(rs.getArray(4)), rs.getTimestamp(5).toInstant(),
                rs.getString(6), withdrawn == null ? null : withdrawn.toInstant());
    }

    private static Set<AmrCode> regions(Array array) throws SQLException {
        Set<AmrCode> out = new LinkedHashSet<>();
        for (Object o : (Object[]) array.getArray()) {
            out.add(new AmrCode((String) o));
        }
        return out;
    }
}
