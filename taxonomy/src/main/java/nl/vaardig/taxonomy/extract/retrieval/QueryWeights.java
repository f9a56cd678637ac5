package nl.vaardig.taxonomy.extract.retrieval;

import java.util.Arrays;
import java.util.Locale;

/**
 * How much a query term's BM25 score counts in each field of a skill document ({@link SkillRetriever.DocField}, in
 * its order) for text of the field's language and for text of the other language, and as a learnt translation (times
 * its Dice coefficient).
 *
 * @param fieldBoosts         one boost per {@link SkillRetriever.DocField} for text of the field's language, each
 *                            finite and above 0 (a zero impact would list a document as touched once per term:
 *                            {@link SkillRetriever#accumulate})
 * @param otherLanguageBoosts the same for text of the other language, before the {@code otherLanguage} factor
 * @param otherLanguage       the factor of the other language's fields
 * @param translated          the factor of a translated term (only Dutch text has them)
 */
public record QueryWeights(float[] fieldBoosts, float[] otherLanguageBoosts, float otherLanguage, float translated) {

    /** The hand-set weights of rounds 1–12: labels 3, weak labels 1.5, descriptions 0.6, context 0.3 per language. */
    public static final QueryWeights HAND_SET = new QueryWeights(new float[] {3f, 1.5f, 0.6f, 0.3f, 3f, 1.5f, 0.6f, 0.3f},
            0.45f, 1f);

    public QueryWeights {
        fieldBoosts = checked(fieldBoosts);
        otherLanguageBoosts = checked(otherLanguageBoosts);
        requireWeight(otherLanguage);
        requireWeight(translated);
    }

    /** The same boosts for text of either language. */
    public QueryWeights(float[] fieldBoosts, float otherLanguage, float translated) {
        this(fieldBoosts, fieldBoosts, otherLanguage, translated);
    }

    private static float[] checked(float[] boosts) {
        if (boosts.length != SkillRetriever.DocField.values().length) {
            throw new IllegalArgumentException("expected " + SkillRetriever.DocField.values().length + " field boosts, got "
                    + boosts.length);
        }
        for (float f : boosts) {
            requireWeight(f);
        }
        return boosts.clone();
    }

    private static void requireWeight(float w) {
        if (!(w > 0f) || Float.isInfinite(w)) {
            throw new IllegalArgumentException("a weight must be finite and above 0, was " + w);
        }
    }

    float boost(SkillRetriever.DocField field) {
        return fieldBoosts[field.ordinal()];
    }

    float otherLanguageBoost(SkillRetriever.DocField field) {
        return otherLanguageBoosts[field.ordinal()];
    }

    /** Whether text of either language weighs the fields of this language alike. */
    boolean sameBoosts(boolean dutchFields) {
        for (SkillRetriever.DocField f : SkillRetriever.DocField.values()) {
            if (f.dutch == dutchFields && Float.compare(boost(f), otherLanguageBoost(f)) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The same weights with one field's boost for text of its own language (text of the other language keeps its
     * boosts), or, past the fields, the other language's or the translation factor.
     */
    QueryWeights with(int index, float value) {
        float[] boosts = fieldBoosts.clone();
        if (index < boosts.length) {
            boosts[index] = value;
            return new QueryWeights(boosts, otherLanguageBoosts, otherLanguage, translated);
        }
        return index == boosts.length ? new QueryWeights(boosts, otherLanguageBoosts, value, translated)
                : new QueryWeights(boosts, otherLanguageBoosts, otherLanguage, value);
    }

    /** How many values {@link #with} can set. */
    static int size() {
        return SkillRetriever.DocField.values().length + 2;
    }

    float get(int index) {
        return index < fieldBoosts.length ? fieldBoosts[index] : index == fieldBoosts.length ? otherLanguage : translated;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QueryWeights w && Arrays.equals(fieldBoosts, w.fieldBoosts)
                && Arrays.equals(otherLanguageBoosts, w.otherLanguageBoosts) && Float.compare(otherLanguage, w.otherLanguage) == 0 && Float.compare(translated, w.translated) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * Arrays.hashCode(fieldBoosts) + Arrays.hashCode(otherLanguageBoosts))
                + Float.hashCode(otherLanguage)) + Float.hashCode(translated);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (SkillRetriever.DocField f : SkillRetriever.DocField.values()) {
            out.append(f.name).append('=').append(String.format(Locale.ROOT, "%.3g", fieldBoosts[f.ordinal()])).append(' ');
        }
        if (!Arrays.equals(fieldBoosts, otherLanguageBoosts)) {
            out.append("(other language's text: ");
            for (SkillRetriever.DocField f : SkillRetriever.DocField.values()) {
                out.append(f.name).append('=').append(String.format(Locale.ROOT, "%.3g", otherLanguageBoosts[f.ordinal()]))
                        .append(' ');
            }
            out.append(") ");
        }
        return out.append(String.format(Locale.ROOT, "other=%.3g translated=%.3g", otherLanguage, translated)).toString();
    }
}
