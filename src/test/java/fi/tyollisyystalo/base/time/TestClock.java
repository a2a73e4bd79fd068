package fi.tyollisyystalo.base.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The application's one clock in tests: the system's UTC time, unless a test moves it with {@link #set} (and
 * lets it go with {@link #reset} in its {@code @AfterEach}). A moved clock keeps running from the time it was
 * set to. The job scheduler keeps the system's time for when a job is due; the jobs' work reads this clock.
 * Registered as the primary {@link Clock} bean of every context started from the test classpath.
 */
public final class TestClock extends Clock {

    private static final TestClock INSTANCE = new TestClock();
    private static volatile @Nullable Duration offset;

    private TestClock() {
    }

    /** The application's time is {@code at} now and runs on from there, until {@link #reset}. */
    public static void set(Instant at) {
        offset = Duration.between(Clock.systemUTC().instant(), at);
    }

    /** Back to the system's time. */
    public static void reset() {
        offset = null;
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
        Duration by = offset;
        Instant now = Clock.systemUTC().instant();
        return by != null ? now.plus(by) : now;
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
