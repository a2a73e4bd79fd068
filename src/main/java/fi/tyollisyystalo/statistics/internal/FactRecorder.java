package fi.tyollisyystalo.statistics.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import fi.tyollisyystalo.base.security.SystemActor;
import fi.tyollisyystalo.base.web.Unavailable;
import fi.tyollisyystalo.booking.AppointmentChanged;
import fi.tyollisyystalo.casework.CaseStepTaken;
import fi.tyollisyystalo.followup.FollowUpAnswered;
import fi.tyollisyystalo.followup.FollowUpForms;
import fi.tyollisyystalo.followup.FollowUpInvited;
import fi.tyollisyystalo.followup.FollowUpPurpose;
import fi.tyollisyystalo.followup.FollowUpReminded;
import fi.tyollisyystalo.followup.StakeholderSurveyAnswered;
import fi.tyollisyystalo.identity.PersonService;
import fi.tyollisyystalo.identity.StaffDirectory;
import fi.tyollisyystalo.identity.StatisticalPerson;
import fi.tyollisyystalo.referral.ContactRequestStepTaken;
import fi.tyollisyystalo.referral.ProfessionalRequestMade;

/**
 * Records the features' events as facts, after their transaction commits, from Spring Modulith's event
 * publication log (an event whose recording did not complete is delivered again at the next start, and recorded
 * once). The person becomes a pseudonymous key, an age band and a sex at the time; the staff member their team;
 * a follow-up's answers only the numbers and codes of the questions the statistics read ({@link Answers}). A
 * deadlock with a colleague's event of the same client is tried again, and so is an event that found no free
 * connection (a burst of events: each client's are derived one after the other), and one that came during a
 * rebuild of the facts, after it ({@link FactRebuild}).
 */
@Component
class FactRecorder {

    private static final int ATTEMPTS = 10;

    /** Waits for a free connection (each up to the pool's timeout and 0.5–3 s more: a few minutes in all). */
    private static final int CONNECTION_WAITS = 60;

    /** Waits of 0.3–1.8 s for a rebuild to end (about half an hour), after which the event is failed. */
    private static final int REBUILD_WAITS = 1_800;

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

    /** A random wait of 1–6 times {@code unit} milliseconds, longer at each attempt. */
    private static void backOff(int attempt, long unit) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(unit, 6 * unit) * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Async
    @TransactionalEventListener
    void on(ContactRequestStepTaken e) {
        record(e.personId(), e.at(), null, p -> List.of(fact(Fact.CONTACT, e.requestId(), e.step().name(),
                e.source().name(), p, e.at())));
    }

    @Async
    @TransactionalEventListener
    void on(AppointmentChanged e) {
        record(e.personId(), e.at(), null, p -> {
            String team = e.staffSubject() == null ? null : staff.teamCodeOf(e.staffSubject()).orElse(null);
            return List.of(new Fact(Fact.VISIT, e.appointmentId(), e.change().name(), e.typeCode(), e.staffRole(),
                    e.way().name(), e.byStaff(), team, key(p), band(p), sex(p), e.startsAt(), e.at(), null, null));
        });
    }

    @Async
    @TransactionalEventListener
    void on(CaseStepTaken e) {
        record(e.personId(), e.at(), null, p -> List.of(fact(Fact.CASE, e.caseId(), e.step().name(), e.detail(), p,
                e.at())));
    }

    @Async
    @TransactionalEventListener
    void on(FollowUpInvited e) {
        record(e.personId(), e.invitedAt(), null, p -> List.of(followUp(e.followUpId(), "INVITED", e.formId(),
                e.purpose(), e.referenceId(), p, e.invitedAt())));
    }

    @Async
    @TransactionalEventListener
    void on(FollowUpReminded e) {
        record(e.personId(), e.remindedAt(), null, p -> List.of(followUp(e.followUpId(), "REMINDED",
                "R" + e.reminder(), e.purpose(), null, p, e.remindedAt())));
    }

    /** The answer, and each of its numbers and codes the statistics read (never anything else of it). */
    @Async
    @TransactionalEventListener
    void on(FollowUpAnswered e) {
        record(e.personId(), e.answeredAt(), null, p -> {
            List<Fact> facts = new ArrayList<>();
            facts.add(followUp(e.followUpId(), "ANSWERED", e.formId(), e.purpose(), e.referenceId(), p,
                    e.answeredAt()));
            Answers.read(e.choices()).forEach((question, answer) -> facts.add(new Fact(Fact.ANSWER, e.followUpId(),
                    question, answer, null, null, null, null, key(p), band(p), sex(p), null, e.answeredAt(),
                    e.purpose().name(), e.referenceId())));
            return facts;
        });
    }

