package fi.tyollisyystalo.identity.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.TimeUnit;

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
        forgetRequests(server);
        return "http://localhost:" + port;
    }

    /**
     * The server records every request it answers (address, headers, body) for tests that read them back; nobody
     * does here, so a virtual thread drops them as they come instead of letting them pile up with every login.
     */
    static void forgetRequests(MockOAuth2Server server) {
        Thread.ofVirtual().name("dev-idp-forget-requests").start(() -> {
            while (true) {
                try {
                    server.takeRequest(1, TimeUnit.HOURS);
                } catch (RuntimeException e) {
                    // nothing came within the hour: look again after a pause
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException stop) {
                        return;
                    }
                }
            }
        });
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the dev identity provider", e);
        }
    }
}
