package fi.tyollisyystalo.identity.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

/** Kept apart from {@link DevIdentityProvider} so that mock-oauth2-server classes load only when present. */
final class MockServerLauncher {

    private MockServerLauncher() {
    }

    static String start(int requestedPort, String loginPagePath) {
        int port = requestedPort == 0 ? freePort() : requestedPort;
        var server = new MockOAuth2Server(new OAuth2Config(true, loginPagePath, null, false,
                new OAuth2TokenProvider(), Set.of()));
        try {
            server.start(InetAddress.getByName("localhost"), port);
        } catch (IOException e) {
            throw new IllegalStateException("The dev identity provider could not listen on port " + port, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "dev-idp-shutdown"));
        return "http://localhost:" + port;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the dev identity provider", e);
        }
    }
}
