package nl.vaardig.ingest.feed;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import nl.vaardig.ingest.event.payload.VacancyState.SkillRequirement;

/**
 * One vacancy from a bulk feed (a job board export), validated for shape. {@code (feed, externalId)} identifies
 * it across uploads: uploading the same record again updates the stored vacancy instead of adding one.
 *
 * @param feed        short name of the feed, e.g. {@code werkzoeken-nl} (lower case, digits, dashes)
 * @param externalId  the feed's own id of the vacancy
 * @param region      arbeidsmarktregio (given, or derived from the gemeente)
 * @param skills      skills the feed already lists; when empty they are extracted from the text
 */
public record FeedVacancy(String feed, String externalId, String employer, String title, String description,
                          String region, String gemeente, Double latitude, Double longitude, int hoursMin,
                          int hoursMax, String contractType, String occupation, String isco,
                          List<SkillRequirement> skills, LocalDate validFrom, LocalDate validUntil) {

    public static final int MAX_DESCRIPTION_CHARS = 50_000;
    public static final List<String> CONTRACT_TYPES = List.of("PERMANENT", "TEMPORARY", "AGENCY", "FREELANCE", "TRAINEESHIP");

    private static final Pattern FEED = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    private static final Pattern REGION = Pattern.compile("AM\\d{2}");
    private static final Pattern ISCO = Pattern.compile("[0-9]{1,4}");

    public FeedVacancy {
        if (feed == null || !FEED.matcher(feed).matches()) {
            throw new IllegalArgumentException("feed name must be lower-case letters, digits and dashes: " + feed);
        }
        externalId = required(externalId, "externalId", 200);
        employer = required(employer, "employer", 300);
        title = required(title, "title", 300);
        description = description == null ? "" : description.strip();
        if (description.length() > MAX_DESCRIPTION_CHARS) {
            throw new IllegalArgumentException("description is longer than " + MAX_DESCRIPTION_CHARS + " characters");
        }
        if (region == null || !REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("region must be an arbeidsmarktregio code (AM01–AM35) or derivable from the gemeente");
        }
        gemeente = blankToNull(gemeente);
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("a location needs both latitude and longitude");
        }
        if (latitude != null && (!(latitude >= 50.5 && latitude <= 53.7) || !(longitude >= 3.2 && longitude <= 7.3))) {
            throw new IllegalArgumentException("location " + latitude + "," + longitude + " is not in the Netherlands");
        }
        if (hoursMin < 0 || hoursMax < hoursMin || hoursMax > 60) {
            throw new IllegalArgumentException("hours per week must satisfy 0 <= min <= max <= 60, was " + hoursMin + "-" + hoursMax);
        }
        contractType = contractType == null ? null : contractType.strip().toUpperCase(Locale.ROOT);
        if (!CONTRACT_TYPES.contains(contractType)) {
            throw new IllegalArgumentException("contractType must be one of " + CONTRACT_TYPES + ", was " + contractType);
        }
        occupation = blankToNull(occupation);
        if (occupation != null && !occupation.startsWith("http://data.europa.eu/esco/occupation/")) {
            throw new IllegalArgumentException("occupation must be an ESCO occupation URI: " + occupation);
        }
        isco = blankToNull(isco);
        if (isco != null && !ISCO.matcher(isco).matches()) {
            throw new IllegalArgumentException("isco must be 1-4 digits, was " + isco);
        }
        skills = skills == null ? List.of() : List.copyOf(skills);
        Objects.requireNonNull(validFrom, "validFrom is required");
        Objects.requireNonNull(validUntil, "validUntil is required");
        if (validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("validUntil " + validUntil + " is before validFrom " + validFrom);
        }
    }

    /** The source tag stored with the vacancy: {@code feed:<name>}. */
    public String source() {
        return "feed:" + feed;
    }

    private static String required(String value, String name, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new IllegalArgumentException(name + " is longer than " + maxLength + " characters");
        }
        return stripped;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
