package nl.vaardig.taxonomy.extract.retrieval;

/**
 * The optional parts of a skill search, carried whole from one {@link SkillRetriever} to the next (other weights,
 * other translations): none of them changes the index or its impacts, only how a sentence's sums are cut.
 *
 * @param usagePrior       each skill's sum times 1 + this × its usage ({@link SkillRetriever#withUsagePrior}); 0: none
 * @param maxTermDocuments a query term in more documents than this is not summed
 *                         ({@link SkillRetriever#withoutCommonTerms}); {@link Integer#MAX_VALUE}: every term is
 * @param broader          the general skill before the narrower ones sharing its word
 *                         ({@link SkillRetriever#withBroaderPreference}); null: none
 */
record SearchSettings(float usagePrior, int maxTermDocuments, BroaderPreference broader) {

    /** The exact sums: no prior, every term, no broader preference. */
    static final SearchSettings NONE = new SearchSettings(0f, Integer.MAX_VALUE, null);

    SearchSettings {
        if (!(usagePrior >= 0f) || Float.isInfinite(usagePrior)) {
            throw new IllegalArgumentException("usage prior must be finite and not negative, was " + usagePrior);
        }
        // -0 is no prior either; records compare floats bit by bit, and -0 would make a second "none"
        usagePrior = usagePrior == 0f ? 0f : usagePrior;
        if (maxTermDocuments < 0) {
            throw new IllegalArgumentException("the term cap must not be negative, was " + maxTermDocuments);
        }
    }

    SearchSettings withUsagePrior(float weight) {
        return new SearchSettings(weight, maxTermDocuments, broader);
    }

    SearchSettings withMaxTermDocuments(int max) {
        return new SearchSettings(usagePrior, max, broader);
    }

    SearchSettings withBroader(BroaderPreference preference) {
        return new SearchSettings(usagePrior, maxTermDocuments, preference);
    }
}
