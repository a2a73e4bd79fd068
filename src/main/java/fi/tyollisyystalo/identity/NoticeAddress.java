package fi.tyollisyystalo.identity;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Where notices to a person may go: only the channels they gave and consented to, and their language.
 * Never shown to anyone; used by the notification job alone.
 */
public record NoticeAddress(long personId, Locale language, @Nullable String email, @Nullable String phone) {

    public boolean reachable() {
        return email != null || phone != null;
    }
}
