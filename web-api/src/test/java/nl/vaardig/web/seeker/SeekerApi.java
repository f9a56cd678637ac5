package nl.vaardig.web.seeker;

import java.util.List;
import java.util.stream.Collectors;

/** JSON bodies of the job seeker API for the integration tests. */
final class SeekerApi {

    private SeekerApi() {
    }

    static String skill(String uri, String level, String evidence, boolean doesIt, boolean canDoIt, boolean wantsToLearn,
                        boolean givesEnergy, String proofText) {
        return """
                {"uri":"%s","level":"%s","evidence":"%s","doesIt":%s,"canDoIt":%s,"wantsToLearn":%s,"givesEnergy":%s%s}"""
                .formatted(uri, level, evidence, doesIt, canDoIt, wantsToLearn, givesEnergy,
                        proofText == null ? "" : ",\"proofText\":\"" + proofText + "\"");
    }

    static String held(String uri) {
        return skill(uri, "ADVANCED", "WORK", true, true, false, true, null);
    }

    static List<String> held(List<String> uris) {
        return uris.stream().map(SeekerApi::held).toList();
    }

    static String profile(List<String> skills, String region, Long version, String consents) {
        return "{\"skills\":[" + String.join(",", skills) + "],\"region\":\"" + region + "\",\"hours\":{\"min\":16,\"max\":32}"
                + (version == null ? "" : ",\"version\":" + version)
                + (consents == null ? "" : ",\"consents\":" + consents) + "}";
    }

    /** KEEP_PROFILE plus employer search and coach help in the given regions. */
    static String allConsents(String... regions) {
        String list = List.of(regions).stream().map(r -> "\"" + r + "\"").collect(Collectors.joining(","));
        return "[{\"kind\":\"KEEP_PROFILE\"},{\"kind\":\"EMPLOYER_SEARCH\",\"regions\":[" + list + "]},"
                + "{\"kind\":\"COACH_HELP\",\"regions\":[" + list + "]}]";
    }

    static String keepOnly() {
        return "[{\"kind\":\"KEEP_PROFILE\"}]";
    }
}
