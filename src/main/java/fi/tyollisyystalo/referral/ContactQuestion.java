package fi.tyollisyystalo.referral;

import java.util.List;
import java.util.Map;

/**
 * The questions of the contact form. Texts are translations {@code contactform.q.<id>.label}, {@code .help}
 * and {@code .option.<code>}; the answers are stored by {@link #id()} as typed or as the option code.
 */
public enum ContactQuestion {
    WORRY(ContactStep.SITUATION, Kind.TEXT, true, 4_000, List.of()),
    HOPE(ContactStep.SITUATION, Kind.TEXT, false, 4_000, List.of()),
    GETTING_BY(ContactStep.SITUATION, Kind.TEXT, false, 4_000, List.of()),
    CHANNEL(ContactStep.REACH, Kind.CHOICE, true, 0, List.of("PHONE", "MESSAGE")),
    PHONE(ContactStep.REACH, Kind.LINE, false, 40, List.of()),
    CALL_TIMES(ContactStep.REACH, Kind.LINE, false, 200, List.of()),
    LANGUAGE(ContactStep.REACH, Kind.CHOICE, true, 0, List.of("fi", "sv", "en", "other")),
    INTERPRETER(ContactStep.REACH, Kind.CHOICE, true, 0, List.of("NO", "YES")),
    INTERPRETER_LANGUAGE(ContactStep.REACH, Kind.LINE, false, 100, List.of()),
    SOURCE(ContactStep.BACKGROUND, Kind.CHOICE, true, 0,
            ContactSource.chosenInForm().stream().map(Enum::name).toList()),
    ATTACH_HEALTH_CHECK(ContactStep.BACKGROUND, Kind.CHOICE, true, 0, List.of("YES", "NO")),
    /** Organisations the team may exchange information with: a consent for each one chosen (optional). */
    EXCHANGE(ContactStep.BACKGROUND, Kind.MULTI, false, 0,
            java.util.Arrays.stream(ExchangePartner.values()).map(Enum::name).toList());

    /** A long answer (text area), a short one (one line), one of the options, or several (comma-separated). */
    public enum Kind {
        TEXT, LINE, CHOICE, MULTI
    }

    private final ContactStep step;
    private final Kind kind;
    private final boolean required;
    private final int maxLength;
    private final List<String> options;

    ContactQuestion(ContactStep step, Kind kind, boolean required, int maxLength, List<String> options) {
        this.step = step;
        this.kind = kind;
        this.required = required;
        this.maxLength = maxLength;
        this.options = options;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public ContactStep step() {
        return step;
    }

    public Kind kind() {
        return kind;
    }

    public int maxLength() {
        return maxLength;
    }

    public List<String> options() {
        return options;
    }

    /** Whether the question must be answered, given the other answers (a phone number when calling is wished). */
    public boolean required(Map<String, String> answers) {
        return switch (this) {
            case PHONE -> "PHONE".equals(answers.get(CHANNEL.id()));
            case INTERPRETER_LANGUAGE -> "YES".equals(answers.get(INTERPRETER.id()));
            default -> required;
        };
    }

    /**
     * Whether the question is on the page, given the other answers and whether the resident has a submitted
     * health check to attach.
     */
    public boolean isAsked(Map<String, String> answers, boolean hasHealthCheck) {
        return switch (this) {
            case INTERPRETER_LANGUAGE -> "YES".equals(answers.get(INTERPRETER.id()));
            case ATTACH_HEALTH_CHECK -> hasHealthCheck;
            default -> true;
        };
    }

    public static List<ContactQuestion> of(ContactStep step) {
        return java.util.Arrays.stream(values()).filter(q -> q.step == step).toList();
    }

    public static java.util.Optional<ContactQuestion> byId(String id) {
        return java.util.Arrays.stream(values()).filter(q -> q.id().equals(id)).findFirst();
    }
}
