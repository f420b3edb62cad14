package org.geokg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import tools.jackson.databind.JsonNode;

/**
 * The acceptance list through the HTTP API: the seed article ingested as text through the
 * real pipeline into an embedded Neo4j over Bolt, then read back. Shares its application (and graph)
 * with the other {@link SeedGraphTest}s.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedApiAcceptanceTest extends SeedGraphTest {

  private static JsonNode ingested;

  private JsonNode seed() throws Exception {
    if (ingested == null) {
      ingested = post("/api/articles", Map.of("text", SharedData.seedText(), "publishedAt", "2024-11-15"), 201);
    }
    return ingested;
  }

  @Test
  @Order(1)
  void ingestAnswersWithTheArticleItsActorsAndRelations() throws Exception {
    JsonNode r = seed();
    assertThat(r.get("articleId").asString()).isNotBlank();
    assertThat(r.get("publisher").asString()).isEqualTo("The Independent UK");
    assertThat(r.get("author").asString()).isEqualTo("Mike Bedigan");
    assertThat(r.get("publishedAt").asString()).isEqualTo("2024-11-15");
    assertThat(names(r.get("actors"))).contains("Elon Musk", "Amir Saeid Iravani", "Iran", "United States");
    assertThat(r.get("relations").size()).isGreaterThanOrEqualTo(4);
    assertThat(r.get("analysedChars").asInt()).isPositive().isEqualTo(r.get("textChars").asInt());
    assertThat(r.get("warning").isNull()).isTrue();
  }

  @Test
  @Order(2)
  void muskMetWithIravaniOnMondayInNewYork() throws Exception {
    seed();
    String musk = onlyActorId("Elon Musk");
    JsonNode page = get("/api/actors/" + enc(musk) + "/relations?type=MET_WITH");
    List<JsonNode> withIravani = new ArrayList<>();
    for (JsonNode rel : page.get("items")) {
      if (rel.get("source").get("name").asString().equals("Amir Saeid Iravani")
          || rel.get("target").get("name").asString().equals("Amir Saeid Iravani")) {
        withIravani.add(rel);
      }
    }
    assertThat(withIravani).hasSize(1);
    JsonNode rel = withIravani.get(0);
    JsonNode iravani = rel.get("source").get("name").asString().equals("Amir Saeid Iravani") ? rel.get("source")
        : rel.get("target");
    assertThat(iravani.get("code").asString()).as("research tools get each end's code").isEqualTo("IRN");
    assertThat(rel.get("plover").asString()).isEqualTo("CONSULT");
    assertThat(rel.get("cameo").asString()).isEqualTo("040");
    assertThat(rel.get("date").asString()).isEqualTo("2024-11-11");
    assertThat(rel.get("place").asString()).isEqualTo("New York");
    assertThat(rel.get("confidence").asDouble()).isBetween(0.0, 1.0);
    assertThat(rel.get("sentence").asString()).startsWith("Elon Musk met with Iran’s ambassador to the U.N.");
    assertThat(rel.get("sentences").size()).isEqualTo(2);
    assertThat(rel.get("article").get("id").asString()).isEqualTo(seed().get("articleId").asString());
  }

  @Test
  @Order(3)
  void profilesShowRolesTiedToTheirCountry() throws Exception {
    seed();
    JsonNode iravani = get("/api/actors/" + enc(onlyActorId("Amir Saeid Iravani")));
    assertThat(iravani.get("code").asString()).isEqualTo("IRN");
    JsonNode role = iravani.get("roles").get(0);
    assertThat(role.get("title").asString()).isEqualTo("ambassador");
    assertThat(role.get("of").get("id").asString()).isEqualTo("country:IRN");
    assertThat(role.get("at").get("name").asString()).isEqualTo("United Nations");
    assertThat(role.get("firstSeen").asString()).isEqualTo("2024-11-15");

    JsonNode araghchi = get("/api/actors/" + enc(onlyActorId("Abbas Araghchi")));
    assertThat(araghchi.get("roles")).anySatisfy(r -> {
      assertThat(r.get("title").asString()).isEqualTo("foreign minister");
      assertThat(r.get("of").get("id").asString()).isEqualTo("country:IRN");
    });
    assertThat(araghchi.get("relationCounts")).anySatisfy(c -> assertThat(c.get("type").asString()).isEqualTo("MET_WITH"));
  }

  @Test
  @Order(4)
  void relationsFilterByTypeActorAndDates() throws Exception {
    seed();
    JsonNode sanctioned = get("/api/relations?type=SANCTIONED&actor=country:IRN");
    assertThat(sanctioned.get("items")).anySatisfy(r -> {
      assertThat(r.get("target").get("id").asString()).isEqualTo("country:IRN");
      assertThat(r.get("source").get("name").asString()).isIn("Donald Trump", "United States");
      assertThat(r.get("plover").asString()).isEqualTo("SANCTION");
      assertThat(r.get("cameo").asString()).isEqualTo("163");
    });
    JsonNode november = get("/api/relations?since=2024-11-01&until=2024-11-30");
    assertThat(november.get("items")).isNotEmpty()
        .allSatisfy(r -> assertThat(r.get("date").asString()).startsWith("2024-11"));
    JsonNode araghchiMeetings = get("/api/relations?type=MET_WITH&actor=" + enc(onlyActorId("Abbas Araghchi")));
    assertThat(araghchiMeetings.get("items")).anySatisfy(r ->
        assertThat(List.of(r.get("source").get("name").asString(), r.get("target").get("name").asString()))
            .contains("Rafael Grossi"));
  }

  @Test
  @Order(5)
  void oneNodePerActorAndNoChromeActors() throws Exception {
    seed();
    for (String name : List.of("Elon Musk", "Donald Trump", "Iran", "United States")) {
      assertThat(count("MATCH (a:Actor {name: $n}) RETURN count(a)", Map.of("n", name))).as(name).isEqualTo(1);
    }
    assertThat(count("MATCH (a:Actor) WHERE a.name IN ['Musk', 'America', 'inkl', 'First Buddy', 'Getty Images',"
        + " 'AP', 'AFP', 'The Independent UK', 'Mike Bedigan'] RETURN count(a)", Map.of())).isZero();
    assertThat(count("MATCH (a:Person {name: 'Tesla'}) RETURN count(a)", Map.of())).isZero();
    assertThat(count("MATCH (a:Country {key: 'country:IRN'}) RETURN count(a)", Map.of())).isEqualTo(1);
  }

  @Test
  @Order(6)
  void ingestingTheSameArticleAgainChangesNothing() throws Exception {
    seed();
    long nodes = count("MATCH (n) RETURN count(n)", Map.of());
    long edges = count("MATCH ()-[r]->() RETURN count(r)", Map.of());
    JsonNode again = post("/api/articles", Map.of("text", SharedData.seedText(), "publishedAt", "2024-11-15"), 201);
    assertThat(again.get("unchanged").asBoolean()).isTrue();
    assertThat(again.get("articleId").asString()).isEqualTo(seed().get("articleId").asString());
    assertThat(count("MATCH (n) RETURN count(n)", Map.of())).isEqualTo(nodes);
    assertThat(count("MATCH ()-[r]->() RETURN count(r)", Map.of())).isEqualTo(edges);
  }

  @Test
  @Order(7)
  void badInputGetsProblemJsonAndLeavesTheGraphAlone() throws Exception {
    seed();
    long edges = count("MATCH ()-[r]->() RETURN count(r)", Map.of());
    HttpResponse<String> noArticle = send("POST", "/api/articles", "{\"text\": \"Sign in\\nSubscribe\"}");
    assertThat(noArticle.statusCode()).isEqualTo(422);
    assertThat(noArticle.headers().firstValue("content-type")).hasValueSatisfying(
        ct -> assertThat(ct).startsWith("application/problem+json"));
    assertThat(JSON.readTree(noArticle.body()).get("detail").asString()).contains("no article");
    HttpResponse<String> german = send("POST", "/api/articles", JSON.writeValueAsString(Map.of("text",
        "Die Regierung hat am Mittwoch ein neues Gesetz beschlossen. Der Minister sagte, die Reform sei ein "
            + "wichtiger Schritt für die Bürger und für die Wirtschaft, die noch nicht gesichert ist.")));
    assertThat(german.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(german.body()).get("title").asString()).isEqualTo("Article not in English");
    assertThat(JSON.readTree(german.body()).get("detail").asString()).contains("German");
    assertThat(send("POST", "/api/articles", "{not json").statusCode()).isEqualTo(400);
    assertThat(send("POST", "/api/articles", "{}").statusCode()).isEqualTo(400);
    assertThat(send("POST", "/api/articles", "{\"text\": \"x\", \"publishedAt\": \"15/11/2024\"}").statusCode())
        .isEqualTo(400);
    HttpResponse<String> guarded = send("POST", "/api/articles", "{\"url\": \"http://169.254.169.254/latest\"}");
    assertThat(guarded.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(guarded.body()).get("title").asString()).isEqualTo("URL not allowed");
    assertThat(JSON.readTree(guarded.body()).get("detail").asString()).contains("refused");
    assertThat(send("GET", "/api/actors/person:nobody", null).statusCode()).isEqualTo(404);
    assertThat(send("GET", "/api/relations?type=HUGGED", null).statusCode()).isEqualTo(400);
    // sizes below one are bad parameters, not silently clamped; a path joins two actors
    for (String bad : List.of("/api/relations?limit=0", "/api/relations?limit=-1", "/api/actors?limit=0",
        "/api/actors/country:IRN/network?maxNodes=-5", "/api/stats?top=-1",
        "/api/paths?from=country:IRN&to=country:IRN")) {
      HttpResponse<String> r = send("GET", bad, null);
      assertThat(r.statusCode()).as(bad).isEqualTo(400);
      assertThat(r.headers().firstValue("content-type").orElse("")).as(bad).startsWith("application/problem+json");
    }
    assertThat(JSON.readTree(send("GET", "/api/relations?limit=0", null).body()).get("detail").asString())
        .contains("limit", "1");
    assertThat(send("GET", "/api/relations?since=2024-12-01&until=2024-11-01", null).statusCode()).isEqualTo(400);
    assertThat(count("MATCH ()-[r]->() RETURN count(r)", Map.of())).isEqualTo(edges);
  }

  @Test
  @Order(8)
  void servesNeoBrowserConnectedToTheEmbeddedDatabase() throws Exception {
    HttpResponse<String> redirect = send("GET", "/browser", null);
    assertThat(redirect.statusCode()).isEqualTo(302);
    assertThat(redirect.headers().firstValue("location").orElseThrow())
        .contains("/browser/index.html?dbms=bolt://127.0.0.1:").doesNotContain("preselectAuthMethod=NO_AUTH");
    assertThat(send("GET", "/browser/index.html", null).statusCode()).isEqualTo(200);
    assertThat(get("/actuator/health").get("status").asString()).isEqualTo("UP");
  }

  @Test
  @Order(9)
  void analystQueriesRunOnTheSeedGraph() throws Exception {
    String articleId = seed().get("articleId").asString();
    Map<String, Object> params = new java.util.HashMap<>();
    params.put("since", java.time.LocalDate.of(2024, 11, 1));
    params.put("until", java.time.LocalDate.of(2024, 11, 30));
    params.put("country", "IRN");
    params.put("from", onlyActorId("Elon Musk"));
    params.put("to", "country:IRN");
    params.put("key", onlyActorId("Amir Saeid Iravani"));
    params.put("id", articleId);
    Map<String, Integer> rows = new java.util.TreeMap<>();
    try (var files = Files.list(Path.of("cypher/queries")); var session = driver.session()) {
      for (Path f : files.sorted().toList()) {
        String query = Files.readString(f).strip().replaceAll(";$", "");
        rows.put(f.getFileName().toString(), session.run(query, params).list().size());
      }
    }
    assertThat(rows).containsKeys("who-met-whom.cypher", "who-sanctioned.cypher", "path-between.cypher",
        "roles-over-time.cypher", "most-connected.cypher");
    assertThat(rows).allSatisfy((file, n) -> assertThat(n).as(file).isPositive());
  }

  @Test
  @Order(10)
  void grossiIsTiedToTheIaeaAnIntergovernmentalOrganisation() throws Exception {
    seed();
    JsonNode iaea = onlyActor("IAEA", a -> a.get("aliases").toString().contains("International Atomic Energy Agency")
        || a.get("name").asString().equals("International Atomic Energy Agency"));
    assertThat(iaea.get("kind").asString()).isEqualTo("ORGANIZATION");
    assertThat(iaea.get("code").asString()).isEqualTo("IGO");
    JsonNode grossi = get("/api/actors/" + enc(onlyActorId("Rafael Grossi")));
    assertThat(grossi.get("code").asString()).isEqualTo("IGO");
    assertThat(grossi.get("roles")).anySatisfy(r -> {
      assertThat(r.get("title").asString()).isEqualTo("head");
      assertThat(List.of(r.get("of").get("id").asString(), r.get("at").isNull() ? "" : r.get("at").get("id").asString()))
          .contains(iaea.get("id").asString());
    });
  }

  @Test
  @Order(11)
  void revolutionaryGuardIsAnIranianOrganisation() throws Exception {
    seed();
    JsonNode guard = onlyActor("Revolutionary Guard", a -> a.get("name").asString().contains("Revolutionary Guard")
        || a.get("aliases").toString().contains("Revolutionary Guard"));
    assertThat(guard.get("kind").asString()).isEqualTo("ORGANIZATION");
    assertThat(guard.get("code").asString()).isEqualTo("IRN");
    assertThat(get("/api/articles/" + seed().get("articleId").asString()).get("actors"))
        .anySatisfy(a -> assertThat(a.get("id").asString()).isEqualTo(guard.get("id").asString()));
  }

  @Test
  @Order(12)
  void justiceDepartmentAndFbiAreUsOrganisations() throws Exception {
    seed();
    JsonNode justice = onlyActor("Justice Department", a -> a.get("name").asString().contains("Justice Department")
        || a.get("aliases").toString().contains("Justice Department"));
    JsonNode fbi = onlyActor("FBI", a -> a.get("name").asString().equals("FBI")
        || a.get("aliases").toString().contains("\"FBI\""));
    for (JsonNode org : List.of(justice, fbi)) {
      assertThat(org.get("kind").asString()).as(org.toString()).isEqualTo("ORGANIZATION");
      assertThat(org.get("code").asString()).as(org.toString()).isEqualTo("USA");
    }
    assertThat(get("/api/actors?code=USA&kind=ORGANIZATION&limit=500").get("items")).extracting(a -> a.get("id").asString())
        .contains(justice.get("id").asString(), fbi.get("id").asString());
  }

  /** The one actor a name search finds that satisfies {@code which}, as the search lists it. */
  private JsonNode onlyActor(String q, java.util.function.Predicate<JsonNode> which) throws Exception {
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode a : get("/api/actors?q=" + enc(q)).get("items")) {
      if (which.test(a)) {
        found.add(a);
      }
    }
    assertThat(found).as("actors found for %s", q).hasSize(1);
    return found.get(0);
  }

  private String onlyActorId(String name) throws Exception {
    JsonNode found = get("/api/actors?q=" + enc(name)).get("items");
    List<String> ids = new ArrayList<>();
    for (JsonNode a : found) {
      if (a.get("name").asString().equals(name)) {
        ids.add(a.get("id").asString());
      }
    }
    assertThat(ids).as("actors named %s", name).hasSize(1);
    return ids.get(0);
  }

  private long count(String cypher, Map<String, Object> params) {
    try (var session = driver.session()) {
      return session.run(cypher, params).single().get(0).asLong();
    }
  }

  private static List<String> names(JsonNode actors) {
    List<String> out = new ArrayList<>();
    actors.forEach(a -> out.add(a.get("name").asString()));
    return out;
  }

  @Test
  @Order(90)
  void aTextLongerThanWhatIsAnalysedIsStoredWholeAndTheAnswerSaysSo() throws Exception {
    StringBuilder text = new StringBuilder(SharedData.seedText());
    for (int i = 0; text.length() <= 130_000; i++) {
      text.append("\n\nThe committee's annex, part ").append(i).append(", lists the figures for the year in the region.");
    }
    JsonNode r = post("/api/articles", Map.of("text", text.toString(), "publishedAt", "2024-11-16"), 201);
    assertThat(r.get("textChars").asInt()).isGreaterThan(120_000);
    assertThat(r.get("analysedChars").asInt()).isLessThanOrEqualTo(100_000).isGreaterThan(90_000);
    assertThat(r.get("warning").asString()).contains("only its first " + r.get("analysedChars").asInt());
    JsonNode stored = get("/api/articles/" + enc(r.get("articleId").asString()));
    assertThat(names(stored.get("actors"))).contains("Elon Musk");
  }

  private JsonNode get(String path) throws Exception {
    HttpResponse<String> r = send("GET", path, null);
    assertThat(r.statusCode()).as("GET %s: %s", path, r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private JsonNode post(String path, Object body, int expected) throws Exception {
    HttpResponse<String> r = send("POST", path, JSON.writeValueAsString(body));
    assertThat(r.statusCode()).as("POST %s: %s", path, r.body()).isEqualTo(expected);
    return JSON.readTree(r.body());
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (body != null) {
      b.header("content-type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
