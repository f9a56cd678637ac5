package nl.vaardig.ingest.event.payload;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The full public state of a vacancy as it travels in vacancy events (event-carried state transfer: the latest
 * event of a vacancy is enough to rebuild it, which is what compaction of the vacancy topic keeps). The
 * description text is left out on purpose: it is large and is served by the API.
 *
 * @param employer     the employer organisation's name (an organisation, not a person)
 * @param gemeente     municipality of the work location, when known
 * @param latitude     work location, WGS84, optional (with longitude)
 * @param occupation   ESCO occupation URI, optional
 * @param isco         ISCO-08 code (1–4 digits), optional
 * @param source       {@code ui} or {@code feed:<name>}
 * @param externalId   the feed's own id of the vacancy (null for ui)
 * @param version      optimistic-locking version of the stored vacancy; consumers ignore an older version
 */
public record VacancyState(UUID vacancyId, String employer, String title, String region, String gemeente,
                           Double latitude, Double longitude, int hoursMin, int hoursMax, String contractType,
                           String occupation, String isco, List<SkillRequirement> skills, LocalDate validFrom,
                           LocalDate validUntil, String status, String source, String externalId, long version) {

    public VacancyState {
        Payloads.id(vacancyId, "vacancyId");
        employer = Payloads.text(employer, "employer", 300);
        title = Payloads.text(title, "title", 300);
        Payloads.region(region);
        Objects.requireNonNull(contractType, "contractType");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        skills = List.copyOf(skills);
        if (hoursMin < 0 || hoursMax < hoursMin || hoursMax > 60) {
            throw new IllegalArgumentException("hours per week must satisfy 0 <= min <= max <= 60");
        }
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("a location needs both latitude and longitude");
        }
        if (version < 0) {
            throw new IllegalArgumentException("version must be >= 0");
        }
    }

    /** A skill the vacancy asks for; {@code essential} false means nice to have. */
    public record SkillRequirement(String uri, boolean essential) {
        public SkillRequirement {
            Objects.requireNonNull(uri, "uri");
            if (!uri.startsWith("http")) {
                throw new IllegalArgumentException("a skill is an ESCO URI: " + uri);
            }
        }
    }
}
