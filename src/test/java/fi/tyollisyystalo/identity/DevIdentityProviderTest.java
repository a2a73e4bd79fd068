package fi.tyollisyystalo.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.mock.env.MockEnvironment;

import fi.tyollisyystalo.base.embedded.EmbeddedMariaDb;
import fi.tyollisyystalo.identity.internal.DevIdentityProvider;

class DevIdentityProviderTest {

    @Test
    void application_refuses_to_start_with_the_dev_identity_provider_under_the_prod_profile() {
        MockEnvironment env = new MockEnvironment().withProperty("tyollisyystalo.dev-idp.enabled", "true");
        env.setActiveProfiles("prod");
        assertThatThrownBy(() -> new DevIdentityProvider(new DeferredLogs())
                .postProcessEnvironment(env, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("prod");
    }

    @Test
    void application_refuses_to_start_an_embedded_database_under_the_prod_profile() {
        MockEnvironment env = new MockEnvironment().withProperty("tyollisyystalo.embedded-db.enabled", "true");
        env.setActiveProfiles("prod");
        assertThatThrownBy(() -> new EmbeddedMariaDb(new DeferredLogs())
                .postProcessEnvironment(env, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("prod");
    }
}
