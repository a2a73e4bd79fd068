package fi.tyollisyystalo.servicemap.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.junit.jupiter.api.Test;

import fi.tyollisyystalo.servicemap.internal.ChannelEntity;
import fi.tyollisyystalo.servicemap.internal.OrganisationEntity;
import fi.tyollisyystalo.servicemap.internal.ServiceEntity;
import fi.tyollisyystalo.servicemap.internal.Texts;

/**
 * The Elasticsearch/OpenSearch analysis, checked without a server: it defines every analyzer and
 * normalizer name that the entity mappings use and that the Lucene configurer defines, from built-in
 * server components or from components it defines itself, in the same order as the Lucene chains.
 */
class ElasticsearchAnalysisTest {

    /** Tokenizers and token filters that Elasticsearch and OpenSearch ship (analysis-common module included). */
    private static final Set<String> BUILT_IN = Set.of("standard", "whitespace", "lowercase", "porter_stem",
            "remove_duplicates", "asciifolding", "snowball", "stemmer", "edge_ngram", "truncate");

    /** One definition as the configurer made it: kind, name, and the calls that followed. */
    record Definition(String kind, String name, List<String> calls) {

        List<String> argumentsOf(String method) {
            List<String> values = new ArrayList<>();
            for (String call : calls) {
                if (call.startsWith(method + "(")) {
                    String inside = call.substring(method.length() + 1, call.length() - 1);
                    for (String v : inside.split(", ")) {
                        if (!v.isEmpty()) {
                            values.add(v);
                        }
                    }
                }
            }
            return values;
        }
    }

    static Map<String, Definition> elasticsearchDefinitions() {
        Map<String, Definition> definitions = new LinkedHashMap<>();
        new ElasticsearchSearchAnalysisConfigurer().configure(recorder(ElasticsearchAnalysisConfigurationContext.class,
                definitions, null));
        return definitions;
    }

