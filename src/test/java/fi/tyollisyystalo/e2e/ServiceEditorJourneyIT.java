package fi.tyollisyystalo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

/**
 * Journey 9 (part): an editor creates, publishes and unpublishes a service (search follows at once),
 * edits providers and channels, imports from PTV; bad input is refused at its field, and the hostile
 * corpus goes through every editor text without running anywhere.
 */
class ServiceEditorJourneyIT extends BrowserTest {

    private int hits(Page p, String query) {
        open(p, "/services?q=" + query);
        p.locator("#result-summary").waitFor();
        return p.locator("#results li").count();
    }

    @Test
    void an_editor_publishes_a_new_service_and_search_shows_it_at_once() {
        open(page, "/staff/services");
        Logins.asStaff(page, "editori");
        assertThat(path(page)).isEqualTo("/staff/services");
        assertAccessible(page);
        page.locator("#editor-new").click();
        page.waitForURL(u -> u.contains("/staff/services/new"));
        waitForVaadin(page);

        // missing Finnish name and domain: messages at the fields, typed text kept
        page.locator("#editor-organisation").click();
        page.locator("vaadin-select-item").first().click();
        page.locator("#editor-summary-fi textarea").fill("Kokeiluryhmä, jossa harjoitellaan arjen taitoja yhdessä.");
        page.locator("#editor-save").click();
        page.locator("#editor-name-fi[invalid]").waitFor();
        assertThat(page.locator("#editor-domains").getAttribute("invalid")).isNotNull();
        assertThat(page.locator("#editor-summary-fi textarea").inputValue()).startsWith("Kokeiluryhmä");
        assertAccessible(page);

        page.locator("#editor-name-fi input").fill("Arjen taitojen kokeiluryhmä Sateenkaari");
        page.locator("#editor-name-sv input").fill("Försöksgrupp för vardagsfärdigheter Regnbågen");
        page.locator("#editor-keywords-fi textarea").fill("ompelu, yhdessä tekeminen");
        page.locator("#editor-domains vaadin-checkbox:has-text('Arki') input").click();
        page.locator("#editor-save").click();
        page.locator("#editor-status:has-text('Tallennettu')").waitFor();
        assertThat(page.locator("#editor-history li").count()).isEqualTo(1);
        // the address names the saved service (replaceState runs after the status text is shown)
        page.waitForURL(java.util.regex.Pattern.compile(".*/staff/services/[0-9]+$"));
        String editorUrl = page.url();

        // a draft is not public
        Page visitor = browser.newPage();
        assertThat(hits(visitor, "sateenkaari")).isZero();

        page.locator("#editor-publish").click();
        page.locator("#editor-status:has-text('Julkaistu')").waitFor();
        assertThat(hits(visitor, "sateenkaari")).isEqualTo(1);
        assertThat(hits(visitor, "sateenkaaren")).as("inflected form").isEqualTo(1);
        assertThat(hits(visitor, "ompelua")).as("a keyword").isEqualTo(1);

        open(page, editorUrl.substring(editorUrl.indexOf("/staff/")));
        page.locator("#editor-unpublish").click();
        page.locator("#editor-status:has-text('Julkaisu poistettu')").waitFor();
        assertThat(hits(visitor, "sateenkaari")).isZero();
        assertThat(page.locator("#editor-history li").count()).isEqualTo(3);
        visitor.close();
    }

    @Test
    void an_editor_adds_a_provider_and_a_bad_web_address_is_refused_at_the_field() {
        open(page, "/staff/organisations");
        Logins.asStaff(page, "editori");
        assertThat(path(page)).isEqualTo("/staff/organisations");
        page.locator("#org-name-fi input").fill("Kuutamon kuntoutusyhdistys");
        page.locator("#org-website input").fill("kuutamo.example");
        page.locator("#org-save").click();
        page.locator("#org-website[invalid]").waitFor();
        assertThat(page.locator("#org-name-fi input").inputValue()).isEqualTo("Kuutamon kuntoutusyhdistys");
        assertAccessible(page);
        page.locator("#org-website input").fill("https://kuutamo.example.fi");
        page.locator("#org-save").click();
        page.locator("#org-status:has-text('Tallennettu')").waitFor();
        assertThat(page.locator("vaadin-grid-cell-content:has-text('Kuutamon kuntoutusyhdistys')").count()).isPositive();
    }

