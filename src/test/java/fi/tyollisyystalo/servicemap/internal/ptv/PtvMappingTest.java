package fi.tyollisyystalo.servicemap.internal.ptv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import fi.tyollisyystalo.base.i18n.LocalizedText;
import fi.tyollisyystalo.servicemap.ChannelData;
import fi.tyollisyystalo.servicemap.ChannelType;
import fi.tyollisyystalo.servicemap.ChargeType;
import fi.tyollisyystalo.servicemap.Domain;
import fi.tyollisyystalo.servicemap.OpeningHours;
import fi.tyollisyystalo.servicemap.OrganisationType;
import fi.tyollisyystalo.servicemap.ServiceData;
import fi.tyollisyystalo.servicemap.TargetGroup;
import fi.tyollisyystalo.servicemap.internal.ptv.ImportReport.NoteKind;
import fi.tyollisyystalo.servicemap.internal.ptv.ImportReport.SkipReason;

/** The PTV mapping without a database: classes, terms, target groups, hours, coordinates, the sample export. */
class PtvMappingTest {

    private static final String SC = "http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/";
    private final PtvDomainMapping mapping =
            PtvDomainMapping.load(new ClassPathResource("servicemap/ptv-domain-mapping.properties"));

    PtvMappingTest() throws IOException {
    }

    private static Ptv.Finto c(String code) {
        return new Ptv.Finto(code, SC + code, List.of());
    }

    private static Ptv.Finto term(String uri) {
        return new Ptv.Finto("", uri, List.of());
    }

    @Test
    void a_service_class_gives_its_domains_and_a_missing_sub_class_those_of_its_parent() {
        assertThat(mapping.domains(List.of(c("P10.4")), List.of()).domains())
                .containsExactlyInAnyOrder(Domain.WORK, Domain.BODY, Domain.MIND);
        assertThat(mapping.domains(List.of(c("P10.1")), List.of()).domains()).containsExactly(Domain.WORK);
        assertThat(mapping.domains(List.of(c("P27.1")), List.of()).domains())
                .containsExactlyInAnyOrder(Domain.BODY, Domain.INCLUSION);
        assertThat(mapping.domains(List.of(c("P5.7"), c("P4.10")), List.of()).domains())
                .containsExactlyInAnyOrder(Domain.MIND, Domain.EVERYDAY);
    }

    @Test
    void a_class_is_read_from_its_uri_when_the_code_is_missing() {
        assertThat(mapping.domains(List.of(new Ptv.Finto(null, SC + "P4.8", List.of())), List.of()).domains())
                .containsExactlyInAnyOrder(Domain.WORK, Domain.INCLUSION);
    }

    @Test
    void a_service_whose_classes_are_all_outside_our_scope_is_out_of_scope_but_one_relevant_class_keeps_it() {
        assertThat(mapping.domains(List.of(c("P2.1")), List.of()).allOutOfScope()).isTrue();
        PtvDomainMapping.Result mixed = mapping.domains(List.of(c("P2.1"), c("P10.1")), List.of());
        assertThat(mixed.allOutOfScope()).isFalse();
        assertThat(mixed.domains()).containsExactly(Domain.WORK);
    }

    @Test
    void an_unknown_class_maps_to_nothing_without_being_out_of_scope() {
        PtvDomainMapping.Result r = mapping.domains(List.of(c("P9.4")), List.of(term("http://www.yso.fi/onto/koko/p99991")));
        assertThat(r.domains()).isEmpty();
        assertThat(r.allOutOfScope()).isFalse();
    }

    @Test
    void ontology_terms_of_yso_and_koko_add_domains_from_the_table() {
        Properties p = new Properties();
        p.setProperty("class.P9", "-");
        p.setProperty("yso.p1234", "MIND");
        p.setProperty("koko.p777", "SKILLS,INCLUSION");
        PtvDomainMapping custom = PtvDomainMapping.from(p);
        PtvDomainMapping.Result r = custom.domains(List.of(c("P9.4")),
                List.of(term("http://www.yso.fi/onto/yso/p1234"), term("http://www.yso.fi/onto/koko/p777"),
                        term("http://www.yso.fi/onto/yso/p777")));
        assertThat(r.domains()).containsExactlyInAnyOrder(Domain.MIND, Domain.SKILLS, Domain.INCLUSION);
        assertThat(r.allOutOfScope()).isFalse();
        assertThat(PtvDomainMapping.ontologyKey("http://www.yso.fi/onto/yso/p1234")).isEqualTo("yso.p1234");
    }

