package fi.tyollisyystalo.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import fi.tyollisyystalo.identity.InvalidHetuException.Reason;

class HetuTest {

    /** Expected values computed independently of Hetu (DDMMYYNNN mod 31 by hand / script). */
    @ParameterizedTest
    @CsvSource({
            "131052-308T, 1952-10-13",   // DVV's documentation example
            "150875+123E, 1875-08-15",
            "290296+458V, 1896-02-29",
            "290296-458V, 1996-02-29",
            "311299-8997, 1999-12-31",
            "010101Y245L, 1901-01-01",
            "020202X4564, 1902-02-02",
            "030303W567D, 1903-03-03",
            "040404V678P, 1904-04-04",
            "050505U7890, 1905-05-05",
            "010100A002H, 2000-01-01",
            "290200A234V, 2000-02-29",
            "060606B135L, 2006-06-06",
            "070707C246W, 2007-07-07",
            "080808D3576, 2008-08-08",
            "091009E4689, 2009-10-09",
            "101110F579K, 2010-11-10"})
    void valid_codes_for_every_century_sign_give_the_birth_date(String code, LocalDate birthDate) {
        Hetu hetu = Hetu.parse(code);
        assertThat(hetu.value()).isEqualTo(code);
        assertThat(hetu.birthDate()).isEqualTo(birthDate);
        assertThat(hetu.isTestIdentity()).isFalse();
    }

    /** DVV's published examples of the century signs introduced in 2023 (all temporary numbers). */
    @ParameterizedTest
    @ValueSource(strings = {"010594Y9032", "020594X903P", "030594W903B", "040594V9030", "050594U903M",
            "010516B903X", "020516C903K", "030516D9037", "010501E9032", "020503F9037", "020504A902E"})
    void dvv_examples_of_the_new_century_signs_are_valid_test_identities(String code) {
        assertThat(Hetu.isValid(code)).isTrue();
        assertThat(Hetu.parse(code).isTestIdentity()).isTrue();
    }

    @Test
    void new_and_old_century_signs_of_the_same_century_give_the_same_date_but_different_codes() {
        Hetu classic = Hetu.parse("290296-458V");
        Hetu y = Hetu.parse("290296Y458V");
        assertThat(y.birthDate()).isEqualTo(classic.birthDate());
        assertThat(y).isNotEqualTo(classic);
    }

    @ParameterizedTest
    @CsvSource({
            "131052-308U, CHECK_CHARACTER",
            "131052-308Z, CHECK_CHARACTER",   // Z is not in the check alphabet at all
            "300252-3087, DATE",              // 30.2.
            "310452-308T, DATE",              // 31.4.
            "001052-308T, DATE",
            "131352-308T, DATE",
            "290200-234V, DATE",              // 1900 is not a leap year
            "290223A2342, DATE",
            "131052G308T, CENTURY_SIGN",
            "131052*308T, CENTURY_SIGN",
            "131052-308, FORMAT",
            "131052-308TT, FORMAT",
            "13105-308T, FORMAT",
            "13I052-308T, FORMAT",
            "131052-3O8T, FORMAT",
            "131052 308T, CENTURY_SIGN",
            "131052-001M, FORMAT",            // individual numbers start at 002
            "'', FORMAT"})
    void invalid_codes_are_rejected_with_the_reason(String code, Reason reason) {
        InvalidHetuException e = catchThrowableOfType(InvalidHetuException.class, () -> Hetu.parse(code));
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(Hetu.isValid(code)).isFalse();
    }

    @Test
    void exception_message_never_contains_the_code() {
        InvalidHetuException e = catchThrowableOfType(InvalidHetuException.class, () -> Hetu.parse("131052-308U"));
        assertThat(e).message().doesNotContain("131052").doesNotContain("308");
    }

    @Test
    void null_is_invalid() {
        assertThat(Hetu.isValid(null)).isFalse();
        assertThatThrownBy(() -> Hetu.parse(null)).isInstanceOf(InvalidHetuException.class);
    }

    @Test
    void lowercase_and_surrounding_whitespace_are_accepted_and_normalised() {
        assertThat(Hetu.parse("  290200a234v\t").value()).isEqualTo("290200A234V");
        assertThat(Hetu.parse("010101y245l")).isEqualTo(Hetu.parse("010101Y245L"));
    }

    @Test
    void leap_day_is_valid_in_leap_years_only() {
        assertThat(Hetu.isValid("290200A234V")).isTrue();   // 2000: divisible by 400
        assertThat(Hetu.isValid("290200-234V")).isFalse();  // 1900: divisible by 100, not 400
        assertThat(Hetu.isValid("290200+234V")).isFalse();  // 1800 likewise
        assertThat(Hetu.isValid("290100-2342")).isTrue();   // 29 January, not a leap day
        assertThat(Hetu.isValid("290296+458V")).isTrue();   // 1896
        assertThat(Hetu.isValid(Hetu.of(LocalDate.of(2024, 2, 29), 123).value())).isTrue();
    }

    @Test
    void masked_form_and_to_string_keep_only_the_date_and_century_sign() {
        Hetu hetu = Hetu.parse("010185-123B");
        assertThat(hetu.masked()).isEqualTo("010185-****");
        assertThat(hetu.toString()).isEqualTo("010185-****").doesNotContain("123").doesNotContain("B");
        assertThat("" + hetu).isEqualTo("010185-****");
    }

    @Test
    void odd_individual_number_is_male_and_even_female() {
        assertThat(Hetu.parse("131052-308T").sex()).isEqualTo(Hetu.Sex.FEMALE);
        assertThat(Hetu.parse("131052-309U").sex()).isEqualTo(Hetu.Sex.MALE);
    }

