package nl.vaardig.matching.index;

import java.nio.ByteBuffer;
import java.util.UUID;
import nl.vaardig.matching.model.GeoPoint;
import nl.vaardig.matching.model.IscoCode;
import nl.vaardig.matching.model.Vacancy;
import nl.vaardig.matching.scoring.Requirements;
import nl.vaardig.matching.scoring.SkillGraph;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BitUtil;
import org.apache.lucene.util.BytesRef;

/** Vacancy record → Lucene document. The document holds what matching and filtering need, nothing else. */
public final class VacancyDocuments {

    private VacancyDocuments() {
    }

    public static Document toDocument(Vacancy v, Requirements r, SkillGraph graph) {
        var doc = new Document();
        doc.add(new StringField(Fields.KIND, Fields.KIND_VACANCY, Field.Store.NO));
        doc.add(new StringField(Fields.ID, idTerm(v.id()), Field.Store.NO));
        doc.add(new BinaryDocValuesField(Fields.ID_BYTES, uuidBytes(v.id().value())));
        double total = 0;
        for (int i = 0; i < r.size(); i++) {
            total += graph.requirementWeight(r.skills()[i], r.essential()[i]);
        }
        for (int i = 0; i < r.size(); i++) {
            float share = (float) (graph.requirementWeight(r.skills()[i], r.essential()[i]) / total);
            doc.add(new FeatureField(Fields.VACANCY_SKILL, SkillTerms.term(r.skills()[i]), Math.max(share, Float.MIN_NORMAL)));
        }
        doc.add(new BinaryDocValuesField(Fields.VACANCY_REQUIREMENTS, VarInts.encode(r.packed())));
        doc.add(new KeywordField(Fields.REGION, v.region().value(), Field.Store.NO));
        doc.add(new SortedDocValuesField(Fields.REGION_SORT, new BytesRef(v.region().value())));
        v.workLocation().ifPresent(p -> addLocation(doc, p));
        doc.add(new IntField(Fields.HOURS_MIN, v.hours().min(), Field.Store.NO));
        doc.add(new IntField(Fields.HOURS_MAX, v.hours().max(), Field.Store.NO));
        doc.add(new KeywordField(Fields.CONTRACT, v.contract().name(), Field.Store.NO));
        v.iscoGroup().ifPresent(code -> addSector(doc, code));
        v.occupationUri().ifPresent(o -> doc.add(new KeywordField(Fields.OCCUPATION, o.value(), Field.Store.NO)));
        doc.add(new LongField(Fields.VALID_FROM, v.validity().from().toEpochDay(), Field.Store.NO));
        doc.add(new LongField(Fields.VALID_UNTIL, v.validity().until().toEpochDay(), Field.Store.NO));
        doc.add(new LongField(Fields.PUBLISHED, v.published().toEpochDay(), Field.Store.NO));
        if (v.synthetic()) {
            doc.add(new StringField(Fields.SYNTHETIC, "true", Field.Store.NO));
        }
        return doc;
    }

    /** Index key of a vacancy id; prefixed per kind so the three kinds never collide. */
    public static String idTerm(nl.vaardig.matching.model.VacancyId id) {
        return "v:" + id;
    }

    static void addLocation(Document doc, GeoPoint p) {
        doc.add(new LatLonPoint(Fields.LOCATION, p.latitude(), p.longitude()));
        doc.add(new LatLonDocValuesField(Fields.LOCATION, p.latitude(), p.longitude()));
    }

    static void addSector(Document doc, IscoCode code) {
        // every prefix, so a filter on a major group (1 digit) finds unit groups (4 digits)
        for (int len = 1; len <= code.value().length(); len++) {
            doc.add(new KeywordField(Fields.SECTOR, code.value().substring(0, len), Field.Store.NO));
        }
    }

    public static BytesRef uuidBytes(UUID id) {
        return new BytesRef(ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array());
    }

    /** The id of {@link #uuidBytes}, read in place (every rescored candidate reads one). */
    public static UUID uuid(BytesRef ref) {
        if (ref.length != 16) {
            throw new IllegalArgumentException("an id is 16 bytes, was " + ref.length);
        }
        return new UUID((long) BitUtil.VH_BE_LONG.get(ref.bytes, ref.offset), (long) BitUtil.VH_BE_LONG.get(ref.bytes, ref.offset + 8));
    }
}
