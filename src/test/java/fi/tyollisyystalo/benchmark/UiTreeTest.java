package fi.tyollisyystalo.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** The load test's copy of a Vaadin UI follows the server's changes as Vaadin's client does. */
class UiTreeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static UiTree tree(String changes) {
        UiTree tree = new UiTree();
        tree.apply(JSON.readTree(changes.replace('\'', '"')));
        return tree;
    }

    private static final String PAGE = """
            [{'node':1,'type':'attach'},{'node':1,'type':'put','key':'tag','feat':0,'value':'body'},
             {'node':5,'type':'attach'},{'node':5,'type':'put','key':'tag','feat':0,'value':'vaadin-text-field'},
             {'node':5,'type':'put','key':'id','feat':3,'value':'service-search'},
             {'node':5,'type':'put','key':'change','feat':4,'value':[]},
             {'node':6,'type':'attach'},{'node':6,'type':'put','key':'tag','feat':0,'value':'li'},
             {'node':6,'type':'put','key':'innerHTML','feat':1,'value':'<a href=\\'services/7\\'>Velkaneuvonta</a>'},
             {'node':7,'type':'attach'},{'node':7,'type':'put','key':'text','feat':7,'value':'Hae palveluja'},
             {'node':8,'type':'attach'},{'node':8,'type':'put','key':'tag','feat':0,'value':'ul'},
             {'node':8,'type':'put','key':'id','feat':3,'value':'results'},
             {'node':8,'type':'splice','feat':2,'index':0,'addNodes':[6]},
             {'node':1,'type':'splice','feat':2,'index':0,'addNodes':[7,5,8]}]
            """;

    @Test
    void finds_elements_by_id_with_their_tag_listeners_and_children() {
        UiTree tree = tree(PAGE);

        UiTree.Node field = tree.requireById("service-search");
        assertThat(field.tag()).isEqualTo("vaadin-text-field");
        assertThat(field.listeners).containsKey("change");
        assertThat(tree.children(tree.requireById("results"))).extracting(n -> n.id).containsExactly(6);
        assertThat(tree.pageText()).isEqualTo("Hae palveluja Velkaneuvonta");
    }

    @Test
    void follows_removed_children_hidden_elements_and_detached_nodes() {
        UiTree tree = tree(PAGE);
        tree.apply(JSON.readTree("""
                [{"node":1,"type":"splice","feat":2,"index":0,"remove":1},
                 {"node":8,"type":"put","key":"visible","feat":0,"value":false},
                 {"node":7,"type":"detach"}]"""));

        assertThat(tree.children(tree.get(1).orElseThrow())).extracting(n -> n.id).containsExactly(5, 8);
        assertThat(tree.shown(tree.requireById("results"))).isFalse();
        assertThat(tree.shown(tree.requireById("service-search"))).isTrue();
        assertThat(tree.pageText()).isEmpty();

        tree.apply(JSON.readTree("[{\"node\":1,\"type\":\"splice\",\"feat\":2,\"index\":0,\"remove\":2}]"));
        assertThat(tree.byId("results")).isEmpty();
    }

    @Test
    void reads_the_step_status_and_microseconds_of_an_access_log_line() {
        assertThat(ServerProcess.AccessLine.parse("search 200 5321 POST /"))
                .isEqualTo(new ServerProcess.AccessLine("search", 200, 5321));
        assertThat(ServerProcess.AccessLine.parse("garbage")).isNull();
    }
}
