package nl.vaardig.matching.index;

/**
 * Names of the Lucene fields. One index holds the three kinds of document; each kind has its own skill field, so a
 * skill query only ever reaches documents of its kind, and the kind field scopes everything else.
 */
public final class Fields {

    private Fields() {
    }

    public static final String KIND = "kind";
    public static final String KIND_VACANCY = "vacancy";
    public static final String KIND_PROFILE = "profile";
    public static final String KIND_ROUTE = "route";

    /** Indexed id (update/delete key) and the same id as 16 bytes in doc values (fast read per hit). */
    public static final String ID = "id";
    public static final String ID_BYTES = "id_bytes";

    /** FeatureField per required skill, value = its share of the vacancy's requirement weight. */
    public static final String VACANCY_SKILL = "v_skill";
    /** Packed requirements (ordinal << 1 | essential), exact data for rescoring and explanations. */
    public static final String VACANCY_REQUIREMENTS = "v_req";
    /** FeatureField per held skill, value = holder factor. */
    public static final String PROFILE_SKILL = "p_skill";
    /** FeatureField per held skill, value = its specificity's share of the profile's total (relevance estimate). */
    public static final String PROFILE_RELEVANCE = "p_rel";
    /** Packed held skills: ordinal, level, evidence, assessment bits (four ints per skill). */
    public static final String PROFILE_SKILLS = "p_held";
    /** Skills a person wants to learn (plain terms). */
    public static final String PROFILE_WISH = "p_wish";
    /** FeatureField per taught skill, value = level / 4. */
    public static final String ROUTE_SKILL = "r_skill";
    /** Whole learning route as JSON (stored field; the route catalogue is small). */
    public static final String ROUTE_JSON = "r_json";

    public static final String REGION = "amr";
    /** A vacancy's region as the first key of the index sort: each region's vacancies are one run of doc ids. */
    public static final String REGION_SORT = "amr_sort";
    public static final String ONLINE = "online";
    public static final String LOCATION = "loc";
    public static final String HOURS_MIN = "h_min";
    public static final String HOURS_MAX = "h_max";
    public static final String CONTRACT = "contract";
    public static final String SECTOR = "isco";
    public static final String OCCUPATION = "occ";
    public static final String VALID_FROM = "valid_from";
    public static final String VALID_UNTIL = "valid_until";
    public static final String PUBLISHED = "published";
    public static final String SYNTHETIC = "synthetic";
}
