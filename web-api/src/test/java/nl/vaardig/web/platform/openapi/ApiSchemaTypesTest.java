package nl.vaardig.web.platform.openapi;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ApiSchemaTypesTest {

    record Outlook(List<Route> routes, Optional<Skill> strongest) {
        record Route(String id, Skill skill) {
        }
    }

    record Planner(Route[] routes) {
        record Route(String title) {
        }
    }

    record Skill(String uri) {
    }

    sealed interface Source permits Source.Feed {
        record Feed(String feed) implements Source {
        }
    }

    record Answer(Outlook outlook, Planner planner, Source source) {
    }

    private static ApiSchemaTypes typesOf(Type... answers) {
        return ApiSchemaTypes.of(new ArrayDeque<>(List.of(answers)));
    }

    @Test
    void followsComponentsTypeArgumentsArraysAndPermittedSubtypes() {
        assertThat(typesOf(Answer.class).types()).containsExactlyInAnyOrder(Answer.class, Outlook.class,
                Outlook.Route.class, Planner.class, Planner.Route.class, Skill.class, Source.class, Source.Feed.class);
    }

    @Test
    void onlyTypesSharingASimpleNameGetAQualifiedOne() {
        Map<Class<?>, String> names = typesOf(Answer.class).schemaNames();

        assertThat(names).containsOnly(
                Map.entry(Outlook.Route.class, "ApiSchemaTypesTestOutlookRoute"),
                Map.entry(Planner.Route.class, "ApiSchemaTypesTestPlannerRoute"));
    }

    @Test
    void aTypeAloneKeepsItsSimpleName() {
        assertThat(typesOf(Outlook.class).schemaNames()).isEmpty();
    }

    @Test
    void aTopLevelTypeIsQualifiedByItsFeaturePackage() {
        assertThat(ApiSchemaTypes.qualifiedName(nl.vaardig.web.platform.openapi.OpenApiConfiguration.class))
                .isEqualTo("PlatformOpenApiConfiguration");
    }
}
