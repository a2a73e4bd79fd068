package fi.tyollisyystalo.servicemap.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fi.tyollisyystalo.IntegrationTest;
import fi.tyollisyystalo.servicemap.ServiceDetails;

/**
 * How many statements a service page's read sends to MariaDB (issue #14): under load each is a wait for the
 * database and holds a pooled connection. Counted by MariaDB itself, on the transaction's own connection.
 */
@IntegrationTest
class ServicePageQueriesIT {

    @Autowired ServiceStore store;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void a_service_with_its_organisation_channels_and_codes_is_read_in_two_statements() {
        long id = jdbc.queryForObject("SELECT s.id FROM service s WHERE s.status = 'PUBLISHED' AND"
                + " (SELECT COUNT(*) FROM service_channel c WHERE c.service_id = s.id) >= 2 ORDER BY s.id LIMIT 1",
                Long.class);
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        Long counted = readOnly.execute(s -> {
            long idle = questions() - questions();
            long before = questions();
            ServiceDetails details = store.details(id).orElseThrow();
            long after = questions();
            assertThat(details.organisationName().fi()).isNotBlank();
            assertThat(details.data().channels()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(details.data().domains()).isNotEmpty();
            // the count between two reads of the counter includes the second read itself: idle is -1
            return after - before + idle;
        });
        assertThat(counted).as("statements of one service page's read").isEqualTo(2);
    }

    private long questions() {
        return jdbc.queryForObject("SELECT VARIABLE_VALUE FROM information_schema.SESSION_STATUS"
                + " WHERE VARIABLE_NAME = 'QUESTIONS'", Long.class);
    }
}
