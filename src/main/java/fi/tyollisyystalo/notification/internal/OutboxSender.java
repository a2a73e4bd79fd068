package fi.tyollisyystalo.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.audit.AuditEntry;
import fi.tyollisyystalo.audit.AuditLog;
import fi.tyollisyystalo.audit.Purpose;
import fi.tyollisyystalo.base.i18n.TranslationProvider;
import fi.tyollisyystalo.base.jobs.RecurringJob;
import fi.tyollisyystalo.identity.CurrentUser;
import fi.tyollisyystalo.identity.NoticeAddress;
import fi.tyollisyystalo.identity.PersonService;

/**
 * The outbox job: sends due notices one by one, each in its own transaction, and marks each sent right
 * after the mail server or SMS gateway took it. A failure (mail server down) leaves the notice pending
 * with a later try; a notice whose consent or address is gone is skipped; SMS waits out the quiet hours.
 */
class OutboxSender {

    static final String JOB = "notification-outbox";
    static final String OBJECT = "NOTICE";
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 50;

    private final OutboxRepository outbox;
    private final PersonService persons;
    private final JavaMailSender mail;
    private final SmsGateway sms;
    private final TranslationProvider texts;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final TransactionTemplate transactions;
    private final NotificationProperties properties;
    private final Clock clock;

    OutboxSender(OutboxRepository outbox, PersonService persons, JavaMailSender mail, SmsGateway sms,
            TranslationProvider texts, AuditLog auditLog, CurrentUser currentUser, TransactionTemplate transactions,
            NotificationProperties properties, Clock clock) {
        this.outbox = outbox;
        this.persons = persons;
        this.mail = mail;
        this.sms = sms;
        this.texts = texts;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sends what is due now; returns how many notices went out. */
    int sendDue() {
        List<Long> due = transactions.execute(status -> outbox.findByStatusAndNextAttemptAtLessThanEqualOrderByIdAsc(
                OutboxStatus.PENDING, clock.instant(), PageRequest.of(0, BATCH)).stream().map(OutboxNotice::id)
                .toList());
        int sent = 0;
        for (long id : due == null ? List.<Long>of() : due) {
            Boolean ok = transactions.execute(status -> send(id));
            if (Boolean.TRUE.equals(ok)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(long id) {
        OutboxNotice notice = outbox.findById(id).orElse(null);
        if (notice == null || notice.status() != OutboxStatus.PENDING) {
            return false;
        }
        Instant now = clock.instant();
        Optional<NoticeAddress> address = persons.noticeAddress(notice.personId());
        String to = address.map(a -> notice.channel() == Channel.EMAIL ? a.email() : a.phone()).orElse(null);
        if (to == null) {
            notice.skipped();
            return false;
        }
        if (notice.channel() == Channel.SMS) {
            Optional<Instant> quietUntil = QuietHours.endOf(now);
            if (quietUntil.isPresent()) {
                notice.postpone(quietUntil.get());
                return false;
            }
        }
        Locale language = address.get().language();
        String key = notice.kind().key();
        String link = properties.portalUrl();
        // a notice about a time says when, in the reader's language and Helsinki time: "ti 29.3.2027 klo 9.00"
        String at = "";
        if (notice.aboutTime() != null) {
            key = key + ".at";
            at = texts.getTranslation("notice.when", language, Formats.day(notice.aboutTime()
                    .atZone(Formats.HELSINKI).toLocalDate(), language), Formats.time(notice.aboutTime(), language));
        }
        try {
            if (notice.channel() == Channel.EMAIL) {
                var message = new SimpleMailMessage();
                message.setFrom(properties.from());
                message.setTo(to);
                message.setSubject(texts.getTranslation(notice.kind().key() + ".subject", language));
                message.setText(texts.getTranslation(key + ".body", language, link, at) + "\n\n"
                        + texts.getTranslation("notice.footer", language));
                mail.send(message);
            } else {
                sms.send(to, texts.getTranslation(key + ".sms", language, link, at));
            }
        } catch (RuntimeException e) {
            // a mail server down (MailException) or any failure of an SMS provider's adapter: try again later,
            // never roll back and retry at once without a pause
            int tried = notice.attempts() + 1;
            Instant retry = tried >= properties.maxAttempts() ? null : now.plus(properties.retryAfter(tried));
            notice.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), retry);
            log.warn("Notice {} ({}) not sent, try {}: {}{}", id, notice.channel(), tried, e.getMessage(),
                    retry == null ? " — giving up" : ", again at " + retry);
            return false;
        }
        notice.sent(now);
        auditLog.record(AuditEntry.by(currentUser.auditActor()).creates(OBJECT, id).of(notice.personId())
                .because(Purpose.NOTIFICATION));
        return true;
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(NotificationProperties.class)
    static class Setup {

        @Bean
        OutboxSender outboxSender(OutboxRepository outbox, PersonService persons, JavaMailSender mail,
                SmsGateway sms, TranslationProvider texts, AuditLog auditLog, CurrentUser currentUser,
                TransactionTemplate transactions, NotificationProperties properties, Clock clock) {
            return new OutboxSender(outbox, persons, mail, sms, texts, auditLog, currentUser, transactions,
                    properties, clock);
        }

        @Bean
        RecurringJob notificationOutboxJob(OutboxSender sender, NotificationProperties properties) {
            return new RecurringJob(JOB, properties.sendInterval(), sender::sendDue);
        }
    }
}
