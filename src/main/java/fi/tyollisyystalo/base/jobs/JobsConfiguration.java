package fi.tyollisyystalo.base.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the persistent job scheduler after everything else has started and stops it first at shutdown,
 * so no job runs against a half-built or half-closed application. {@code tyollisyystalo.jobs.enabled=false}
 * keeps the jobs on the table for another node (a node that serves pages only).
 */
@Configuration(proxyBeanMethods = false)
class JobsConfiguration {

    @Bean
    DbJobScheduler jobs(DataSource dataSource, ObjectProvider<RecurringJob> recurring,
            ObjectProvider<DelayedJob> delayed,
            @Value("${tyollisyystalo.jobs.polling-interval:PT5S}") Duration pollingInterval) {
        return new DbJobScheduler(dataSource, nodeName(), pollingInterval,
                List.copyOf(recurring.orderedStream().toList()), List.copyOf(delayed.orderedStream().toList()));
    }

    @Bean
    SmartLifecycle jobsLifecycle(DbJobScheduler jobs,
            @Value("${tyollisyystalo.jobs.enabled:true}") boolean enabled) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                if (enabled) {
                    jobs.start();
                }
                running = true;
            }

            @Override
            public void stop() {
                if (enabled) {
                    jobs.stop();
                }
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                // after the web server (which starts in a late phase) and before it stops
                return Integer.MAX_VALUE - 10;
            }
        };
    }

    /** Host name plus a random part: two nodes on one host (or two test contexts) never share a name. */
    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        String name = host + "-" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() > 50 ? name.substring(name.length() - 50) : name;
    }
}
