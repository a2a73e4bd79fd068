package fi.tyollisyystalo.messaging.ui;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fi.tyollisyystalo.base.security.Roles;
import fi.tyollisyystalo.base.ui.NavEntry;

/** Secure messages in the resident's navigation (signed-in residents) and in the staff navigation. */
@Configuration(proxyBeanMethods = false)
class MessagingNavigation {

    @Bean
    NavEntry messagesNavEntry() {
        return new NavEntry(NavEntry.Area.RESIDENT, 40, "nav.messages", MessagesView.class, List.of(Roles.RESIDENT));
    }

    @Bean
    NavEntry teamInboxNavEntry() {
        return new NavEntry(NavEntry.Area.STAFF, 13, "staff.nav.messages", TeamInboxView.class,
                Roles.CLIENT_WORK_ROLES);
    }
}