    /** A context whose every call is recorded; steps of the DSL are proxies too. */
    @SuppressWarnings("unchecked")
    private static <T> T recorder(Class<T> type, Map<String, Definition> definitions, Definition current) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> type.getSimpleName();
                };
            }
            Definition target = current;
            if (target == null) {
                target = new Definition(method.getName(), String.valueOf(args[0]), new ArrayList<>());
                definitions.put(target.kind() + ":" + target.name(), target);
            } else {
                target.calls().add(method.getName() + "(" + String.join(", ", strings(args)) + ")");
            }
            Class<?> returned = method.getReturnType();
            if (returned.isInterface()) {
                return recorder(returned, definitions, target);
            }
            return null;
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static List<String> strings(Object[] args) {
        List<String> values = new ArrayList<>();
        if (args == null) {
            return values;
        }
        for (Object a : args) {
            if (a instanceof Object[] array) {
                for (Object o : array) {
                    values.add(String.valueOf(o));
                }
            } else {
                values.add(String.valueOf(a));
            }
        }
        return values;
    }

    private static Set<String> names(Map<String, Definition> definitions, String... kinds) {
        Set<String> names = new TreeSet<>();
        definitions.values().stream().filter(d -> Set.of(kinds).contains(d.kind())).forEach(d -> names.add(d.name()));
        return names;
    }

    /** Every analyzer, search analyzer and normalizer named in the @FullTextField/@KeywordField mappings. */
    static Set<String> namesUsedByTheMappings() {
        Set<String> names = new TreeSet<>();
        for (Class<?> type : List.of(ServiceEntity.class, OrganisationEntity.class, ChannelEntity.class, Texts.class)) {
            Stream.concat(Stream.of(type.getDeclaredFields()), Stream.of(type.getDeclaredMethods()))
                    .forEach(member -> collect((AnnotatedElement) member, names));
        }
        return names;
    }

    private static void collect(AnnotatedElement member, Set<String> names) {
        for (Annotation a : member.getAnnotations()) {
            List<Annotation> all = new ArrayList<>();
            if (a instanceof FullTextField || a instanceof KeywordField) {
                all.add(a);
            } else if (a instanceof FullTextField.List list) {
                all.addAll(List.of(list.value()));
            } else if (a instanceof KeywordField.List list) {
                all.addAll(List.of(list.value()));
            }
            for (Annotation field : all) {
                if (field instanceof FullTextField f) {
                    names.add(f.analyzer());
                    if (!f.searchAnalyzer().isEmpty()) {
                        names.add(f.searchAnalyzer());
                    }
                } else if (field instanceof KeywordField k && !k.normalizer().isEmpty()) {
                    names.add(k.normalizer());
                }
            }
        }
    }

    @Test
    void every_name_the_mappings_use_is_defined_for_both_backends() {
        Set<String> used = namesUsedByTheMappings();
        Map<String, Definition> es = elasticsearchDefinitions();
        Map<String, Analyzer> lucene = FinnishAnalyzerTest.configured(FinnishAnalyzerTest.Mode.FALLBACK);

        assertThat(used).contains(SearchAnalyzers.FI, SearchAnalyzers.SV, SearchAnalyzers.EN,
                SearchAnalyzers.AUTOCOMPLETE_FI, SearchAnalyzers.PREFIX_QUERY);
        assertThat(names(es, "analyzer", "normalizer")).containsAll(used);
        assertThat(lucene.keySet()).containsAll(used);
    }

    @Test
    void elasticsearch_defines_exactly_the_names_lucene_defines() {
        Map<String, Definition> es = elasticsearchDefinitions();
        Map<String, Analyzer> lucene = FinnishAnalyzerTest.configured(FinnishAnalyzerTest.Mode.FALLBACK);

        assertThat(names(es, "analyzer", "normalizer")).isEqualTo(new TreeSet<>(lucene.keySet()));
        assertThat(names(es, "normalizer")).containsExactly(SearchAnalyzers.KEYWORD_LOWER);
    }

    @Test
    void analyzers_use_only_built_in_components_or_components_defined_here() {
        Map<String, Definition> es = elasticsearchDefinitions();
        Set<String> defined = names(es, "tokenFilter", "tokenizer", "charFilter");
        for (Definition d : es.values()) {
            if (d.kind().equals("analyzer") || d.kind().equals("normalizer")) {
                assertThat(d.calls()).as(d.name()).first().isEqualTo("custom()");
                for (String component : Stream.of("tokenizer", "tokenFilters", "charFilters")
                        .flatMap(m -> d.argumentsOf(m).stream()).toList()) {
                    assertThat(BUILT_IN.contains(component) || defined.contains(component))
                            .as(component + " in " + d.name()).isTrue();
                }
            } else {
                // a component defined here is one built-in type with parameters
                assertThat(BUILT_IN).as(d.name()).contains(d.argumentsOf("type").getFirst());
            }
        }
    }

    @Test
    void the_chains_follow_the_lucene_analyzers() {
        Map<String, Definition> es = elasticsearchDefinitions();
        String folded = ElasticsearchSearchAnalysisConfigurer.FOLDED;

        assertThat(chain(es, SearchAnalyzers.FI)).containsExactly("whitespace", "lowercase");
        assertThat(chain(es, SearchAnalyzers.FI_WHOLE)).containsExactly("whitespace", "lowercase");
        assertThat(chain(es, SearchAnalyzers.SV)).containsExactly("standard", "lowercase",
                ElasticsearchSearchAnalysisConfigurer.SWEDISH_STEMMER, folded);
        assertThat(chain(es, SearchAnalyzers.EN)).containsExactly("standard",
                ElasticsearchSearchAnalysisConfigurer.ENGLISH_POSSESSIVE, "lowercase", "porter_stem", folded);
        assertThat(chain(es, SearchAnalyzers.AUTOCOMPLETE_FI)).containsExactly("standard", "lowercase", folded,
                ElasticsearchSearchAnalysisConfigurer.EDGE_NGRAM, "remove_duplicates");
        assertThat(chain(es, SearchAnalyzers.PREFIX_QUERY)).containsExactly("standard", "lowercase",
                ElasticsearchSearchAnalysisConfigurer.TRUNCATE);

        assertThat(es.get("tokenFilter:" + folded).calls()).contains("param(preserve_original, true)");
        assertThat(es.get("tokenFilter:" + ElasticsearchSearchAnalysisConfigurer.EDGE_NGRAM).calls())
                .contains("param(min_gram, " + SearchAnalyzers.EDGE_MIN + ")",
                        "param(max_gram, " + SearchAnalyzers.EDGE_MAX + ")");
        assertThat(es.get("tokenFilter:" + ElasticsearchSearchAnalysisConfigurer.TRUNCATE).calls())
                .contains("param(length, " + SearchAnalyzers.EDGE_MAX + ")");
    }

    private static List<String> chain(Map<String, Definition> es, String analyzer) {
        Definition d = es.get("analyzer:" + analyzer);
        assertThat(d).as(analyzer).isNotNull();
        List<String> chain = new ArrayList<>(d.argumentsOf("tokenizer"));
        chain.addAll(d.argumentsOf("tokenFilters"));
        return chain;
    }
}
