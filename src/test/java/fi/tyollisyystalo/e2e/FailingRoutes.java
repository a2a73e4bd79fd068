package fi.tyollisyystalo.e2e;

import org.springframework.transaction.CannotCreateTransactionException;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Routes that exist only in tests, to prove how failures look to a visitor. */
final class FailingRoutes {

    private FailingRoutes() {
    }

    @Route("test/fail")
    @AnonymousAllowed
    public static class Failing extends Div {
        public Failing() {
            throw new IllegalStateException("Simulated bug: NullPointerException at SecretService.java:42");
        }
    }

    @Route("test/db-down")
    @AnonymousAllowed
    public static class DatabaseDown extends Div {
        public DatabaseDown() {
            throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                    new java.sql.SQLNonTransientConnectionException("Connection refused"));
        }
    }
}
