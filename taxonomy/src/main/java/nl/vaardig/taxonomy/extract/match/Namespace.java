package nl.vaardig.taxonomy.extract.match;

/**
 * Which stemmer and stop list a label or a text token stream uses. Every text is read in both, because
 * Dutch vacancies are full of English tool names and English CVs contain Dutch course names.
 */
public enum Namespace { EN, NL }
