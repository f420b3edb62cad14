package org.geokg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The rewriting of one article's write parameters by merges, surnames and splits. */
class ActorDecisionsTest {

  private static Map<String, Object> actor(String key, String name, String kind, List<String> aliases) {
    Map<String, Object> m = new TreeMap<>();
    m.put("key", key);
    m.put("name", name);
    m.put("kind", kind);
    m.put("label", kind.equals("PERSON") ? "Person" : "Organization");
    m.put("code", null);
    m.put("sector", null);
    m.put("aliases", aliases);
    m.put("mentions", 1);
    return m;
  }

  private static Map<String, Object> relation(String type, String source, String target, boolean symmetric,
      String sentence, double confidence) {
    Map<String, Object> props = new TreeMap<>();
    props.put("symmetric", symmetric);
    props.put("sentences", List.of(sentence));
    props.put("confidence", confidence);
    Map<String, Object> m = new TreeMap<>();
    m.put("type", type);
    m.put("source", source);
    m.put("target", target);
    m.put("props", props);
    return m;
  }

  private static Map<String, Object> params(String text, List<Map<String, Object>> actors,
      List<Map<String, Object>> relations) {
    Map<String, Object> p = new TreeMap<>();
    p.put("props", Map.of("text", text));
    p.put("actors", new ArrayList<>(actors));
    p.put("relations", new ArrayList<>(relations));
    p.put("roles", new ArrayList<Map<String, Object>>());
    return p;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> p, String name) {
    return (List<Map<String, Object>>) p.get(name);
  }

  @Test
  void mergedKeysWriteOntoTheActorTheyJoinedWithTheirNameAsAlias() {
    var p = params("DOGE met Iran.", List.of(actor("org:doge", "DOGE", "ORGANIZATION", List.of()),
            actor("country:IRN", "Iran", "COUNTRY", List.of("Iranian"))),
        List.of(relation("MET_WITH", "country:IRN", "org:doge", true, "DOGE met Iran.", 0.9)));
    ActorDecisions.of(Map.of("org:doge", "org:dge"), Map.of(), List.of()).apply(p);
    assertThat(list(p, "actors")).extracting(a -> a.get("key")).containsExactly("country:IRN", "org:dge");
    assertThat(list(p, "actors").get(1).get("aliases")).isEqualTo(List.of("DOGE"));
    Map<String, Object> r = list(p, "relations").get(0);
    // Symmetric relations stay in key order after the remap.
    assertThat(List.of(r.get("source"), r.get("target"))).containsExactly("country:IRN", "org:dge");
  }

  @Test
  void relationsThatBecomeSelfLoopsAreDroppedAndDuplicatesCombined() {
    var p = params("text", List.of(actor("person:trump", "Trump", "PERSON", List.of()),
            actor("person:donald-trump", "Donald Trump", "PERSON", List.of()),
            actor("country:IRN", "Iran", "COUNTRY", List.of())),
        List.of(relation("MET_WITH", "person:donald-trump", "person:trump", true, "s0", 0.5),
            relation("SANCTIONED", "person:trump", "country:IRN", false, "s1", 0.6),
            relation("SANCTIONED", "person:donald-trump", "country:IRN", false, "s2", 0.8)));
    ActorDecisions.of(Map.of("person:trump", "person:donald-trump"), Map.of(), List.of()).apply(p);
    assertThat(list(p, "relations")).hasSize(1);
    @SuppressWarnings("unchecked")
    Map<String, Object> props = (Map<String, Object>) list(p, "relations").get(0).get("props");
    assertThat(props.get("sentences")).isEqualTo(List.of("s1", "s2"));
    assertThat(props.get("confidence")).isEqualTo(0.8);
    assertThat(list(p, "actors")).extracting(a -> a.get("key")).doesNotContain("person:trump");
    assertThat(list(p, "actors")).filteredOn(a -> a.get("key").equals("person:donald-trump"))
        .singleElement().satisfies(a -> assertThat(a.get("mentions")).isEqualTo(2));
  }

  @Test
  void aSplitMovesAnArticleThatNamesTheActorOnlyByTheAlias() {
    var split = new ActorDecisions.Split("person:elon-musk", "Musk", "person:musk", List.of("Elon Musk", "Musk"));
    var only = params("Musk met Guterres.", List.of(actor("person:musk", "Musk", "PERSON", List.of()),
        actor("person:antonio-guterres", "António Guterres", "PERSON", List.of())),
        List.of(relation("MET_WITH", "person:antonio-guterres", "person:musk", true, "Musk met Guterres.", 0.9)));
    ActorDecisions.of(Map.of(), Map.of("person:musk", "person:elon-musk"), List.of(split)).apply(only);
    assertThat(list(only, "actors")).extracting(a -> a.get("key")).contains("person:musk")
        .doesNotContain("person:elon-musk");

    var both = params("Elon Musk met Guterres. Musk smiled.", List.of(
        actor("person:elon-musk", "Elon Musk", "PERSON", List.of("Musk")),
        actor("person:antonio-guterres", "António Guterres", "PERSON", List.of())),
        List.of(relation("MET_WITH", "person:antonio-guterres", "person:elon-musk", true, "Elon Musk met Guterres.", 0.9)));
    ActorDecisions.of(Map.of(), Map.of(), List.of(split)).apply(both);
    assertThat(list(both, "actors")).filteredOn(a -> a.get("key").equals("person:elon-musk"))
        .singleElement().satisfies(a -> assertThat(a.get("aliases").toString()).doesNotContain("Musk"));
    assertThat(list(both, "relations").get(0).get("target")).isEqualTo("person:elon-musk");
  }
}
