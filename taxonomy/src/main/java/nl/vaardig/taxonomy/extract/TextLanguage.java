package nl.vaardig.taxonomy.extract;

/** Language of the submitted text as far as the extractor could tell. */
public enum TextLanguage { DUTCH, ENGLISH, MIXED, UNKNOWN }
