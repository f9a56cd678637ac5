package nl.vaardig.taxonomy.extract.retrieval;

import java.util.Objects;

/** A text generated from ESCO that stands for a sentence naming one skill. */
record PseudoQuery(String text, int skill, boolean dutch, String kind) {

    PseudoQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }
}
