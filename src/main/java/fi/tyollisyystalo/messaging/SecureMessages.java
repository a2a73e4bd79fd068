package fi.tyollisyystalo.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fi.tyollisyystalo.audit.AuditAction;
import fi.tyollisyystalo.audit.AuditEntry;
import fi.tyollisyystalo.audit.AuditLog;
import fi.tyollisyystalo.audit.Purpose;
import fi.tyollisyystalo.base.jobs.Jobs;
import fi.tyollisyystalo.base.security.ClientWork;
import fi.tyollisyystalo.base.security.ResidentOnly;
import fi.tyollisyystalo.base.security.SignedIn;
import fi.tyollisyystalo.base.security.SystemOnly;
import fi.tyollisyystalo.identity.CurrentUser;
import fi.tyollisyystalo.identity.PersonService;
import fi.tyollisyystalo.messaging.internal.AttachmentRow;
import fi.tyollisyystalo.messaging.internal.MessageAttachmentEntity;
import fi.tyollisyystalo.messaging.internal.MessageAttachmentRepository;
import fi.tyollisyystalo.messaging.internal.MessageDraftEntity;
import fi.tyollisyystalo.messaging.internal.MessageDraftRepository;
import fi.tyollisyystalo.messaging.internal.MessageEntity;
import fi.tyollisyystalo.messaging.internal.MessageRepository;
import fi.tyollisyystalo.messaging.internal.MessageThreadEntity;
import fi.tyollisyystalo.messaging.internal.MessageThreadRepository;
import fi.tyollisyystalo.notification.NoticeKind;
import fi.tyollisyystalo.notification.Notices;

/**
 * Secure messages between a resident and the work-ability team. Residents reach only their own threads
 * and attachments (another person's is the same {@link MessageNotFoundException} as a missing one);
 * client-work staff reach every thread, and each of their reads and writes is audited with purpose
 * {@link Purpose#MESSAGES}, so it shows in the resident's "who has seen my data". When the team writes,
 * a notice is scheduled for {@code tyollisyystalo.messaging.unread-notice-delay} later; it is sent only
 * if the resident has not read the thread by then (opening the thread cancels it).
 */
@Service
public class SecureMessages {

    public static final String OBJECT_THREAD = "MESSAGE_THREAD";
    public static final String OBJECT_MESSAGE = "MESSAGE";
    public static final String OBJECT_DRAFT = "MESSAGE_DRAFT";
    public static final String OBJECT_ATTACHMENT = "MESSAGE_ATTACHMENT";
    /** The delayed job that sends the unread notice, keyed by thread id. */
    public static final String UNREAD_NOTICE_JOB = "messaging-unread-notice";
    private static final int SUBJECT_MAX = MessageLimits.SUBJECT_MAX;
    private static final int BODY_MAX = MessageLimits.BODY_MAX;
    private static final int DRAFT_MAX = MessageLimits.DRAFT_MAX;
    private static final int ATTACHMENTS_MAX = MessageLimits.ATTACHMENTS_MAX;

    private final MessageThreadRepository threads;
    private final MessageRepository messages;
    private final MessageDraftRepository drafts;
    private final MessageAttachmentRepository attachments;
    private final PersonService persons;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final Notices notices;
    private final Jobs jobs;
    private final Clock clock;
    private final Duration unreadNoticeDelay;
    private final long attachmentMaxBytes;

    private final org.springframework.context.ApplicationEventPublisher events;

    SecureMessages(MessageThreadRepository threads, MessageRepository messages, MessageDraftRepository drafts,
            MessageAttachmentRepository attachments, PersonService persons, AuditLog auditLog,
            CurrentUser currentUser, Notices notices, Jobs jobs, Clock clock,
            @Value("${tyollisyystalo.messaging.unread-notice-delay:PT2H}") Duration unreadNoticeDelay,
            @Value("${tyollisyystalo.messaging.attachment-max-bytes:10485760}") long attachmentMaxBytes,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.threads = threads;
        this.messages = messages;
        this.drafts = drafts;
        this.attachments = attachments;
        this.persons = persons;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.notices = notices;
        this.jobs = jobs;
        this.clock = clock;
        this.unreadNoticeDelay = unreadNoticeDelay;
        this.attachmentMaxBytes = attachmentMaxBytes;
    }

    // --- the team ---------------------------------------------------------------------------------

    /** Staff (client work) start a thread with a resident; returns the thread id. Schedules the unread notice. */
    @Transactional
    @ClientWork
    public long startByTeam(long personId, String subject, String firstMessage) {
        if (persons.clientNames(List.of(personId)).isEmpty()) {
            throw new MessageNotFoundException();
        }
        return start(personId, subject, firstMessage, Side.TEAM);
    }

