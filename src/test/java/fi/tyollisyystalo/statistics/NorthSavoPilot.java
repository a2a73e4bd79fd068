package fi.tyollisyystalo.statistics;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.awaitility.Awaitility;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.time.HelsinkiTime;
import fi.tyollisyystalo.base.time.TestClock;
import fi.tyollisyystalo.booking.AppointmentStatus;
import fi.tyollisyystalo.booking.BookingRequest;
import fi.tyollisyystalo.booking.Bookings;
import fi.tyollisyystalo.booking.FreeTime;
import fi.tyollisyystalo.booking.Way;
import fi.tyollisyystalo.casework.CaseNetwork;
import fi.tyollisyystalo.casework.Cases;
import fi.tyollisyystalo.casework.ClientCase;
import fi.tyollisyystalo.casework.ContactRole;
import fi.tyollisyystalo.casework.NetworkCategory;
import fi.tyollisyystalo.casework.NetworkDraft;
import fi.tyollisyystalo.casework.UnemploymentDuration;
import fi.tyollisyystalo.casework.internal.FollowUpInvitations;
import fi.tyollisyystalo.followup.FollowUpForms;
import fi.tyollisyystalo.followup.FollowUpPurpose;
import fi.tyollisyystalo.followup.FollowUps;
import fi.tyollisyystalo.base.security.SystemActor;
import fi.tyollisyystalo.servicemap.Domain;
import fi.tyollisyystalo.referral.ProfessionalRequests;
import fi.tyollisyystalo.referral.SourceOrganisation;
import fi.tyollisyystalo.identity.Hetu;
import fi.tyollisyystalo.identity.internal.TestLogins;
import fi.tyollisyystalo.referral.ContactDraft;
import fi.tyollisyystalo.referral.ContactForms;
import fi.tyollisyystalo.referral.ContactQuestion;
import fi.tyollisyystalo.referral.ContactRequestService;
import fi.tyollisyystalo.referral.ContactSource;

/**
 * The North Savo work-ability pilot's reported figures (issue #15's proof), made to happen through the features'
 * real services so that their events flow to the statistics as in use: 138 residents send the contact form (58 %
 * guided by the municipal employment services, 18 % by social services), a coordinator of the pilot's own team
 * takes each in, a case opens from the event, the coordinator names the client's network organisations in the
 * proportions of the report's network table and meets every client once and 34 of them twice (172 visits), over
 * 2025: in the past, so that the pilot's thousands of rows (audit entries, consultations) never crowd out another
 * test's newest rows in a list. Ages average 37 and 88 of the 138 (64 %) are men; 82 % have been unemployed for a year or more and 65 % for
 * over three years. The coordinator records 322 consultations (162 from the municipal employment services, 58 from
 * social services). Residents answer the follow-ups online: the outcome questionnaire at the start (48) and about
 * six months later (14), and the experience questionnaire after the first visit (49, with the report's shares).
 *
 * <p>The counts are chosen so that the report's rounded percentages come out: the network table's 59, 41, 30, 10,
 * 7, 5, 5, 3, 2 and 1 % of 138 clients are 81, 57, 41, 14, 10, 7, 7, 4, 3 and 1 clients.
 */
public final class NorthSavoPilot {

