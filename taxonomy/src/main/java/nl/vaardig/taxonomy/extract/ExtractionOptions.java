package nl.vaardig.taxonomy.extract;

/**
 * How to extract.
 *
 * @param maxChars            text beyond this many characters is not read (a warning says so); the
 *                            service refuses input over 1 MiB outright
 * @param minConfidence       skills below this confidence are left out
 * @param maxSkills           at most this many skills, best first
 * @param useOccupationPrior  let detected occupations raise the skills ESCO lists for them (only skills
 *                            that also have evidence in the text)
 * @param labelLanguage       language of returned labels; English is used, and flagged, where ESCO has
 *                            no Dutch label
 */
public record ExtractionOptions(int maxChars, double minConfidence, int maxSkills, boolean useOccupationPrior,
                                LabelLanguage labelLanguage) {

    public static final int DEFAULT_MAX_CHARS = 50_000;

    public ExtractionOptions {
        if (maxChars < 1 || maxChars > 1_048_576) {
            throw new IllegalArgumentException("maxChars must be in 1..1048576, was " + maxChars);
        }
        if (!(minConfidence >= 0.0 && minConfidence <= 1.0)) {
            throw new IllegalArgumentException("minConfidence must be in [0,1], was " + minConfidence);
        }
        if (maxSkills < 1) {
            throw new IllegalArgumentException("maxSkills must be positive, was " + maxSkills);
        }
        if (labelLanguage == null) {
            throw new IllegalArgumentException("labelLanguage is required");
        }
    }

    /** Suggestions an employer would confirm: Dutch labels, confidence ≥ 0.35, at most 40 skills. */
    public static ExtractionOptions defaults() {
        return new ExtractionOptions(DEFAULT_MAX_CHARS, 0.35, 40, true, LabelLanguage.NL);
    }

    /** Everything the extractor ranks, for evaluation and for callers that apply their own cut-off. */
    public static ExtractionOptions ranking() {
        return new ExtractionOptions(DEFAULT_MAX_CHARS, 0.0, 100, true, LabelLanguage.EN);
    }

    public ExtractionOptions withMinConfidence(double value) {
        return new ExtractionOptions(maxChars, value, maxSkills, useOccupationPrior, labelLanguage);
    }

    public ExtractionOptions withMaxSkills(int value) {
        return new ExtractionOptions(maxChars, minConfidence, value, useOccupationPrior, labelLanguage);
    }

    public ExtractionOptions withOccupationPrior(boolean value) {
        return new ExtractionOptions(maxChars, minConfidence, maxSkills, value, labelLanguage);
    }

    public ExtractionOptions withLabelLanguage(LabelLanguage value) {
        return new ExtractionOptions(maxChars, minConfidence, maxSkills, useOccupationPrior, value);
    }

    public ExtractionOptions withMaxChars(int value) {
        return new ExtractionOptions(value, minConfidence, maxSkills, useOccupationPrior, labelLanguage);
    }
}
