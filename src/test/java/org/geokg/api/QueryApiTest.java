package org.geokg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The query API (search, profile, network, paths, listings, evidence, statistics) on the seed graph. */
class QueryApiTest extends SeedGraphTest {

  @BeforeEach
  void seed() throws Exception {
    seedArticleId();
  }

  @Test
  void searchIsFuzzyAccentInsensitiveAndFiltered() throws Exception {
    assertThat(ids(getJson("/api/actors?q=" + enc("Iravany")).get("items"))).anyMatch(id -> id.startsWith("person:") && id.contains("iravani"));
    assertThat(ids(getJson("/api/actors?q=" + enc("Íran")).get("items"))).contains("country:IRN");
    assertThat(ids(getJson("/api/actors?q=iran&kind=person").get("items"))).allMatch(id -> id.startsWith("person:"));
    JsonNode countries = getJson("/api/actors?kind=COUNTRY&limit=500").get("items");
    assertThat(ids(countries)).contains("country:IRN", "country:USA").allMatch(id -> id.startsWith("country:"));
    assertThat(ids(getJson("/api/actors?code=IRN&kind=country").get("items"))).containsExactly("country:IRN");
    assertThat(request("GET", "/api/actors?kind=planet", null).statusCode()).isEqualTo(400);
  }

  @Test
  void actorListingsPageLikeEveryListing() throws Exception {
    JsonNode first = getJson("/api/actors?kind=COUNTRY&limit=1");
    assertThat(first.get("items")).hasSize(1);
    String next = first.get("next").asString();
    JsonNode second = getJson("/api/actors?kind=COUNTRY&limit=1&cursor=" + enc(next));
    assertThat(ids(second.get("items"))).hasSize(1).doesNotContainAnyElementsOf(ids(first.get("items")));
    JsonNode all = getJson("/api/actors?kind=COUNTRY&limit=500");
    assertThat(all.get("next").isNull()).isTrue();
    assertThat(ids(all.get("items"))).startsWith(ids(first.get("items")).get(0), ids(second.get("items")).get(0));
    assertThat(request("GET", "/api/actors?kind=COUNTRY&cursor=nonsense", null).statusCode()).isEqualTo(400);
  }

  @Test
  void profileListsRolesCountsAndTopCounterparts() throws Exception {
    JsonNode musk = getJson("/api/actors/person:elon-musk");
    assertThat(musk.get("relationCounts")).anySatisfy(c -> assertThat(c.get("type").asString()).isEqualTo("MET_WITH"));
    assertThat(musk.get("topCounterparts")).isNotEmpty()
        .anySatisfy(c -> assertThat(c.get("actor").get("name").asString()).isEqualTo("Amir Saeid Iravani"));
  }

  @Test
  void egoNetworkGrowsWithDepthAndHonoursFiltersAndLimits() throws Exception {
    JsonNode one = getJson("/api/actors/person:elon-musk/network?depth=1");
    JsonNode two = getJson("/api/actors/person:elon-musk/network?depth=2");
    assertThat(one.get("nodes").get(0).get("id").asString()).isEqualTo("person:elon-musk");
    assertThat(one.get("nodes").get(0).get("depth").asInt()).isZero();
    assertThat(names(one.get("nodes"))).contains("Amir Saeid Iravani");
    assertThat(two.get("nodes").size()).isGreaterThanOrEqualTo(one.get("nodes").size());
    boolean someNetworkGrows = false;
    for (JsonNode top : getJson("/api/stats").get("mostConnected")) {
      String id = enc(top.get("actor").get("id").asString());
      JsonNode ring2 = getJson("/api/actors/" + id + "/network?depth=2");
      someNetworkGrows |= ring2.get("nodes").size() > getJson("/api/actors/" + id + "/network?depth=1").get("nodes").size();
      assertThat(ring2.get("nodes")).allSatisfy(n -> assertThat(n.get("depth").asInt()).isBetween(0, 2));
    }
    assertThat(someNetworkGrows).as("some actor of the seed graph has neighbours two hops away").isTrue();
    Set<String> nodeIds = new HashSet<>(ids(two.get("nodes")));
    assertThat(two.get("edges")).isNotEmpty().allSatisfy(e -> {
      assertThat(nodeIds).contains(e.get("source").asString(), e.get("target").asString());
      assertThat(e.get("articles").asLong()).isPositive();
    });
    JsonNode metOnly = getJson("/api/actors/person:elon-musk/network?depth=2&type=MET_WITH");
    assertThat(metOnly.get("edges")).isNotEmpty().allSatisfy(e -> {
      assertThat(e.get("type").asString()).isEqualTo("MET_WITH");
      assertThat(e.get("symmetric").asBoolean()).isTrue();
    });
    JsonNode limited = getJson("/api/actors/person:elon-musk/network?depth=3&maxNodes=2&maxEdges=1");
    assertThat(limited.get("nodes").size()).isEqualTo(2);
    assertThat(limited.get("edges").size()).isLessThanOrEqualTo(1);
    assertThat(limited.get("truncated").asBoolean()).isTrue();
    JsonNode never = getJson("/api/actors/person:elon-musk/network?depth=2&since=2030-01-01");
    assertThat(never.get("nodes").size()).isEqualTo(1);
    assertThat(getJson("/api/actors/person:elon-musk/network?minArticles=2").get("edges")).isEmpty();
    assertThat(request("GET", "/api/actors/person:elon-musk/network?depth=4", null).statusCode()).isEqualTo(400);
    assertThat(request("GET", "/api/actors/person:nobody/network", null).statusCode()).isEqualTo(404);
  }

