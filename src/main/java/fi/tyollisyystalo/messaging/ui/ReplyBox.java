package fi.tyollisyystalo.messaging.ui;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import fi.tyollisyystalo.base.i18n.Formats;
import fi.tyollisyystalo.messaging.AttachmentFilter;
import fi.tyollisyystalo.messaging.Draft;
import fi.tyollisyystalo.messaging.MessageLimits;
import fi.tyollisyystalo.messaging.MessageRejected;
import fi.tyollisyystalo.messaging.NewAttachment;

/**
 * The reply box under a thread: the text (counter, limit, message at the field), the draft saved as it
 * is typed ("Luonnos tallennettu klo …"), files to send (checked on the server by their content and size
 * as they arrive, the reason at the field when refused) and the send button. The same box serves the
 * resident and the team; {@link Actions} says whose service calls it makes.
 */
class ReplyBox extends Div {

    /** Shortest pause between two saves of the draft while typing. */
    private static final long DRAFT_PAUSE_NANOS = 3_000_000_000L;

    /** What the box does with the service, as the resident or as the team, for one thread. */
    record Actions(Supplier<Optional<Draft>> draft, Function<String, Instant> saveDraft,
            BiConsumer<String, List<NewAttachment>> send) {
    }

    private final Actions actions;
    private final Runnable afterSend;
    private final long maxBytes;
    private final BodyField body = new BodyField("reply-body", "messages.reply.label");
    private final Paragraph draftStatus = new Paragraph();
    private final Paragraph fileError = new Paragraph();
    private final UnorderedList fileList = new UnorderedList();
    private final List<NewAttachment> files = new ArrayList<>();
    private final Upload upload;
    private boolean loading;
    private String savedText = "";
    private long savedNanos;

    ReplyBox(Actions actions, long maxBytes, Runnable afterSend) {
        this.actions = actions;
        this.afterSend = afterSend;
        this.maxBytes = maxBytes;
        setId("reply");
        addClassName("tt-reply");
        H2 heading = new H2(getTranslation("messages.reply.heading"));

        draftStatus.setId("reply-draft-status");
        draftStatus.addClassName("tt-status");
        draftStatus.getElement().setAttribute("role", "status");
        loading = true;
        actions.draft().get().ifPresent(d -> {
            body.setValue(d.body());
            savedText = d.body();
            draftStatus.setText(getTranslation("messages.draft.saved", time(d.savedAt())));
        });
        loading = false;
        body.count();
        // the draft is saved as it is typed, at most every few seconds, and whenever the field is left
        body.addValueChangeListener(e -> {
            if (!loading && e.isFromClient() && System.nanoTime() - savedNanos >= DRAFT_PAUSE_NANOS) {
                saveDraft();
            }
        });
        body.addBlurListener(e -> saveDraft());

        upload = new Upload(handler());
        upload.setId("reply-upload");
        // the file as the request body: no multipart parsing and none of its size limits before ours
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setMaxFiles(MessageLimits.ATTACHMENTS_MAX);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setI18n(i18n());
        upload.addFileRejectedListener(e -> showFileError(getTranslation("messages.error.attachment.too_large",
                megabytes())));
        NativeLabel uploadLabel = new NativeLabel(getTranslation("messages.attach.label"));
        uploadLabel.setFor("reply-upload");
        uploadLabel.addClassName("tt-label");
        Paragraph limits = new Paragraph(getTranslation("messages.attach.limits", megabytes(),
                MessageLimits.ATTACHMENTS_MAX));
        limits.setId("reply-upload-limits");
        limits.addClassName("tt-hint");
        upload.getElement().setAttribute("aria-describedby", "reply-upload-limits reply-file-error");
        fileError.setId("reply-file-error");
        fileError.addClassName("tt-field-error");
        fileError.getElement().setAttribute("role", "alert");
        showFileError("");
        fileList.setId("reply-files");
        fileList.addClassName("tt-reply__files");

        Button send = new Button(getTranslation("messages.reply.send"), e -> send());
        send.setId("reply-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(heading, body, draftStatus, uploadLabel, limits, upload, fileError, fileList, send);
    }

    private void saveDraft() {
        String text = body.getValue();
        if (text.equals(savedText)) {
            return;
        }
        try {
            Instant at = actions.saveDraft().apply(text);
            savedText = text;
            savedNanos = System.nanoTime();
            draftStatus.setText(getTranslation("messages.draft.saved", time(at)));
        } catch (MessageRejected e) {
            draftStatus.setText(getTranslation("messages.draft.too_long"));
        }
    }

    private void send() {
        if (!body.count()) {
            body.focus();
            return;
        }
        try {
            actions.send().accept(body.getValue(), List.copyOf(files));
        } catch (MessageRejected e) {
            if (e.field() == MessageRejected.Field.ATTACHMENT) {
                showFileError(getTranslation(e.messageKey(), megabytes()));
            } else {
                body.showError(getTranslation(e.messageKey()));
                body.focus();
            }
            return;
        }
        files.clear();
        afterSend.run();
    }

    /**
     * Reads at most the limit plus one byte of an upload, so a 30 MB file never fills the memory, and
     * checks the content at once: the reason for a refusal is shown at the field while the resident is
     * still there. The service checks again when the message is sent.
     */
    private UploadHandler handler() {
        return new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                UI ui = event.getUI();
                String name = event.getFileName();
                byte[] bytes = event.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                String problem;
                try {
                    AttachmentFilter.clean(name, bytes, maxBytes);
                    problem = null;
                } catch (MessageRejected e) {
                    problem = e.messageKey();
                }
                if (problem != null) {
                    event.reject();
                }
                String refused = problem;
                ui.access(() -> {
                    upload.clearFileList();
                    if (refused != null) {
                        showFileError(getTranslation(refused, megabytes()));
                    } else if (files.size() >= MessageLimits.ATTACHMENTS_MAX) {
                        showFileError(getTranslation("messages.error.attachment.too_many",
                                MessageLimits.ATTACHMENTS_MAX));
                    } else {
                        files.add(new NewAttachment(name, bytes));
                        showFileError("");
                        showFiles();
                    }
                });
            }
        };
    }

    private void showFiles() {
        fileList.removeAll();
        for (NewAttachment f : List.copyOf(files)) {
            String shown = AttachmentFilter.detect(f.bytes()).map(k -> AttachmentFilter.safeName(f.fileName(), k))
                    .orElse(f.fileName());
            Button remove = new Button(getTranslation("messages.attach.remove"), e -> {
                files.remove(f);
                showFiles();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("messages.attach.remove.named", shown));
            fileList.add(new ListItem(new Span(shown), remove));
        }
    }

    private void showFileError(String text) {
        fileError.setText(text);
        fileError.setVisible(!text.isEmpty());
    }

    private String megabytes() {
        return String.valueOf(Math.max(1, maxBytes / (1024 * 1024)));
    }

    private UploadI18N i18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("messages.attach.add"))
                .setMany(getTranslation("messages.attach.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("messages.attach.drop"))
                .setMany(getTranslation("messages.attach.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("messages.error.attachment.too_large",
                megabytes())).setTooManyFiles(getTranslation("messages.error.attachment.too_many",
                        MessageLimits.ATTACHMENTS_MAX)).setIncorrectFileType(getTranslation("messages.error.attachment.type")));
        return i18n;
    }

    private String time(Instant at) {
        return at.atZone(Formats.HELSINKI).format(DateTimeFormatter.ofPattern("H.mm"));
    }
}
