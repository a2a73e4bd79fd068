package fi.tyollisyystalo.notification.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tyollisyystalo.notifications.*}: where links in notices point, the sender address, how often the
 * outbox is sent, and the retry pauses (doubling from {@code firstRetry} up to {@code longestRetry}, at
 * most {@code maxAttempts} tries).
 */
@ConfigurationProperties("tyollisyystalo.notifications")
record NotificationProperties(String portalUrl, String from, Duration sendInterval, Duration firstRetry,
        Duration longestRetry, int maxAttempts) {

    NotificationProperties {
        if (sendInterval == null) {
            sendInterval = Duration.ofSeconds(10);
        }
        if (firstRetry == null) {
            firstRetry = Duration.ofMinutes(1);
        }
        if (longestRetry == null) {
            longestRetry = Duration.ofHours(1);
        }
        if (maxAttempts <= 0) {
            maxAttempts = 12;
        }
    }

    /** The pause after the {@code attempts}-th failed try. */
    Duration retryAfter(int attempts) {
        Duration pause = firstRetry.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return pause.compareTo(longestRetry) > 0 ? longestRetry : pause;
    }
}