    /**
     * The team's inbox, newest activity first, a page at a time; with {@code waitingForTeamFirst} the
     * threads where the resident wrote last come first. The listing is audited.
     */
    @Transactional
    @ClientWork
    public Page<ThreadSummary> teamInbox(int page, int size, boolean waitingForTeamFirst) {
        PageRequest request = PageRequest.of(Math.max(0, page), Math.clamp(size, 1, 100));
        Page<MessageThreadEntity> found = waitingForTeamFirst ? threads.findWithSideFirst(Side.RESIDENT, request)
                : threads.findAllByOrderByLastMessageAtDescIdDesc(request);
        Map<Long, String> names = persons.clientNames(found.stream().map(MessageThreadEntity::personId).distinct()
                .toList());
        auditLog.record(AuditEntry.by(currentUser.auditActor()).searches(OBJECT_THREAD).because(Purpose.MESSAGES));
        return found.map(t -> summary(t, names.getOrDefault(t.personId(), ""), Side.TEAM));
    }

    /** A thread as the team reads it; marks it read on the team's side. Audited. */
    @Transactional
    @ClientWork
    public MessageThread openTeamThread(long threadId) {
        MessageThreadEntity thread = threads.findById(threadId).orElseThrow(MessageNotFoundException::new);
        thread.markRead(Side.TEAM, clock.instant());
        auditLog.record(AuditEntry.by(currentUser.auditActor()).reads(OBJECT_THREAD, threadId).of(thread.personId())
                .because(Purpose.MESSAGES));
        String name = persons.clientNames(List.of(thread.personId())).getOrDefault(thread.personId(), "");
        return view(thread, name);
    }

    /** The team answers in a thread; returns the message id. Schedules the unread notice. */
    @Transactional
    @ClientWork
    public long replyAsTeam(long threadId, String body, List<NewAttachment> files) {
        MessageThreadEntity thread = threads.findById(threadId).orElseThrow(MessageNotFoundException::new);
        checkBody(body);
        List<AttachmentFilter.Cleaned> cleaned = cleanAll(files);
        long id = writeAsTeam(thread, body, cleaned, clock.instant());
        drafts.deleteDraft(threadId, staffKey());
        return id;
    }

    @Transactional
    @ClientWork
    public Instant saveTeamDraft(long threadId, String body) {
        MessageThreadEntity thread = threads.findById(threadId).orElseThrow(MessageNotFoundException::new);
        Instant at = saveDraft(thread.id(), staffKey(), body);
        auditLog.record(AuditEntry.by(currentUser.auditActor()).updates(OBJECT_DRAFT, threadId).of(thread.personId())
                .because(Purpose.MESSAGES));
        return at;
    }

    @Transactional(readOnly = true)
    @ClientWork
    public Optional<Draft> teamDraft(long threadId) {
        MessageThreadEntity thread = threads.findById(threadId).orElseThrow(MessageNotFoundException::new);
        return draft(thread.id(), staffKey());
    }

    /** An attachment of any thread, for client-work staff; audited. */
    @Transactional
    @ClientWork
    public AttachmentDownload teamAttachment(long attachmentId) {
        long threadId = attachments.threadOf(attachmentId).orElseThrow(MessageNotFoundException::new);
        MessageThreadEntity thread = threads.findById(threadId).orElseThrow(MessageNotFoundException::new);
        auditLog.record(AuditEntry.by(currentUser.auditActor()).reads(OBJECT_ATTACHMENT, attachmentId)
                .of(thread.personId()).because(Purpose.MESSAGES));
        return download(attachmentId);
    }

    // --- the resident -----------------------------------------------------------------------------

    /** The resident starts a thread to the team; returns the thread id. */
    @Transactional
    @ResidentOnly
    public long startByResident(String subject, String firstMessage) {
        return start(currentUser.requirePersonId(), subject, firstMessage, Side.RESIDENT);
    }

    /** The signed-in resident's threads, newest activity first; audited. */
    @Transactional
    @ResidentOnly
    public List<ThreadSummary> myThreads() {
        long me = currentUser.requirePersonId();
        auditLog.record(AuditEntry.by(currentUser.auditActor()).searches(OBJECT_THREAD).of(me)
                .because(Purpose.OWN_DATA));
        return threads.findByPersonIdOrderByLastMessageAtDescIdDesc(me).stream()
                .map(t -> summary(t, "", Side.RESIDENT)).toList();
    }

    /** How many of the resident's threads have a message they have not read. */
    @Transactional(readOnly = true)
    @ResidentOnly
    public long myUnreadCount() {
        return threads.findByPersonIdOrderByLastMessageAtDescIdDesc(currentUser.requirePersonId()).stream()
                .filter(t -> t.unreadFor(Side.RESIDENT)).count();
    }

