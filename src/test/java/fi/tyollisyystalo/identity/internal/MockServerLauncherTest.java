package fi.tyollisyystalo.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

class MockServerLauncherTest {

    @Test
    void dev_identity_provider_keeps_no_record_of_the_requests_it_answered() throws Exception {
        var server = new MockOAuth2Server(new OAuth2Config(true, null, null, false, new OAuth2TokenProvider(),
                Set.of()));
        server.start(0);
        try {
            MockServerLauncher.forgetRequests(server);
            try (HttpClient http = HttpClient.newHttpClient()) {
                for (int i = 0; i < 5; i++) {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(server.wellKnownUrl("staff").toString())).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertThat(response.statusCode()).isEqualTo(200);
                }
            }
            Thread.sleep(300);
            // every request was taken off the server's record: nothing is left to read back
            assertThatThrownBy(() -> server.takeRequest(200, TimeUnit.MILLISECONDS))
                    .isInstanceOf(RuntimeException.class);
        } finally {
            server.shutdown();
        }
    }
}
