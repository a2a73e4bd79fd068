package fi.tyollisyystalo.servicemap.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;

import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.StaffLayout;
import fi.tyollisyystalo.servicemap.PtvImportResult;
import fi.tyollisyystalo.servicemap.ServiceEditorService;
import fi.tyollisyystalo.servicemap.ServiceValidationException;

/**
 * The editor brings a region's export from the national service catalogue (PTV OUT API v11): the
 * service list pages and the channels file. New services arrive as drafts; the report says what
 * happened to each, and services without a domain wait in the editors' queue.
 */
@Route(value = "staff/ptv-import", layout = StaffLayout.class)
@RolesAllowed(Roles.SERVICE_EDITOR)
class PtvImportView extends Div implements HasDynamicTitle {

    private final List<byte[]> files = new ArrayList<>();
    private final Div report = new Div();
    private final Paragraph received = new Paragraph();
    private final Upload upload;

    PtvImportView(ServiceEditorService editor) {
        addClassName("tt-page");
        upload = new Upload(UploadHandler.inMemory((meta, data) -> {
            synchronized (files) {
                files.add(data);
            }
        }));
        upload.setId("ptv-upload");
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFiles(50);
        upload.setMaxFileSize(50 * 1024 * 1024);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("ptv.upload.one"))
                .setMany(getTranslation("ptv.upload.many")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("ptv.upload.drop"))
                .setMany(getTranslation("ptv.upload.drop")));
        upload.setI18n(i18n);
        upload.addAllFinishedListener(e -> received.setText(getTranslation("ptv.received", files.size())));
        received.getElement().setAttribute("role", "status");
        Button run = new Button(getTranslation("ptv.run"), e -> run(editor));
        run.setId("ptv-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        report.setId("ptv-report");
        report.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("ptv.title")), new Paragraph(getTranslation("ptv.lead")), upload, received, run,
                report);
    }

    private void run(ServiceEditorService editor) {
        report.removeAll();
        List<byte[]> batch;
        synchronized (files) {
            batch = List.copyOf(files);
        }
        try {
            PtvImportResult r = editor.importPtv(batch);
            report.add(new H2(getTranslation("ptv.report")),
                    new Paragraph(getTranslation("ptv.report.counts", r.created(), r.updated(), r.unchanged(),
                            r.skipped().size())));
            if (!r.skipped().isEmpty()) {
                UnorderedList skipped = new UnorderedList();
                r.skipped().forEach(s -> skipped.add(new ListItem(s.name() + " – " + getTranslation("ptv.skip." + s.reason()))));
                report.add(new Paragraph(getTranslation("ptv.report.skipped")), skipped);
            }
            if (!r.forReview().isEmpty()) {
                UnorderedList waiting = new UnorderedList();
                r.forReview().forEach(name -> waiting.add(new ListItem(name)));
                report.add(new Paragraph(getTranslation("ptv.report.review", r.forReview().size())), waiting);
            }
            if (!r.rejected().isEmpty()) {
                UnorderedList rejected = new UnorderedList();
                rejected.setId("ptv-rejected");
                r.rejected().forEach(x -> rejected.add(new ListItem(getTranslation("ptv.rejected." + x.kind(),
                        x.name(), x.value()))));
                report.add(new Paragraph(getTranslation("ptv.report.rejected")), rejected);
            }
            report.add(new Paragraph(getTranslation("ptv.report.queue", r.queuedUnmapped().size(), r.openQueue())));
        } catch (ServiceValidationException e) {
            error(getTranslation(e.fieldErrors().getOrDefault("files", "ptv.error.read")));
        } catch (java.io.IOException | RuntimeException e) {
            error(getTranslation("ptv.error.read"));
        } finally {
            // a run uses the batch up, whatever its outcome: the next run starts from the files chosen next
            synchronized (files) {
                files.clear();
            }
            upload.clearFileList();
            received.setText("");
        }
    }

    private void error(String message) {
        Paragraph p = new Paragraph(message);
        p.setId("ptv-error");
        p.addClassName("tt-error-summary");
        p.getElement().setAttribute("role", "alert");
        report.add(p);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ptv.title") + " – " + getTranslation("app.name");
    }
}
