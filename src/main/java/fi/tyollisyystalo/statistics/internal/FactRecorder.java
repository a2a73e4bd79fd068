package fi.tyollisyystalo.statistics.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import fi.tyollisyystalo.base.security.SystemActor;
import fi.tyollisyystalo.booking.AppointmentChanged;
import fi.tyollisyystalo.casework.CaseStepTaken;
import fi.tyollisyystalo.identity.PersonService;
import fi.tyollisyystalo.identity.StaffDirectory;
import fi.tyollisyystalo.identity.StatisticalPerson;
import fi.tyollisyystalo.referral.ContactRequestStepTaken;

/**
 * Records the features' events as facts, after their transaction commits, from Spring Modulith's event
 * publication log (an event whose recording did not complete is delivered again at the next start, and recorded
 * once). The person becomes a pseudonymous key, an age band and a sex at the time; the staff member their team.
 * A deadlock with a colleague's event of the same client is tried again.
 */
@Component
class FactRecorder {

    private static final int ATTEMPTS = 10;

    private final FactStore store;
    private final PersonService persons;
    private final StaffDirectory staff;
    private final TransactionTemplate tx;

    FactRecorder(FactStore store, PersonService persons, StaffDirectory staff,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.persons = persons;
        this.staff = staff;
        this.tx = new TransactionTemplate(transactions);
        // the derived rows are recomputed with REPLACE … SELECT from the log: under READ COMMITTED the rows read
        // are not locked, so two events of one client rarely deadlock (and are retried when they do)
        this.tx.setIsolationLevel(org.springframework.transaction.TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(10, 60) * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Async
    @TransactionalEventListener
    void on(ContactRequestStepTaken e) {
        record(Fact.CONTACT, e.requestId(), e.step().name(), e.source().name(), e.personId(), null, null, null, null,
                null, e.at());
    }

    @Async
    @TransactionalEventListener
    void on(AppointmentChanged e) {
        record(Fact.VISIT, e.appointmentId(), e.change().name(), e.typeCode(), e.personId(), e.staffRole(),
                e.way().name(), e.byStaff(), e.staffSubject(), e.startsAt(), e.at());
    }

    @Async
    @TransactionalEventListener
    void on(CaseStepTaken e) {
        record(Fact.CASE, e.caseId(), e.step().name(), e.detail(), e.personId(), null, null, null, null, null, e.at());
    }

    private void record(String kind, long subject, String step, @Nullable String code, long personId,
            @Nullable String staffRole, @Nullable String way, @Nullable Boolean byStaff,
            @Nullable String staffSubject, @Nullable Instant startsAt, Instant at) {
        SystemActor.run(() -> {
            StatisticalPerson p = persons.statisticalPerson(personId, at);
            String team = staffSubject == null ? null : staff.teamCodeOf(staffSubject).orElse(null);
            Fact fact = new Fact(kind, subject, step, code, staffRole, way, byStaff, team, p.clientKey(),
                    AgeBand.of(p.age()), p.sex().name(), startsAt, at);
            for (int attempt = 1;; attempt++) {
                try {
                    tx.executeWithoutResult(s -> {
                        if (store.append(fact)) {
                            store.derive(p.clientKey());
                        }
                    });
                    return;
                } catch (PessimisticLockingFailureException ex) {
                    if (attempt == ATTEMPTS) {
                        throw ex;
                    }
                    // two events of one client at once: let the other finish, then derive again from the log
                    backOff(attempt);
                }
            }
        });
    }
}
