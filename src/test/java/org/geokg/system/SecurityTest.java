package org.geokg.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With credentials configured, writes need them and reads stay open; failures are problem+json. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "geokg.security.api-key=test-key-0123456789abcdef",
    "geokg.security.username=analyst",
    "geokg.security.password=correct horse battery staple"})
class SecurityTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String NO_ARTICLE = "{\"text\": \"Sign in\"}"; // passes auth, then 422 without NLP work

  @DynamicPropertySource
  static void embeddedDatabase(DynamicPropertyRegistry registry) {
    org.geokg.TestDatabase.register(registry, "security");
  }

  @LocalServerPort int port;

  private HttpResponse<String> post(String path, String body, String header, String value) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    if (header != null) {
      b.header(header, value);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void refusesWritesWithoutCredentialsAsProblemJson() throws Exception {
    HttpResponse<String> r = post("/api/articles", NO_ARTICLE, null, null);
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("content-type").orElseThrow()).startsWith("application/problem+json");
    assertThat(r.headers().firstValue("www-authenticate").orElseThrow()).startsWith("Basic");
    assertThat(r.body()).contains("\"status\":401").contains("API key");
  }

  @Test
  void refusesAWrongKeyOrPassword() throws Exception {
    assertThat(post("/api/articles", NO_ARTICLE, "X-API-Key", "test-key-0123456789abcdeX").statusCode()).isEqualTo(401);
    assertThat(post("/api/articles", NO_ARTICLE, "Authorization", "Bearer nope").statusCode()).isEqualTo(401);
    String wrong = Base64.getEncoder().encodeToString("analyst:wrong".getBytes(StandardCharsets.UTF_8));
    assertThat(post("/api/articles", NO_ARTICLE, "Authorization", "Basic " + wrong).statusCode()).isEqualTo(401);
  }

  @Test
  void acceptsTheKeyInEitherHeaderAndBasicAuth() throws Exception {
    assertThat(post("/api/articles", NO_ARTICLE, "X-API-Key", "test-key-0123456789abcdef").statusCode()).isEqualTo(422);
    assertThat(post("/api/articles", NO_ARTICLE, "Authorization", "Bearer test-key-0123456789abcdef").statusCode())
        .isEqualTo(422);
    String basic = Base64.getEncoder().encodeToString(
        "analyst:correct horse battery staple".getBytes(StandardCharsets.UTF_8));
    assertThat(post("/api/articles", NO_ARTICLE, "Authorization", "Basic " + basic).statusCode()).isEqualTo(422);
  }

  @Test
  void keepsReadsHealthAndBrowserOpen() throws Exception {
    assertThat(get("/api/relations").statusCode()).isEqualTo(200);
    assertThat(get("/api/actors?q=iran").statusCode()).isEqualTo(200);
    assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
    assertThat(get("/browser/index.html").statusCode()).isEqualTo(200);
  }
}
