package fi.tyollisyystalo;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A database of its own on the tests' MariaDB, for a migration's test: migrated up to a version, filled as the
 * data stood then, migrated on, read back. Dropped when closed (and first, if a crashed run left one).
 */
public final class ScratchDatabase implements AutoCloseable {

    private final DataSource server;
    private final String name;
    private final SingleConnectionDataSource scratch;

    private ScratchDatabase(DataSource server, String name, SingleConnectionDataSource scratch) {
        this.server = server;
        this.name = name;
        this.scratch = scratch;
    }

    /** A fresh, empty database {@code name} beside the one {@code server} connects to, as {@code user}. */
    public static ScratchDatabase create(DataSource server, String user, String password, String name)
            throws SQLException {
        String url;
        try (Connection c = server.getConnection()) {
            url = c.getMetaData().getURL();
            c.createStatement().execute("DROP DATABASE IF EXISTS " + name);
            c.createStatement().execute("CREATE DATABASE " + name);
        }
        return new ScratchDatabase(server, name, new SingleConnectionDataSource(
                url.replaceFirst("(jdbc:[a-z]+://[^/]+/)[^?]*", "$1" + name), user, password, true));
    }

    /** Runs the portal's migrations up to and including {@code version}. */
    public void migrateTo(String version) {
        Flyway.configure().dataSource(scratch).locations("classpath:db/migration").target(version).load().migrate();
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(scratch);
    }

    public String name() {
        return name;
    }

    @Override
    public void close() throws SQLException {
        scratch.destroy();
        try (Connection c = server.getConnection()) {
            c.createStatement().execute("DROP DATABASE IF EXISTS " + name);
        }
    }
}