  @Test
  void pathsConnectMuskToIranThroughTheAmbassador() throws Exception {
    JsonNode r = getJson("/api/paths?from=person:elon-musk&to=country:IRN&maxHops=4");
    assertThat(r.get("paths")).hasSize(1);
    JsonNode path = r.get("paths").get(0);
    assertThat(path.get("nodes").get(0).get("id").asString()).isEqualTo("person:elon-musk");
    assertThat(path.get("nodes").get(path.get("nodes").size() - 1).get("id").asString()).isEqualTo("country:IRN");
    assertThat(path.get("edges").size()).isEqualTo(path.get("nodes").size() - 1);
    JsonNode all = getJson("/api/paths?from=person:elon-musk&to=country:IRN&maxHops=4&all=true");
    assertThat(all.get("paths").size()).isGreaterThanOrEqualTo(1);
    assertThat(all.get("paths")).allSatisfy(p -> assertThat(p.get("edges").size()).isEqualTo(path.get("edges").size()));
    assertThat(getJson("/api/paths?from=person:elon-musk&to=country:IRN&maxHops=4&since=2030-01-01&roles=false")
        .get("paths")).isEmpty();
    assertThat(request("GET", "/api/paths?from=person:elon-musk&to=country:IRN&maxHops=9", null).statusCode())
        .isEqualTo(400);
  }

