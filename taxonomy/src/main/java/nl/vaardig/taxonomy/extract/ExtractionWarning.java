package nl.vaardig.taxonomy.extract;

/** Something the caller should know about how the text was read. {@code code} is stable for APIs. */
public sealed interface ExtractionWarning {

    String code();

    String message();

    /** Only the first {@code processedChars} of {@code totalChars} were read. */
    record TextTruncated(int totalChars, int processedChars) implements ExtractionWarning {
        public String code() {
            return "text-truncated";
        }

        public String message() {
            return "text truncated: read " + processedChars + " of " + totalChars + " characters";
        }
    }

    /** Sentences recognised as benefits, company, application or legal text and not used for skills. */
    record BoilerplateSkipped(int sentences) implements ExtractionWarning {
        public String code() {
            return "boilerplate-skipped";
        }

        public String message() {
            return "boilerplate skipped: " + sentences + " sentences";
        }
    }

    /** HTML markup was removed before reading. */
    record MarkupRemoved() implements ExtractionWarning {
        public String code() {
            return "markup-removed";
        }

        public String message() {
            return "HTML tags and entities were removed";
        }
    }

    /** Characters that looked like UTF-8 read as Windows-1252 were repaired. */
    record EncodingRepaired(int characters) implements ExtractionWarning {
        public String code() {
            return "encoding-repaired";
        }

        public String message() {
            return "repaired " + characters + " characters with a wrong encoding";
        }
    }

    /** The text holds replacement characters (U+FFFD): it was decoded with the wrong charset upstream. */
    record UndecodableCharacters(int count) implements ExtractionWarning {
        public String code() {
            return "undecodable-characters";
        }

        public String message() {
            return count + " characters could not be decoded; send the text as UTF-8";
        }
    }

    /** Nothing to read: the text is empty or only markup and whitespace. */
    record NoText() implements ExtractionWarning {
        public String code() {
            return "no-text";
        }

        public String message() {
            return "the text is empty";
        }
    }
}
