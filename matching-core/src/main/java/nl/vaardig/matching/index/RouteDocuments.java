package nl.vaardig.matching.index;

import nl.vaardig.matching.model.LearningRoute;
import nl.vaardig.matching.model.LearningRouteId;
import nl.vaardig.matching.model.RouteSkill;
import nl.vaardig.matching.scoring.SkillGraph;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import tools.jackson.databind.json.JsonMapper;

/** Learning route record ↔ Lucene document; the whole record is stored as JSON so the catalogue can be reloaded. */
public final class RouteDocuments {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RouteDocuments() {
    }

    public static String idTerm(LearningRouteId id) {
        return "r:" + id;
    }

    public static Document toDocument(LearningRoute r, SkillGraph graph) {
        var doc = new Document();
        doc.add(new StringField(Fields.KIND, Fields.KIND_ROUTE, Field.Store.NO));
        doc.add(new StringField(Fields.ID, idTerm(r.id()), Field.Store.NO));
        doc.add(new BinaryDocValuesField(Fields.ID_BYTES, VacancyDocuments.uuidBytes(r.id().value())));
        for (RouteSkill s : r.skills()) {
            graph.ordinal(s.skill()).ifPresent(o -> doc.add(new FeatureField(Fields.ROUTE_SKILL, SkillTerms.term(o),
                    (s.level().ordinal() + 1) / 4f)));
        }
        r.regions().forEach(a -> doc.add(new KeywordField(Fields.REGION, a.value(), Field.Store.NO)));
        if (r.online()) {
            doc.add(new StringField(Fields.ONLINE, "true", Field.Store.NO));
        }
        doc.add(new StoredField(Fields.ROUTE_JSON, toJson(r)));
        return doc;
    }

    public static String toJson(LearningRoute r) {
        return JSON.writeValueAsString(r);
    }

    public static LearningRoute fromJson(String json) {
        return JSON.readValue(json, LearningRoute.class);
    }
}
