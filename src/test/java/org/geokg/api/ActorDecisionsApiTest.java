package org.geokg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.geokg.SharedData;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Analyst decisions on actors through the HTTP API, on real articles ingested through the real
 * pipeline into a database of this test's own (the decisions write, so the shared seed graph is not
 * used): cross-article name resolution, merges and alias splits, and that re-ingesting articles or
 * ingesting new ones never undoes a decision. Write credentials are configured, as in production.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "geokg.security.api-key=" + ActorDecisionsApiTest.KEY)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ActorDecisionsApiTest {
  static final String KEY = "actors-test-key-0123456789";
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @DynamicPropertySource
  static void embeddedDatabase(DynamicPropertyRegistry registry) {
    org.geokg.TestDatabase.register(registry, "actors-decisions");
  }

  @LocalServerPort int port;
  @Autowired Driver driver;

  private static String seedId;
  private static String secondId;
  private static String thirdId;

  @Test
  @Order(1)
  void loneSurnameInALaterArticleResolvesToTheKnownPerson() throws Exception {
    seedId = ingest(SharedData.seedText(), "2024-11-15").get("articleId").asString();
    JsonNode second = ingest(text("musk-un-followup.txt"), "2024-11-20");
    secondId = second.get("articleId").asString();
    assertThat(ids(second.get("actors"))).contains("person:elon-musk").doesNotContain("person:musk");
    assertThat(count("MATCH (p:Person) WHERE p.name = 'Musk' RETURN count(p)")).isZero();
    assertThat(second.get("relations")).anySatisfy(r -> {
      assertThat(r.get("type").asString()).isEqualTo("MET_WITH");
      assertThat(endIds(r)).contains("person:elon-musk", "person:antonio-guterres");
    });
  }

  @Test
  @Order(2)
  void unitedNationsIsOneActorAcrossArticlesAndSpellings() throws Exception {
    long actors = count("MATCH (a:Actor) RETURN count(a)");
    ingest(SharedData.seedText(), "2024-11-15");
    ingest(text("musk-un-followup.txt"), "2024-11-20");
    assertThat(count("MATCH (a:Actor) RETURN count(a)")).isEqualTo(actors);
    assertThat(count("MATCH (a:Actor) WITH a.name AS name, count(*) AS n WHERE n > 1 RETURN count(*)")).isZero();
    assertThat(count("MATCH (a:Actor) WHERE a.name IN ['UN', 'U.N.', 'U.N', 'United Nations']"
        + " OR any(x IN a.aliases WHERE x IN ['UN', 'U.N.', 'United Nations']) RETURN count(a)")).isEqualTo(1);
    assertThat(count("MATCH (:Article {id: $id})-[:MENTIONS]->(:Actor {key: 'org:united-nations'}) RETURN count(*)",
        Map.of("id", secondId))).isEqualTo(1);
  }

  @Test
  @Order(3)
  void mergeMovesMentionsAndAliasesAndRecordsTheDecision() throws Exception {
    String keep = "org:department-of-government-efficiency";
    assertThat(ids(article(secondId).get("actors"))).contains("org:doge");
    JsonNode merged = post("/api/actors/" + enc(keep) + "/merge", Map.of("other", "org:doge"), 200);
    assertThat(merged.get("merged").asString()).isEqualTo("org:doge");
    assertThat(merged.get("mentions").asLong()).isEqualTo(1);
    assertThat(send("GET", "/api/actors/org:doge", null, false).statusCode()).isEqualTo(404);
    assertThat(strings(getJson("/api/actors/" + enc(keep)).get("aliases"))).contains("DOGE");
    assertThat(ids(article(secondId).get("actors"))).contains(keep).doesNotContain("org:doge");
    assertThat(count("MATCH (d:MergeDecision {from: 'org:doge', into: $keep}) WHERE d.decidedAt IS NOT NULL"
        + " RETURN count(d)", Map.of("keep", keep))).isEqualTo(1);
    JsonNode decisions = getJson("/api/actors/" + enc(keep) + "/decisions");
    assertThat(decisions.get("merged")).singleElement().satisfies(d -> {
      assertThat(d.get("from").asString()).isEqualTo("org:doge");
      assertThat(d.get("name").asString()).isEqualTo("DOGE");
      assertThat(d.get("decidedBy").asString()).isEqualTo("api-key");
    });
  }

  @Test
  @Order(4)
  void mergeSurvivesReingestion() throws Exception {
    String keep = "org:department-of-government-efficiency";
    JsonNode again = ingest(text("musk-un-followup.txt"), "2024-11-20");
    assertThat(ids(again.get("actors"))).contains(keep).doesNotContain("org:doge");
    JsonNode third = ingest(text("trump-doge.txt"), "2024-11-22");
    thirdId = third.get("articleId").asString();
    assertThat(ids(third.get("actors"))).contains(keep).doesNotContain("org:doge");
    assertThat(count("MATCH (a:Actor {key: 'org:doge'}) RETURN count(a)")).isZero();
    assertThat(count("MATCH (a:Actor) WHERE a.name = 'DOGE' RETURN count(a)")).isZero();
  }

  @Test
  @Order(5)
  void aLoneSurnameOfTheOneListedPersonIsThatPersonFromTheFirstArticle() throws Exception {
    // The seed says only "Trump"; the known-people list has one Trump: the seed's edges are his from
    // the start, and the third article, which names Donald Trump, has nothing left to merge.
    assertThat(ids(article(seedId).get("actors"))).contains("person:donald-trump");
    assertThat(ids(article(thirdId).get("actors"))).contains("person:donald-trump");
    assertThat(count("MATCH (a:Actor {key: 'person:trump'}) RETURN count(a)")).isZero();
    assertThat(getJson("/api/relations?type=SANCTIONED&actor=person:donald-trump").get("items")).anySatisfy(r -> {
      assertThat(endIds(r)).contains("country:IRN");
      assertThat(r.get("article").get("id").asString()).isEqualTo(seedId);
    });
    assertThat(getJson("/api/actors/person:donald-trump/decisions").get("merged")).isEmpty();
  }

  @Test
  @Order(6)
  void analystMergeMovesRelationsAndReingestingAddsNoDuplicateEdge() throws Exception {
    // Two spellings of one man: the seed's "Qassim Suleimani", the third article's "Qasem Soleimani".
    String keep = "person:qasem-soleimani";
    String other = "person:qassim-suleimani";
    assertThat(ids(article(thirdId).get("actors"))).contains(keep);
    long otherEdges = count("MATCH (:Actor {key: $k})-[r]-(:Actor) RETURN count(r)", Map.of("k", other));
    long edges = count("MATCH (:Actor)-[r]->(:Actor) RETURN count(r)");
    assertThat(otherEdges).isPositive();
    JsonNode merged = post("/api/actors/" + enc(keep) + "/merge", Map.of("other", other), 200);
    assertThat(merged.get("relations").asLong() + merged.get("roles").asLong() + merged.get("dropped").asLong())
        .isEqualTo(otherEdges);
    assertThat(merged.get("relations").asLong()).isPositive();
    assertThat(strings(merged.get("aliases"))).contains("Qassim Suleimani");
    assertThat(count("MATCH (:Actor)-[r]->(:Actor) RETURN count(r)")).isEqualTo(edges - merged.get("dropped").asLong());
    assertThat(getJson("/api/relations?type=ASSASSINATED&actor=" + enc(keep)).get("items")).anySatisfy(r -> {
      assertThat(endIds(r)).contains("person:donald-trump", keep);
      assertThat(r.get("article").get("id").asString()).isEqualTo(seedId);
    });
    long after = count("MATCH (:Actor)-[r]->(:Actor) RETURN count(r)");
    JsonNode seed = ingest(SharedData.seedText(), "2024-11-15");
    assertThat(ids(seed.get("actors"))).contains(keep).doesNotContain(other);
    assertThat(count("MATCH (a:Actor {key: $k}) RETURN count(a)", Map.of("k", other))).isZero();
    assertThat(count("MATCH (:Actor)-[r]->(:Actor) RETURN count(r)")).isEqualTo(after);
  }

  @Test
  @Order(7)
  void splitMovesOnlyTheArticlesThatNamedTheActorByTheAlias() throws Exception {
    assertThat(strings(getJson("/api/actors/person:elon-musk").get("aliases"))).contains("Musk");
    JsonNode split = post("/api/actors/person:elon-musk/split", Map.of("alias", "Musk"), 200);
    assertThat(split.get("into").asString()).isEqualTo("person:musk");
    assertThat(split.get("created").asBoolean()).isTrue();
    assertThat(strings(split.get("articles"))).containsExactly(secondId);
    assertThat(strings(getJson("/api/actors/person:elon-musk").get("aliases"))).doesNotContain("Musk");
    assertMuskEvidenceIsSplit();
    assertThat(count("MATCH (d:AliasSplit {from: 'person:elon-musk', alias: 'Musk', into: 'person:musk'})"
        + " RETURN count(d)")).isEqualTo(1);
    assertThat(getJson("/api/actors/person:elon-musk/decisions").get("splitOff")).singleElement()
        .satisfies(d -> assertThat(d.get("into").asString()).isEqualTo("person:musk"));
    assertThat(getJson("/api/actors/person:musk/decisions").get("splitInto")).singleElement()
        .satisfies(d -> assertThat(d.get("alias").asString()).isEqualTo("Musk"));
  }

  @Test
  @Order(8)
  void splitSurvivesReingestion() throws Exception {
    ingest(SharedData.seedText(), "2024-11-15");
    ingest(text("musk-un-followup.txt"), "2024-11-20");
    assertMuskEvidenceIsSplit();
    assertThat(strings(getJson("/api/actors/person:elon-musk").get("aliases"))).doesNotContain("Musk");
    // A new article naming only "Musk" goes where the analyst said "Musk" belongs.
    JsonNode fourth = ingest(text("musk-alone.txt"), "2024-11-23");
    assertThat(ids(fourth.get("actors"))).contains("person:musk").doesNotContain("person:elon-musk");
  }

  private void assertMuskEvidenceIsSplit() throws Exception {
    assertThat(article(secondId).get("relations")).anySatisfy(r -> {
      assertThat(r.get("type").asString()).isEqualTo("MET_WITH");
      assertThat(endIds(r)).contains("person:musk", "person:antonio-guterres");
    }).noneSatisfy(r -> assertThat(endIds(r)).contains("person:elon-musk"));
    assertThat(article(seedId).get("relations")).anySatisfy(r -> {
      assertThat(r.get("type").asString()).isEqualTo("MET_WITH");
      assertThat(endIds(r)).contains("person:elon-musk", "person:amir-saeid-iravani");
    }).noneSatisfy(r -> assertThat(endIds(r)).contains("person:musk"));
  }

  @Test
  @Order(9)
  void badDecisionsAnswerProblemJsonAndChangeNothing() throws Exception {
    long nodes = count("MATCH (n) RETURN count(n)");
    long edges = count("MATCH ()-[r]->() RETURN count(r)");
    assertProblem(send("POST", "/api/actors/person:nobody/merge", "{\"other\": \"person:elon-musk\"}", true), 404);
    assertProblem(send("POST", "/api/actors/person:elon-musk/merge", "{\"other\": \"person:nobody\"}", true), 404);
    assertProblem(send("POST", "/api/actors/person:elon-musk/merge", "{\"other\": \"person:elon-musk\"}", true), 409);
    assertProblem(send("POST", "/api/actors/person:elon-musk/merge", "{}", true), 400);
    assertProblem(send("POST", "/api/actors/person:elon-musk/merge", "{not json", true), 400);
    JsonNode gone = assertProblem(send("POST", "/api/actors/org:doge/merge", "{\"other\": \"org:tesla\"}", true), 404);
    assertThat(gone.get("detail").asString()).contains("merged into org:department-of-government-efficiency");
    assertProblem(send("POST", "/api/actors/person:elon-musk/split", "{\"alias\": \"Elon\"}", true), 400);
    assertProblem(send("POST", "/api/actors/person:elon-musk/split", "{\"alias\": \"Elon Musk\"}", true), 409);
    assertProblem(send("POST", "/api/actors/person:elon-musk/split", "{\"alias\": \"Musk\"}", true), 409);
    assertProblem(send("POST", "/api/actors/person:nobody/split", "{\"alias\": \"X\"}", true), 404);
    assertProblem(send("POST", "/api/actors/country:USA/split", "{\"alias\": \"America\"}", true), 400);
    assertProblem(send("POST", "/api/actors/country:USA/split",
        "{\"alias\": \"America\", \"into\": \"org:nowhere\"}", true), 404);
    for (String[] hostile : new String[][] {
        {"/api/actors/person:elon-musk/merge", "{\"other\": [\"person:trump\"]}"},
        {"/api/actors/person:elon-musk/merge", "{\"other\": null}"},
        {"/api/actors/person:elon-musk/merge", "null"},
        {"/api/actors/" + "x".repeat(3000) + "/merge", "{\"other\": \"person:elon-musk\"}"},
        {"/api/actors/person:elon-musk/split", "{\"alias\": \"(.*\"}"},
        {"/api/actors/person:elon-musk/split", "{\"alias\": \"\\u0000\"}"},
        {"/api/actors/person:elon-musk/split", "{\"alias\": \"   \"}"},
        {"/api/actors/person:elon-musk/split", "{\"alias\": \"Musk\", \"kind\": \"PLANET\"}"}}) {
      HttpResponse<String> r = send("POST", hostile[0], hostile[1], true);
      assertThat(r.statusCode()).as("%s %s: %s", hostile[0], hostile[1], r.body()).isBetween(400, 499);
      assertThat(r.headers().firstValue("content-type").orElseThrow()).startsWith("application/problem+json");
    }
    assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
    assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(edges);
  }

  @Test
  @Order(10)
  void decisionsNeedCredentialsWhenConfigured() throws Exception {
    long nodes = count("MATCH (n) RETURN count(n)");
    HttpResponse<String> r = send("POST", "/api/actors/org:tesla/merge", "{\"other\": \"org:spacex\"}", false);
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("content-type").orElseThrow()).startsWith("application/problem+json");
    assertThat(send("POST", "/api/actors/org:tesla/split", "{\"alias\": \"Tesla Inc\"}", false).statusCode())
        .isEqualTo(401);
    assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
    assertThat(count("MATCH (a:Actor {key: 'org:spacex'}) RETURN count(a)")).isEqualTo(1);
  }

  @Test
  @Order(12)
  void aPersonNamedInFullAbsorbsTheSurnameAnEarlierArticleUsedAlone() throws Exception {
    JsonNode lone = ingest(text("zakharova-alone.txt"), "2024-11-24");
    assertThat(ids(lone.get("actors"))).contains("person:zakharova");
    assertThat(lone.get("relations")).anySatisfy(r -> assertThat(endIds(r)).contains("person:zakharova"));
    JsonNode full = ingest(text("maria-zakharova.txt"), "2024-11-25");
    assertThat(ids(full.get("actors"))).contains("person:maria-zakharova");
    assertThat(count("MATCH (a:Actor {key: 'person:zakharova'}) RETURN count(a)")).isZero();
    String loneId = lone.get("articleId").asString();
    assertThat(ids(article(loneId).get("actors"))).contains("person:maria-zakharova").doesNotContain("person:zakharova");
    assertThat(article(loneId).get("relations")).anySatisfy(r -> assertThat(endIds(r)).contains("person:maria-zakharova"));
    assertThat(getJson("/api/actors/person:maria-zakharova/decisions").get("merged")).singleElement().satisfies(d -> {
      assertThat(d.get("from").asString()).isEqualTo("person:zakharova");
      assertThat(d.get("decidedBy").asString()).isEqualTo("resolver");
    });
    JsonNode again = ingest(text("zakharova-alone.txt"), "2024-11-24");
    assertThat(ids(again.get("actors"))).contains("person:maria-zakharova").doesNotContain("person:zakharova");
  }

  @Test
  @Order(11)
  void decisionEndpointsAreDocumentedInOpenApi() throws Exception {
    JsonNode paths = getJson("/v3/api-docs").get("paths");
    assertThat(paths.has("/api/actors/{id}/merge")).isTrue();
    assertThat(paths.has("/api/actors/{id}/split")).isTrue();
    assertThat(paths.has("/api/actors/{id}/decisions")).isTrue();
    assertThat(paths.get("/api/actors/{id}/merge").get("post").get("responses").has("409")).isTrue();
    assertThat(send("GET", "/api/actors/person:nobody/decisions", null, false).statusCode()).isEqualTo(404);
  }

  private JsonNode assertProblem(HttpResponse<String> r, int status) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("content-type").orElseThrow()).startsWith("application/problem+json");
    return JSON.readTree(r.body());
  }

  private JsonNode article(String id) throws Exception {
    return getJson("/api/articles/" + enc(id));
  }

  private JsonNode getJson(String path) throws Exception {
    HttpResponse<String> r = send("GET", path, null, false);
    assertThat(r.statusCode()).as("GET %s: %s", path, r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private JsonNode post(String path, Object body, int status) throws Exception {
    HttpResponse<String> r = send("POST", path, JSON.writeValueAsString(body), true);
    assertThat(r.statusCode()).as("POST %s: %s", path, r.body()).isEqualTo(status);
    return JSON.readTree(r.body());
  }

  private long count(String cypher) {
    return count(cypher, Map.of());
  }

  private long count(String cypher, Map<String, Object> params) {
    try (var session = driver.session()) {
      return session.run(cypher, params).single().get(0).asLong();
    }
  }

  private static List<String> ids(JsonNode actors) {
    List<String> out = new ArrayList<>();
    actors.forEach(a -> out.add(a.get("id").asString()));
    return out;
  }

  private static List<String> endIds(JsonNode relation) {
    return List.of(relation.get("source").get("id").asString(), relation.get("target").get("id").asString());
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(a -> out.add(a.asString()));
    return out;
  }

  static String text(String name) throws Exception {
    return Files.readString(Path.of("src/test/resources/actor/" + name));
  }

  private JsonNode ingest(String text, String date) throws Exception {
    HttpResponse<String> r = send("POST", "/api/articles", JSON.writeValueAsString(Map.of("text", text, "publishedAt", date)), true);
    assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
    return JSON.readTree(r.body());
  }

  private HttpResponse<String> send(String method, String path, String body, boolean key) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (key) {
      b.header("X-API-Key", KEY);
    }
    if (body != null) {
      b.header("content-type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