    /** The resident's own thread; marks it read on the resident's side and cancels the unread notice. */
    @Transactional
    @ResidentOnly
    public MessageThread openMyThread(long threadId) {
        MessageThreadEntity thread = mine(threadId);
        thread.markRead(Side.RESIDENT, clock.instant());
        jobs.cancel(UNREAD_NOTICE_JOB, String.valueOf(threadId));
        auditLog.record(AuditEntry.by(currentUser.auditActor()).reads(OBJECT_THREAD, threadId).of(thread.personId())
                .because(Purpose.OWN_DATA));
        return view(thread, "");
    }

    /** The resident answers in their own thread; returns the message id. */
    @Transactional
    @ResidentOnly
    public long replyAsResident(long threadId, String body, List<NewAttachment> files) {
        MessageThreadEntity thread = mine(threadId);
        checkBody(body);
        List<AttachmentFilter.Cleaned> cleaned = cleanAll(files);
        long id = writeAsResident(thread, body, cleaned, clock.instant());
        drafts.deleteDraft(threadId, residentKey(thread.personId()));
        // the resident has read the team's message to answer it: no notice about it any more
        jobs.cancel(UNREAD_NOTICE_JOB, String.valueOf(threadId));
        return id;
    }

    @Transactional
    @ResidentOnly
    public Instant saveMyDraft(long threadId, String body) {
        MessageThreadEntity thread = mine(threadId);
        Instant at = saveDraft(thread.id(), residentKey(thread.personId()), body);
        auditLog.record(AuditEntry.by(currentUser.auditActor()).updates(OBJECT_DRAFT, threadId).of(thread.personId())
                .because(Purpose.OWN_DATA));
        return at;
    }

    @Transactional(readOnly = true)
    @ResidentOnly
    public Optional<Draft> myDraft(long threadId) {
        MessageThreadEntity thread = mine(threadId);
        return draft(thread.id(), residentKey(thread.personId()));
    }

    /** An attachment of the resident's own thread; another person's is not found. Audited. */
    @Transactional
    @ResidentOnly
    public AttachmentDownload myAttachment(long attachmentId) {
        long threadId = attachments.threadOf(attachmentId).orElseThrow(MessageNotFoundException::new);
        MessageThreadEntity thread = mine(threadId);
        auditLog.record(AuditEntry.by(currentUser.auditActor()).reads(OBJECT_ATTACHMENT, attachmentId)
                .of(thread.personId()).because(Purpose.OWN_DATA));
        return download(attachmentId);
    }

    // --- both and the system ----------------------------------------------------------------------

    /** The largest attachment accepted, in bytes, for the upload field and its text. */
    @SignedIn
    public long attachmentMaxBytes() {
        return attachmentMaxBytes;
    }

    /**
     * Run by the delayed job: when the team wrote last and the resident has not read it, a notice (on
     * the channels the resident consented to; it says only that there is a message).
     */
    @Transactional
    @SystemOnly
    public void sendUnreadNotice(long threadId) {
        threads.findById(threadId).filter(t -> t.unreadFor(Side.RESIDENT))
                .ifPresent(t -> notices.notify(t.personId(), NoticeKind.NEW_MESSAGE));
    }

    // --- inside -----------------------------------------------------------------------------------

    private long start(long personId, String subject, String firstMessage, Side by) {
        String cleanSubject = checkSubject(subject);
        checkBody(firstMessage);
        Instant now = clock.instant();
        MessageThreadEntity thread = threads.saveAndFlush(MessageThreadEntity.start(personId, cleanSubject, now));
        if (by == Side.TEAM) {
            writeAsTeam(thread, firstMessage, List.of(), now);
        } else {
            writeAsResident(thread, firstMessage, List.of(), now);
        }
        auditLog.record(AuditEntry.by(currentUser.auditActor()).creates(OBJECT_THREAD, thread.id()).of(personId)
                .because(by == Side.TEAM ? Purpose.MESSAGES : Purpose.OWN_DATA));
        return thread.id();
    }

    private MessageThreadEntity mine(long threadId) {
        long me = currentUser.requirePersonId();
        return threads.findById(threadId).filter(t -> t.personId() == me).orElseThrow(MessageNotFoundException::new);
    }

    private long writeAsTeam(MessageThreadEntity thread, String body, List<AttachmentFilter.Cleaned> files,
            Instant at) {
        var user = currentUser.get().orElseThrow();
        MessageEntity saved = messages.save(MessageEntity.byTeam(thread.id(), user.displayName(), user.subject(), body,
                at));
        thread.written(Side.TEAM, at);
        store(saved.id(), files);
        auditLog.record(AuditEntry.by(currentUser.auditActor()).creates(OBJECT_MESSAGE, saved.id())
                .of(thread.personId()).because(Purpose.MESSAGES));
        jobs.schedule(UNREAD_NOTICE_JOB, String.valueOf(thread.id()), at.plus(unreadNoticeDelay));
        return saved.id();
    }

