package fi.tyollisyystalo.messaging.internal;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fi.tyollisyystalo.base.jobs.DelayedJob;
import fi.tyollisyystalo.messaging.SecureMessages;

/**
 * The delayed job behind the unread notice: scheduled per thread when the team writes, it runs as the
 * system and asks the service to send the notice if the resident still has not read the thread. The
 * service is looked up when the job runs (the scheduler is built before the service, which uses it).
 */
@Configuration(proxyBeanMethods = false)
class UnreadNoticeJob {

    @Bean
    DelayedJob messagingUnreadNoticeJob(ObjectProvider<SecureMessages> messages) {
        return new DelayedJob(SecureMessages.UNREAD_NOTICE_JOB, Duration.ofMinutes(5),
                key -> messages.getObject().sendUnreadNotice(Long.parseLong(key)));
    }
}
