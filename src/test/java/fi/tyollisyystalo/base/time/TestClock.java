package fi.tyollisyystalo.base.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The application's one clock in tests: the system's UTC time, unless a test fixes it with {@link #set} (and
 * lets it go with {@link #reset} in its {@code @AfterEach}). Registered as the primary {@link Clock} bean of
 * every context started from the test classpath.
 */
public final class TestClock extends Clock {

    private static final TestClock INSTANCE = new TestClock();
    private static volatile @Nullable Instant fixed;

    private TestClock() {
    }

    /** From now on the application's time is {@code at}, until {@link #reset}. */
    public static void set(Instant at) {
        fixed = at;
    }

    /** Back to the system's time. */
    public static void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at != null ? at : Clock.systemUTC().instant();
    }

    @Configuration(proxyBeanMethods = false)
    static class TestClockConfiguration {

        @Bean
        @Primary
        Clock testClock() {
            return INSTANCE;
        }
    }
}
