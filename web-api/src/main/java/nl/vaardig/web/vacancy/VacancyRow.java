package nl.vaardig.web.vacancy;

import java.time.LocalDate;
import java.util.UUID;

/** The {@code vacancy} table's shape (persistence only; {@link VacancyPosting} is the domain shape). */
record VacancyRow(UUID id, String employer, String title, String description, String region, String gemeente,
                  Double latitude, Double longitude, int hoursMin, int hoursMax, String contractType,
                  String occupationUri, String isco, String skillsJson, LocalDate validFrom, LocalDate validUntil,
                  String status, String source, String externalId, long version) {
}
