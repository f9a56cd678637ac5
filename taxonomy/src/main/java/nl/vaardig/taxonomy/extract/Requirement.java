package nl.vaardig.taxonomy.extract;

/** Whether the text asks for a skill or only welcomes it. A suggestion: the employer confirms. */
public enum Requirement { ESSENTIAL, OPTIONAL }
