package fi.tyollisyystalo.identity;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import fi.tyollisyystalo.identity.InvalidHetuException.Reason;

/**
 * A valid Finnish personal identity code (henkilötunnus): DDMMYY, century sign, individual number
 * NNN and check character (DOMAIN.md "Identification"). {@link #value()} is the canonical form;
 * {@link #toString()} is masked so that a code never ends up in a log by accident.
 */
public record Hetu(String value) {

    public enum Sex { MALE, FEMALE }

    private static final String CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    private static final int LENGTH = 11;
    private static final int FIRST_REAL = 2;
    private static final int FIRST_TEMPORARY = 900;

    /** Normalises (trim, upper case) and validates; use {@link #parse(String)} for user input. */
    public Hetu {
        value = normalise(value);
        validate(value);
    }

    public static Hetu parse(@Nullable String raw) {
        if (raw == null) {
            throw new InvalidHetuException(Reason.FORMAT);
        }
        return new Hetu(raw);
    }

    /** Something shaped like a code: six digits, a century sign, three digits, a check character (spaces allowed). */
    private static final java.util.regex.Pattern IN_TEXT = java.util.regex.Pattern.compile(
            "(?<![0-9A-Za-z])(\\d{6}\\s?[-+A-FU-Ya-fu-y]\\s?\\d{3}[0-9A-Ya-y])(?![0-9A-Za-z])");

    /**
     * Whether a free text holds a valid personal identity code (checked with its check character), e.g. one
     * pasted into a question that must not identify anyone.
     */
    public static boolean appearsIn(String text) {
        java.util.regex.Matcher m = IN_TEXT.matcher(text);
        while (m.find()) {
            if (isValid(m.group(1).replaceAll("\\s", ""))) {
                return true;
            }
        }
        return false;
    }

    public static boolean isValid(@Nullable String raw) {
        try {
            parse(raw);
            return true;
        } catch (InvalidHetuException e) {
            return false;
        }
    }

    /** A valid code for the date, with the classic century sign {@code +}, {@code -} or {@code A}. */
    public static Hetu of(LocalDate birthDate, int individualNumber) {
        if (individualNumber < FIRST_REAL || individualNumber > 999) {
            throw new IllegalArgumentException("Individual number must be between 2 and 999");
        }
        char sign = switch (birthDate.getYear() / 100) {
            case 18 -> '+';
            case 19 -> '-';
            case 20 -> 'A';
            default -> throw new IllegalArgumentException("Birth year must be between 1800 and 2099");
        };
        String digits = "%02d%02d%02d".formatted(birthDate.getDayOfMonth(), birthDate.getMonthValue(),
                birthDate.getYear() % 100);
        String number = "%03d".formatted(individualNumber);
        return new Hetu(digits + sign + number + checkCharacter(digits + number));
    }

    public LocalDate birthDate() {
        return LocalDate.of(century(value.charAt(6)) + twoDigits(4), twoDigits(2), twoDigits(0));
    }

    /** Full years on the given date; someone born on 29.2. turns a year older on 1.3. in other years. */
    public int ageOn(LocalDate date) {
        LocalDate birthDate = birthDate();
        if (date.isBefore(birthDate)) {
            throw new IllegalArgumentException("Date is before the birth date");
        }
        return Period.between(birthDate, date).getYears();
    }

    public Sex sex() {
        return individualNumber() % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** Individual numbers 900–999 are temporary identities and test codes. */
    public boolean isTestIdentity() {
        return individualNumber() >= FIRST_TEMPORARY;
    }

    /** Date and century sign kept, the rest starred: {@code 010185-****}. */
    public String masked() {
        return value.substring(0, 7) + "****";
    }

    @Override
    public String toString() {
        return masked();
    }

    private int individualNumber() {
        return Integer.parseInt(value, 7, 10, 10);
    }

    private int twoDigits(int start) {
        return Integer.parseInt(value, start, start + 2, 10);
    }

    private static String normalise(String raw) {
        return raw.strip().toUpperCase(Locale.ROOT);
    }

    private static void validate(String code) {
        if (code.length() != LENGTH || !digits(code, 0, 6) || !digits(code, 7, 10)) {
            throw new InvalidHetuException(Reason.FORMAT);
        }
        int century = century(code.charAt(6));
        if (century < 0) {
            throw new InvalidHetuException(Reason.CENTURY_SIGN);
        }
        int day = Integer.parseInt(code, 0, 2, 10);
        int month = Integer.parseInt(code, 2, 4, 10);
        int year = century + Integer.parseInt(code, 4, 6, 10);
        if (month < 1 || month > 12 || day < 1 || !YearMonth.of(year, month).isValidDay(day)) {
            throw new InvalidHetuException(Reason.DATE);
        }
        if (Integer.parseInt(code, 7, 10, 10) < FIRST_REAL) {
            throw new InvalidHetuException(Reason.FORMAT);
        }
        if (code.charAt(10) != checkCharacter(code.substring(0, 6) + code.substring(7, 10))) {
            throw new InvalidHetuException(Reason.CHECK_CHARACTER);
        }
    }

    /** Check character of the nine digits DDMMYYNNN. */
    private static char checkCharacter(String nineDigits) {
        return CHECK_CHARACTERS.charAt(Integer.parseInt(nineDigits) % CHECK_CHARACTERS.length());
    }

    /** The first year of the century the sign stands for, or -1 for an unknown sign. */
    private static int century(char sign) {
        return switch (sign) {
            case '+' -> 1800;
            case '-', 'Y', 'X', 'W', 'V', 'U' -> 1900;
            case 'A', 'B', 'C', 'D', 'E', 'F' -> 2000;
            default -> -1;
        };
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
