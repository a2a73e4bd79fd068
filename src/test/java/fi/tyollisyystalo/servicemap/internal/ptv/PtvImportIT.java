package fi.tyollisyystalo.servicemap.internal.ptv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;

import fi.tyollisyystalo.IntegrationTest;
import fi.tyollisyystalo.identity.internal.TestLogins;
import fi.tyollisyystalo.servicemap.ChannelData;
import fi.tyollisyystalo.servicemap.ChannelType;
import fi.tyollisyystalo.servicemap.Domain;
import fi.tyollisyystalo.servicemap.OpeningHours;
import fi.tyollisyystalo.servicemap.PublishingStatus;
import fi.tyollisyystalo.servicemap.ServiceData;
import fi.tyollisyystalo.servicemap.ServiceEditorService;
import fi.tyollisyystalo.servicemap.internal.ServiceEntity;
import fi.tyollisyystalo.servicemap.internal.ptv.ImportReport.NoteKind;
import fi.tyollisyystalo.servicemap.internal.ptv.ImportReport.SkipReason;

/**
 * The import against the real database, in order: a first import of a two-page region export, the
 * same files again, a change to a published service that waits for an editor, the editors' queue,
 * unsafe links in the files, and a file of another shape.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PtvImportIT {

    private static final String JOBS = "0a3c5e7f-1b2d-4f6a-8c9e-100000000001";
    private static final String WORK_ABILITY = "0a3c5e7f-1b2d-4f6a-8c9e-100000000002";
    private static final String MENTAL_HEALTH = "0a3c5e7f-1b2d-4f6a-8c9e-100000000003";
    private static final String UNEMPLOYMENT = "0a3c5e7f-1b2d-4f6a-8c9e-100000000006";
    private static final String DIGITAL_HELP = "0a3c5e7f-1b2d-4f6a-8c9e-100000000007";
    private static final String DEBT_ADVICE = "0a3c5e7f-1b2d-4f6a-8c9e-100000000009";
    private static final String EXERCISE = "0a3c5e7f-1b2d-4f6a-8c9e-100000000010";
    private static final String CLOSED = "0a3c5e7f-1b2d-4f6a-8c9e-100000000011";
    private static final String KOUVOLA = "0a3c5e7f-1b2d-4f6a-8c9e-100000000012";
    private static final String BUILDING_PERMIT = "0a3c5e7f-1b2d-4f6a-8c9e-100000000013";

    private static ImportReport first;

    @Autowired
    PtvImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    EntityManager entityManager;

    @Autowired
    ServiceEditorService editor;

    @Autowired
    ApplicationContext context;

    private ImportReport importRegion(String page2) throws Exception {
        return importer.importRegion(List.of(PtvMappingTest.resource("services-page-1.json"),
                PtvMappingTest.resource(page2)), PtvMappingTest.resource("channels.json"));
    }

    private static ImportReport first() {
        assertThat(first).as("the first import ran").isNotNull();
        return first;
    }

    @Test
    @Order(1)
    void the_first_import_creates_the_region_services_as_drafts_with_their_domains_channels_and_hours() throws Exception {
        first = importRegion("services-page-2.json");

        assertThat(first.createdCount()).isEqualTo(10);
        assertThat(first.updatedCount()).isZero();
        assertThat(first.unchangedCount()).isZero();
        assertThat(importer.importedServiceCount()).isEqualTo(10);
        assertThat(jdbc.queryForList("select distinct status from service where ptv_id is not null", String.class))
                .containsExactly("DRAFT");
        assertThat(domains(WORK_ABILITY)).containsExactlyInAnyOrder(Domain.WORK, Domain.BODY, Domain.MIND);
        assertThat(domains(JOBS)).containsExactly(Domain.WORK);
        assertThat(domains(EXERCISE)).containsExactlyInAnyOrder(Domain.BODY, Domain.INCLUSION);
        assertThat(jdbc.queryForList("select target_group from service_target_group t join service s on s.id = t.service_id"
                + " where s.ptv_id = ?", String.class, JOBS)).containsExactlyInAnyOrder("ALL_ADULTS", "UNEMPLOYED");

        ServiceData jobs = data(JOBS);
        assertThat(jobs.name().sv()).isEqualTo("Tjänster för arbetssökande");
        assertThat(jobs.municipalities()).containsExactlyInAnyOrder("405", "416", "441", "739", "831");
        assertThat(jobs.channels()).extracting(ChannelData::type)
                .containsExactly(ChannelType.LOCATION, ChannelType.PHONE, ChannelType.PHONE, ChannelType.ESERVICE);
        OpeningHours office = jobs.channels().getFirst().openingHours();
        assertThat(office).isNotNull();
        assertThat(office.on(LocalDate.of(2026, 12, 4))).containsExactly(span(9, 0, 16, 0));
        assertThat(office.on(LocalDate.of(2026, 12, 24))).isEmpty();
        assertThat(office.on(LocalDate.of(2026, 12, 31))).containsExactly(span(10, 0, 14, 0));
        assertThat(jobs.channels().get(1).phoneHours().fi()).startsWith("ma–to 9.00–15.00, pe 9.00–12.00");

        ServiceData unemployment = data(UNEMPLOYMENT);
        assertThat(unemployment.municipalities()).as("nationwide: the whole region").isEmpty();
        assertThat(unemployment.requirements().fi()).isEqualTo("Olet ilmoittautunut työnhakijaksi.");
        assertThat(jdbc.queryForObject("select o.type from organisation o join service s on s.organisation_id = o.id"
                + " where s.ptv_id = ?", String.class, UNEMPLOYMENT)).isEqualTo("KELA");
    }

    @Test
    @Order(2)
    void services_are_skipped_with_a_reason_and_problems_are_noted() {
        assertThat(first().skipped()).extracting(ImportReport.Skipped::ptvId, ImportReport.Skipped::reason)
                .containsExactlyInAnyOrder(
                        tuple(CLOSED, SkipReason.NOT_PUBLISHED),
                        tuple(KOUVOLA, SkipReason.OUTSIDE_REGION),
                        tuple(BUILDING_PERMIT, SkipReason.OUT_OF_SCOPE));
        assertThat(first().skipped()).filteredOn(s -> s.ptvId().equals(KOUVOLA)).singleElement()
                .satisfies(s -> assertThat(s.detail()).contains("286"));
        assertThat(first().notes()).extracting(ImportReport.Note::ptvId, ImportReport.Note::kind).contains(
                tuple(MENTAL_HEALTH, NoteKind.OVER_MIDNIGHT_IGNORED),
                tuple(DEBT_ADVICE, NoteKind.CHANNEL_NOT_FOUND),
                tuple(EXERCISE, NoteKind.CHANNEL_NOT_PUBLISHED));
        assertThat(jdbc.queryForObject("select count(*) from service where ptv_id in (?, ?, ?)", Long.class,
                CLOSED, KOUVOLA, BUILDING_PERMIT)).isZero();
    }

    @Test
    @Order(3)
    void importing_the_same_files_again_changes_nothing() throws Exception {
        Map<String, Object> before = jdbc.queryForMap(
                "select sum(version) v, max(updated_at) u, count(*) n from service where ptv_id is not null");
        long channelsBefore = channelRows();

        // an export fetched municipality by municipality lists a service in several files: once is enough
        ImportReport again = importer.importRegion(List.of(PtvMappingTest.resource("services-page-1.json"),
                PtvMappingTest.resource("services-page-2.json"), PtvMappingTest.resource("services-page-1.json")),
                PtvMappingTest.resource("channels.json"));

        assertThat(again.createdCount()).isZero();
        assertThat(again.updatedCount()).isZero();
        assertThat(again.unchangedCount()).isEqualTo(10);
        assertThat(again.skippedCount()).isEqualTo(3);
        assertThat(again.organisationsCreated()).isZero();
        assertThat(jdbc.queryForMap(
                "select sum(version) v, max(updated_at) u, count(*) n from service where ptv_id is not null"))
                .isEqualTo(before);
        assertThat(channelRows()).isEqualTo(channelsBefore);
    }

    @Test
    @Order(4)
    void a_change_to_a_published_service_waits_for_an_editor_who_accepts_it_keeping_the_editors_work()
            throws Exception {
        edit(EXERCISE, e -> {
            ServiceData d = e.data();
            Set<Domain> domains = EnumSet.copyOf(d.domains());
            domains.add(Domain.SKILLS);
            e.update(new ServiceData(d.name(), d.summary(), d.description(), d.howToUse(), d.requirements(),
                    d.chargeType(), domains, d.municipalities(), d.languages(), d.targetGroups(), d.channels(),
                    "Lähete ei tarvita", "Liikuntaneuvoja, puh. 040 000 0000"), Instant.now());
            e.setStatus(PublishingStatus.PUBLISHED);
        });
        long id = tx.execute(s -> entity(EXERCISE).id());
        try {
            ImportReport changed = importRegion("services-page-2-modified.json");

            assertThat(changed.forReview()).extracting(ImportReport.Entry::ptvId).containsExactly(EXERCISE);
            assertThat(changed.updated()).isEmpty();
            assertThat(changed.createdCount()).isZero();
            assertThat(changed.unchangedCount()).isEqualTo(9);
            assertThat(data(EXERCISE).description().fi()).as("not live before review")
                    .doesNotContain("Kaksi ensimmäistä tapaamista ovat maksuttomia");
            assertThat(importRegion("services-page-2-modified.json").forReview()).as("the same change once").isEmpty();

            TestLogins.useStrategyOf(context);
            TestLogins.staff("editor-ptv-it", "Eeva Editori", "SERVICE_EDITOR");
            assertThat(editor.ptvChange(id)).hasValueSatisfying(d -> assertThat(d.description().fi())
                    .contains("Kaksi ensimmäistä tapaamista ovat maksuttomia"));
            assertThat(editor.list("", PageRequest.of(0, 500)).getContent()).filteredOn(i -> i.id() == id)
                    .singleElement().satisfies(i -> assertThat(i.ptvChangeWaiting()).isTrue());
            editor.acceptPtvChange(id);

            ServiceData exercise = data(EXERCISE);
            assertThat(exercise.description().fi()).contains("Kaksi ensimmäistä tapaamista ovat maksuttomia");
            assertThat(exercise.domains()).containsExactlyInAnyOrder(Domain.BODY, Domain.INCLUSION, Domain.SKILLS);
            assertThat(exercise.internalContact()).isEqualTo("Liikuntaneuvoja, puh. 040 000 0000");
            assertThat(status(EXERCISE)).isEqualTo("PUBLISHED");
            assertThat(editor.ptvChange(id)).isEmpty();
            assertThat(editor.history(id)).extracting(r -> r.action()).contains("PTV_ACCEPTED");
            assertThat(jdbc.queryForObject("select count(*) from audit_event where actor_id = 'editor-ptv-it'"
                    + " and object_type = 'SERVICE_PTV_CHANGE' and object_id = ? and action = 'UPDATE'", Long.class,
                    String.valueOf(id))).isEqualTo(1);
        } finally {
            edit(EXERCISE, e -> e.setStatus(PublishingStatus.DRAFT));
            TestLogins.anonymous();
        }
    }

    @Test
    @Order(5)
    void the_service_that_maps_to_no_domain_waits_in_the_queue_until_an_editor_gives_it_one() throws Exception {
        assertThat(first().queuedUnmapped()).extracting(ImportReport.Entry::ptvId).containsExactly(DIGITAL_HELP);
        assertThat(importer.openQueue()).containsExactly(DIGITAL_HELP);
        assertThat(domains(DIGITAL_HELP)).isEmpty();
        assertThat(jdbc.queryForObject("select service_classes from ptv_unmapped where ptv_id = ?", String.class,
                DIGITAL_HELP)).contains("P9.4 Asioinnin tukipalvelut");

        edit(DIGITAL_HELP, e -> {
            ServiceData d = e.data();
            e.update(new ServiceData(d.name(), d.summary(), d.description(), d.howToUse(), d.requirements(),
                    d.chargeType(), Set.of(Domain.SKILLS), d.municipalities(), d.languages(), d.targetGroups(),
                    d.channels(), d.internalReferral(), d.internalContact()), Instant.now());
        });
        ImportReport after = importRegion("services-page-2-modified.json");

        assertThat(after.queuedUnmapped()).isEmpty();
        assertThat(after.unchanged()).extracting(ImportReport.Entry::ptvId).contains(DIGITAL_HELP);
        assertThat(importer.openQueue()).isEmpty();
        assertThat(jdbc.queryForObject("select resolution from ptv_unmapped where ptv_id = ?", String.class,
                DIGITAL_HELP)).isEqualTo("EDITOR");
        assertThat(domains(DIGITAL_HELP)).containsExactly(Domain.SKILLS);
    }

    @Test
    @Order(6)
    void links_that_are_not_http_or_numbers_that_are_not_phone_numbers_are_left_out_with_a_note(@TempDir Path dir)
            throws Exception {
        String hostile = Files.readString(PtvMappingTest.resource("channels.json"))
                .replace("\"https://tyomarkkinatori.fi\"", "\"javascript:window.__ttPwned=1\"")
                .replace("\"0406543210\"", "\"javascript:alert(2)\"");
        Path channels = Files.writeString(dir.resolve("channels.json"), hostile);
        try {
            ImportReport report = importer.importRegion(List.of(PtvMappingTest.resource("services-page-1.json"),
                    PtvMappingTest.resource("services-page-2-modified.json")), channels);

            assertThat(report.rejected()).filteredOn(n -> n.kind() == NoteKind.LINK_REJECTED).singleElement()
                    .satisfies(n -> assertThat(n.detail()).endsWith(" javascript:window.__ttPwned=1"));
            assertThat(report.rejected()).filteredOn(n -> n.kind() == NoteKind.PHONE_REJECTED).isNotEmpty()
                    .allSatisfy(n -> assertThat(n.detail()).contains("javascript:alert(2)"));
            assertThat(jdbc.queryForObject("select count(*) from service_channel where url like '%javascript%'"
                    + " or phone_number like '%javascript%'", Long.class)).isZero();
        } finally {
            importRegion("services-page-2-modified.json");
        }
    }

    @Test
    @Order(7)
    void a_file_of_another_shape_is_refused_not_read_as_empty(@TempDir Path dir) throws Exception {
        Path keyed = Files.writeString(dir.resolve("keyed.json"),
                "{\"" + JOBS + "\": {\"id\": \"" + JOBS + "\", \"serviceNames\": []}}");
        assertThatThrownBy(() -> importer.importRegion(List.of(keyed), PtvMappingTest.resource("channels.json")))
                .isInstanceOf(PtvFiles.WrongShapeException.class);
        Path noIds = Files.writeString(dir.resolve("no-ids.json"), "[{\"name\": \"x\"}]");
        assertThatThrownBy(() -> importer.importRegion(List.of(noIds), PtvMappingTest.resource("channels.json")))
                .isInstanceOf(PtvFiles.WrongShapeException.class);
    }

    private long channelRows() {
        Long n = jdbc.queryForObject("select count(*) from service_channel c join service s on s.id = c.service_id"
                + " where s.ptv_id is not null", Long.class);
        return n == null ? 0 : n;
    }

    private Set<Domain> domains(String ptvId) {
        Set<Domain> set = EnumSet.noneOf(Domain.class);
        jdbc.queryForList("select d.domain from service_domain d join service s on s.id = d.service_id where s.ptv_id = ?",
                String.class, ptvId).forEach(d -> set.add(Domain.valueOf(d)));
        return set;
    }

    private String status(String ptvId) {
        return jdbc.queryForObject("select status from service where ptv_id = ?", String.class, ptvId);
    }

    private ServiceData data(String ptvId) {
        return tx.execute(s -> entity(ptvId).data());
    }

    private void edit(String ptvId, Consumer<ServiceEntity> change) {
        tx.executeWithoutResult(s -> change.accept(entity(ptvId)));
    }

    private ServiceEntity entity(String ptvId) {
        return entityManager.createQuery("select s from ServiceEntity s where s.ptvId = :id", ServiceEntity.class)
                .setParameter("id", ptvId).getSingleResult();
    }

    private static OpeningHours.Span span(int openHour, int openMinute, int closeHour, int closeMinute) {
        return new OpeningHours.Span(LocalTime.of(openHour, openMinute), LocalTime.of(closeHour, closeMinute));
    }
}
