package nl.vaardig.web.vacancy;

/** Where a vacancy is in its life: drafts are private to the employer, closed ones take no applications. */
public enum VacancyStatus { DRAFT, PUBLISHED, CLOSED }
