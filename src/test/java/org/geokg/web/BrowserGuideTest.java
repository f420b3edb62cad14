package org.geokg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geokg.api.SeedGraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/** The Neo4j Browser style, the {@code :play} guide built from {@code cypher/queries/}, and the link that opens both. */
class BrowserGuideTest extends SeedGraphTest {

  @Test
  void grassStyleIsServedWithColoursAndCaptionsPerLabel() throws Exception {
    HttpResponse<String> r = request("GET", "/geokg.grass", null);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo(Files.readString(Path.of("cypher/geokg.grass")));
    for (String label : new String[] {"node.Person", "node.Country", "node.Organization", "node.Article",
        "relationship.HOLDS_ROLE", "relationship.MET_WITH"}) {
      assertThat(r.body()).contains(label + " {");
    }
    assertThat(r.body()).contains("caption: \"{name}\"", "caption: \"<type>\"");
  }

  @Test
  void guideHasASlidePerAnalystQueryWithItsText() throws Exception {
    HttpResponse<String> r = request("GET", "/guides/geokg.html", null);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("text/html");
    String html = r.body();
    assertThat(html).contains("<article class=\"guide\">", "<carousel", ":style http://localhost:" + port + "/geokg.grass");
    assertThat(html).contains("Who met whom in the last month with events", "sanctioned Iran", "path between two actors",
        "roles over time", "most connected actors");
    assertThat(html.split("<slide").length - 1).isGreaterThanOrEqualTo(7);
    assertThat(html).contains("MATCH (s:Actor)-[r:SANCTIONED]-&gt;(t:Country {code: $country})");
  }

  /**
   * Every block of the guide runs as Browser would run it, in order, on the seed graph: a {@code
   * :param name => expression} block (one per block: Browser refuses two) evaluates its expression
   * and keeps the value; a query block runs with the parameters set so far. The meeting window
   * follows the data, so the seed's meeting of 2024-11-11 is found whatever today's date.
   */
  @Test
  void everyGuideBlockRunsOnTheSeedGraph() throws Exception {
    seedArticleId();
    String html = request("GET", "/guides/geokg.html", null).body();
    Matcher block = Pattern.compile("<pre class=\"pre-scrollable code runnable\">(.*?)</pre>", Pattern.DOTALL)
        .matcher(html);
    Map<String, Object> params = new HashMap<>();
    Map<String, Integer> rowsByQuery = new LinkedHashMap<>();
    int blocks = 0;
    try (var session = driver.session()) {
      while (block.find()) {
        blocks++;
        String code = HtmlUtils.htmlUnescape(block.group(1)).strip();
        if (code.startsWith(":style")) {
          continue;
        }
        if (code.startsWith(":param")) {
          assertThat(code.lines().count()).as(code).isOne();
          Matcher p = Pattern.compile(":param (\\w+) => (.+)").matcher(code);
          assertThat(p.matches()).as(code).isTrue();
          params.put(p.group(1), session.run("RETURN " + p.group(2) + " AS v", params).single().get("v").asObject());
          continue;
        }
        if (code.contains("paste an article id")) {
          continue;
        }
        rowsByQuery.put(code, session.run(code, params).list().size());
      }
    }
    assertThat(blocks).isGreaterThanOrEqualTo(10);
    assertThat(params).containsKeys("since", "until", "country", "from", "to", "key");
    assertThat(params.get("until")).as("the seed's last event day").isEqualTo(java.time.LocalDate.of(2024, 11, 11));
    assertThat(rowsByQuery.entrySet()).filteredOn(e -> e.getKey().contains("MET_WITH"))
        .singleElement().satisfies(e -> assertThat(e.getValue()).isPositive());
  }

  @Test
  void guideAndStyleAnswerBrowsersCrossOriginPreflight() throws Exception {
    for (String path : new String[] {"/guides/geokg.html", "/geokg.grass"}) {
      var preflight = java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + path))
          .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
          .header("Origin", "http://localhost:" + port) // the Browser page on another origin than the guide
          .header("Access-Control-Request-Method", "GET")
          .header("Access-Control-Request-Headers", "pragma,cache-control").build();
      HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(preflight,
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      assertThat(r.headers().firstValue("access-control-allow-origin")).as(path).isPresent();
    }
  }

  @Test
  void browserGuideLinkOpensBrowserOnThePasswordFormWithTheDatabaseToldToStyleAndPlayTheGuide() throws Exception {
    HttpResponse<String> r = request("GET", "/browser-guide", null);
    assertThat(r.statusCode()).isEqualTo(302);
    // A command in the URL would stop Browser from running the database's post-connect commands.
    assertThat(r.headers().firstValue("location").orElseThrow())
        .startsWith("/browser/index.html?dbms=bolt://127.0.0.1:")
        .doesNotContain("preselectAuthMethod=NO_AUTH", "cmd=");
    try (var session = driver.session()) {
      String commands = session.run("CALL dbms.clientConfig() YIELD name, value"
          + " WHERE name = 'browser.post_connect_cmd' RETURN value").single().get(0).asString();
      String app = "http://127.0.0.1:" + port;
      assertThat(commands).isEqualTo("style " + app + "/geokg.grass; play " + app + "/guides/geokg.html");
    }
  }
}
