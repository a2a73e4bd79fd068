package fi.tyollisyystalo.servicemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import com.vaadin.flow.server.VaadinServletRequest;

import fi.tyollisyystalo.base.i18n.LocalizedText;
import fi.tyollisyystalo.servicemap.ChargeType;
import fi.tyollisyystalo.servicemap.OrganisationType;
import fi.tyollisyystalo.servicemap.PublishingStatus;
import fi.tyollisyystalo.servicemap.ServiceData;
import fi.tyollisyystalo.servicemap.ServiceDetails;

/** The view's service goes to the first paint of the same request, and of no other request. */
class ServiceHandoffTest {

    private final VaadinServletRequest request = new VaadinServletRequest(new MockHttpServletRequest(), null);

    @Test
    void the_first_paint_gets_the_service_the_view_read_in_the_same_request() {
        ServiceHandoff.keep(request, service(7));
        assertThat(ServiceHandoff.kept(request, 7)).map(ServiceDetails::id).contains(7L);
    }

    @Test
    void another_service_another_request_or_no_request_gets_nothing() {
        ServiceHandoff.keep(request, service(7));
        assertThat(ServiceHandoff.kept(request, 8)).isEmpty();
        assertThat(ServiceHandoff.kept(new VaadinServletRequest(new MockHttpServletRequest(), null), 7)).isEmpty();
        assertThat(ServiceHandoff.kept(null, 7)).isEmpty();
        ServiceHandoff.keep(null, service(7)); // no request: nothing to keep it in, and no failure
    }

    private static ServiceDetails service(long id) {
        LocalizedText text = new LocalizedText("Palvelu " + id, null, null);
        ServiceData data = new ServiceData(text, text, text, text, text, ChargeType.FREE, Set.of(), Set.of(),
                Set.of("fi"), Set.of(), List.of(), null, null, LocalizedText.EMPTY);
        return new ServiceDetails(id, "key-" + id, null, text, OrganisationType.WELLBEING_COUNTY, null,
                PublishingStatus.PUBLISHED, data, Instant.EPOCH);
    }
}
