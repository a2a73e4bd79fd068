package fi.tyollisyystalo.base.db;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.InfrastructureProxy;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/**
 * Two round trips fewer per transaction (issue #14). The pool hands out connections with auto-commit off
 * ({@code spring.datasource.hikari.auto-commit=false}), and Hibernate is told so
 * ({@code hibernate.connection.provider_disables_autocommit}): a transaction is then its statements and one
 * {@code COMMIT}, without {@code SET autocommit=0} before and {@code SET autocommit=1} after. Under load every
 * round trip is a wait for the database and holds a pooled connection meanwhile.
 * <p>
 * Only Hibernate sees the pool as it is. Every other user of the {@link DataSource} bean (a
 * {@code JdbcTemplate} outside a transaction, db-scheduler, Flyway, the health check, tests) gets a connection
 * switched back to auto-commit, so a statement made outside a transaction is committed as before and never
 * silently rolled back when the connection goes back to the pool. Inside a transaction a {@code JdbcTemplate}
 * takes the transaction's own connection, as before: the wrapper names the pool as the resource it stands for
 * ({@link InfrastructureProxy}), so Spring finds the transaction's connection under either.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConnections {

    /** Wraps the pool for everyone, and gives Hibernate the pool itself. */
    @Bean
    static BeanPostProcessor autoCommitOutsideHibernate() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) throws BeansException {
                if (bean instanceof LocalContainerEntityManagerFactoryBean factory
                        && factory.getDataSource() instanceof AutoCommitDataSource wrapper) {
                    factory.setDataSource(wrapper.pool());
                }
                return bean;
            }

            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
                // every DataSource bean, whatever its name: one left unwrapped would lose writes made outside a
                // transaction (the pool rolls back what was not committed)
                if (bean instanceof DataSource pool && !(bean instanceof AutoCommitDataSource)) {
                    return new AutoCommitDataSource(pool);
                }
                return bean;
            }
        };
    }

    /** The pool's connections in auto-commit mode, for everything but Hibernate. */
    static final class AutoCommitDataSource extends DelegatingDataSource implements InfrastructureProxy {

        AutoCommitDataSource(DataSource pool) {
            super(pool);
        }

        DataSource pool() {
            return obtainTargetDataSource();
        }

        @Override
        public Connection getConnection() throws SQLException {
            return autoCommit(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return autoCommit(super.getConnection(username, password));
        }

        private static Connection autoCommit(Connection connection) throws SQLException {
            try {
                // the pool puts it back to its own setting when the connection is returned
                connection.setAutoCommit(true);
                return connection;
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        }

        @Override
        public Object getWrappedObject() {
            return obtainTargetDataSource();
        }
    }
}