    private long writeAsResident(MessageThreadEntity thread, String body, List<AttachmentFilter.Cleaned> files,
            Instant at) {
        MessageEntity saved = messages.save(MessageEntity.byResident(thread.id(), body, at));
        thread.written(Side.RESIDENT, at);
        store(saved.id(), files);
        events.publishEvent(new ResidentWrote(thread.id(), thread.personId(), at));
        auditLog.record(AuditEntry.by(currentUser.auditActor()).creates(OBJECT_MESSAGE, saved.id())
                .of(thread.personId()).because(Purpose.OWN_DATA));
        return saved.id();
    }

    private void store(long messageId, List<AttachmentFilter.Cleaned> files) {
        for (AttachmentFilter.Cleaned f : files) {
            attachments.save(MessageAttachmentEntity.of(messageId, f.fileName(), f.kind().mediaType(), f.bytes()));
        }
    }

    private List<AttachmentFilter.Cleaned> cleanAll(List<NewAttachment> files) {
        if (files.size() > ATTACHMENTS_MAX) {
            throw new MessageRejected(MessageRejected.Field.ATTACHMENT, "TOO_MANY");
        }
        List<AttachmentFilter.Cleaned> cleaned = new ArrayList<>();
        for (NewAttachment f : files) {
            cleaned.add(AttachmentFilter.clean(f.fileName(), f.bytes(), attachmentMaxBytes));
        }
        return cleaned;
    }

    private MessageThread view(MessageThreadEntity thread, String clientName) {
        Map<Long, List<AttachmentInfo>> files = attachments.listOfThread(thread.id()).stream()
                .collect(Collectors.groupingBy(AttachmentRow::messageId, Collectors.mapping(
                        a -> new AttachmentInfo(a.id(), a.fileName(), a.mediaType(), a.sizeBytes()),
                        Collectors.toList())));
        List<Message> list = messages.findByThreadIdOrderBySentAtAscIdAsc(thread.id()).stream()
                .map(m -> new Message(m.id(), m.side(), m.authorName(), m.body(), m.sentAt(),
                        files.getOrDefault(m.id(), List.of())))
                .toList();
        return new MessageThread(thread.id(), thread.personId(), clientName, thread.subject(), thread.createdAt(),
                thread.lastAuthorSide(), list);
    }

    private static ThreadSummary summary(MessageThreadEntity t, String clientName, Side reader) {
        return new ThreadSummary(t.id(), t.personId(), clientName, t.subject(), t.lastMessageAt(), t.lastAuthorSide(),
                t.unreadFor(reader));
    }

    private Instant saveDraft(long threadId, String authorKey, String body) {
        if (body.length() > DRAFT_MAX) {
            throw new MessageRejected(MessageRejected.Field.BODY, "TOO_LONG");
        }
        Instant now = clock.instant();
        if (body.isBlank()) {
            drafts.deleteDraft(threadId, authorKey);
            return now;
        }
        MessageDraftEntity draft = drafts.findByThreadIdAndAuthorKey(threadId, authorKey)
                .orElseGet(() -> MessageDraftEntity.of(threadId, authorKey));
        draft.update(body, now);
        drafts.save(draft);
        return now;
    }

    private Optional<Draft> draft(long threadId, String authorKey) {
        return drafts.findByThreadIdAndAuthorKey(threadId, authorKey).map(d -> new Draft(d.body(), d.updatedAt()));
    }

    private AttachmentDownload download(long attachmentId) {
        MessageAttachmentEntity a = attachments.findById(attachmentId).orElseThrow(MessageNotFoundException::new);
        return new AttachmentDownload(a.fileName(), a.mediaType(), a.bytes());
    }

    private String staffKey() {
        return "S" + currentUser.get().orElseThrow().subject();
    }

    private static String residentKey(long personId) {
        return "P" + personId;
    }

    /** A subject is one line: line breaks and other control characters become spaces. */
    static String checkSubject(String subject) {
        String clean = subject.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ").strip();
        if (clean.isEmpty()) {
            throw new MessageRejected(MessageRejected.Field.SUBJECT, "BLANK");
        }
        if (clean.codePointCount(0, clean.length()) > SUBJECT_MAX) {
            throw new MessageRejected(MessageRejected.Field.SUBJECT, "TOO_LONG");
        }
        return clean;
    }

    static void checkBody(String body) {
        if (body.isBlank()) {
            throw new MessageRejected(MessageRejected.Field.BODY, "BLANK");
        }
        if (MessageLimits.length(body) > BODY_MAX) {
            throw new MessageRejected(MessageRejected.Field.BODY, "TOO_LONG");
        }
    }
}
