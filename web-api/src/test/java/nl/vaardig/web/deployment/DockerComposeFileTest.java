package nl.vaardig.web.deployment;

import nl.vaardig.web.platform.security.Role;
import nl.vaardig.web.support.ContainerInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml cannot be run on a machine without Docker, so it is checked here: every service
 * the app's configuration points at exists and listens where the app looks, the issuer is the one
 * the realm and Keycloak's hostname produce, the realm has the same roles and demo users as the
 * local profile, and the image runs as a non-root user.
 */
class DockerComposeFileTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static Map<String, Object> services;
    private static Map<String, String> app;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void parse() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        services = (Map<String, Object>) compose.get("services");
        app = environment("app");
    }

    @Test
    void theDeploymentHasTheFourServices() {
        assertThat(services).containsKeys("postgres", "kafka", "keycloak", "app");
    }

    @Test
    void theAppFindsPostgresWhereItListens() {
        URI jdbc = URI.create(app.get("SPRING_DATASOURCE_URL").substring("jdbc:".length()));
        assertThat(services).containsKey(jdbc.getHost());
        assertThat(jdbc.getPort()).isEqualTo(5432);
        assertThat(jdbc.getPath()).isEqualTo("/" + environment("postgres").get("POSTGRES_DB"));
        assertThat(app.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(environment("postgres").get("POSTGRES_USER"));
        assertThat(app.get("SPRING_DATASOURCE_PASSWORD")).isEqualTo(environment("postgres").get("POSTGRES_PASSWORD"));
    }

    @Test
    void theAppFindsKafkaOnItsAdvertisedListener() {
        String bootstrap = app.get("SPRING_KAFKA_BOOTSTRAP_SERVERS");
        Map<String, String> kafka = environment("kafka");
        assertThat(kafka.get("KAFKA_ADVERTISED_LISTENERS")).isEqualTo("PLAINTEXT://" + bootstrap);
        assertThat(services).containsKey(bootstrap.substring(0, bootstrap.indexOf(':')));
        assertThat(kafka.get("KAFKA_PROCESS_ROLES")).as("KRaft, no ZooKeeper").isEqualTo("broker,controller");
    }

    @Test
    void theIssuerIsWhatKeycloakAnnouncesForTheVaardigRealm() throws IOException {
        Map<String, String> keycloak = environment("keycloak");
        String realm = realm().get("realm").asString();
        assertThat(app.get("VAARDIG_OIDC_ISSUER")).isEqualTo(keycloak.get("KC_HOSTNAME") + "/realms/" + realm);

        URI published = URI.create(keycloak.get("KC_HOSTNAME"));
        assertThat(ports("keycloak")).contains(published.getPort() + ":8080");

        URI keys = URI.create(app.get("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI"));
        assertThat(keys.getHost()).isEqualTo("keycloak");
        assertThat(keys.getPort()).isEqualTo(8080);
        assertThat(keys.getPath()).isEqualTo("/realms/" + realm + "/protocol/openid-connect/certs");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAppStartsOnlyWhenItsServersAreHealthy() {
        Map<String, Object> appService = (Map<String, Object>) services.get("app");
        Map<String, Map<String, String>> dependsOn = (Map<String, Map<String, String>>) appService.get("depends_on");
        assertThat(dependsOn).containsOnlyKeys("postgres", "kafka", "keycloak");
        dependsOn.forEach((service, condition) -> {
            assertThat(condition).containsEntry("condition", "service_healthy");
            assertThat((Map<String, Object>) services.get(service)).containsKey("healthcheck");
        });
    }

    @Test
    void theIntegrationTestSwitchUsesTheSameImagesAsTheDeployment() {
        assertThat(image("postgres")).isEqualTo(ContainerInfrastructure.POSTGRES_IMAGE);
        assertThat(image("kafka")).isEqualTo(ContainerInfrastructure.KAFKA_IMAGE);
    }

    @Test
    void everySecretTheComposeFileRequiresIsListedInTheEnvExample() throws IOException {
        String compose = Files.readString(ROOT.resolve("docker-compose.yml"));
        Matcher required = Pattern.compile("\\$\\{([A-Z_]+):\\?").matcher(compose);
        Set<String> needed = new TreeSet<>();
        while (required.find()) {
            needed.add(required.group(1));
        }
        Set<String> listed = Files.readAllLines(ROOT.resolve(".env.example")).stream()
                .filter(line -> line.contains("=") && !line.startsWith("#"))
                .map(line -> line.substring(0, line.indexOf('=')))
                .collect(Collectors.toSet());
        assertThat(needed).isNotEmpty();
        assertThat(listed).containsAll(needed);
    }

    @Test
    void theRealmHasExactlyVaardigsRoles() throws IOException {
        Set<String> roles = StreamSupport.stream(realm().get("roles").get("realm").spliterator(), false)
                .map(role -> role.get("name").asString()).collect(Collectors.toSet());
        assertThat(roles).isEqualTo(Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRealmHasTheSameDemoUsersAsTheLocalProfile() throws IOException {
        Map<String, Object> local = new Yaml().load(Files.readString(
                ROOT.resolve("web-api/src/main/resources/application-local.yml"), StandardCharsets.UTF_8));
        List<Map<String, Object>> accounts = (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>)
                ((Map<String, Object>) local.get("vaardig")).get("oidc")).get("local-provider")).get("accounts");
        Map<String, JsonNode> realmUsers = StreamSupport.stream(realm().get("users").spliterator(), false)
                .collect(Collectors.toMap(user -> user.get("username").asString(), user -> user));

        assertThat(realmUsers.keySet()).isEqualTo(accounts.stream().map(a -> (String) a.get("username"))
                .collect(Collectors.toSet()));
        for (Map<String, Object> account : accounts) {
            JsonNode user = realmUsers.get((String) account.get("username"));
            assertThat(strings(user.get("realmRoles"))).isEqualTo(account.get("roles"));
            List<String> regions = (List<String>) account.getOrDefault("regions", List.of());
            JsonNode realmRegions = user.get("attributes").get("regions");
            assertThat(realmRegions == null ? List.of() : strings(realmRegions)).isEqualTo(regions);
        }
    }

    @Test
    void theRealmClientIsAPublicPkceClientWithTheClaimsTheApiReads() throws IOException {
        JsonNode client = realm().get("clients").get(0);
        assertThat(client.get("clientId").asString()).isEqualTo(app.get("VAARDIG_OIDC_CLIENT_ID"));
        assertThat(client.get("publicClient").asBoolean()).isTrue();
        assertThat(client.get("attributes").get("pkce.code.challenge.method").asString()).isEqualTo("S256");
        Set<String> claims = StreamSupport.stream(client.get("protocolMappers").spliterator(), false)
                .map(mapper -> mapper.get("config").path("claim.name").asString(""))
                .collect(Collectors.toSet());
        assertThat(claims).contains("roles", "regions", "organisation", "preferred_username");
        // the API checks aud (issue 15): Keycloak puts the client there only through an audience mapper
        Set<String> audiences = StreamSupport.stream(client.get("protocolMappers").spliterator(), false)
                .filter(mapper -> "oidc-audience-mapper".equals(mapper.get("protocolMapper").asString()))
                .map(mapper -> mapper.get("config").path("included.client.audience").asString(""))
                .collect(Collectors.toSet());
        assertThat(audiences).containsExactly(app.get("VAARDIG_OIDC_CLIENT_ID"));
    }

    @Test
    void theImageIsMultiStageAndRunsAsANonRootUser() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("Dockerfile"));
        long stages = lines.stream().filter(line -> line.startsWith("FROM ")).count();
        String user = lines.stream().filter(line -> line.startsWith("USER ")).reduce((a, b) -> b).orElse("USER root");
        assertThat(stages).isGreaterThanOrEqualTo(2);
        assertThat(user.substring(5).trim()).isNotIn("root", "0");
        assertThat(lines).contains("EXPOSE 8080");
        assertThat(ports("app")).contains("8080:8080");
    }

    private static JsonNode realm() throws IOException {
        return JsonMapper.builder().build().readTree(ROOT.resolve("deploy/keycloak/vaardig-realm.json").toFile());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(String service) {
        Map<String, Object> environment = (Map<String, Object>) ((Map<String, Object>) services.get(service)).get("environment");
        return environment.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())));
    }

    @SuppressWarnings("unchecked")
    private static List<String> ports(String service) {
        return (List<String>) ((Map<String, Object>) services.get(service)).get("ports");
    }

    @SuppressWarnings("unchecked")
    private static String image(String service) {
        return (String) ((Map<String, Object>) services.get(service)).get("image");
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }
}
