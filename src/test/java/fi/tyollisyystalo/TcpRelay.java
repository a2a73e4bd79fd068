package fi.tyollisyystalo;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay in front of a real server (database, search engine) that a test cuts, so that the port
 * refuses connections and open ones drop, and restores: an outage without mocks.
 */
public final class TcpRelay {
    private volatile int port;
    private volatile String host = "127.0.0.1";
    private volatile int targetPort;
    private volatile ServerSocket server;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

    public int port() {
        return port;
    }

    public synchronized void start(URI target) {
        if (server != null) {
            return;
        }
        host = target.getHost();
        targetPort = target.getPort();
        listen(0);
    }

    public synchronized void cut() {
        close(server);
        sockets.forEach(TcpRelay::close);
        sockets.clear();
    }

    public synchronized void restore() {
        listen(port);
    }

    private void listen(int at) {
        try {
            ServerSocket s = new ServerSocket();
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress("127.0.0.1", at));
            server = s;
            port = s.getLocalPort();
            Thread.ofVirtual().start(() -> accept(s));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void accept(ServerSocket s) {
        while (!s.isClosed()) {
            try {
                Socket client = s.accept();
                Socket upstream = new Socket(host, targetPort);
                sockets.add(client);
                sockets.add(upstream);
                pipe(client, upstream);
                pipe(upstream, client);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        Thread.ofVirtual().start(() -> {
            try {
                from.getInputStream().transferTo(to.getOutputStream());
            } catch (IOException e) {
                // cut
            } finally {
                close(from);
                close(to);
            }
        });
    }

    private static void close(java.io.Closeable c) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (IOException e) {
            // already closed
        }
    }
}