    @Test
    void ptv_target_groups_and_some_classes_give_our_target_groups() {
        Ptv.Finto kr1 = new Ptv.Finto("KR1", "http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR1", List.of());
        Ptv.Finto kr16 = new Ptv.Finto(null, "http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR1.6", List.of());
        Ptv.Finto kr2 = new Ptv.Finto("KR2", null, List.of());
        assertThat(mapping.targetGroups(List.of(kr1, kr16, kr2), List.of(c("P10.1"))))
                .containsExactlyInAnyOrder(TargetGroup.ALL_ADULTS, TargetGroup.PEOPLE_WITH_DISABILITIES,
                        TargetGroup.UNEMPLOYED);
        assertThat(mapping.targetGroups(List.of(kr2), List.of(c("P4.11")))).containsExactly(TargetGroup.IMMIGRANTS);
    }

    @Test
    void charge_channel_and_organisation_types_follow_ptv() {
        assertThat(PtvDomainMapping.chargeType("Chargeable", null)).isEqualTo(ChargeType.CHARGED);
        assertThat(PtvDomainMapping.chargeType("Charged", null)).isEqualTo(ChargeType.CHARGED);
        assertThat(PtvDomainMapping.chargeType("Free", null)).isEqualTo(ChargeType.FREE);
        assertThat(PtvDomainMapping.chargeType("Other", null)).isEqualTo(ChargeType.PARTLY_CHARGED);
        assertThat(PtvDomainMapping.chargeType(null, "MarketFunded")).isEqualTo(ChargeType.CHARGED);
        assertThat(PtvDomainMapping.channelType("PrintableForm")).isEqualTo(ChannelType.WEB);
        assertThat(PtvDomainMapping.channelType("WebPage")).isEqualTo(ChannelType.WEB);
        assertThat(PtvDomainMapping.channelType("EChannel")).isEqualTo(ChannelType.ESERVICE);
        assertThat(PtvDomainMapping.channelType("ServiceLocation")).isEqualTo(ChannelType.LOCATION);
        assertThat(PtvDomainMapping.channelType("Phone")).isEqualTo(ChannelType.PHONE);
        assertThat(PtvDomainMapping.channelType("Fax")).isNull();
        assertThat(mapping.organisationType("x", "Etelä-Karjalan hyvinvointialue"))
                .isEqualTo(OrganisationType.WELLBEING_COUNTY);
        assertThat(mapping.organisationType("x", "Etelä-Karjalan Mielenterveysseura ry")).isEqualTo(OrganisationType.NGO);
        assertThat(mapping.organisationType("x", "Kansaneläkelaitos")).isEqualTo(OrganisationType.KELA);
        assertThat(mapping.organisationType("x", "Digitalisaatio- ja väestötietovirasto"))
                .as("no word matches: the default").isEqualTo(OrganisationType.MUNICIPALITY);
    }

