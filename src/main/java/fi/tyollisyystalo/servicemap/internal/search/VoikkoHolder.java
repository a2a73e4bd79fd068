package fi.tyollisyystalo.servicemap.internal.search;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Voikko of the process. Hibernate Search creates {@link SearchAnalysisConfigurer} itself,
 * outside Spring, so the library is loaded lazily here on first use and kept for the life of the
 * JVM; which mode Finnish search runs in is logged once.
 */
final class VoikkoHolder {

    private static final Logger log = LoggerFactory.getLogger(VoikkoHolder.class);
    private static final AtomicBoolean modeLogged = new AtomicBoolean();
    private static volatile boolean forceFallback;

    private VoikkoHolder() {
    }

    private static final class Loaded {
        static final Optional<Voikko> VOIKKO = Voikko.load();
    }

    /** Voikko when the library and the Finnish dictionary are installed and the fallback is not forced. */
    static Optional<Voikko> voikko() {
        Optional<Voikko> installed = Loaded.VOIKKO;
        if (modeLogged.compareAndSet(false, true)) {
            log.info(installed.isPresent() ? "Finnish search: Voikko base forms"
                    : "Finnish search: Snowball fallback (libvoikko1/voikko-fi not installed)");
        }
        if (forceFallback) {
            log.debug("Finnish search: Snowball fallback forced");
            return Optional.empty();
        }
        return installed;
    }

    /** Whether libvoikko and the Finnish dictionary could be loaded, whatever the switch says. */
    static boolean installed() {
        return Loaded.VOIKKO.isPresent();
    }

    /** For tests: make {@link #voikko()} answer empty so that the fallback path can be proven too. */
    static void forceFallback(boolean force) {
        forceFallback = force;
    }
}