  @Test
  void relationsPageByCursorWithoutOverlapOrGap() throws Exception {
    JsonNode all = getJson("/api/relations?limit=500");
    assertThat(all.get("next").isNull()).isTrue();
    List<String> expected = ids(all.get("items"));
    assertThat(expected.size()).isGreaterThanOrEqualTo(4);
    List<String> paged = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonNode page = getJson("/api/relations?limit=2" + (cursor == null ? "" : "&cursor=" + enc(cursor)));
      paged.addAll(ids(page.get("items")));
      cursor = page.get("next").isNull() ? null : page.get("next").asString();
      pages++;
    } while (cursor != null && pages < 100);
    assertThat(paged).containsExactlyElementsOf(expected);
    assertThat(request("GET", "/api/relations?cursor=garbage", null).statusCode()).isEqualTo(400);
  }

  @Test
  void relationsFilterByPloverCountryAndPublisher() throws Exception {
    JsonNode met = getJson("/api/relations?type=MET_WITH,SPOKE_WITH&since=2024-11-01&until=2024-11-30");
    assertThat(met.get("items")).isNotEmpty()
        .allSatisfy(r -> assertThat(r.get("type").asString()).isIn("MET_WITH", "SPOKE_WITH"));
    JsonNode consult = getJson("/api/relations?plover=CONSULT");
    assertThat(consult.get("items")).isNotEmpty().allSatisfy(r -> assertThat(r.get("plover").asString()).isEqualTo("CONSULT"));
    JsonNode iran = getJson("/api/relations?country=IRN&limit=500");
    assertThat(iran.get("items")).isNotEmpty();
    assertThat(getJson("/api/relations?publisher=" + enc("The Independent UK")).get("items")).isNotEmpty();
    assertThat(getJson("/api/relations?publisher=Nobody").get("items")).isEmpty();
    assertThat(request("GET", "/api/relations?plover=HUG", null).statusCode()).isEqualTo(400);
  }

  @Test
  void aggregateCountsArticlesAndPublishers() throws Exception {
    JsonNode agg = getJson("/api/relations?aggregate=true&type=MET_WITH");
    assertThat(agg.get("items")).isNotEmpty().allSatisfy(r -> {
      assertThat(r.get("articles").asLong()).isEqualTo(1);
      assertThat(r.get("publishers").asLong()).isEqualTo(1);
      assertThat(r.get("articleRefs").get(0).get("publisher").asString()).isEqualTo("The Independent UK");
    });
    assertThat(getJson("/api/relations?aggregate=true&minArticles=2").get("items")).isEmpty();
  }

  @Test
  void timelineEvidenceAndArticleEdges() throws Exception {
    JsonNode timeline = getJson("/api/actors/person:elon-musk/timeline");
    assertThat(timeline.get("items")).isNotEmpty();
    String id = timeline.get("items").get(0).get("id").asString();
    JsonNode evidence = getJson("/api/relations/" + enc(id));
    assertThat(evidence.get("relation").get("sentences")).isNotEmpty();
    assertThat(evidence.get("relation").get("article").get("id").asString()).isEqualTo(seedArticleId());
    assertThat(evidence.get("text").asString()).contains("Elon Musk");
    assertThat(request("GET", "/api/relations/" + enc("5:nothing:1"), null).statusCode()).isEqualTo(404);
    JsonNode edges = getJson("/api/articles/" + enc(seedArticleId()) + "/relations");
    assertThat(edges.get("items").size()).isGreaterThanOrEqualTo(4);
    assertThat(edges.get("next").isNull()).isTrue();
  }

  /**
   * A relation's id is the stored {@code r.id} (a digest of what identifies the edge, which survives a
   * rebuild), not Neo4j's element id: listings, network edges and path steps give it, and it finds
   * the relation's evidence; an id no relation has is 404 problem+json.
   */
  @Test
  void relationIdsFromListingsNetworksAndPathsFindTheirEvidence() throws Exception {
    List<String> listed = ids(getJson("/api/relations?limit=500").get("items"));
    try (var session = driver.session()) {
      List<String> stored = session.run("MATCH (:Actor)-[r]->(:Actor) WHERE r.plover IS NOT NULL RETURN r.id AS id")
          .list(r -> r.get("id").asString(null));
      assertThat(stored).containsAll(listed).doesNotContainNull();
    }
    assertThat(listed).hasSizeGreaterThanOrEqualTo(4).doesNotHaveDuplicates()
        .allSatisfy(id -> assertThat(id).matches("[0-9a-f]{16}"))
        .allSatisfy(id -> assertThat(getJson("/api/relations/" + id).get("relation").get("id").asString()).isEqualTo(id));
    assertThat(getJson("/api/actors/person:elon-musk/network?depth=2").get("edges")).isNotEmpty()
        .allSatisfy(e -> assertThat(listed).contains(e.get("relationId").asString()));
    JsonNode path = getJson("/api/paths?from=person:elon-musk&to=country:IRN&maxHops=4").get("paths").get(0);
    path.get("edges").forEach(e -> assertThat(e.get("id").asString()).matches("[0-9a-f]{16}"));
    var unknown = request("GET", "/api/relations/0123456789abcdef", null);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
  }

  @Test
  void statsCountLabelsTypesAndDays() throws Exception {
    JsonNode stats = getJson("/api/stats");
    assertThat(names(stats.get("labels"))).contains("Actor", "Article", "Person", "Country");
    assertThat(names(stats.get("relationshipTypes"))).contains("MENTIONS", "MET_WITH", "HOLDS_ROLE");
    assertThat(stats.get("mostConnected")).isNotEmpty();
    assertThat(stats.get("eventsPerDay")).anySatisfy(d -> assertThat(d.get("name").asString()).isEqualTo("2024-11-11"));
  }

  @Test
  void openApiDocumentsTheEndpoints() throws Exception {
    JsonNode doc = getJson("/v3/api-docs");
    assertThat(doc.get("paths").propertyNames()).contains("/api/actors", "/api/actors/{id}/network", "/api/paths",
        "/api/relations", "/api/relations/{id}", "/api/stats", "/api/cypher", "/api/export");
    assertThat(doc.get("paths").get("/api/cypher").get("post").get("summary").asString()).isNotBlank();
  }

  @Test
  void openApiNamesTheApiAndDocumentsEveryStatusAClientCanMeet() throws Exception {
    JsonNode doc = getJson("/v3/api-docs");
    assertThat(doc.get("info").get("title").asString()).isEqualTo("geokg API");
    assertThat(doc.get("info").get("license").get("name").asString()).isEqualTo("GPL-3.0-or-later");
    JsonNode ingest = doc.get("paths").get("/api/articles").get("post").get("responses");
    assertThat(ingest.propertyNames()).contains("201", "200", "400", "401", "403", "422", "502", "503", "500");
    assertThat(doc.get("paths").get("/api/cypher").get("post").get("responses").propertyNames())
        .contains("200", "400", "403", "408").doesNotContain("401");
    JsonNode actor = doc.get("paths").get("/api/actors/{id}").get("get").get("responses");
    assertThat(actor.get("404").get("content").get("application/problem+json").get("schema").get("$ref").asString())
        .endsWith("/Problem");
    doc.get("paths").forEach(item -> item.forEach(op -> assertThat(op.get("responses").propertyNames())
        .as(op.get("summary").asString()).contains("500", "503")));
  }

  private static List<String> ids(JsonNode items) {
    List<String> out = new ArrayList<>();
    items.forEach(i -> out.add(i.get("id").asString()));
    return out;
  }

  private static List<String> names(JsonNode items) {
    List<String> out = new ArrayList<>();
    items.forEach(i -> out.add(i.get("name").asString()));
    return out;
  }
}
