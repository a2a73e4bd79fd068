package fi.tyollisyystalo.servicemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import fi.tyollisyystalo.IntegrationTest;
import fi.tyollisyystalo.base.i18n.LocalizedText;
import fi.tyollisyystalo.identity.internal.TestLogins;

/**
 * The editor's service against the real database: what it refuses (by field and language), and that
 * every editor action is in the audit log.
 */
@IntegrationTest
class ServiceEditorIT {

    private static final String EDITOR = "editor-service-it";

    @Autowired
    ServiceEditorService editor;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void signIn() {
        TestLogins.useStrategyOf(context);
        TestLogins.staff(EDITOR, "Elli Editori", "SERVICE_EDITOR");
    }

    @AfterEach
    void signOut() {
        TestLogins.anonymous();
    }

    private static ChannelData web(String url) {
        return new ChannelData(ChannelType.WEB, new LocalizedText("Verkkosivu", null, null), null, null, null, null,
                null, null, LocalizedText.EMPTY, null, LocalizedText.EMPTY, LocalizedText.EMPTY, url);
    }

    private static ServiceData service(LocalizedText name, List<ChannelData> channels) {
        return new ServiceData(name, new LocalizedText("Tiivistelmä", null, null), LocalizedText.EMPTY,
                LocalizedText.EMPTY, LocalizedText.EMPTY, ChargeType.FREE, Set.of(Domain.WORK), Set.of(), Set.of("fi"),
                Set.of(), channels, null, null);
    }

    private long organisation() {
        return editor.organisations().getFirst().id();
    }

    @Test
    void a_javascript_link_is_refused_at_the_channel_and_a_long_swedish_name_at_the_swedish_field() {
        assertThatThrownBy(() -> editor.create(organisation(), service(
                new LocalizedText("Palvelu", "å".repeat(201), null), List.of(web("javascript:alert(1)")))))
                .isInstanceOfSatisfying(ServiceValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsExactlyInAnyOrderEntriesOf(Map.of("name.sv", "editor.error.toolong.200",
                                "channels.0.url", "editor.error.channel.url")));
    }

    @Test
    void every_editor_action_is_written_to_the_audit_log() throws Exception {
        long org = organisation();
        long id = editor.create(org, service(new LocalizedText("Auditoitu palvelu", null, null),
                List.of(web("https://example.fi"))));
        editor.update(id, org, service(new LocalizedText("Auditoitu palvelu 2", null, null), List.of()));
        editor.publish(id);
        editor.unpublish(id);
        long provider = editor.saveOrganisation(null, new LocalizedText("Auditoitu yhdistys", null, null),
                OrganisationType.NGO, "https://yhdistys.example.fi");
        editor.saveOrganisation(provider, new LocalizedText("Auditoitu yhdistys ry", null, null),
                OrganisationType.NGO, "https://yhdistys.example.fi");
        editor.importPtv(List.of("{\"pageNumber\":1,\"pageSize\":0,\"pageCount\":1,\"itemList\":[]}"
                .getBytes(StandardCharsets.UTF_8)));

        List<String> rows = jdbc.queryForList("select concat(object_type, ' ', coalesce(object_id, '-'), ' ', action,"
                + " ' ', purpose) from audit_event where actor_id = ? order by id", String.class, EDITOR);
        String s = " " + id + " ";
        String o = " " + provider + " ";
        assertThat(rows).containsSubsequence("SERVICE" + s + "CREATE SERVICE_CATALOGUE",
                "SERVICE" + s + "UPDATE SERVICE_CATALOGUE", "SERVICE" + s + "PUBLISH SERVICE_CATALOGUE",
                "SERVICE" + s + "UNPUBLISH SERVICE_CATALOGUE", "ORGANISATION" + o + "CREATE SERVICE_CATALOGUE",
                "ORGANISATION" + o + "UPDATE SERVICE_CATALOGUE", "PTV_IMPORT - IMPORT SERVICE_CATALOGUE");
    }

    @Test
    void an_organisation_edit_keeps_its_web_site_and_refuses_a_javascript_one() {
        long provider = editor.saveOrganisation(null, new LocalizedText("Verkkosivullinen yhdistys", null, null),
                OrganisationType.NGO, "https://sivu.example.fi");
        assertThat(editor.organisations()).filteredOn(o -> o.id() == provider).singleElement()
                .satisfies(o -> assertThat(o.website()).isEqualTo("https://sivu.example.fi"));
        assertThatThrownBy(() -> editor.saveOrganisation(provider, new LocalizedText("X", null, null),
                OrganisationType.NGO, "javascript:alert(1)")).isInstanceOfSatisfying(ServiceValidationException.class,
                e -> assertThat(e.fieldErrors()).containsOnlyKeys("website"));
    }

    @Test
    void a_file_keyed_by_service_id_says_what_shape_was_expected() {
        byte[] keyed = "{\"0a3c5e7f-0000\": {\"id\": \"0a3c5e7f-0000\", \"serviceNames\": []}}"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> editor.importPtv(List.of(keyed))).isInstanceOfSatisfying(
                ServiceValidationException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("files", "ptv.error.shape"));
    }
}