    @Test
    void individual_numbers_from_900_are_test_identities() {
        assertThat(Hetu.of(LocalDate.of(1980, 1, 1), 899).isTestIdentity()).isFalse();
        assertThat(Hetu.of(LocalDate.of(1980, 1, 1), 900).isTestIdentity()).isTrue();
        assertThat(Hetu.of(LocalDate.of(1980, 1, 1), 999).isTestIdentity()).isTrue();
    }

    @Test
    void age_turns_on_the_birthday_and_not_the_day_before() {
        Hetu hetu = Hetu.parse("131052-308T");
        assertThat(hetu.ageOn(LocalDate.of(2025, 10, 12))).isEqualTo(72);
        assertThat(hetu.ageOn(LocalDate.of(2025, 10, 13))).isEqualTo(73);
        assertThat(hetu.ageOn(LocalDate.of(2025, 10, 14))).isEqualTo(73);
        assertThat(hetu.ageOn(LocalDate.of(1952, 10, 13))).isZero();
    }

    @Test
    void someone_born_on_a_leap_day_turns_a_year_older_on_the_first_of_march() {
        Hetu hetu = Hetu.parse("290200A234V");
        assertThat(hetu.ageOn(LocalDate.of(2001, 2, 28))).isZero();
        assertThat(hetu.ageOn(LocalDate.of(2001, 3, 1))).isEqualTo(1);
        assertThat(hetu.ageOn(LocalDate.of(2004, 2, 29))).isEqualTo(4);
    }

    @Test
    void age_before_birth_is_refused() {
        assertThatThrownBy(() -> Hetu.parse("290200A234V").ageOn(LocalDate.of(2000, 2, 28)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void of_uses_the_classic_sign_for_each_century_and_refuses_what_cannot_be_coded() {
        assertThat(Hetu.of(LocalDate.of(1875, 8, 15), 123).value()).isEqualTo("150875+123E");
        assertThat(Hetu.of(LocalDate.of(1952, 10, 13), 308).value()).isEqualTo("131052-308T");
        assertThat(Hetu.of(LocalDate.of(2000, 1, 1), 2).value()).isEqualTo("010100A002H");
        assertThatThrownBy(() -> Hetu.of(LocalDate.of(1799, 12, 31), 123)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Hetu.of(LocalDate.of(2100, 1, 1), 123)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Hetu.of(LocalDate.of(2000, 1, 1), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Hetu.of(LocalDate.of(2000, 1, 1), 1000)).isInstanceOf(IllegalArgumentException.class);
    }

    // --- Generated codes ----------------------------------------------------------------------

    private static final String CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    private static final long FIRST_DAY = LocalDate.of(1850, 1, 1).toEpochDay();
    private static final long LAST_DAY = LocalDate.of(2099, 12, 31).toEpochDay();
    /** Random each run unless -Dhetu.seed=… is given; every failure message says how to repeat it. */
    private static final long SEED = Long.getLong("hetu.seed", new Random().nextLong());

    /** 10 × 1 000 = 10 000 generated codes. */
    @RepeatedTest(10)
    void generated_codes_parse_back_and_every_mutation_is_caught(RepetitionInfo repetition) {
        Random random = new Random(SEED + repetition.getCurrentRepetition());
        for (int i = 0; i < 1_000; i++) {
            LocalDate date = LocalDate.ofEpochDay(FIRST_DAY + random.nextLong(LAST_DAY - FIRST_DAY + 1));
            int number = 2 + random.nextInt(998);
            String code = Hetu.of(date, number).value();
            String context = "code %s (repeat with -Dhetu.seed=%d)".formatted(code, SEED);

            Hetu parsed = Hetu.parse(code);
            assertThat(parsed.birthDate()).as(context).isEqualTo(date);
            assertThat(parsed.sex()).as(context).isEqualTo(number % 2 == 1 ? Hetu.Sex.MALE : Hetu.Sex.FEMALE);

            char check = code.charAt(10);
            char otherCheck = CHECK_CHARACTERS.charAt(
                    (CHECK_CHARACTERS.indexOf(check) + 1 + random.nextInt(30)) % CHECK_CHARACTERS.length());
            String wrongCheck = code.substring(0, 10) + otherCheck;
            assertThat(Hetu.isValid(wrongCheck)).as(context + " with check character " + otherCheck).isFalse();

            // One changed digit moves DDMMYYNNN by k·10^p with 1 <= |k| <= 9, and swapping two adjacent
            // digits by 9·(a-b)·10^p: 31 is prime and divides neither, so the remainder, and with it
            // the check character, always changes. Such a typo can therefore never be another valid code.
            int position = random.nextInt(9);
            int index = position < 6 ? position : position + 1;
            char digit = (char) ('0' + (code.charAt(index) - '0' + 1 + random.nextInt(9)) % 10);
            String mutated = code.substring(0, index) + digit + code.substring(index + 1);
            assertThat(Hetu.isValid(mutated)).as(context + " mutated to " + mutated).isFalse();

            int swap = random.nextInt(7);
            int first = swap < 5 ? swap : swap + 2;
            if (code.charAt(first) != code.charAt(first + 1)) {
                String swapped = code.substring(0, first) + code.charAt(first + 1) + code.charAt(first)
                        + code.substring(first + 2);
                assertThat(Hetu.isValid(swapped)).as(context + " swapped to " + swapped).isFalse();
            }
        }
    }
}
