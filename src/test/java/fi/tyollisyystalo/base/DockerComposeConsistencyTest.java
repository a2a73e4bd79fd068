package fi.tyollisyystalo.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import fi.tyollisyystalo.base.security.Roles;
import tools.jackson.databind.json.JsonMapper;

/**
 * The development machines have no Docker engine, so docker-compose.yml cannot be started there. This test
 * keeps it right by construction instead: the app's environment names properties the application really
 * reads, the issuers and clients point at the Keycloak realms in {@code docker/keycloak}, the realms put the
 * personal identity code and the staff roles in the claims the app is told to read, and every test resident
 * carries a valid test personal identity code.
 */
class DockerComposeConsistencyTest {

    private static final String RESIDENT_REGISTRATION = "suomifi";
    private static final String STAFF_REGISTRATION = "staff";
    private static final String HETU_CLAIM_VARIABLE = "TYOLLISYYSTALO_IDENTITY_RESIDENT_HETU_CLAIM";
    private static final String ROLES_CLAIM_VARIABLE = "TYOLLISYYSTALO_IDENTITY_STAFF_ROLES_CLAIM";
    private static final String USER_PROFILE_PROVIDER = "org.keycloak.userprofile.UserProfileProvider";
    private static final String USER_PROFILE_CONFIG = "kc.user.profile.config";
    private static final String HETU_CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    /** Spring placeholders in property values: ${NAME} or ${NAME:default}. */
    private static final Pattern SPRING_PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-]+)(:?)");
    /** Compose interpolation: ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?error}. */
    private static final Pattern COMPOSE_VARIABLE =
            Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}");
    private static final Pattern KEYCLOAK_PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private static Path root;
    private static Map<String, Object> compose;
    private static Properties properties;
    private static Properties prodProperties;
    private static Map<String, Map<String, Object>> realmsByName;

    @BeforeAll
    static void load() throws IOException {
        root = projectRoot();
        try (Reader reader = Files.newBufferedReader(root.resolve("docker-compose.yml"))) {
            compose = new Yaml().load(reader);
        }
        properties = properties("application.properties");
        prodProperties = properties("application-prod.properties");
        realmsByName = new LinkedHashMap<>();
        var mapper = JsonMapper.builder().build();
        try (Stream<Path> files = Files.list(root.resolve("docker/keycloak"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                Map<String, Object> realm = map(mapper.readValue(Files.readString(file), Map.class));
                realmsByName.put(string(realm.get("realm")), realm);
            }
        }
    }

    @Test
    void compose_runs_the_database_the_identity_provider_the_mail_catcher_and_the_app() {
        assertThat(services()).containsKeys("mariadb", "keycloak", "mailpit", "app");
    }

    @Test
    void every_app_environment_variable_is_a_property_the_application_reads() {
        Set<String> knownKeys = new HashSet<>();
        Stream.of(properties, prodProperties)
                .forEach(p -> p.stringPropertyNames().forEach(k -> knownKeys.add(canonical(k))));
        springBootMetadataPropertyNames().forEach(k -> knownKeys.add(canonical(k)));
        Set<String> placeholders = new HashSet<>();
        Stream.of(properties, prodProperties).forEach(p -> placeholders.addAll(placeholders(p).keySet()));

        List<String> unknown = environment("app").keySet().stream()
                .filter(name -> !placeholders.contains(name) && !knownKeys.contains(canonical(name)))
                .toList();

        assertThat(unknown)
                .as("app environment variables that match no key in application(-prod).properties, no ${NAME} "
                        + "placeholder there and no Spring Boot property on the class path")
                .isEmpty();
    }

    @Test
    void every_value_the_application_requires_from_the_environment_is_given_to_the_app() {
        Set<String> required = new TreeSet<>();
        Stream.of(properties, prodProperties).forEach(p -> placeholders(p).forEach((name, hasDefault) -> {
            if (!hasDefault) {
                required.add(name);
            }
        }));

        assertThat(environment("app").keySet()).containsAll(required);
    }

    @Test
    void the_app_uses_the_database_that_mariadb_creates_and_waits_until_it_is_healthy() {
        Map<String, String> app = environment("app");
        Map<String, String> mariadb = environment("mariadb");

        assertThat(app.get("SPRING_DATASOURCE_URL"))
                .isEqualTo("jdbc:mariadb://mariadb:3306/" + interpolate(mariadb.get("MARIADB_DATABASE")));
        assertThat(app.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(mariadb.get("MARIADB_USER"));
        assertThat(app.get("SPRING_DATASOURCE_PASSWORD")).isEqualTo(mariadb.get("MARIADB_PASSWORD"));
        assertThat(interpolate(app.get("SPRING_DATASOURCE_PASSWORD"))).isNotBlank();
        assertThat(app.get("SPRING_PROFILES_ACTIVE")).isEqualTo("prod");

        assertThat(string(service("mariadb").get("image"))).isEqualTo("mariadb:11.4");
        assertThat(String.join(" ", strings(map(service("mariadb").get("healthcheck")).get("test"))))
                .contains("healthcheck.sh --connect --innodb_initialized");
        assertThat(strings(service("mariadb").get("volumes")))
                .anySatisfy(v -> assertThat(v).endsWith(":/var/lib/mysql"));
        String volume = strings(service("mariadb").get("volumes")).getFirst().split(":")[0];
        assertThat(map(compose.get("volumes"))).containsKey(volume);
        assertThat(dependsOn("app")).containsEntry("mariadb", "service_healthy");
    }

    @Test
    void each_issuer_is_a_realm_that_keycloak_imports_and_announces_at_the_same_address() {
        Map<String, String> keycloak = environment("keycloak");
        String hostname = interpolate(keycloak.get("KC_HOSTNAME"));

        assertThat(strings(service("keycloak").get("command"))).contains("start-dev", "--import-realm");
        assertThat(strings(service("keycloak").get("volumes")))
                .anySatisfy(v -> assertThat(v).startsWith("./docker/keycloak:/opt/keycloak/data/import"));
        for (String registration : List.of(RESIDENT_REGISTRATION, STAFF_REGISTRATION)) {
            String issuer = issuer(registration);
            assertThat(issuer).as("issuer of " + registration).startsWith(hostname + "/realms/");
            assertThat(realmsByName).as("realm files in docker/keycloak").containsKey(realmName(issuer));
            assertThat(realmsByName.get(realmName(issuer)).get("enabled")).isEqualTo(true);
        }
        assertThat(dependsOn("app")).containsKey("keycloak");
    }

    @Test
    void the_app_reaches_keycloak_at_the_address_the_browser_uses() {
        URI keycloakUrl = URI.create(interpolate(environment("keycloak").get("KC_HOSTNAME")));
        int appPort = Integer.parseInt(properties.getProperty("server.port").replaceAll("\\D*(\\d+)\\D*", "$1"));

        assertThat(keycloakUrl.getHost()).isEqualTo("localhost");
        // The app lives in Keycloak's network namespace, where localhost:<port> is Keycloak itself...
        assertThat(service("app").get("network_mode")).isEqualTo("service:keycloak");
        assertThat(interpolate(environment("keycloak").get("KC_HTTP_PORT")))
                .isEqualTo(String.valueOf(keycloakUrl.getPort()));
        // ...and the browser reaches both through ports published on that namespace.
        assertThat(publishedPorts("keycloak"))
                .containsEntry(keycloakUrl.getPort(), keycloakUrl.getPort())
                .containsEntry(appPort, appPort);
        assertThat(service("app")).doesNotContainKey("ports");
    }

    @Test
    void each_registration_uses_the_client_id_secret_and_redirect_address_of_its_realm_client() {
        Map<String, String> app = environment("app");
        Map<String, String> keycloak = environment("keycloak");
        int appPort = Integer.parseInt(properties.getProperty("server.port").replaceAll("\\D*(\\d+)\\D*", "$1"));

        for (String registration : List.of(RESIDENT_REGISTRATION, STAFF_REGISTRATION)) {
            String prefix = "spring.security.oauth2.client.registration." + registration;
            String clientIdVariable = variableOf(prefix + ".client-id");
            String secretVariable = variableOf(prefix + ".client-secret");
            Map<String, Object> client = client(registration);

            assertThat(client.get("clientId")).isEqualTo(interpolate(app.get(clientIdVariable)));
            assertThat(client.get("publicClient")).as("confidential client").isEqualTo(false);
            assertThat(client.get("standardFlowEnabled")).isEqualTo(true);
            assertThat(client.get("implicitFlowEnabled")).isEqualTo(false);
            assertThat(map(client.get("attributes"))).containsEntry("pkce.code.challenge.method", "S256");
            assertThat(strings(client.get("redirectUris"))).isNotEmpty().allSatisfy(uri -> assertThat(uri)
                    .startsWith("http://localhost:" + appPort + "/")
                    .endsWith("/login/oauth2/code/" + registration));

            String secret = string(client.get("secret"));
            Matcher placeholder = KEYCLOAK_PLACEHOLDER.matcher(secret);
            if (placeholder.matches()) {
                assertThat(keycloak.get(placeholder.group(1)))
                        .as("Keycloak's %s must be the app's %s", placeholder.group(1), secretVariable)
                        .isEqualTo(app.get(secretVariable));
            } else {
                assertThat(secret).isEqualTo(interpolate(app.get(secretVariable)));
            }
            assertThat(interpolate(app.get(secretVariable))).isNotBlank();
        }
    }

    @Test
    void the_staff_realm_defines_every_staff_role_and_puts_them_in_the_configured_roles_claim() {
        Map<String, Object> realm = realmOf(STAFF_REGISTRATION);
        Map<String, Object> client = client(STAFF_REGISTRATION);
        String rolesClaim = interpolate(environment("app").get(ROLES_CLAIM_VARIABLE));

        List<String> realmRoles = maps(map(realm.get("roles")).get("realm")).stream()
                .map(r -> string(r.get("name"))).toList();
        assertThat(realmRoles).containsAll(Roles.STAFF_ROLES);

        assertThat(mappers(client)).anySatisfy(mapper -> {
            assertThat(mapper.get("protocolMapper")).isEqualTo("oidc-usermodel-realm-role-mapper");
            Map<String, Object> config = map(mapper.get("config"));
            assertThat(config).containsEntry("claim.name", rolesClaim)
                    .containsEntry("multivalued", "true")
                    .containsEntry("id.token.claim", "true")
                    .containsEntry("userinfo.token.claim", "true");
            assertThat(string(config.getOrDefault("usermodel.realmRoleMapping.rolePrefix", ""))).isEmpty();
        });

        // Only the staff roles reach the claim (not offline_access or default-roles-staff)
        if (Boolean.FALSE.equals(client.get("fullScopeAllowed"))) {
            List<String> scoped = maps(realm.get("scopeMappings")).stream()
                    .filter(m -> client.get("clientId").equals(m.get("client")))
                    .flatMap(m -> strings(m.get("roles")).stream())
                    .toList();
            assertThat(scoped).as("roles in the scope of the client").containsAll(Roles.STAFF_ROLES);
        }

        List<Map<String, Object>> users = maps(realm.get("users"));
        for (String role : Roles.STAFF_ROLES) {
            assertThat(users).as("a demo user with role " + role)
                    .anySatisfy(u -> assertThat(strings(u.get("realmRoles"))).contains(role));
        }
        assertThat(users).allSatisfy(u -> assertThat(strings(u.get("realmRoles")))
                .containsAnyElementsOf(Roles.STAFF_ROLES));
    }

    @Test
    void the_staff_realm_puts_each_demo_staff_members_team_in_the_configured_team_claim() {
        Map<String, Object> realm = realmOf(STAFF_REGISTRATION);
        String teamClaim = properties.getProperty("tyollisyystalo.identity.staff.team-claim", "team");
        assertThat(mappers(client(STAFF_REGISTRATION))).anySatisfy(mapper -> {
            assertThat(mapper.get("protocolMapper")).isEqualTo("oidc-usermodel-attribute-mapper");
            Map<String, Object> config = map(mapper.get("config"));
            assertThat(config).containsEntry("user.attribute", "team").containsEntry("claim.name", teamClaim)
                    .containsEntry("id.token.claim", "true");
        });
        // the same demo people and teams as the dev identity provider (two teams, a second coordinator)
        Map<String, String> teams = new java.util.TreeMap<>();
        for (Map<String, Object> user : maps(realm.get("users"))) {
            Object attributes = user.get("attributes");
            List<String> team = attributes == null ? List.of() : strings(map(attributes).get("team"));
            teams.put(string(user.get("username")), team.isEmpty() ? "" : team.getFirst());
        }
        for (var staff : fi.tyollisyystalo.identity.internal.DemoPeople.STAFF) {
            assertThat(teams).as("team of " + staff.username()).containsEntry(staff.username(), staff.team());
        }
    }

    @Test
    void the_resident_realm_puts_the_personal_identity_code_and_names_in_the_configured_claims() {
        Map<String, Object> client = client(RESIDENT_REGISTRATION);
        String hetuClaim = interpolate(environment("app").get(HETU_CLAIM_VARIABLE));

        assertThat(claimsInIdToken(client)).containsKey(hetuClaim)
                .containsKey(properties.getProperty("tyollisyystalo.identity.resident.given-name-claim"))
                .containsKey(properties.getProperty("tyollisyystalo.identity.resident.family-name-claim"));

        // Keycloak 24+ drops user attributes its user profile does not know
        String hetuAttribute = claimsInIdToken(client).get(hetuClaim);
        Map<String, Object> profile = userProfile(realmOf(RESIDENT_REGISTRATION));
        boolean declared = maps(profile.get("attributes")).stream().anyMatch(a -> hetuAttribute.equals(a.get("name")));
        assertThat(declared || "ENABLED".equals(profile.get("unmanagedAttributePolicy")))
                .as("user profile allows attribute " + hetuAttribute)
                .isTrue();
    }

    @Test
    void every_test_resident_has_a_valid_test_personal_identity_code() {
        Map<String, Object> client = client(RESIDENT_REGISTRATION);
        String hetuAttribute = claimsInIdToken(client).get(interpolate(environment("app").get(HETU_CLAIM_VARIABLE)));
        List<Map<String, Object>> users = maps(realmOf(RESIDENT_REGISTRATION).get("users"));

        assertThat(users).hasSizeGreaterThanOrEqualTo(3);
        List<String> codes = new ArrayList<>();
        for (Map<String, Object> user : users) {
            List<String> values = strings(map(user.get("attributes")).get(hetuAttribute));
            assertThat(values).as("hetu of " + user.get("username")).hasSize(1);
            String hetu = values.getFirst();
            assertThat(hetuProblem(hetu)).as("hetu of " + user.get("username")).isNull();
            assertThat(user.get("firstName")).isNotNull();
            assertThat(user.get("lastName")).isNotNull();
            codes.add(hetu);
        }
        assertThat(codes).doesNotHaveDuplicates();
    }

    @Test
    void the_personal_identity_code_check_rejects_what_it_should() {
        assertThat(hetuProblem("150385-9013")).isNull();
        assertThat(hetuProblem("240601A925D")).isNull();
        assertThat(hetuProblem("300195Y9488")).isNull();
        assertThat(hetuProblem("150385-9014")).contains("check character");
        assertThat(hetuProblem("131052-308T")).contains("900");
        assertThat(hetuProblem("310285-9011")).contains("date");
        assertThat(hetuProblem("150385*9013")).contains("form");
    }

    @Test
    void the_dev_only_hetu_keys_are_distinct_base64_encoded_32_byte_keys() {
        Map<String, String> app = environment("app");
        byte[] key = Base64.getDecoder().decode(interpolate(app.get("TYOLLISYYSTALO_CRYPTO_HETU_KEY")));
        byte[] hashKey = Base64.getDecoder().decode(interpolate(app.get("TYOLLISYYSTALO_CRYPTO_HETU_HASH_KEY")));

        assertThat(key).hasSize(32);
        assertThat(hashKey).hasSize(32);
        assertThat(key).isNotEqualTo(hashKey);
        assertThat(new String(key, StandardCharsets.US_ASCII)).startsWith("DEV ONLY");
        assertThat(new String(hashKey, StandardCharsets.US_ASCII)).startsWith("DEV ONLY");
    }

    @Test
    void mail_goes_to_mailpit() {
        Map<String, String> app = environment("app");

        assertThat(app).containsEntry("SPRING_MAIL_HOST", "mailpit").containsEntry("SPRING_MAIL_PORT", "1025");
        assertThat(string(service("mailpit").get("image"))).startsWith("axllent/mailpit");
        assertThat(publishedPorts("mailpit")).containsEntry(8025, 8025).containsEntry(1025, 1025);
    }

    @Test
    void the_app_searches_on_the_opensearch_service_and_waits_until_it_is_healthy() {
        Map<String, String> app = environment("app");
        URI uri = URI.create(interpolate(app.get("TYOLLISYYSTALO_SEARCH_ELASTICSEARCH_URIS")));

        assertThat(properties.getProperty("tyollisyystalo.search.backend")).isEqualTo("lucene");
        assertThat(app).containsEntry("TYOLLISYYSTALO_SEARCH_BACKEND", "elasticsearch");
        assertThat(services()).containsKey(uri.getHost());
        assertThat(string(service(uri.getHost()).get("image"))).startsWith("opensearchproject/opensearch:");
        assertThat(uri.getPort()).isEqualTo(9200);
        assertThat(dependsOn("app")).containsEntry(uri.getHost(), "service_healthy");
        assertThat(environment(uri.getHost())).containsEntry("discovery.type", "single-node");
    }

    @Test
    void the_app_is_built_from_the_dockerfile_and_runs_as_a_non_root_user() throws IOException {
        assertThat(service("app").get("build")).isEqualTo(".");
        List<String> lines = Files.readAllLines(root.resolve("Dockerfile"));

        assertThat(lines).filteredOn(l -> l.startsWith("FROM ")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("FROM maven:3.9-eclipse-temurin-25"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("FROM eclipse-temurin:25-jre"));
        List<String> users = lines.stream().filter(l -> l.startsWith("USER ")).toList();
        assertThat(users).isNotEmpty();
        assertThat(users.getLast()).doesNotContain("root").doesNotMatch("USER 0(:.*)?");
        assertThat(Files.exists(root.resolve(".dockerignore"))).isTrue();
    }

    // --- personal identity code -----------------------------------------------------------------------

    /** Why {@code hetu} is not a valid test personal identity code, or null when it is one. */
    private static String hetuProblem(String hetu) {
        Matcher m = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})([-+A-FU-Y])(\\d{3})([0-9A-Y])").matcher(hetu);
        if (!m.matches()) {
            return "not of the form DDMMYYCZZZQ";
        }
        int century = switch (m.group(4).charAt(0)) {
            case '+' -> 1800;
            case '-', 'U', 'V', 'W', 'X', 'Y' -> 1900;
            default -> 2000;
        };
        try {
            LocalDate.of(century + Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1)));
        } catch (java.time.DateTimeException e) {
            return "no such date of birth";
        }
        int individual = Integer.parseInt(m.group(5));
        if (individual < 900) {
            return "individual number below 900 is not a test identity";
        }
        long number = Long.parseLong(m.group(1) + m.group(2) + m.group(3) + m.group(5));
        char expected = HETU_CHECK_CHARACTERS.charAt((int) (number % 31));
        return expected == m.group(6).charAt(0) ? null : "check character should be " + expected;
    }

    // --- the realms -------------------------------------------------------------------------------------

    private static String issuer(String registration) {
        String variable = variableOf("spring.security.oauth2.client.provider." + registration + ".issuer-uri");
        String value = environment("app").get(variable);
        assertThat(value).as(variable + " in the app's environment").isNotNull();
        return interpolate(value);
    }

    private static String realmName(String issuer) {
        String path = URI.create(issuer).getPath();
        assertThat(path).startsWith("/realms/");
        return path.substring("/realms/".length()).replaceAll("/+$", "");
    }

    private static Map<String, Object> realmOf(String registration) {
        Map<String, Object> realm = realmsByName.get(realmName(issuer(registration)));
        assertThat(realm).as("realm of registration " + registration).isNotNull();
        return realm;
    }

    private static Map<String, Object> client(String registration) {
        String clientId = interpolate(environment("app").get(
                variableOf("spring.security.oauth2.client.registration." + registration + ".client-id")));
        return maps(realmOf(registration).get("clients")).stream()
                .filter(c -> clientId.equals(c.get("clientId")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no client " + clientId + " for registration " + registration));
    }

    private static List<Map<String, Object>> mappers(Map<String, Object> client) {
        return maps(client.get("protocolMappers"));
    }

    /** Claim name → user attribute, for the user attribute mappers that write into the ID token. */
    private static Map<String, String> claimsInIdToken(Map<String, Object> client) {
        Map<String, String> claims = new LinkedHashMap<>();
        for (Map<String, Object> mapper : mappers(client)) {
            Map<String, Object> config = map(mapper.get("config"));
            boolean userAttribute = Set.of("oidc-usermodel-attribute-mapper", "oidc-usermodel-property-mapper")
                    .contains(mapper.get("protocolMapper"));
            if (userAttribute && "true".equals(config.get("id.token.claim"))) {
                claims.put(string(config.get("claim.name")), string(config.get("user.attribute")));
            }
        }
        return claims;
    }

    private static Map<String, Object> userProfile(Map<String, Object> realm) {
        Map<String, Object> components = map(realm.getOrDefault("components", Map.of()));
        List<Map<String, Object>> providers = maps(components.getOrDefault(USER_PROFILE_PROVIDER, List.of()));
        assertThat(providers).as("declarative user profile in realm " + realm.get("realm")).hasSize(1);
        String json = strings(map(providers.getFirst().get("config")).get(USER_PROFILE_CONFIG)).getFirst();
        return map(JsonMapper.builder().build().readValue(json, Map.class));
    }

    // --- the compose file -------------------------------------------------------------------------------

    private static Map<String, Object> services() {
        return map(compose.get("services"));
    }

    private static Map<String, Object> service(String name) {
        Map<String, Object> service = map(services().get(name));
        assertThat(service).as("service " + name).isNotNull();
        return service;
    }

    /** The environment as written (before compose interpolation), from either the map or the list form. */
    private static Map<String, String> environment(String serviceName) {
        Object environment = service(serviceName).get("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> m) {
            m.forEach((k, v) -> result.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        } else if (environment instanceof List<?> l) {
            for (Object entry : l) {
                String[] parts = String.valueOf(entry).split("=", 2);
                result.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        return result;
    }

    /** Service name → condition, from either the list or the map form of depends_on. */
    private static Map<String, String> dependsOn(String serviceName) {
        Object dependsOn = service(serviceName).get("depends_on");
        Map<String, String> result = new LinkedHashMap<>();
        if (dependsOn instanceof Map<?, ?> m) {
            m.forEach((k, v) -> result.put(String.valueOf(k),
                    v instanceof Map<?, ?> c ? String.valueOf(c.get("condition")) : "service_started"));
        } else if (dependsOn instanceof List<?> l) {
            l.forEach(s -> result.put(String.valueOf(s), "service_started"));
        }
        return result;
    }

    /** Host port → container port, from short-form port entries ("[ip:]host:container[/proto]"). */
    private static Map<Integer, Integer> publishedPorts(String serviceName) {
        Map<Integer, Integer> result = new LinkedHashMap<>();
        for (String entry : strings(service(serviceName).getOrDefault("ports", List.of()))) {
            String[] parts = entry.replaceAll("/(tcp|udp)$", "").split(":");
            int container = Integer.parseInt(parts[parts.length - 1]);
            int host = parts.length >= 2 ? Integer.parseInt(parts[parts.length - 2]) : container;
            result.put(host, container);
        }
        return result;
    }

    /** What compose makes of a value when none of the variables is set in the environment. */
    static String interpolate(String value) {
        if (value == null) {
            return null;
        }
        String escaped = value.replace("$$", "\u0000");
        Matcher m = COMPOSE_VARIABLE.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String operator = m.group(2);
            String replacement = operator != null && operator.endsWith("-") ? m.group(3) : "";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString().replace("\u0000", "$");
    }

    // --- the application's properties -------------------------------------------------------------------

    private static Properties properties(String name) throws IOException {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(root.resolve("src/main/resources").resolve(name))) {
            p.load(reader);
        }
        return p;
    }

    /** Environment variable name → whether the placeholder has a default, over all values of the file. */
    private static Map<String, Boolean> placeholders(Properties p) {
        Map<String, Boolean> result = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames()) {
            Matcher m = SPRING_PLACEHOLDER.matcher(p.getProperty(key));
            while (m.find()) {
                result.merge(m.group(1), !m.group(2).isEmpty(), Boolean::logicalAnd);
            }
        }
        return result;
    }

    /** The environment variable a property is read from: prod's value first, then the default one. */
    private static String variableOf(String key) {
        String value = prodProperties.getProperty(key, properties.getProperty(key));
        assertThat(value).as(key).isNotNull();
        Matcher m = SPRING_PLACEHOLDER.matcher(value);
        assertThat(m.find()).as(key + " is read from an environment variable").isTrue();
        return m.group(1);
    }

    /** Spring Boot's relaxed binding: SPRING_DATASOURCE_URL, spring.datasource.url and spring.data-source.url agree. */
    private static String canonical(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]", "");
    }

    /** Every property some jar on the class path documents (Spring Boot's own, and ours once we generate it). */
    private static Set<String> springBootMetadataPropertyNames() {
        Set<String> names = new HashSet<>();
        var mapper = JsonMapper.builder().build();
        ClassLoader loader = DockerComposeConsistencyTest.class.getClassLoader();
        for (String resource : List.of("META-INF/spring-configuration-metadata.json",
                "META-INF/additional-spring-configuration-metadata.json")) {
            try {
                for (URL url : Collections.list(loader.getResources(resource))) {
                    try (InputStream in = url.openStream()) {
                        Map<String, Object> metadata = map(mapper.readValue(in, Map.class));
                        maps(metadata.getOrDefault("properties", List.of()))
                                .forEach(p -> names.add(string(p.get("name"))));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }

    private static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docker-compose.yml"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("a folder with docker-compose.yml above the working directory").isNotNull();
        return dir;
    }

    // --- untyped YAML/JSON trees -----------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    private static String string(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
