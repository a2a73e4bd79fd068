package fi.tyollisyystalo.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SMS port without a provider: the message is logged with the number masked, and counts as sent. */
class LoggingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

    @Override
    public void send(String phoneNumber, String text) {
        log.info("SMS (no provider configured, logged only) to {}: {}", masked(phoneNumber), text);
    }

    static String masked(String phone) {
        String digits = phone.replaceAll("[^0-9+]", "");
        return digits.length() <= 4 ? "****" : "*".repeat(digits.length() - 3) + digits.substring(digits.length() - 3);
    }

    @Configuration(proxyBeanMethods = false)
    static class Default {
        @Bean
        @ConditionalOnMissingBean(SmsGateway.class)
        SmsGateway loggingSmsGateway() {
            return new LoggingSmsGateway();
        }
    }
}
