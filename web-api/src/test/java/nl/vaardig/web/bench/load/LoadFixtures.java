package nl.vaardig.web.bench.load;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * What the journeys point at, read from the running app before the run: ESCO skill URIs (from the
 * public typeahead), the demo employer's vacancy ids, the labour-market default period.
 */
record LoadFixtures(List<String> skillUris, List<String> ownVacancies, String lmiPeriod) {

    private static final List<String> PREFIXES = List.of("verpleeg", "heftruck", "boekhoud", "klantcontact",
            "schoonmaak", "program", "lassen", "zorg", "Excel", "logist", "onderwijs", "kok");

    Visit visit() {
        return new Visit(this);
    }

    /** One visit's random choices, so a journey's steps stay consistent (same vacancy, same profile). */
    static final class Visit {
        private final LoadFixtures fixtures;
        private final ThreadLocalRandom random = ThreadLocalRandom.current();
        private final String vacancy;
        private final List<String> skills;
        private final String prefix;

        Visit(LoadFixtures fixtures) {
            this.fixtures = fixtures;
            this.vacancy = fixtures.ownVacancies().get(random.nextInt(fixtures.ownVacancies().size()));
            this.skills = random.ints(3 + random.nextInt(6), 0, fixtures.skillUris().size()).distinct()
                    .mapToObj(fixtures.skillUris()::get).toList();
            String word = PREFIXES.get(random.nextInt(PREFIXES.size()));
            this.prefix = word.substring(0, Math.min(word.length(), 3 + random.nextInt(4)));
        }

        String typed() {
            return prefix;
        }

        String ownVacancy() {
            return vacancy;
        }

        String period() {
            return fixtures.lmiPeriod();
        }

        /** An anonymous explorer's profile: a few skills at random levels, in AM18. */
        String profileJson() {
            String[] levels = {"BASIC", "INTERMEDIATE", "ADVANCED", "EXPERT"};
            return "{\"skills\":[" + skills.stream().map(uri -> "{\"uri\":\"" + uri + "\",\"level\":\""
                    + levels[random.nextInt(levels.length)] + "\"}").collect(Collectors.joining(","))
                    + "],\"region\":\"AM18\"}";
        }
    }
}