    public static final int CLIENTS = 138;
    public static final int SECOND_VISITS = 34;
    public static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 7);
    public static final LocalDate PERIOD_FROM = LocalDate.of(2025, 1, 1);
    public static final LocalDate PERIOD_TO = LocalDate.of(2025, 12, 31);
    public static final double MEAN_AGE = 37.0;
    public static final int MEN = 88;

    /** Contact sources: 80 of 138 = 58.0 %, 25 = 18.1 %; the rest as a region's mix. */
    static final List<Count<ContactSource>> SOURCES = List.of(new Count<>(ContactSource.EMPLOYMENT_SERVICES, 80),
            new Count<>(ContactSource.SOCIAL_SERVICES, 25), new Count<>(ContactSource.SELF, 14),
            new Count<>(ContactSource.HEALTH_CARE, 10), new Count<>(ContactSource.KELA, 6),
            new Count<>(ContactSource.NGO, 3));

    /** Unemployment at the start: 113 of 138 (81.9 %) for 12 months or more, 90 (65.2 %) over three years. */
    static final List<Count<UnemploymentDuration>> UNEMPLOYMENT = List.of(
            new Count<>(UnemploymentDuration.OVER_3_YEARS, 90), new Count<>(UnemploymentDuration.YEARS_1_TO_3, 23),
            new Count<>(UnemploymentDuration.MONTHS_3_TO_12, 15), new Count<>(UnemploymentDuration.UNDER_3_MONTHS, 10));

    /** 322 consultations, 162 of them from the municipal employment services and 58 from social services. */
    public static final List<Count<SourceOrganisation>> CONSULTATIONS = List.of(
            new Count<>(SourceOrganisation.EMPLOYMENT_SERVICES, 162), new Count<>(SourceOrganisation.SOCIAL_SERVICES, 58),
            new Count<>(SourceOrganisation.HEALTH_CARE, 40), new Count<>(SourceOrganisation.KELA, 25),
            new Count<>(SourceOrganisation.NGO, 20), new Count<>(SourceOrganisation.MENTAL_HEALTH_SUBSTANCE, 10),
            new Count<>(SourceOrganisation.OTHER, 7));

    /** Clients who answered the experience questionnaire (PREM) after their first visit. */
    public static final int PREM_ANSWERS = 49;

    /**
     * Of the 49, those answering each statement positively (4 or 5): coping better 22 (44.9 %), useful 40
     * (81.6 %), decisions together 45 (91.8 %), information understandable 45 (91.8 %), knows how it continues 39
     * (79.6 %).
     */
    public static final List<Count<String>> PREM_POSITIVE = List.of(new Count<>("prem_coping", 22),
            new Count<>("prem_useful", 40), new Count<>("prem_together", 45), new Count<>("prem_understood", 45),
            new Count<>("prem_continues", 39));

    /** Outcome questionnaire (PROM): 48 answered at the start, 14 of them again about six months later. */
    public static final int PROM_START_ANSWERS = 48;
    public static final int PROM_FOLLOW_UP_ANSWERS = 14;

    /** The report's network table, as clients with each kind of organisation in their network. */
    public static final List<Count<NetworkCategory>> NETWORK = List.of(
            new Count<>(NetworkCategory.EMPLOYMENT_SERVICES, 81), new Count<>(NetworkCategory.SOCIAL_SERVICES, 57),
            new Count<>(NetworkCategory.KELA, 41), new Count<>(NetworkCategory.NGO, 14),
            new Count<>(NetworkCategory.PRIVATE_PROVIDER, 10), new Count<>(NetworkCategory.TE_OFFICE, 7),
            new Count<>(NetworkCategory.OTHER, 7), new Count<>(NetworkCategory.MENTAL_HEALTH_SUBSTANCE, 4),
            new Count<>(NetworkCategory.CRIMINAL_SANCTIONS, 3), new Count<>(NetworkCategory.HEALTH_CARE, 1));

    public record Count<T>(T code, int clients) {
    }

    /** What the seeding made: the team, its coordinator and the residents in the order they came. */
    public record Pilot(String team, String teamName, String coordinator, List<Long> people, List<Long> caseIds) {
    }

    private final List<String> hetus = new ArrayList<>();

    private final ApplicationContext spring;
    private final JdbcTemplate jdbc;
    private final java.util.Set<String> births = new java.util.HashSet<>();

    public NorthSavoPilot(ApplicationContext spring) {
        this.spring = spring;
        this.jdbc = spring.getBean(JdbcTemplate.class);
    }

    private static @org.jspecify.annotations.Nullable Pilot shared;

    /**
     * The pilot seeded once per test run (the embedded database lives as long as the JVM) for the tests that only read
     * it, in its own team: seeding takes about a minute.
     */
    public static synchronized Pilot seededOnce(ApplicationContext spring) {
        if (shared == null) {
            shared = new NorthSavoPilot(spring).seed();
        }
        return shared;
    }

    /** Seeds the pilot into a team of its own (a new one each call) and returns it; leaves the clock reset. */
    public Pilot seed() {
        TestLogins.useStrategyOf(spring);
        long n = System.nanoTime();
        String team = "pilot-" + n;
        String teamName = "Pohjois-Savon pilotti " + (n % 100_000);
        String coordinator = "pilot-coord-" + n;
        jdbc.update("INSERT INTO team (code, name_fi, name_sv, name_en) VALUES (?, ?, ?, ?)", team, teamName,
                teamName, teamName);
        TestLogins.staffInDirectory(spring, coordinator, "Päivi Pilotti", team, Roles.COORDINATOR);
        long type = meetingType(n);
        try {
            asCoordinator(coordinator);
            var hours = spring.getBean(fi.tyollisyystalo.booking.StaffHours.class);
            for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY)) {
                hours.addMyHours(d, java.time.LocalTime.of(8, 0), java.time.LocalTime.of(16, 0),
                        "Kuopion työkykypiste, Kuopio", java.util.Set.of("fi"));
            }
            List<Long> people = new ArrayList<>();
            List<Long> caseIds = new ArrayList<>();
            List<Long> appointments = new ArrayList<>();
            List<ContactSource> sources = expand(SOURCES);
            List<List<NetworkCategory>> networks = networks();
            List<UnemploymentDuration> unemployment = expand(UNEMPLOYMENT);
            LocalDate day = FIRST_DAY;
            for (int i = 0; i < CLIENTS; i++) {
                day = weekday(day);
                TestClock.set(helsinki(day, 9));
                long person = sendContact(i, day, sources.get(i), n);
                people.add(person);
                asCoordinator(coordinator);
                long request = jdbc.queryForObject("SELECT MAX(id) FROM contact_request WHERE person_id = ?",
                        Long.class, person);
                TestClock.set(helsinki(day, 11));
                spring.getBean(ContactRequestService.class).accept(request, "Otetaan asiakkaaksi");
                Cases cases = spring.getBean(Cases.class);
                long caseId = Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(
                        () -> cases.openCaseOf(person).map(ClientCase::id).orElse(-1L), id -> id > 0);
                caseIds.add(caseId);
                UnemploymentDuration unemployed = unemployment.get(i);
                cases.recordUnemployment(caseId, cases.get(caseId).version(), unemployed);
                for (NetworkCategory category : networks.get(i)) {
                    spring.getBean(CaseNetwork.class).add(caseId, new NetworkDraft(category, "Organisaatio",
                            ContactRole.CONTACT, "", "", null));
                }
                appointments.add(book(type, coordinator, person, day.plusDays(1)));
                if (i < SECOND_VISITS) {
                    appointments.add(book(type, coordinator, person, day.plusDays(21)));
                }
                day = day.plusDays(1);
            }
            // each meeting marked held an hour after it began, in time order
            Bookings bookings = spring.getBean(Bookings.class);
            List<long[]> byStart = appointments.stream()
                    .map(a -> new long[] {a, bookings.appointment(a).start().getEpochSecond()})
                    .sorted(Comparator.comparingLong(a -> a[1])).toList();
            for (long[] a : byStart) {
                TestClock.set(Instant.ofEpochSecond(a[1]).plus(Duration.ofMinutes(61)));
                bookings.mark(a[0], bookings.appointment(a[0]).version(), AppointmentStatus.DONE);
            }
            consultations(coordinator);
            answerFollowUps(people, caseIds);
            return new Pilot(team, teamName, coordinator, List.copyOf(people), List.copyOf(caseIds));
        } finally {
            TestClock.reset();
            TestLogins.anonymous();
        }
    }

    /** The consultations, one every working day or so over the year, recorded by the coordinator as they came. */
    private void consultations(String coordinator) {
        List<SourceOrganisation> sources = new ArrayList<>();
        CONSULTATIONS.forEach(c -> {
            for (int k = 0; k < c.clients(); k++) {
                sources.add(c.code());
            }
        });
        ProfessionalRequests requests = spring.getBean(ProfessionalRequests.class);
        asCoordinator(coordinator);
        for (int k = 0; k < sources.size(); k++) {
            // 322 = 2 · 7 · 23 and 5 have no common factor: each once, the kinds mixed over the year
            SourceOrganisation source = sources.get((k * 5) % sources.size());
            TestClock.set(helsinki(weekday(FIRST_DAY.plusDays(k)), 10));
            requests.consult(source, "Pilotin yhteistyötaho", "Miten asiakasta voisi tukea?", null, true);
        }
    }

    /**
     * The residents answer as in the report: the outcome questionnaire at the start (48), the experience
     * questionnaire after their first visit (49), and about six months later the outcome questionnaire again (14 of
     * the 48), after the casework job has sent those invitations.
     */
    private void answerFollowUps(List<Long> people, List<Long> caseIds) {
        FollowUps followUps = spring.getBean(FollowUps.class);
        for (int i = 0; i < PROM_START_ANSWERS; i++) {
            TestClock.set(helsinki(weekday(FIRST_DAY.plusDays(2L * i + 3)), 18));
            answer(followUps, i, FollowUpPurpose.PROM_START, prom(4 + i % 3, i));
        }
        for (int i = 0; i < PREM_ANSWERS; i++) {
            TestClock.set(helsinki(LocalDate.of(2025, 8, 1).plusDays(i), 18));
            answer(followUps, i, FollowUpPurpose.PREM_VISIT, prem(i));
        }
        // the casework job looks for cases opened 182 days ago (a fortnight at a time)
        FollowUpInvitations job = spring.getBean(FollowUpInvitations.class);
        for (LocalDate day = FIRST_DAY.plusDays(182); !day.isAfter(PERIOD_TO); day = day.plusDays(14)) {
            TestClock.set(helsinki(day, 6));
            SystemActor.run(job::inviteDue);
        }
        for (int i = 0; i < PROM_FOLLOW_UP_ANSWERS; i++) {
            TestClock.set(helsinki(LocalDate.of(2025, 12, 10).plusDays(i), 18));
            answer(followUps, i, FollowUpPurpose.PROM_FOLLOW_UP, prom(6 + i % 3, i));
        }
    }

    private void answer(FollowUps followUps, int client, FollowUpPurpose purpose, java.util.Map<String, String> given) {
        TestLogins.resident(spring, hetus.get(client), "Pilotti" + client, "Asiakas");
        var open = followUps.myOpen().stream().filter(f -> f.purpose() == purpose).findFirst()
                .orElseThrow(() -> new IllegalStateException("client " + client + " has no open " + purpose));
        var result = followUps.answer(open.id(), given);
        if (result.status() != fi.tyollisyystalo.followup.AnswerResult.Status.SAVED) {
            throw new IllegalStateException("client " + client + " " + purpose + ": " + result);
        }
    }

    /** An outcome answer: the work-ability score {@code was}, the domains around it, the employment situation. */
    static java.util.Map<String, String> prom(int was, int i) {
        java.util.Map<String, String> given = new java.util.HashMap<>();
        given.put("was", String.valueOf(was));
        for (Domain d : Domain.values()) {
            given.put("domain_" + d.name(), String.valueOf(Math.min(10, was + (d.ordinal() + i) % 3)));
        }
        given.put(FollowUpForms.EMPLOYMENT, was >= 7 && i % 2 == 0 ? "EMPLOYED_SUBSIDISED" : "UNEMPLOYED");
        return given;
    }

    /** Answer {@code i} of the 49: the first {@code positive} of each statement 4 or 5, the rest 3 (coping: three worse). */
    static java.util.Map<String, String> prem(int i) {
        java.util.Map<String, String> given = new java.util.HashMap<>();
        for (Count<String> item : PREM_POSITIVE) {
            String v;
            if (i < item.clients()) {
                v = i % 3 == 0 ? "5" : "4";
            } else if (item.code().equals("prem_coping") && i >= PREM_ANSWERS - 3) {
                v = "2";
            } else {
                v = "3";
            }
            given.put(item.code(), v);
        }
        return given;
    }

    private long meetingType(long n) {
        String code = "pilot-type-" + n;
        jdbc.update("INSERT INTO appointment_type (code, name_fi, name_sv, name_en, minutes, buffer_minutes, ways,"
                + " booked_by, staff_role) VALUES (?, 'Tapaaminen', 'Möte', 'Meeting', 60, 0, 'IN_PERSON,PHONE',"
                + " 'STAFF', 'COORDINATOR')", code);
        return jdbc.queryForObject("SELECT id FROM appointment_type WHERE code = ?", Long.class, code);
    }

    private long book(long type, String coordinator, long person, LocalDate from) {
        Bookings bookings = spring.getBean(Bookings.class);
        FreeTime time = bookings.freeTimesOf(type, coordinator, helsinki(weekday(from), 8), 1).getFirst();
        return bookings.bookFor(person, BookingRequest.of(type, time, Way.IN_PERSON, null, false, "fi"));
    }

    /**
     * The resident's contact form, sent. Ages are 37 ± d in pairs, so they average exactly 37; the first 88 are
     * men (an odd individual number).
     */
    private long sendContact(int i, LocalDate day, ContactSource source, long n) {
        int pair = i / 2;
        int d = (pair * 7) % 37 - 18;
        int age = i % 2 == 0 ? 37 + d : 37 - d;
        int individual = i < MEN ? 971 : 972;
        // a birthday of its own (one identity code, one person), the age unchanged
        LocalDate born = day.minusYears(age).minusDays(1 + (n + i) % 200);
        while (!births.add(born + "/" + individual)) {
            born = born.minusDays(1);
        }
        String hetu = Hetu.of(born, individual).value();
        hetus.add(hetu);
        long person = TestLogins.resident(spring, hetu, "Pilotti" + i, "Asiakas");
        ContactForms forms = spring.getBean(ContactForms.class);
        ContactDraft draft = forms.startOrResume();
        forms.saveAnswer(draft.id(), ContactQuestion.WORRY, "Jaksaminen ja työnhaku");
        forms.saveAnswer(draft.id(), ContactQuestion.CHANNEL, "MESSAGE");
        forms.saveAnswer(draft.id(), ContactQuestion.LANGUAGE, "fi");
        forms.saveAnswer(draft.id(), ContactQuestion.INTERPRETER, "NO");
        forms.saveAnswer(draft.id(), ContactQuestion.SOURCE, source.name());
        forms.submit(draft.id());
        return person;
    }

    /** Age of client {@code i} at their contact, as {@link #sendContact} makes it. */
    public static int age(int i) {
        int d = ((i / 2) * 7) % 37 - 18;
        return i % 2 == 0 ? 37 + d : 37 - d;
    }

    /** Each client's network: category k goes to the first {@code clients} clients counted from an offset. */
    static List<List<NetworkCategory>> networks() {
        List<List<NetworkCategory>> networks = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            networks.add(new ArrayList<>());
        }
        int offset = 0;
        for (Count<NetworkCategory> c : NETWORK) {
            for (int k = 0; k < c.clients(); k++) {
                networks.get((offset + k) % CLIENTS).add(c.code());
            }
            offset += 37;
        }
        return networks;
    }

    private static <T> List<T> expand(List<Count<T>> counts) {
        List<T> all = new ArrayList<>();
        counts.forEach(c -> {
            for (int k = 0; k < c.clients(); k++) {
                all.add(c.code());
            }
        });
        if (all.size() != CLIENTS) {
            throw new IllegalStateException("counts add up to " + all.size());
        }
        // spread over the year rather than in blocks (138 = 2 · 3 · 23 and 7 have no common factor: each once)
        List<T> spread = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            spread.add(all.get((i * 7) % CLIENTS));
        }
        return spread;
    }

    private static void asCoordinator(String subject) {
        TestLogins.staff(subject, "Päivi Pilotti", Roles.COORDINATOR);
    }

    private static LocalDate weekday(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static Instant helsinki(LocalDate day, int hour) {
        return ZonedDateTime.of(day.atTime(hour, 0), HelsinkiTime.ZONE).toInstant();
    }
}
