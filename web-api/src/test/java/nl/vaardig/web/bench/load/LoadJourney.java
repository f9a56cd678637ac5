package nl.vaardig.web.bench.load;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One kind of visit: who makes it (a demo account's token, or none), how often relative to the others
 * ({@code weight}), and its requests in order, with think time before each.
 */
record LoadJourney(String name, int weight, String account, List<Step> steps) {

    /**
     * One request; {@code path} and {@code body} are built per visit from the fixtures (random skills,
     * a random own vacancy …). An answer is an error unless 2xx/3xx or listed in {@code alsoFine}.
     */
    record Step(String name, String method, Function<LoadFixtures.Visit, String> path,
                Function<LoadFixtures.Visit, String> body, Set<Integer> alsoFine) {

        static Step get(String name, Function<LoadFixtures.Visit, String> path) {
            return new Step(name, "GET", path, null, Set.of());
        }

        static Step post(String name, Function<LoadFixtures.Visit, String> path, Function<LoadFixtures.Visit, String> body) {
            return new Step(name, "POST", path, body, Set.of());
        }

        static Step put(String name, Function<LoadFixtures.Visit, String> path, Function<LoadFixtures.Visit, String> body) {
            return new Step(name, "PUT", path, body, Set.of());
        }
    }

    static LoadJourney anonymous(String name, int weight, Step... steps) {
        return new LoadJourney(name, weight, null, List.of(steps));
    }

    static LoadJourney as(String account, String name, int weight, Step... steps) {
        return new LoadJourney(name, weight, account, List.of(steps));
    }
}
