package fi.tyollisyystalo.servicemap.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import fi.tyollisyystalo.servicemap.ChannelData;
import fi.tyollisyystalo.servicemap.PublishingStatus;

/**
 * Loads the demo catalogue (a South Karelia style region, 160+ services) into an empty database, so
 * that {@code mvn spring-boot:run} and the tests have a realistic map. Off under the prod profile.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "tyollisyystalo.demo-data.enabled", havingValue = "true")
class DemoCatalogueLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalogueLoader.class);
    static final String RESOURCE = "servicemap/demo-catalogue.json";

    private final ServiceRepository services;
    private final OrganisationRepository organisations;
    private final TransactionTemplate tx;
    private final Clock clock;

    DemoCatalogueLoader(ServiceRepository services, OrganisationRepository organisations, TransactionTemplate tx,
            Clock clock) {
        this.clock = clock;
        this.services = services;
        this.organisations = organisations;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (services.count() > 0) {
            return;
        }
        CatalogueFile file = read();
        long started = System.nanoTime();
        tx.executeWithoutResult(status -> load(file));
        log.info("Demo catalogue loaded: {} organisations, {} services in {} ms", file.organisations().size(),
                file.services().size(), (System.nanoTime() - started) / 1_000_000);
    }

    static CatalogueFile read() throws IOException {
        JsonMapper json = JsonMapper.builder().findAndAddModules()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.readValue(in, CatalogueFile.class);
        }
    }

    private void load(CatalogueFile file) {
        JsonMapper json = JsonMapper.builder().findAndAddModules()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        Map<String, OrganisationEntity> orgs = new HashMap<>();
        for (CatalogueFile.Org o : file.organisations()) {
            orgs.put(o.key(), organisations.save(new OrganisationEntity(o.key(), o.type(),
                    Texts.of(CatalogueFile.text(o.name())), o.website())));
        }
        var now = clock.instant();
        for (CatalogueFile.Service s : file.services()) {
            List<ChannelData> channels = new ArrayList<>();
            if (s.channels() != null) {
                for (Map<String, Object> raw : s.channels()) {
                    Object hours = raw.get("hours");
                    @SuppressWarnings("unchecked")
                    Map<String, String> phoneHours = hours instanceof Map<?, ?> m ? (Map<String, String>) m : null;
                    Map<String, Object> copy = new HashMap<>(raw);
                    if (phoneHours != null) {
                        copy.remove("hours");
                    }
                    channels.add(json.convertValue(copy, CatalogueFile.Channel.class).toData(phoneHours));
                }
            }
            OrganisationEntity org = orgs.get(s.organisation());
            if (org == null) {
                throw new IllegalStateException("Unknown organisation " + s.organisation() + " in " + s.key());
            }
            ServiceEntity entity = new ServiceEntity(s.key(), org, CatalogueFile.data(s, channels), now);
            entity.setStatus(PublishingStatus.PUBLISHED);
            services.save(entity);
        }
    }
}