    /** A partner's anonymous answer: its items' numbers, with the team the round asked about; no client. */
    @Async
    @TransactionalEventListener
    void on(StakeholderSurveyAnswered e) {
        record(null, e.answeredAt(), null, p -> Answers.read(e.choices()).entrySet().stream()
                .filter(a -> FollowUpForms.STAKEHOLDER_ITEMS.contains(a.getKey()))
                .map(a -> new Fact(Fact.STAKEHOLDER, e.roundId(), a.getKey(), a.getValue(), null, null, null,
                        e.teamCode(), null, null, null, null, e.answeredAt(), Fact.STAKEHOLDER, null))
                .toList());
    }

    /** A referral or consultation: its kind, source organisation and team; the client, when one is named. */
    @Async
    @TransactionalEventListener
    void on(ProfessionalRequestMade e) {
        record(e.personId(), e.at(), e.requestId(), p -> List.of(new Fact(Fact.REQUEST, e.requestId(),
                e.kind().name(), e.source().name(), null, null, null, e.teamCode(), key(p), band(p), sex(p), null,
                e.at(), null, null)));
    }

    private static Fact fact(String kind, long subject, String step, @Nullable String code,
            @Nullable StatisticalPerson p, Instant at) {
        return new Fact(kind, subject, step, code, null, null, null, null, key(p), band(p), sex(p), null, at, null,
                null, p != null && Fact.CASE.equals(kind) && "OPENED".equals(step) ? p.age() : null);
    }

    private static Fact followUp(long followUpId, String step, String code, FollowUpPurpose purpose,
            @Nullable Long reference, @Nullable StatisticalPerson p, Instant at) {
        return new Fact(Fact.FOLLOWUP, followUpId, step, code, null, null, null, null, key(p), band(p), sex(p), null,
                at, purpose.name(), reference);
    }

    private static @Nullable String key(@Nullable StatisticalPerson p) {
        return p == null ? null : p.clientKey();
    }

    private static @Nullable String band(@Nullable StatisticalPerson p) {
        return p == null || p.age() == null ? null : AgeBand.of(p.age());
    }

    private static @Nullable String sex(@Nullable StatisticalPerson p) {
        return p == null ? null : p.sex().name();
    }

    private interface Facts {
        List<Fact> of(@Nullable StatisticalPerson person);
    }

    /**
     * Appends the event's facts (the person, if any, as a pseudonymous key, age band and sex at the time) and, when
     * any was new, derives the client's facts again, or the request's when it names no client.
     */
    private void record(@Nullable Long personId, Instant at, @Nullable Long requestId, Facts facts) {
        SystemActor.run(() -> {
            int deadlocks = 0;
            int rebuildWaits = 0;
            int connectionWaits = 0;
            while (true) {
                try {
                    StatisticalPerson p = personId == null ? null : persons.statisticalPerson(personId, at);
                    List<Fact> all = facts.of(p);
                    tx.executeWithoutResult(s -> {
                        store.holdOffRebuild();
                        boolean any = false;
                        for (Fact f : all) {
                            any |= store.append(f);
                        }
                        if (any && p != null) {
                            store.derive(p.clientKey());
                        }
                        if (any && requestId != null) {
                            store.deriveRequest(requestId);
                        }
                    });
                    return;
                } catch (FactStore.RebuildRunning ex) {
                    if (++rebuildWaits == REBUILD_WAITS) {
                        throw ex;
                    }
                    // nothing was appended: record it when the rebuild has swapped its tables in
                    backOff(1, 300);
                } catch (PessimisticLockingFailureException ex) {
                    if (++deadlocks == ATTEMPTS) {
                        throw ex;
                    }
                    // two events of one client at once: let the other finish, then derive again from the log
                    backOff(deadlocks, 10);
                } catch (RuntimeException ex) {
                    // no connection: a read-only transaction is refused when it begins, a writing one at its first
                    // statement (pooled connections stay out of auto-commit, base/db/DatabaseConnections)
                    if (!Unavailable.isCause(ex) || ++connectionWaits == CONNECTION_WAITS) {
                        throw ex;
                    }
                    // no connection free (a burst of events, each client's derived one after the other, on a busy
                    // machine): wait, longer each time up to 0.5–3 s; giving up would hold up every later figure
                    backOff(Math.min(connectionWaits, 5), 100);
                }
            }
        });
    }
}
