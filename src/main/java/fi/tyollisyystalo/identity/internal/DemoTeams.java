package fi.tyollisyystalo.identity.internal;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo region's two work-ability teams, into an empty team table (never under the prod profile). */
@Component
@ConditionalOnProperty(name = "tyollisyystalo.demo-data.enabled", havingValue = "true")
class DemoTeams {

    private final TeamRepository teams;

    DemoTeams(TeamRepository teams) {
        this.teams = teams;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void load() {
        if (teams.count() > 0) {
            return;
        }
        teams.save(new TeamEntity("lappeenranta", "Työkyvyn tuen tiimi, Lappeenranta",
                "Teamet för stöd för arbetsförmågan, Villmanstrand", "Work-ability support team, Lappeenranta"));
        teams.save(new TeamEntity("imatra", "Työkyvyn tuen tiimi, Imatra", "Teamet för stöd för arbetsförmågan, Imatra",
                "Work-ability support team, Imatra"));
    }
}
