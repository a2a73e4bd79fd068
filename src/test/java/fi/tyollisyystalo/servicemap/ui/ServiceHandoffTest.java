package fi.tyollisyystalo.servicemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    private final List<Long> reads = new ArrayList<>();

    /** What the first paint of service {@code id} shows in {@code request}; reads are counted. */
    private Optional<ServiceDetails> firstPaint(VaadinServletRequest request, long id) {
        return ServiceHandoff.forFirstPaint(request, id, i -> {
            reads.add(i);
            return Optional.of(service(i));
        });
    }

    @Test
    void the_first_paint_shows_the_service_the_view_read_in_the_same_request_without_reading_it() {
        ServiceHandoff.reading(request, 7);
        ServiceHandoff.keep(request, service(7));
        assertThat(firstPaint(request, 7)).map(ServiceDetails::id).contains(7L);
        assertThat(reads).isEmpty();
    }

    @Test
    void a_view_that_did_not_get_its_service_leaves_the_first_paint_empty_without_a_second_read() {
        ServiceHandoff.reading(request, 7);
        assertThat(firstPaint(request, 7)).as("not found, or the database did not answer").isEmpty();
        assertThat(reads).isEmpty();
    }

    @Test
    void another_service_another_request_or_no_request_is_read_by_the_first_paint() {
        ServiceHandoff.keep(request, service(7));
        assertThat(firstPaint(request, 8)).map(ServiceDetails::id).contains(8L);
        ServiceHandoff.reading(request, 7);
        assertThat(firstPaint(request, 9)).map(ServiceDetails::id).contains(9L);
        assertThat(firstPaint(new VaadinServletRequest(new MockHttpServletRequest(), null), 7)).isPresent();
        assertThat(ServiceHandoff.forFirstPaint(null, 7, i -> Optional.of(service(i)))).isPresent();
        assertThat(reads).containsExactly(8L, 9L, 7L);
        ServiceHandoff.keep(null, service(7)); // no request: nothing to keep it in, and no failure
        ServiceHandoff.reading(null, 7);
    }

    private static ServiceDetails service(long id) {
        LocalizedText text = new LocalizedText("Palvelu " + id, null, null);
        ServiceData data = new ServiceData(text, text, text, text, text, ChargeType.FREE, Set.of(), Set.of(),
                Set.of("fi"), Set.of(), List.of(), null, null, LocalizedText.EMPTY);
        return new ServiceDetails(id, "key-" + id, null, text, OrganisationType.WELLBEING_COUNTY, null,
                PublishingStatus.PUBLISHED, data, Instant.EPOCH);
    }
}
