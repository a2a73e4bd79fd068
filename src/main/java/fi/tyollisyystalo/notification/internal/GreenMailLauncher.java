package fi.tyollisyystalo.notification.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Kept apart from {@link DevMailServer} so that GreenMail classes load only when present. Tests stop and
 * start it again on the same port to play a mail server outage.
 */
public final class GreenMailLauncher {

    private static GreenMail server;
    private static int port;

    private GreenMailLauncher() {
    }

    static synchronized int start(int requestedPort) {
        port = requestedPort == 0 ? freePort() : requestedPort;
        startOnPort();
        Runtime.getRuntime().addShutdownHook(new Thread(GreenMailLauncher::stop, "dev-mail-shutdown"));
        return port;
    }

    private static void startOnPort() {
        server = new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    /** Stops the server: senders then get connection errors, as from a mail server that is down. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Starts the server again on the same port, with an empty mailbox. */
    public static synchronized void restart() {
        stop();
        startOnPort();
    }

    static synchronized boolean running() {
        return server != null;
    }

    /** Every mail received since the last start, newest first. */
    public static synchronized List<DevMailServer.DevMail> received() {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages()).map(GreenMailLauncher::mail)
                .sorted(Comparator.comparing(DevMailServer.DevMail::receivedAt).reversed()).toList();
    }

    private static DevMailServer.DevMail mail(MimeMessage m) {
        try {
            Instant at = m.getReceivedDate() != null ? m.getReceivedDate().toInstant()
                    : m.getSentDate() != null ? m.getSentDate().toInstant() : Instant.EPOCH;
            String to = m.getAllRecipients() == null ? "" : Arrays.stream(m.getAllRecipients())
                    .map(Object::toString).reduce((a, b) -> a + ", " + b).orElse("");
            Object content = m.getContent();
            String body = content instanceof String text ? text : GreenMailUtil.getBody(m);
            return new DevMailServer.DevMail(at, to, m.getSubject(), body.strip());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("A received mail could not be read", e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the development mail server", e);
        }
    }
}
