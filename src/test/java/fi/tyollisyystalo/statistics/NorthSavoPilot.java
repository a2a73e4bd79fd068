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
 * proportions of the report's network table and meets every client once and 34 of them twice (172 visits), in
 * 2025. Ages average 37 and 88 of the 138 (64 %) are men.
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

    private final ApplicationContext spring;
    private final JdbcTemplate jdbc;
    private final java.util.Set<String> births = new java.util.HashSet<>();

    public NorthSavoPilot(ApplicationContext spring) {
        this.spring = spring;
        this.jdbc = spring.getBean(JdbcTemplate.class);
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
            return new Pilot(team, teamName, coordinator, List.copyOf(people), List.copyOf(caseIds));
        } finally {
            TestClock.reset();
            TestLogins.anonymous();
        }
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
        long person = TestLogins.resident(spring, Hetu.of(born, individual).value(), "Pilotti" + i, "Asiakas");
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
        // spread over the year rather than in blocks
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
