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

  @Test
  @Order(1)
  void probe() throws Exception {
    JsonNode seed = ingest(SharedData.seedText(), "2024-11-15");
    System.out.println("SEED " + seed.get("actors"));
    JsonNode second = ingest(followUp(), "2024-11-20");
    System.out.println("SECOND " + second.get("actors"));
    System.out.println("SECOND REL " + second.get("relations"));
  }

  static String followUp() throws Exception {
    return Files.readString(Path.of("src/test/resources/actor/musk-un-followup.txt"));
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
