package org.geokg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.geokg.SharedData;
import org.geokg.eval.NewsBenchmark;
import org.geokg.ingest.ArticlePipeline;
import org.geokg.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code eval-events} measures the product: the edges it scores for a news-dev article are the edges
 * {@code POST /api/articles} stores for the same text, title and date (its own application and graph).
 * The one difference the graph may make is across articles: a lone surname ("Trump") resolves to the
 * one person of the graph with it ("Donald Trump").
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EvalParityTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @DynamicPropertySource
  static void embeddedDatabase(DynamicPropertyRegistry registry) {
    org.geokg.TestDatabase.register(registry, "eval-parity");
  }

  @LocalServerPort int port;

  @Test
  void evalEventsScoresTheEdgesTheApiStores() throws Exception {
    List<NewsBenchmark.GoldArticle> gold = NewsBenchmark.read(SharedData.root().resolve("benchmarks/events/news-dev.json"));
    NewsBenchmark bench = new NewsBenchmark(ArticlePipeline.standalone(CoreNlpAnnotator.shared()));
    int edges = 0;
    for (NewsBenchmark.GoldArticle a : gold.subList(0, 6)) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("text", a.text());
      body.put("title", a.title());
      body.put("publishedAt", a.publishedAt() == null ? null : a.publishedAt().toString());
      HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + port + "/api/articles"))
          .header("content-type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
      List<String[]> stored = new ArrayList<>();
      for (JsonNode rel : JSON.readTree(r.body()).get("relations")) {
        List<String> sentences = new ArrayList<>();
        rel.get("sentences").forEach(s -> sentences.add(s.asString()));
        stored.add(new String[] {rel.get("source").get("name").asString(), rel.get("target").get("name").asString(),
            line(rel.get("plover").asString(), rel.get("negated").asBoolean(), rel.get("modality").asString(),
                rel.get("confidence").asDouble(), sentences)});
      }
      List<NewsBenchmark.Edge> scored = bench.predict(a).edges();
      assertThat(stored).as(a.article()).hasSameSizeAs(scored);
      for (NewsBenchmark.Edge e : scored) {
        String rest = line(e.plover(), e.negated(), e.modality().name(), e.confidence(), e.sentences());
        String[] match = stored.stream()
            .filter(x -> x[2].equals(rest) && sameActor(x[0], e.source().name()) && sameActor(x[1], e.target().name()))
            .findFirst().orElse(null);
        assertThat(match).as("%s: %s -> %s %s among %s", a.article(), e.source().name(), e.target().name(), rest,
            stored.stream().map(x -> String.join(" | ", x)).toList()).isNotNull();
        stored.remove(match);
      }
      edges += scored.size();
    }
    assertThat(edges).as("edges compared").isGreaterThan(0);
  }

  private static String line(String plover, boolean negated, String modality, double confidence,
      List<String> sentences) {
    return String.format(Locale.ROOT, "%s negated=%s %s %.3f %s", plover, negated, modality, confidence, sentences);
  }

  /** The graph's name of an actor is the article's, or the full name a lone surname resolved to. */
  private static boolean sameActor(String stored, String scored) {
    return stored.equals(scored) || stored.endsWith(" " + scored);
  }
}