    @Test
    void weekly_hours_become_weekly_and_exceptional_days_exceptions() {
        List<String> notes = new ArrayList<>();
        OpeningHours h = PtvHours.convert(List.of(
                weekly(null, null, open("Monday", "Thursday", "09:00", "15:00"), open("Friday", null, "09:00", "15:00"),
                        open("Saturday", null, "10:00:00", "14:00:00")),
                exceptional("2026-12-24T00:00:00", "2026-12-26T00:00:00", true),
                exceptional("2026-12-23T22:00:00Z", null, true),
                new Ptv.ServiceHour("Exceptional", "2026-12-31T00:00:00", null, false, null, List.of(),
                        List.of(open(null, null, "10:00", "14:00")))), (k, d) -> notes.add(k + " " + d));
        assertThat(h.weekly()).containsExactly(
                new OpeningHours.Weekly(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
                        LocalTime.of(15, 0)),
                new OpeningHours.Weekly(EnumSet.of(DayOfWeek.SATURDAY), LocalTime.of(10, 0), LocalTime.of(14, 0)));
        assertThat(h.exceptions()).extracting(OpeningHours.Exception::date).containsExactly(
                LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26),
                LocalDate.of(2026, 12, 31));
        assertThat(h.on(LocalDate.of(2026, 12, 24))).isEmpty();
        assertThat(h.on(LocalDate.of(2026, 12, 31))).containsExactly(span(10, 0, 14, 0));
        assertThat(h.on(LocalDate.of(2026, 12, 30))).containsExactly(span(9, 0, 15, 0));
        assertThat(notes).isEmpty();
    }

    @Test
    void over_midnight_hours_are_left_out_with_a_note_and_midnight_closes_at_the_end_of_the_day() {
        List<NoteKind> notes = new ArrayList<>();
        OpeningHours h = PtvHours.convert(List.of(
                weekly(null, null, open("Monday", "Sunday", "18:00:00", "00:00:00")),
                new Ptv.ServiceHour("OverMidnight", "2024-01-01T00:00:00", null, false, null, List.of(),
                        List.of(open("Friday", "Saturday", "18:00:00", "06:00:00")))), (k, d) -> notes.add(k));
        assertThat(notes).containsExactly(NoteKind.OVER_MIDNIGHT_IGNORED);
        assertThat(h.weekly()).containsExactly(new OpeningHours.Weekly(EnumSet.allOf(DayOfWeek.class),
                LocalTime.of(18, 0), LocalTime.of(23, 59)));
    }

    @Test
    void summer_hours_replace_the_weekly_hours_day_by_day_and_an_exceptional_day_wins() {
        OpeningHours h = PtvHours.convert(List.of(
                weekly("2024-01-01T00:00:00", null, open("Monday", "Friday", "08:00", "15:00")),
                weekly("2027-06-07T00:00:00", "2027-08-08T00:00:00", open("Monday", "Thursday", "08:00", "14:00")),
                exceptional("2027-06-25T00:00:00", null, true)), (k, d) -> { });
        assertThat(h.weekly()).hasSize(1);
        assertThat(h.on(LocalDate.of(2027, 6, 7))).containsExactly(span(8, 0, 14, 0));
        assertThat(h.on(LocalDate.of(2027, 6, 11))).as("a Friday of the summer").isEmpty();
        assertThat(h.on(LocalDate.of(2027, 6, 24))).isNotEmpty();
        assertThat(h.on(LocalDate.of(2027, 6, 25))).as("Midsummer Eve").isEmpty();
        assertThat(h.on(LocalDate.of(2027, 8, 13))).containsExactly(span(8, 0, 15, 0));
    }

    @Test
    void a_long_limited_period_counts_as_the_regular_weekly_hours() {
        OpeningHours h = PtvHours.convert(List.of(
                weekly("2026-01-01T00:00:00", "2026-12-31T00:00:00", open("Monday", "Friday", "08:00", "16:00"))),
                (k, d) -> { });
        assertThat(h.weekly()).hasSize(1);
        assertThat(h.exceptions()).isEmpty();
    }

    @Test
    void phone_hours_become_a_short_text_in_each_language() {
        List<Ptv.ServiceHour> source = List.of(weekly(null, null, open("Monday", "Thursday", "09:00", "15:00"),
                open("Friday", null, "09:00", "12:00")));
        LocalizedText text = PtvHours.text(PtvHours.convert(source, (k, d) -> { }), source);
        assertThat(text.fi()).isEqualTo("ma–to 9.00–15.00, pe 9.00–12.00");
        assertThat(text.sv()).isEqualTo("mån–tors 9.00–15.00, fre 9.00–12.00");
        assertThat(text.en()).isEqualTo("Mon–Thu 9:00–15:00, Fri 9:00–12:00");
    }

    @Test
    void tm35fin_coordinates_become_degrees_and_degrees_stay() {
        PtvCoordinates.LatLon helsinki = PtvCoordinates.of("6672118.380", "385611.317");
        assertThat(helsinki).isNotNull();
        assertThat(helsinki.latitude()).isCloseTo(60.1699, offset(1e-5));
        assertThat(helsinki.longitude()).isCloseTo(24.9384, offset(1e-5));
        assertThat(PtvCoordinates.of("61.0586", "28.186")).isEqualTo(new PtvCoordinates.LatLon(61.0586, 28.186));
        assertThat(PtvCoordinates.of("0", "0")).isNull();
        assertThat(PtvCoordinates.of(null, "28")).isNull();
    }

    @Test
    void an_update_keeps_the_domains_an_editor_added_or_removed_and_the_internal_fields() {
        ServiceData fromPtv = data(EnumSet.of(Domain.WORK, Domain.MIND, Domain.BODY), null);
        ServiceData current = data(EnumSet.of(Domain.WORK, Domain.SKILLS), "Ohjaus: Maija");
        ServiceData merged = PtvImporter.withEditorsWork(fromPtv, current, EnumSet.of(Domain.WORK, Domain.MIND));
        assertThat(merged.domains()).containsExactlyInAnyOrder(Domain.WORK, Domain.BODY, Domain.SKILLS);
        assertThat(merged.internalContact()).isEqualTo("Ohjaus: Maija");
    }

    @Test
    void an_import_keeps_the_keywords_an_editor_added_after_those_of_ptv() {
        LocalizedText merged = PtvTexts.mergedKeywords(new LocalizedText("työnhaku, työtön", null, "job seeking"),
                new LocalizedText("työtön, jäin työttömäksi", "arbetslös", null));
        assertThat(merged).isEqualTo(new LocalizedText("työnhaku, työtön, jäin työttömäksi", "arbetslös",
                "job seeking"));
        assertThat(PtvTexts.mergedKeywords(LocalizedText.EMPTY, LocalizedText.EMPTY)).isEqualTo(LocalizedText.EMPTY);
    }

    @Test
    void the_sample_export_maps_to_imports_skips_and_one_unmapped_service() throws Exception {
        List<Ptv.Service> services =
                PtvFiles.services(List.of(resource("services-page-1.json"), resource("services-page-2.json")));
        Map<String, Ptv.Channel> channels = PtvFiles.channels(resource("channels.json")).stream()
                .collect(Collectors.toMap(Ptv.Channel::id, Function.identity()));
        assertThat(services).hasSize(13);
        assertThat(channels).hasSize(17);
        PtvServiceMapper mapper = new PtvServiceMapper(mapping);
        Map<String, PtvServiceMapper.Outcome> byName = services.stream().map(s -> mapper.map(s, channels))
                .collect(Collectors.toMap(o -> o.name().fi(), Function.identity()));

        assertThat(skipped(byName, "Työvoiman palvelukeskus")).isEqualTo(SkipReason.NOT_PUBLISHED + " Deleted");
        assertThat(skipped(byName, "Kouvolan työllisyyspalvelut"))
                .startsWith(SkipReason.OUTSIDE_REGION + " LimitedType 286");
        assertThat(skipped(byName, "Rakennuslupa")).isEqualTo(SkipReason.OUT_OF_SCOPE + " P2.1 Rakentaminen");

        PtvServiceMapper.Mapped digi = (PtvServiceMapper.Mapped) byName.get("Digituki ja asiointipiste");
        assertThat(digi.unmapped()).isTrue();
        assertThat(digi.classes()).contains("P9.4 Asioinnin tukipalvelut");

        PtvServiceMapper.Mapped jobs = (PtvServiceMapper.Mapped) byName.get("Työnhakijan palvelut");
        assertThat(jobs.data().municipalities()).containsExactlyInAnyOrder("405", "416", "441", "739", "831");
        assertThat(jobs.data().channels()).extracting(ChannelData::type)
                .containsExactly(ChannelType.LOCATION, ChannelType.PHONE, ChannelType.PHONE, ChannelType.ESERVICE);
        ChannelData office = jobs.data().channels().getFirst();
        assertThat(office.street()).isEqualTo("Snellmaninkatu 15");
        assertThat(office.latitude()).isCloseTo(61.0586, offset(1e-4));
        assertThat(office.accessibility().fi()).startsWith("Sisäänkäynti: Sisäänkäynti on esteetön.");
        assertThat(jobs.data().channels().get(1).phoneNumber()).isEqualTo("+358 406543210");
        assertThat(jobs.data().channels().get(1).phoneCost().sv()).startsWith("Samtalet kostar");
        assertThat(jobs.data().channels().get(3).url()).isEqualTo("https://tyomarkkinatori.fi");
        // PTV's keywords, one item per word, as one text per language (repeats and other languages left out)
        assertThat(jobs.data().keywords()).isEqualTo(new LocalizedText("työnhaku, jäin työttömäksi", "arbetssökande",
                "lost my job"));

        PtvServiceMapper.Mapped kela = (PtvServiceMapper.Mapped) byName.get("Työttömyysturva");
        assertThat(kela.data().municipalities()).as("nationwide is the whole region").isEmpty();
        assertThat(kela.data().channels()).extracting(ChannelData::url)
                .contains("https://www.kela.fi/omakela", "https://www.kela.fi/documents/tt1.pdf");
        assertThat(((PtvServiceMapper.Mapped) byName.get("Talous- ja velkaneuvonta")).notes())
                .extracting(ImportReport.Note::kind).containsExactly(NoteKind.CHANNEL_NOT_FOUND);
        assertThat(((PtvServiceMapper.Mapped) byName.get("Mielenterveys- ja päihdeneuvonta")).notes())
                .extracting(ImportReport.Note::kind).containsExactly(NoteKind.OVER_MIDNIGHT_IGNORED);
        assertThat(((PtvServiceMapper.Mapped) byName.get("Liikuntaneuvonta")).data().chargeType())
                .isEqualTo(ChargeType.CHARGED);
    }

    @Test
    void the_fingerprint_is_the_same_for_the_same_files_and_differs_for_a_changed_service() throws Exception {
        Map<String, Ptv.Channel> channels = PtvFiles.channels(resource("channels.json")).stream()
                .collect(Collectors.toMap(Ptv.Channel::id, Function.identity()));
        PtvServiceMapper mapper = new PtvServiceMapper(mapping);
        Function<String, Map<String, String>> prints = file -> {
            try {
                return PtvFiles.services(List.of(resource(file))).stream().map(s -> mapper.map(s, channels))
                        .filter(o -> o instanceof PtvServiceMapper.Mapped).map(o -> (PtvServiceMapper.Mapped) o)
                        .collect(Collectors.toMap(m -> m.name().fi(), PtvServiceMapper.Mapped::fingerprint));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        Map<String, String> first = prints.apply("services-page-2.json");
        Map<String, String> again = prints.apply("services-page-2.json");
        Map<String, String> modified = prints.apply("services-page-2-modified.json");
        assertThat(again).isEqualTo(first);
        Set<String> changed = first.keySet().stream().filter(k -> !first.get(k).equals(modified.get(k)))
                .collect(Collectors.toSet());
        assertThat(changed).containsExactly("Liikuntaneuvonta");
    }

    private static String skipped(Map<String, PtvServiceMapper.Outcome> byName, String name) {
        PtvServiceMapper.Skip skip = (PtvServiceMapper.Skip) byName.get(name);
        return skip.reason() + " " + skip.detail();
    }

    private static ServiceData data(Set<Domain> domains, String contact) {
        return new ServiceData(new LocalizedText("Palvelu", null, null), LocalizedText.EMPTY, LocalizedText.EMPTY,
                LocalizedText.EMPTY, LocalizedText.EMPTY, ChargeType.FREE, domains, Set.of(), Set.of("fi"), Set.of(),
                List.of(), null, contact);
    }

    private static Ptv.OpeningHour open(String from, String to, String open, String close) {
        return new Ptv.OpeningHour(from, to, open, close);
    }

    private static Ptv.ServiceHour weekly(String validFrom, String validTo, Ptv.OpeningHour... hours) {
        return new Ptv.ServiceHour("DaysOfTheWeek", validFrom, validTo, false, false, List.of(), List.of(hours));
    }

    private static Ptv.ServiceHour exceptional(String from, String to, boolean closed) {
        return new Ptv.ServiceHour("Exceptional", from, to, closed, null, List.of(), List.of());
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(PtvMappingTest.class.getResource("/ptv/" + name).toURI());
    }

    private static OpeningHours.Span span(int openHour, int openMinute, int closeHour, int closeMinute) {
        return new OpeningHours.Span(LocalTime.of(openHour, openMinute), LocalTime.of(closeHour, closeMinute));
    }
}
