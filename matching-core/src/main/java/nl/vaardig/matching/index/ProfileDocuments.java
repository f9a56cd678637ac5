package nl.vaardig.matching.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import nl.vaardig.matching.model.EvidenceKind;
import nl.vaardig.matching.model.ProficiencyLevel;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.ProfileSkill;
import nl.vaardig.matching.model.SelfAssessment;
import nl.vaardig.matching.scoring.HeldSkills;
import nl.vaardig.matching.scoring.MatchWeights;
import nl.vaardig.matching.scoring.SkillGraph;
import nl.vaardig.taxonomy.model.SkillUri;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.StringField;

/**
 * Profile record → Lucene document: pseudonymous id, skills with their facts, wishes, region, home, availability.
 * Only profiles whose owner consented to be found by employers are indexed (the caller decides).
 *
 * <p>A document keeps the profile's skills in skill URI order ({@link #IN_URI_ORDER}), not in the order the caller
 * listed them: the held skills read back from it ({@link #heldSkills}) are in that order, so a candidate's
 * explanation lists its relevance parts in it and a tie between two held skills of equal credit for a requirement
 * goes to the first in it ({@code PreparedProfile}: the first held skill wins a tie). The platform reads a profile's
 * skills in one order when it indexes newly stored profiles and in another when it rebuilds the index at a restart;
 * with the list's order, the same candidate was explained differently after a restart (round 15).
 */
public final class ProfileDocuments {

    /** The enums' values once: {@code values()} copies its array on every call, and a people search reads thousands. */
    private static final ProficiencyLevel[] LEVELS = ProficiencyLevel.values();
    private static final EvidenceKind[] EVIDENCE = EvidenceKind.values();

    /** The order of a document's skills: by URI, as strings (UTF-16 code units, the same under every locale). */
    private static final Comparator<ProfileSkill> IN_URI_ORDER = Comparator.comparing(s -> s.skill().value());

    private ProfileDocuments() {
    }

    public static Document toDocument(Profile p, SkillGraph graph) {
        var doc = new Document();
        doc.add(new StringField(Fields.KIND, Fields.KIND_PROFILE, Field.Store.NO));
        doc.add(new StringField(Fields.ID, idTerm(p.id()), Field.Store.NO));
        doc.add(new BinaryDocValuesField(Fields.ID_BYTES, VacancyDocuments.uuidBytes(p.id().value())));
        MatchWeights weights = graph.weights();
        List<ProfileSkill> skills = p.skills().stream().sorted(IN_URI_ORDER).toList();
        var packed = new ArrayList<Integer>();
        double heldWeight = 0;
        for (ProfileSkill s : skills) {
            OptionalInt o = graph.ordinal(s.skill());
            if (o.isPresent() && weights.holderFactor(s) > 0) {
                heldWeight += graph.specificity(o.getAsInt());
            }
        }
        for (ProfileSkill s : skills) {
            OptionalInt o = graph.ordinal(s.skill());
            if (o.isEmpty()) {
                continue;
            }
            packed.add(o.getAsInt());
            packed.add(s.level().ordinal());
            packed.add(s.evidence().ordinal());
            packed.add(assessmentBits(s.assessment()));
            double f = weights.holderFactor(s);
            if (f > 0) {
                doc.add(new FeatureField(Fields.PROFILE_SKILL, SkillTerms.term(o.getAsInt()), (float) f));
                doc.add(new FeatureField(Fields.PROFILE_RELEVANCE, SkillTerms.term(o.getAsInt()),
                        (float) (graph.specificity(o.getAsInt()) / heldWeight)));
            }
        }
        doc.add(new BinaryDocValuesField(Fields.PROFILE_SKILLS, VarInts.encode(packed.stream().mapToInt(Integer::intValue).toArray())));
        for (SkillUri wish : p.wantsToLearn()) {
            graph.ordinal(wish).ifPresent(o -> doc.add(new StringField(Fields.PROFILE_WISH, SkillTerms.term(o), Field.Store.NO)));
        }
        p.labourMarketRegion().ifPresent(r -> doc.add(new KeywordField(Fields.REGION, r.value(), Field.Store.NO)));
        if (p.occupation() != null) {
            doc.add(new KeywordField(Fields.OCCUPATION, p.occupation().value(), Field.Store.NO));
        }
        p.homeLocation().ifPresent(h -> VacancyDocuments.addLocation(doc, h));
        if (p.availability() != null) {
            doc.add(new IntField(Fields.HOURS_MIN, p.availability().min(), Field.Store.NO));
            doc.add(new IntField(Fields.HOURS_MAX, p.availability().max(), Field.Store.NO));
        }
        if (p.synthetic()) {
            doc.add(new StringField(Fields.SYNTHETIC, "true", Field.Store.NO));
        }
        return doc;
    }

    /** Index key of a profile id. */
    public static String idTerm(nl.vaardig.matching.model.ProfileId id) {
        return "p:" + id;
    }

    /** The profile skills stored in a document (ordinals resolved back to URIs). */
    public static List<ProfileSkill> skills(int[] packed, SkillGraph graph) {
        var out = new ArrayList<ProfileSkill>(packed.length / 4);
        for (int i = 0; i + 3 < packed.length; i += 4) {
            out.add(new ProfileSkill(graph.skill(packed[i]).uri(), LEVELS[packed[i + 1]],
                    EVIDENCE[packed[i + 2]], assessment(packed[i + 3])));
        }
        return out;
    }

    /**
     * The held skills stored in a document with their holder factors, straight from the ordinals: what
     * {@code MatchScorer.heldSkills(skills(packed, graph))} gives, without resolving each skill to its URI and back.
     */
    public static HeldSkills heldSkills(int[] packed, MatchWeights weights) {
        int[] ords = new int[packed.length / 4];
        double[] factors = new double[ords.length];
        int n = 0;
        for (int i = 0; i + 3 < packed.length; i += 4) {
            double f = weights.holderFactor(LEVELS[packed[i + 1]], EVIDENCE[packed[i + 2]],
                    assessment(packed[i + 3]));
            if (f > 0) {
                ords[n] = packed[i];
                factors[n++] = f;
            }
        }
        return new HeldSkills(Arrays.copyOf(ords, n), Arrays.copyOf(factors, n));
    }

    static int assessmentBits(SelfAssessment a) {
        return (a.doesItAlready() ? 1 : 0) | (a.canDoIt() ? 2 : 0) | (a.wantsToLearn() ? 4 : 0) | (a.givesEnergy() ? 8 : 0);
    }

    static SelfAssessment assessment(int bits) {
        return new SelfAssessment((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0);
    }
}
