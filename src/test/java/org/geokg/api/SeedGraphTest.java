package org.geokg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.geokg.SharedData;
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
 * Base of the tests that run against the whole application on the seed graph: one Spring context
 * (so one embedded database and one load of the NLP models) shared by every subclass, the seed
 * article ingested once through the real pipeline. Subclasses must not write to the graph except by
 * ingesting the seed article again (a no-op).
 */
// A port chosen before start-up rather than RANDOM_PORT: the embedded database tells Neo4j Browser
// the application's address when it starts, before a random port would be known.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
public abstract class SeedGraphTest {

  protected static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static String seedArticleId;

  @DynamicPropertySource
  static void embeddedDatabase(DynamicPropertyRegistry registry) {
    org.geokg.TestDatabase.register(registry, "test");
    int http = org.geokg.TestDatabase.freePort();
    registry.add("server.port", () -> http);
  }

  @LocalServerPort protected int port;
  @Autowired protected Driver driver;

  /** Ingests the seed article (once per test run) and answers its id. */
  protected String seedArticleId() throws Exception {
    if (seedArticleId == null) {
      HttpResponse<String> r = request("POST", "/api/articles",
          JSON.writeValueAsString(Map.of("text", SharedData.seedText(), "publishedAt", "2024-11-15")));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
      seedArticleId = JSON.readTree(r.body()).get("articleId").asString();
    }
    return seedArticleId;
  }

  protected String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  protected JsonNode getJson(String path) throws Exception {
    HttpResponse<String> r = request("GET", path, null);
    assertThat(r.statusCode()).as("GET %s: %s", path, r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  protected HttpResponse<String> request(String method, String path, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl() + path));
    if (body != null) {
      b.header("content-type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  protected static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
