package org.geokg.web;

import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What Neo4j Browser needs from the application: the graph style ({@code /geokg.grass}, from
 * {@code cypher/geokg.grass}), a Browser guide ({@code /guides/geokg.html}, a {@code :play} page built
 * from the analyst queries in {@code cypher/queries/}), and {@code /browser-guide}, which opens the
 * Browser connected to the graph with the guide playing.
 *
 * <p>Browser fetches remote guides and styles only from hosts in its allow-list, which by default is
 * {@code guides.neo4j.com, localhost}: the links use {@code localhost}, and both resources allow any
 * origin (with CORS preflight) because the Browser page itself is served from {@code 127.0.0.1}. Stateless.
 */
@Controller
@Hidden
class BrowserGuideController {

  /** The last day with events in the graph, as a Cypher expression: windows follow the data, not the clock. */
  private static final String LAST_DAY = "COLLECT { MATCH ()-[e]->() WHERE e.plover IS NOT NULL AND e.dateTo IS NOT NULL"
      + " RETURN e.dateTo ORDER BY e.dateTo DESC LIMIT 1 }[0]";

  /**
   * The analyst queries of the guide, in order: file name, title, parameters to set first (one
   * {@code :param} per line; Browser reads one per block, so each line becomes its own block).
   */
  private static final List<String[]> QUERIES = List.of(
      new String[] {"who-met-whom", "Who met whom in the last month with events",
          ":param since => " + LAST_DAY + " - duration('P30D')\n:param until => " + LAST_DAY},
      new String[] {"who-sanctioned", "Which countries and others sanctioned Iran", ":param country => 'IRN'"},
      new String[] {"path-between", "The path between two actors",
          ":param from => 'person:elon-musk'\n:param to => 'country:IRN'"},
      new String[] {"roles-over-time", "An actor's roles over time", ":param key => 'person:amir-saeid-iravani'"},
      new String[] {"most-connected", "The most connected actors", null},
      new String[] {"article-evidence", "What was read from one article",
          ":param id => 'paste an article id, e.g. from MATCH (a:Article) RETURN a.id, a.title'"});

  private final String boltUri;
  private final boolean embedded;
  private final boolean noAuth;

  BrowserGuideController(@Value("${spring.neo4j.uri:}") String uri, @Value("${geokg.bolt-host}") String boltHost,
      @Value("${geokg.bolt-port}") int boltPort, @Value("${geokg.bolt-auth:true}") boolean boltAuth) {
    this.embedded = uri.isBlank();
    this.noAuth = embedded && !boltAuth;
    this.boltUri = embedded ? "bolt://" + (boltHost.contains(":") ? "[" + boltHost + "]" : boltHost) + ":" + boltPort : uri;
  }

  // Browser fetches with no-cache headers, so a cross-origin fetch is preflighted: @CrossOrigin answers it.
  @CrossOrigin(origins = "*")
  @GetMapping("/geokg.grass")
  ResponseEntity<String> grass() {
    return ok(MediaType.parseMediaType("text/plain;charset=UTF-8"), read("cypher/geokg.grass"));
  }

