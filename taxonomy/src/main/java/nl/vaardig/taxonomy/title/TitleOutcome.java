package nl.vaardig.taxonomy.title;

/** Why a title got the occupations it got, or none: the reason an empty answer gives. */
public enum TitleOutcome {
    /** Occupations whose labels match the title's words. */
    MATCHED,
    /** Nothing closer was found; the occupations named by the title's head noun ("wijkverpleegkundige" → verpleegkundige). */
    HEAD_FALLBACK,
    /** Empty or only white space. */
    EMPTY,
    /** Fewer than two letters: too short to be a job title. */
    TOO_SHORT,
    /** Longer than {@link JobTitleMatcher#MAX_TITLE_CHARS} characters: a text, not a job title. */
    TOO_LONG,
    /** No letters at all: only digits, punctuation or emoji. */
    NO_WORDS,
    /** No word of the title is known in an occupation label. */
    NOT_RECOGNISED;

    /** True for the outcomes that come with occupations. */
    public boolean answered() {
        return this == MATCHED || this == HEAD_FALLBACK;
    }

    /** The reason refused before matching, for a title that is not a job title at all; null otherwise. */
    static TitleOutcome refusal(String title) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            return EMPTY;
        }
        if (t.length() > JobTitleMatcher.MAX_TITLE_CHARS) {
            return TOO_LONG;
        }
        long letters = t.codePoints().filter(Character::isLetter).count();
        if (letters == 0) {
            return NO_WORDS;
        }
        return letters < 2 ? TOO_SHORT : null;
    }
}
