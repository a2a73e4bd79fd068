package fi.tyollisyystalo.servicemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import fi.tyollisyystalo.IntegrationTest;
import fi.tyollisyystalo.base.i18n.Languages;

/** Search over the demo catalogue on the real index: morphology, typos, languages, facets and relevance. */
@IntegrationTest
class ServiceSearchIT {

    @Autowired ServiceMapService services;

    private List<String> topNames(String text, Locale locale, int n) {
        return services.search(ServiceQuery.ALL.withText(text), locale, 0, n).hits().stream()
                .map(h -> h.name().in(locale)).toList();
    }

    @ParameterizedTest(name = "{0} ({1}) finds {2}")
    @CsvSource(delimiter = '|', value = {
        "terveystarkastukseen|fi|Työttömien terveystarkastus",
        "terveystarkastus|fi|Työttömien terveystarkastus",
        "mielenterveyspalveluihin|fi|Mielenterveys- ja päihdepalvelut",
        "velkaneuvontaan|fi|Talous- ja velkaneuvonta",
        "velkaneuvona|fi|Talous- ja velkaneuvonta",
        "terveystarksatus|fi|Työttömien terveystarkastus",
        "hälsokontrollen|sv|Hälsokontroll för arbetslösa",
        "skuldrådgivning|sv|Ekonomi- och skuldrådgivning"})
    void inflected_compound_and_misspelt_words_find_the_service(String query, String lang, String expected) {
        Locale locale = Languages.fromTag(lang).orElseThrow();
        assertThat(topNames(query, locale, 5)).as("top 5 for " + query).contains(expected);
    }

    @Test
    void an_empty_search_lists_every_published_service_with_facet_counts() {
        SearchResult all = services.search(ServiceQuery.ALL, Languages.FINNISH, 0, 10);
        assertThat(all.total()).isGreaterThanOrEqualTo(150);
        assertThat(all.hits()).hasSize(10);
        for (Domain d : Domain.values()) {
            assertThat(all.domains().get(d)).as(d.name()).isGreaterThanOrEqualTo(20);
        }
        for (OrganisationType t : OrganisationType.values()) {
            assertThat(all.organisationTypes().get(t)).as(t.name()).isPositive();
        }
    }

    @Test
    void a_domain_filter_narrows_the_list_and_its_own_counts_stay_those_of_the_unfiltered_list() {
        SearchResult all = services.search(ServiceQuery.ALL, Languages.FINNISH, 0, 1);
        ServiceQuery mind = new ServiceQuery("", Set.of(Domain.MIND), Set.of(), Set.of(), Set.of(), Set.of(), false,
                Set.of());
        SearchResult filtered = services.search(mind, Languages.FINNISH, 0, 100);
        assertThat(filtered.total()).isEqualTo(all.domains().get(Domain.MIND));
        assertThat(filtered.hits()).allMatch(h -> h.domains().contains(Domain.MIND));
        assertThat(filtered.domains()).isEqualTo(all.domains());
        assertThat(filtered.ways().values().stream().mapToLong(Long::longValue).max().orElse(0))
                .isLessThanOrEqualTo(filtered.total());
    }

    @Test
    void a_municipality_filter_keeps_services_for_the_whole_region() {
        ServiceQuery lemi = new ServiceQuery("", Set.of(), Set.of("416"), Set.of(), Set.of(), Set.of(), false, Set.of());
        SearchResult result = services.search(lemi, Languages.FINNISH, 0, 100);
        assertThat(result.total()).isPositive();
        assertThat(result.hits()).allSatisfy(h -> {
            var d = services.find(h.id()).orElseThrow().data();
            assertThat(d.municipalities().isEmpty() || d.municipalities().contains("416")).isTrue();
        });
    }

    /** The hit cards are read from the index's stored fields: they must say what the database says. */
    @Test
    void hit_cards_from_the_index_match_the_services_in_the_database() {
        SearchResult page = services.search(ServiceQuery.ALL, Languages.FINNISH, 0, 100);
        assertThat(page.hits()).hasSize(100);
        for (ServiceHit hit : page.hits()) {
            ServiceDetails details = services.find(hit.id()).orElseThrow();
            ServiceData d = details.data();
            assertThat(hit.name()).as("name of " + hit.id()).isEqualTo(d.name());
            assertThat(hit.summary()).as("summary of " + hit.id()).isEqualTo(d.summary());
            assertThat(hit.organisationName()).isEqualTo(details.organisationName());
            assertThat(hit.organisationType()).isEqualTo(details.organisationType());
            assertThat(hit.domains()).isEqualTo(d.domains());
            assertThat(hit.ways()).isEqualTo(d.channels().stream().map(ChannelData::type).collect(
                    java.util.stream.Collectors.toSet()));
            assertThat(hit.chargeType()).isEqualTo(d.chargeType());
        }
        assertThat(page.hits()).anySatisfy(h -> assertThat(h.name().sv()).isNotBlank());
        assertThat(page.hits()).anySatisfy(h -> assertThat(h.ways()).hasSizeGreaterThan(1));
    }

    @Test
    void free_only_shows_free_services() {
        ServiceQuery free = new ServiceQuery("", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), true, Set.of());
        SearchResult result = services.search(free, Languages.FINNISH, 0, 100);
        assertThat(result.hits()).allMatch(h -> h.chargeType() == ChargeType.FREE);
        assertThat(result.total()).isEqualTo(result.free());
    }

    /** The relevance set (query → expected services) in src/test/resources; its score is printed and kept above a floor. */
    @Test
    void relevance_set_scores_above_the_floor() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/servicemap/relevance-set.tsv"),
                StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        int firstInTop3 = 0;
        int allInTop10 = 0;
        double reciprocalRanks = 0;
        StringBuilder misses = new StringBuilder();
        for (String line : lines) {
            String[] parts = line.split("\t");
            Locale locale = Languages.fromTag(parts[1]).orElseThrow();
            List<String> expected = List.of(parts[2].split(","));
            List<Long> top = services.search(ServiceQuery.ALL.withText(parts[0]), locale, 0, 10).hits().stream()
                    .map(ServiceHit::id).toList();
            List<String> topKeys = top.stream().map(id -> services.find(id).orElseThrow().key()).toList();
            int rank = topKeys.indexOf(expected.getFirst());
            if (rank >= 0 && rank < 3) {
                firstInTop3++;
            }
            if (rank >= 0) {
                reciprocalRanks += 1.0 / (rank + 1);
            }
            if (topKeys.containsAll(expected)) {
                allInTop10++;
            } else {
                misses.append("\n  ").append(parts[0]).append(" (").append(parts[1]).append("): expected ")
                        .append(expected).append(", got ").append(topKeys);
            }
        }
        double mrr = reciprocalRanks / lines.size();
        System.out.printf("Relevance set: %d queries, best answer in top 3: %d (%.0f %%), all expected in top 10: %d "
                + "(%.0f %%), MRR %.3f%s%n", lines.size(), firstInTop3, 100.0 * firstInTop3 / lines.size(), allInTop10,
                100.0 * allInTop10 / lines.size(), mrr, misses);
        assertThat((double) firstInTop3 / lines.size()).as("best answer in top 3" + misses).isGreaterThanOrEqualTo(0.75);
    }
}
