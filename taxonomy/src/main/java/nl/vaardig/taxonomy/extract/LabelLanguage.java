package nl.vaardig.taxonomy.extract;

/** Language in which skill and occupation labels are returned. */
public enum LabelLanguage { NL, EN }
