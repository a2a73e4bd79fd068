package fi.tyollisyystalo.e2e;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A test-only switch for a database outage: the application's real MariaDB {@link DataSource} is
 * wrapped so that, while the switch is on, asking for a connection fails the way an unreachable
 * database does ({@link SQLTransientConnectionException}). Nothing is mocked: with the switch off
 * every call goes to the real pool. Always turn it off in a {@code finally}.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseOutage {

    private static final AtomicBoolean DOWN = new AtomicBoolean();

    public static void start() {
        DOWN.set(true);
    }

    public static void end() {
        DOWN.set(false);
    }

    @Bean
    static BeanPostProcessor databaseOutageSwitch() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource real && !(bean instanceof Switchable) && "dataSource".equals(name)
                        ? new Switchable(real) : bean;
            }
        };
    }

    /** The real data source, behind the switch. */
    static final class Switchable extends DelegatingDataSource {

        Switchable(DataSource real) {
            super(real);
        }

        @Override
        public Connection getConnection() throws SQLException {
            failWhenDown();
            return super.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            failWhenDown();
            return super.getConnection(username, password);
        }

        private static void failWhenDown() throws SQLTransientConnectionException {
            if (DOWN.get()) {
                throw new SQLTransientConnectionException("Test outage: the database can't be reached");
            }
        }
    }
}