    @Test
    void an_editor_imports_a_ptv_export_and_sees_what_happened_to_each_service() {
        open(page, "/staff/ptv-import");
        Logins.asStaff(page, "editori");
        assertThat(path(page)).isEqualTo("/staff/ptv-import");
        assertAccessible(page);

        // an object keyed by service id: refused with the expected shape, and the batch is emptied
        page.setInputFiles("#ptv-upload input[type=file]", new com.microsoft.playwright.options.FilePayload(
                "keyed.json", "application/json", ("{\"0a3c5e7f-1b2d-4f6a-8c9e-100000000001\": {\"id\":"
                        + " \"0a3c5e7f-1b2d-4f6a-8c9e-100000000001\", \"serviceNames\": []}}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        page.locator("p[role=status]:has-text('1')").waitFor();
        page.locator("#ptv-run").click();
        page.locator("#ptv-error[role=alert]").waitFor();
        assertThat(page.locator("#ptv-error").innerText()).contains("itemList").contains("Mitään ei tuotu");
        assertThat(page.locator("#ptv-upload vaadin-upload-file").count()).as("failed files left the batch").isZero();
        assertAccessible(page);

        page.setInputFiles("#ptv-upload input[type=file]", new java.nio.file.Path[] {
            java.nio.file.Paths.get("src/test/resources/ptv/services-page-1.json"),
            java.nio.file.Paths.get("src/test/resources/ptv/services-page-2.json"),
            java.nio.file.Paths.get("src/test/resources/ptv/channels.json")});
        page.locator("p[role=status]:has-text('3')").waitFor();
        page.locator("#ptv-run").click();
        page.locator("#ptv-report h2").waitFor();
        String report = page.locator("#ptv-report").innerText();
        assertThat(report).containsPattern("Uusia \\d+, päivitettyjä \\d+, muuttumattomia \\d+, ohitettuja [1-9]");
        assertThat(report).contains("alueen ulkopuolella");
        assertThat(report).doesNotContain("itemList");
        assertAccessible(page);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** A published demo service with a web channel, its id and the channel's position among its channels. */
    private long[] publishedServiceWithWebChannel() {
        return jdbc.query("select s.id, c.position from service s join service_channel c on c.service_id = s.id"
                + " where s.status = 'PUBLISHED' and c.type = 'WEB' and s.ptv_id is null order by s.id, c.position"
                + " limit 1", (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).getFirst();
    }

    @Test
    void a_bad_stored_link_is_text_on_the_public_page_and_the_editor_repairs_the_channel() {
        long[] found = publishedServiceWithWebChannel();
        long id = found[0];
        jdbc.update("update service_channel set url = ? where service_id = ? and position = ?",
                "javascript:window." + HostileInput.MARKER + "=1", id, found[1]);
        int index = jdbc.queryForObject("select count(*) from service_channel where service_id = ? and position < ?",
                Integer.class, id, found[1]);

        Page visitor = context.newPage();
        HostileInput.Watch visitorWatch = HostileInput.watch(visitor);
        var response = visitor.navigate(url("/services/" + id));
        waitForVaadin(visitor);
        assertThat(response.status()).isEqualTo(200);
        assertThat(visitor.locator("#channels").innerText()).contains("javascript:window.");
        assertThat(visitor.locator("#channels a[href^='javascript']").count()).isZero();
        visitor.locator("#channels p:has-text('javascript:window.')").click();
        visitorWatch.assertNothingRan();

        HostileInput.Watch watch = HostileInput.watch(page);
        open(page, "/staff/services/" + id);
        Logins.asStaff(page, "editori");
        String field = "#editor-channel-" + index + "-url";
        assertThat(page.locator(field + " input").inputValue()).startsWith("javascript:");
        page.locator("#editor-save").click();
        page.locator(field + "[invalid]").waitFor();
        assertThat(page.locator("#error-summary[role=alert]").isVisible()).isTrue();
        assertThat(page.locator("#error-summary a[href='" + field + "']").count()).isEqualTo(1);
        assertThat(page.locator("#editor-status").innerText()).doesNotContain("Tallennettu");
        assertAccessible(page);
        page.locator(field + " input").fill("https://korjattu.example.fi/palvelu");
        page.locator("#editor-save").click();
        page.locator("#editor-status:has-text('Tallennettu')").waitFor();
        assertThat(page.locator("#error-summary").isVisible()).isFalse();
        watch.assertNothingRan();

        visitor.navigate(url("/services/" + id));
        waitForVaadin(visitor);
        assertThat(visitor.locator("#channels a[href='https://korjattu.example.fi/palvelu']").count()).isEqualTo(1);
        visitor.close();
    }

    @Test
    void a_channel_is_added_and_removed_in_the_editor() {
        long id = publishedServiceWithWebChannel()[0];
        open(page, "/staff/services/" + id);
        Logins.asStaff(page, "editori");
        int before = page.locator(".tt-channel-row").count();
        page.locator("#editor-channel-add").click();
        String prefix = "#editor-channel-" + before + "-";
        page.locator(prefix + "type").click();
        page.locator("vaadin-select-item[role=option]:has-text('Puhelin'):visible").click();
        page.locator(prefix + "name-fi input").fill("Neuvontapuhelin");
        page.locator(prefix + "phone input").fill("javascript:alert(1)");
        page.locator("#editor-save").click();
        page.locator(prefix + "phone[invalid]").waitFor();
        assertThat(errorMessage(prefix + "phone")).contains("numeroina");
        page.locator(prefix + "phone input").fill("040 123 4567");
        page.locator("#editor-save").click();
        page.locator("#editor-status:has-text('Tallennettu')").waitFor();
        assertThat(jdbc.queryForObject("select count(*) from service_channel where service_id = ? and phone_number = ?",
                Integer.class, id, "040 123 4567")).isEqualTo(1);

        page.reload();
        waitForVaadin(page);
        assertThat(page.locator(".tt-channel-row").count()).isEqualTo(before + 1);
        page.locator(prefix + "remove").click();
        page.locator("#editor-save").click();
        page.locator("#editor-status:has-text('Tallennettu')").waitFor();
        assertThat(jdbc.queryForObject("select count(*) from service_channel where service_id = ?", Integer.class, id))
                .isEqualTo(before);
    }

    @Test
    void editing_an_existing_provider_keeps_its_web_site_and_saves_without_an_error() {
        var org = jdbc.queryForMap("select id, name_fi, website from organisation where website is not null"
                + " order by id limit 1");
        long orgId = ((Number) org.get("id")).longValue();
        String website = (String) org.get("website");
        int index = jdbc.queryForObject("select count(*) from organisation where id < ?", Integer.class, orgId);
        open(page, "/staff/organisations");
        Logins.asStaff(page, "editori");
        page.evaluate("i => document.querySelector('vaadin-grid').scrollToIndex(i)", index);
        page.locator("vaadin-grid-cell-content:text-is('" + org.get("name_fi") + "')").click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#org-name-fi input"))
                .hasValue((String) org.get("name_fi"));
        assertThat(page.locator("#org-website input").inputValue()).isEqualTo(website);
        page.locator("#org-name-sv input").fill("Förening " + orgId);
        page.locator("#org-save").click();
        page.locator("#org-status:has-text('Tallennettu')").waitFor();
        page.waitForTimeout(500);
        assertThat(page.locator("vaadin-notification-card").count()).as("no error notification").isZero();
        assertThat(page.locator("#org-website input").inputValue()).isEqualTo(website);
        assertThat(jdbc.queryForMap("select website, name_sv from organisation where id = ?", orgId))
                .containsEntry("website", website).containsEntry("name_sv", "Förening " + orgId);

        // saved again right away: still the same provider, not a new one
        page.locator("#org-name-en input").fill("Association " + orgId);
        page.locator("#org-save").click();
        page.waitForCondition(() -> ("Association " + orgId).equals(
                jdbc.queryForObject("select name_en from organisation where id = ?", String.class, orgId)));
        page.locator("#org-status:has-text('Tallennettu')").waitFor();
        assertThat(page.locator("vaadin-notification-card").count()).isZero();
    }

    private String errorMessage(String selector) {
        return (String) page.locator(selector).evaluate("el => el.errorMessage");
    }

    /** A new service with the organisation, a domain and the Finnish name and summary filled in. */
    private void fillNewService(String name) {
        open(page, "/staff/services/new");
        page.locator("#editor-organisation").click();
        page.locator("vaadin-select-item").first().click();
        page.locator("#editor-name-fi input").fill(name);
        page.locator("#editor-summary-fi textarea").fill("Lyhyt kuvaus.");
        page.locator("#editor-domains vaadin-checkbox:has-text('Arki') input").click();
    }

    @Test
    void a_long_paste_is_kept_and_the_message_is_at_the_field_it_concerns_and_the_title_follows_the_first_save() {
        open(page, "/staff/services");
        Logins.asStaff(page, "editori");
        fillNewService("Pitkän tekstin palvelu");
        page.locator("#editor-description-sv textarea").fill(HostileInput.HUNDRED_THOUSAND);
        page.locator("#editor-save").click();
        page.locator("#editor-description-sv[invalid]").waitFor();
        assertThat(page.locator("#editor-description-sv textarea").inputValue()).hasSize(100_000);
        assertThat(errorMessage("#editor-description-sv").replaceAll("[\\u00a0\\u202f]", " ")).contains("5 000")
                .contains("100 000");
        assertThat(page.locator("#editor-description-fi").getAttribute("invalid")).isNull();
        assertThat(page.locator("#error-summary[role=alert] a[href='#editor-description-sv']").innerText())
                .contains("Ruotsiksi");
        assertThat(path(page)).isEqualTo("/staff/services/new");
        assertAccessible(page);

        page.locator("#editor-description-sv textarea").fill("Kort beskrivning.");
        page.locator("#editor-save").click();
        page.locator("#editor-status:has-text('Tallennettu')").waitFor();
        assertThat(page.locator("h1").innerText()).isEqualTo("Pitkän tekstin palvelu");
        page.waitForFunction("t => document.title.startsWith(t)", "Pitkän tekstin palvelu");
        assertThat(path(page)).matches("/staff/services/[0-9]+");
        page.reload();
        waitForVaadin(page);
        assertThat(page.locator("#editor-description-sv textarea").inputValue()).isEqualTo("Kort beskrivning.");
    }

    /** The text fields of the service form that the hostile corpus goes through, as Playwright selectors. */
    private static final java.util.List<String> TEXT_FIELDS = java.util.List.of("#editor-name-sv input",
            "#editor-name-en input", "#editor-summary-fi textarea", "#editor-summary-sv textarea",
            "#editor-summary-en textarea", "#editor-description-fi textarea", "#editor-description-sv textarea",
            "#editor-description-en textarea", "#editor-howToUse-fi textarea", "#editor-requirements-fi textarea",
            "#editor-referral textarea", "#editor-contact input", "#editor-channel-0-name-fi input");

    @Test
    void hostile_values_in_every_editor_text_are_saved_as_typed_and_never_run_in_the_editor_the_page_or_search() {
        open(page, "/staff/services");
        Logins.asStaff(page, "editori");
        HostileInput.Watch watch = HostileInput.watch(page);
        fillNewService("Kettukallion palvelu");
        page.locator("#editor-channel-add").click();
        page.locator("#editor-channel-0-url input").fill("https://kettukallio.example.fi");
        page.locator("#editor-save").click();
        page.locator("#editor-status:has-text('Tallennettu')").waitFor();
        page.waitForURL(java.util.regex.Pattern.compile(".*/staff/services/[0-9]+$"));
        String editorPath = path(page);
        page.locator("#editor-publish").click();
        page.locator("#editor-status:has-text('Julkaistu')").waitFor();
        long id = Long.parseLong(editorPath.substring(editorPath.lastIndexOf('/') + 1));

        Page visitor = context.newPage();
        HostileInput.Watch visitorWatch = HostileInput.watch(visitor);
        for (HostileInput.Value v : HostileInput.VALUES) {
            if (v.text().length() > 500) {
                continue; // the long paste has its own test: it is refused at the field, not saved
            }
            // the editor is open: first after publishing, then after the previous value's reload
            page.locator("#editor-name-fi input").fill("Kettukallio " + v.text());
            for (String field : TEXT_FIELDS) {
                page.locator(field).fill(v.text());
            }
            page.locator("#editor-save").click();
            page.locator("#editor-status:has-text('Tallennettu')").waitFor();
            watch.assertNothingRan();

            var editorResponse = page.reload();
            assertThat(editorResponse.status()).as(v.name()).isEqualTo(200);
            waitForVaadin(page);
            watch.assertNothingRan();
            assertThat(path(page)).isEqualTo(editorPath);
            assertThat(page.locator("#editor-name-fi input").inputValue()).as(v.name())
                    .isEqualTo("Kettukallio " + v.text());
            for (String field : TEXT_FIELDS) {
                assertThat(page.locator(field).inputValue()).as(v.name() + " in " + field).isEqualTo(v.text());
            }

            var publicResponse = visitor.navigate(url("/services/" + id));
            assertThat(publicResponse.status()).as(v.name()).isEqualTo(200);
            waitForVaadin(visitor);
            assertThat(visitor.locator("h1").innerText()).as(v.name()).isEqualTo(("Kettukallio " + v.text()).strip());
            visitorWatch.assertNothingRan();
            var searchResponse = visitor.navigate(url("/services?q=kettukallio"));
            assertThat(searchResponse.status()).as(v.name()).isEqualTo(200);
            waitForVaadin(visitor);
            visitor.locator("#result-summary").waitFor();
            assertThat(visitor.locator("#results").innerText()).as(v.name()).contains("Kettukallio");
            visitorWatch.assertNothingRan();
        }
        visitor.close();
    }

    /** Stands in for an import: a change from PTV to the service, made from its last saved version. */
    private void ptvChangeArrives(long id, String from, String to) {
        jdbc.update("delete from ptv_pending_change where service_id = ?", id);
        jdbc.update("insert into ptv_pending_change (service_id, ptv_id, organisation_id, snapshot, received_at)"
                + " select s.id, concat('ptv-e2e-', s.id), s.organisation_id, replace(r.snapshot, ?, ?), now(6)"
                + " from service s join service_revision r on r.service_id = s.id where s.id = ?"
                + " order by r.id desc limit 1", from, to, id);
    }

    @Test
    void an_editor_sees_a_waiting_ptv_change_and_accepts_or_rejects_it() {
        open(page, "/staff/services");
        Logins.asStaff(page, "editori");
        fillNewService("Lumikellon kohtaamispaikka");
        page.locator("#editor-save").click();
        page.locator("#editor-status:has-text('Tallennettu')").waitFor();
        page.locator("#editor-publish").click();
        page.locator("#editor-status:has-text('Julkaistu')").waitFor();
        page.waitForURL(java.util.regex.Pattern.compile(".*/staff/services/[0-9]+$"));
        String editorPath = path(page);
        long id = Long.parseLong(editorPath.substring(editorPath.lastIndexOf('/') + 1));

        ptvChangeArrives(id, "Lumikellon kohtaamispaikka", "Lumikellon kohtaamispaikka ja kahvila");
        open(page, "/staff/services");
        page.locator("#editor-filter input").fill("Lumikellon");
        page.locator("#editor-filter input").press("Enter");
        page.locator("vaadin-grid-cell-content:has-text('PTV-muutos odottaa')").waitFor();
        open(page, editorPath);
        page.locator("#editor-ptv-change li:has-text('Lumikellon kohtaamispaikka ja kahvila')").waitFor();
        assertAccessible(page);
        Page visitor = context.newPage();
        open(visitor, "/services/" + id);
        assertThat(visitor.locator("h1").innerText()).as("not live before review")
                .isEqualTo("Lumikellon kohtaamispaikka");
        page.locator("#editor-ptv-accept").click();
        page.locator("#editor-status:has-text('hyväksytty')").waitFor();
        assertThat(page.locator("#editor-ptv-change").isVisible()).isFalse();
        assertThat(page.locator("#editor-name-fi input").inputValue()).isEqualTo("Lumikellon kohtaamispaikka ja kahvila");
        open(visitor, "/services/" + id);
        assertThat(visitor.locator("h1").innerText()).isEqualTo("Lumikellon kohtaamispaikka ja kahvila");

        ptvChangeArrives(id, "Lumikellon kohtaamispaikka ja kahvila", "Jotain aivan muuta");
        open(page, editorPath);
        page.locator("#editor-ptv-reject").click();
        page.locator("#editor-status:has-text('hylätty')").waitFor();
        open(visitor, "/services/" + id);
        assertThat(visitor.locator("h1").innerText()).isEqualTo("Lumikellon kohtaamispaikka ja kahvila");
        assertThat(page.locator("#editor-history li").allInnerTexts()).anyMatch(t -> t.contains("hyväksyi PTV"))
                .anyMatch(t -> t.contains("hylkäsi PTV"));
        assertThat(jdbc.queryForList("select action from audit_event where object_type = 'SERVICE_PTV_CHANGE'"
                + " and object_id = ? order by id", String.class, String.valueOf(id))).containsExactly("UPDATE", "DELETE");
        visitor.close();
    }

    @Test
    void hostile_values_in_provider_names_are_saved_as_typed_and_a_long_paste_is_refused_at_its_field() {
        open(page, "/staff/organisations");
        Logins.asStaff(page, "editori");
        HostileInput.Watch watch = HostileInput.watch(page);
        for (HostileInput.Value v : HostileInput.VALUES) {
            page.locator("#org-new").click();
            // the server empties the form: type only after that, or the emptying overwrites what was typed
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#org-name-fi input"))
                    .hasValue("");
            page.locator("#org-name-fi input").fill("Tarjoaja " + v.name());
            page.locator("#org-name-sv input").fill(v.text());
            page.locator("#org-name-en input").fill(v.text());
            page.locator("#org-save").click();
            if (v.text().length() > 200) {
                page.locator("#org-name-sv[invalid]").waitFor();
                assertThat(page.locator("#org-name-en").getAttribute("invalid")).as("its own field").isNotNull();
                assertThat(page.locator("#org-name-fi").getAttribute("invalid")).isNull();
                assertThat(page.locator("#org-name-sv input").inputValue()).hasSize(v.text().length());
                assertThat(page.locator("#error-summary[role=alert] a[href='#org-name-sv']").count()).isEqualTo(1);
            } else {
                try {
                    page.locator("#org-status:has-text('Tallennettu')").waitFor();
                } catch (com.microsoft.playwright.TimeoutError e) {
                    screenshot(page, "org-hostile-" + v.name());
                    throw new AssertionError(v.name() + " was not saved: "
                            + page.locator("#org-status, #error-summary, vaadin-notification-card").allInnerTexts(), e);
                }
                assertThat(jdbc.queryForMap("select name_sv, name_en from organisation where name_fi = ?",
                        "Tarjoaja " + v.name())).as(v.name()).containsEntry("name_sv", v.text())
                        .containsEntry("name_en", v.text());
                assertThat(page.locator("#org-name-sv input").inputValue()).as(v.name()).isEqualTo(v.text());
            }
            watch.assertNothingRan();
        }
        var response = page.navigate(url("/staff/organisations"));
        assertThat(response.status()).isLessThan(500);
        waitForVaadin(page);
        watch.assertNothingRan();
    }
}
