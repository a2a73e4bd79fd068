package fi.tyollisyystalo.referral;

import java.util.Locale;
import java.util.Optional;

/** The contact form's pages, one topic each, in order. */
public enum ContactStep {
    SITUATION, REACH, BACKGROUND;

    /** The page's part of the address, e.g. "situation". */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ContactStep> ofPath(String path) {
        for (ContactStep s : values()) {
            if (s.path().equals(path)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