  @CrossOrigin(origins = "*")
  @GetMapping("/guides/geokg.html")
  ResponseEntity<String> guide() {
    int port = currentPort();
    String base = "http://localhost:" + port;
    StringBuilder html = new StringBuilder();
    html.append("<article class=\"guide\">\n<carousel class=\"deck container-fluid\">\n");
    slide(html, "geokg: actors and events from the news", """
        <p>The graph holds <b>actors</b> (<code>:Actor:Person</code>, <code>:Country</code>,
        <code>:Organization</code>, keyed by <code>key</code> such as <code>country:IRN</code>), the
        <b>articles</b> they were read from (<code>(:Article)-[:MENTIONS]-&gt;(:Actor)</code>), one
        <b>event edge</b> per source, type, target and article (<code>MET_WITH</code>, <code>SANCTIONED</code>,
        ..., with <code>plover</code>, <code>cameo</code>, <code>date</code>, <code>place</code>,
        <code>confidence</code>, <code>sentences</code>) and <b>roles</b>
        (<code>(:Person)-[:HOLDS_ROLE {title, source, from, to}]-&gt;(:Actor)</code>: <code>source</code> is
        <code>text</code> for a role read from a sentence, <code>dictionary</code> for the actor dictionaries'
        code at the article's date, whose span is <code>from</code>..<code>to</code>).</p>
        <p>The geokg style (colours per kind, captions by name and type) is applied when Browser
        connects to the embedded database; on another server, or to restore it, run:</p>
        """ + runnable(":style " + base + "/geokg.grass") + """
        <p>Then try the analyst queries on the next slides. Each sets its parameters first
        (run the <code>:param</code> lines, change them as you like), then runs the query.</p>
        """);
    for (String[] q : QUERIES) {
      String text = read("cypher/queries/" + q[0] + ".cypher");
      List<String> comments = new ArrayList<>();
      StringBuilder query = new StringBuilder();
      for (String line : text.split("\n")) {
        if (line.strip().startsWith("//")) {
          comments.add(line.strip().substring(2).strip());
        } else if (!line.isBlank()) {
          query.append(line).append('\n');
        }
      }
      StringBuilder body = new StringBuilder();
      body.append("<p>").append(HtmlUtils.htmlEscape(String.join(" ", comments))).append("</p>\n");
      if (q[2] != null) {
        for (String param : q[2].split("\n")) {
          body.append(runnable(param));
        }
      }
      body.append(runnable(query.toString().strip().replaceAll(";$", "")));
      body.append("<p>File: <code>cypher/queries/").append(q[0]).append(".cypher</code></p>\n");
      slide(html, q[1], body.toString());
    }
    slide(html, "More", """
        <p>The web explorer: <a href="%1$s/" target="_blank">%1$s/</a>. The JSON API and its documentation:
        <a href="%1$s/swagger-ui.html" target="_blank">%1$s/swagger-ui.html</a>.</p>
        """.formatted(base));
    html.append("</carousel>\n</article>\n");
    return ok(MediaType.TEXT_HTML, html.toString());
  }

  /**
   * Opens Neo4j Browser on the graph with the geokg guide playing. The embedded database tells
   * Browser to apply the style and play the guide once connected; a command in Browser's URL would
   * turn those off, so only an external server (whose settings are its own) gets the guide that way.
   */
  @GetMapping("/browser-guide")
  ResponseEntity<Void> browserWithGuide() {
    String target = "/browser/index.html?dbms=" + boltUri + (noAuth ? "&preselectAuthMethod=NO_AUTH" : "");
    if (!embedded) {
      String guide = "http://localhost:" + currentPort() + "/guides/geokg.html";
      target += "&cmd=play&arg=" + URLEncoder.encode(guide, StandardCharsets.UTF_8);
    }
    return ResponseEntity.status(302).header(HttpHeaders.LOCATION, target).build();
  }

  private static int currentPort() {
    return UriComponentsBuilder.fromUriString(
        org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath().toUriString())
        .build().getPort();
  }

  private static void slide(StringBuilder html, String title, String body) {
    html.append("<slide class=\"row-fluid\">\n<div class=\"col-sm-12\">\n<h3>").append(HtmlUtils.htmlEscape(title))
        .append("</h3>\n").append(body).append("</div>\n</slide>\n");
  }

  private static String runnable(String code) {
    return "<pre class=\"pre-scrollable code runnable\">" + HtmlUtils.htmlEscape(code) + "</pre>\n";
  }

  private static ResponseEntity<String> ok(MediaType type, String body) {
    return ResponseEntity.ok().contentType(type).body(body);
  }

  private static String read(String path) {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(path + " is missing from the classpath", e);
    }
  }
}
