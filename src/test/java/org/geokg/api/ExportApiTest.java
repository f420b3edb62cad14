package org.geokg.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.geokg.TestDatabase;
import org.geokg.graph.GraphExporter;
import org.geokg.system.EmbeddedNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/export} in every format, whole graph and filtered, checked for structure on the seed graph. */
class ExportApiTest extends SeedGraphTest {

  @BeforeEach
  void seed() throws Exception {
    seedArticleId();
  }

  /**
   * A second GraphML reader (NetworkX) sees every node and edge, roles included, with all of an
   * edge's sentences; the JSON export carries the same roles.
   */
  @Test
  void rolesAndEverySentenceAreInTheGraphmlAndJsonExports(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("geokg.graphml");
    Files.write(file, download("/api/export?format=graphml").body());
    String script = String.join("\n",
        "import sys, networkx as nx",
        "g = nx.read_graphml(sys.argv[1])",
        "roles = [d for _, _, d in g.edges(data=True) if d.get('type') == 'HOLDS_ROLE']",
        "many = [d for _, _, d in g.edges(data=True) if len(d.get('sentences', '').split('\\n')) > 1]",
        "print(g.number_of_nodes(), g.number_of_edges(), len(roles), len(many),",
        "      all(d.get('title') for d in roles), len(list(nx.isolates(g))))");
    Process p = new ProcessBuilder("python3", "-c", script, file.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(p.waitFor()).as(out).isZero();
    String[] f = out.split(" ");
    JsonNode json = JSON.readTree(download("/api/export?format=json").body()).get("elements");
    long jsonRoles = 0;
    for (JsonNode e : json.get("edges")) {
      jsonRoles += e.get("data").get("type").asString().equals("HOLDS_ROLE") ? 1 : 0;
    }
    assertThat(Integer.parseInt(f[0])).as(out).isEqualTo(json.get("nodes").size());
    assertThat(Integer.parseInt(f[1])).as(out).isEqualTo(json.get("edges").size());
    assertThat(Integer.parseInt(f[2])).as("roles in GraphML: %s", out).isPositive().isEqualTo(jsonRoles);
    assertThat(Integer.parseInt(f[3])).as("edges with several sentences: %s", out).isPositive();
    assertThat(f[4]).isEqualTo("True");
    // Isolated in the export are exactly the actors with neither event nor role in the graph.
    try (var session = driver.session()) {
      long bare = session.run("MATCH (a:Actor) WHERE NOT EXISTS { (a)-[r]-(:Actor) WHERE r.plover IS NOT NULL"
          + " AND NOT coalesce(r.negated, false) OR type(r) = 'HOLDS_ROLE' } RETURN count(a)").single().get(0).asLong();
      assertThat(Long.parseLong(f[5])).as("isolated actors: %s", out).isEqualTo(bare);
    }
  }

  @Test
  void graphmlIsWellFormedWithDeclaredKeysAndEdgesBetweenDeclaredNodes() throws Exception {
    HttpResponse<byte[]> r = download("/api/export?format=graphml");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-disposition").orElse("")).contains("geokg.graphml");
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(r.body()));
    Element root = doc.getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("graphml");
    assertThat(root.getNamespaceURI()).isEqualTo("http://graphml.graphdrawing.org/xmlns");
    Set<String> keys = new HashSet<>();
    NodeList keyList = root.getElementsByTagNameNS("*", "key");
    for (int i = 0; i < keyList.getLength(); i++) {
      Element k = (Element) keyList.item(i);
      keys.add(k.getAttribute("id"));
      // NetworkX reads only these attribute types.
      assertThat(k.getAttribute("attr.type")).isIn("boolean", "int", "long", "float", "double", "string");
      assertThat(k.getAttribute("for")).isIn("node", "edge");
    }
    Element graph = (Element) root.getElementsByTagNameNS("*", "graph").item(0);
    assertThat(graph.getAttribute("edgedefault")).isEqualTo("directed");
    Set<String> nodeIds = new HashSet<>();
    NodeList nodes = graph.getElementsByTagNameNS("*", "node");
    for (int i = 0; i < nodes.getLength(); i++) {
      assertThat(nodeIds.add(((Element) nodes.item(i)).getAttribute("id"))).isTrue();
    }
    assertThat(nodeIds).contains("person:elon-musk", "country:IRN");
    NodeList edges = graph.getElementsByTagNameNS("*", "edge");
    assertThat(edges.getLength()).isGreaterThanOrEqualTo(4);
    for (int i = 0; i < edges.getLength(); i++) {
      Element e = (Element) edges.item(i);
      assertThat(nodeIds).contains(e.getAttribute("source"), e.getAttribute("target"));
    }
    NodeList data = root.getElementsByTagNameNS("*", "data");
    for (int i = 0; i < data.getLength(); i++) {
      assertThat(keys).contains(((Element) data.item(i)).getAttribute("key"));
    }
  }

  @Test
  void csvZipHasNeo4jAdminImportHeadersAndConsistentIds() throws Exception {
    HttpResponse<byte[]> r = download("/api/export?format=csv");
    assertThat(r.statusCode()).isEqualTo(200);
    Map<String, List<String>> files = new LinkedHashMap<>();
    try (var zip = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
      }
    }
    assertThat(files.keySet()).containsExactly("nodes.csv", "relationships.csv");
    assertThat(files.get("nodes.csv").get(0)).isEqualTo(GraphExporter.NODES_HEADER).contains(":ID", ":LABEL");
    assertThat(files.get("relationships.csv").get(0)).isEqualTo(GraphExporter.RELATIONSHIPS_HEADER)
        .contains(":START_ID", ":END_ID", ":TYPE", "confidence:double", "dateFrom:date");
    Set<String> ids = new HashSet<>();
    for (String line : files.get("nodes.csv").subList(1, files.get("nodes.csv").size())) {
      ids.add(firstField(line));
      // :LABEL is the last column; neo4j-admin splits it on the same '|' as the other arrays
      String labels = line.substring(line.lastIndexOf(",\"") + 2, line.length() - 1);
      assertThat(labels.split("\\" + GraphExporter.CSV_ARRAY_DELIMITER))
          .contains("Actor").hasSize(2).allSatisfy(l -> assertThat(l).matches("[A-Z][a-z]+"));
    }
    assertThat(ids).contains("person:elon-musk");
    List<String> rels = files.get("relationships.csv").subList(1, files.get("relationships.csv").size());
    assertThat(rels).hasSizeGreaterThanOrEqualTo(4).allSatisfy(line -> {
      String[] f = line.split("\",\"", 4);
      assertThat(ids).contains(f[0].substring(1), f[1]);
    });
    assertThat(rels).anySatisfy(line -> assertThat(line).contains("\"MET_WITH\""));
  }

  /**
   * Neo4j's own importer ({@code neo4j-admin database import full}, run in-process with the options
   * the README gives) reads the CSV export into a fresh database: the same actors with the same
   * labels ({@code Actor|Person} becomes two), the same event relations between them under the same
   * ids, with typed properties (dates, doubles, booleans, string arrays).
   */
  @Test
  void neo4jAdminImportReadsTheCsvExportIntoTheSameGraph() throws Exception {
    Path dir = TestDatabase.folder("csv-import").toAbsolutePath();
    Path csv = Files.createDirectories(dir.resolve("csv"));
    try (var zip = new ZipInputStream(new ByteArrayInputStream(download("/api/export?format=csv").body()))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        Files.copy(zip, csv.resolve(e.getName()));
      }
    }
    Path home = dir.resolve("neo4j");
    Path conf = Files.createDirectories(home.resolve("conf"));
    var log = new ByteArrayOutputStream();
    var out = new PrintStream(log, true, StandardCharsets.UTF_8);
    int status = new CommandLine(new ImportCommand.Full(
        new ExecutionContext(home, conf, out, out, new DefaultFileSystemAbstraction()))).execute(
        "--nodes=" + csv.resolve("nodes.csv"), "--relationships=" + csv.resolve("relationships.csv"),
        "--array-delimiter=" + GraphExporter.CSV_ARRAY_DELIMITER, "--report-file=" + dir.resolve("import.report"),
        "--threads=2", "--max-off-heap-memory=256m", "neo4j");
    assertThat(status).as(log.toString(StandardCharsets.UTF_8)).isZero();

    Map<String, String> sourceNodes = rows(driver, IMPORTED_ACTORS);
    Map<String, String> sourceEdges = rows(driver, IMPORTED_RELATIONS);
    Map<String, String> sourceRoles = rows(driver, IMPORTED_ROLES);
    Map<String, String> nodes;
    Map<String, String> edges;
    Map<String, String> roles;
    try (var db = new EmbeddedNeo4j(home, "127.0.0.1", TestDatabase.freePort());
        var imported = GraphDatabase.driver(db.boltUri(), db.authToken())) {
      nodes = rows(imported, IMPORTED_ACTORS);
      edges = rows(imported, IMPORTED_RELATIONS);
      roles = rows(imported, IMPORTED_ROLES);
      assertThat(rows(imported, "MATCH (n) WHERE NOT n:Actor RETURN elementId(n) AS k, '' AS v")).isEmpty();
    }
    assertThat(nodes).containsExactlyInAnyOrderEntriesOf(sourceNodes);
    assertThat(nodes.get("person:elon-musk")).startsWith(":Actor:Person ");
    assertThat(edges).hasSizeGreaterThanOrEqualTo(4).containsExactlyInAnyOrderEntriesOf(sourceEdges);
    assertThat(roles).isNotEmpty().containsExactlyInAnyOrderEntriesOf(sourceRoles);
    assertThat(roles.values()).anySatisfy(r -> assertThat(r).contains("HOLDS_ROLE", "title STRING", "observedAt DATE"));
    assertThat(edges.values())
        .allSatisfy(e -> assertThat(e).contains("confidence FLOAT", "sentences LIST<STRING", "symmetric BOOLEAN"))
        .anySatisfy(e -> assertThat(e).contains("dateFrom DATE"));
  }

  /**
   * Actors: their labels in order, then each exported property's type and value (an empty list, which
   * CSV cannot tell from none, as none).
   */
  private static final String IMPORTED_ACTORS = """
      MATCH (a:Actor)
      RETURN a.key AS k,
             reduce(s = '', l IN COLLECT { UNWIND labels(a) AS l RETURN l ORDER BY l } | s + ':' + l)
             + reduce(s = '', p IN [p IN ['name', 'kind', 'code', 'sector', 'aliases'] WHERE a[p] IS NOT NULL AND a[p] <> []]
                 | s + ' ' + p + ' ' + valueType(a[p]) + ' ' + CASE WHEN valueType(a[p]) STARTS WITH 'LIST'
                   THEN reduce(x = '', e IN a[p] | x + '[' + e + ']') ELSE toString(a[p]) END) AS v
      """;

  /** Event relations between actors as exported: ends and type, then each property's type and value. */
  private static final String IMPORTED_RELATIONS = """
      MATCH (s:Actor)-[r]->(t:Actor)
      WHERE r.plover IS NOT NULL AND NOT coalesce(r.negated, false)
      RETURN r.id AS k, s.key + ' ' + type(r) + ' ' + t.key
             + reduce(x = '', p IN [p IN ['articleId', 'plover', 'cameo', 'symmetric', 'date', 'dateFrom', 'dateTo',
                   'place', 'confidence', 'negated', 'sentences'] WHERE r[p] IS NOT NULL AND r[p] <> []]
                 | x + ' ' + p + ' ' + valueType(r[p]) + ' ' + CASE WHEN valueType(r[p]) STARTS WITH 'LIST'
                   THEN reduce(y = '', e IN r[p] | y + '[' + e + ']') ELSE toString(r[p]) END) AS v
      """;

  /** Roles between actors as exported: ends, then each property's type and value. */
  private static final String IMPORTED_ROLES = """
      MATCH (s:Actor)-[r:HOLDS_ROLE]->(t:Actor)
      RETURN r.id AS k, s.key + ' ' + type(r) + ' ' + t.key
             + reduce(x = '', p IN [p IN ['articleId', 'title', 'postKey', 'observedAt', 'sentence'] WHERE r[p] IS NOT NULL]
                 | x + ' ' + p + ' ' + valueType(r[p]) + ' ' + toString(r[p])) AS v
      """;

  private static Map<String, String> rows(Driver driver, String query) {
    Map<String, String> out = new TreeMap<>();
    try (var session = driver.session()) {
      session.run(query).forEachRemaining(r -> assertThat(out.put(r.get("k").asString(), r.get("v").asString()))
          .as("one row per key: %s", r).isNull());
    }
    return out;
  }

  /** Every export names an edge by the id the API gives it, which finds its evidence. */
  @Test
  void exportsNameEveryEdgeByTheIdTheApiGivesIt() throws Exception {
    JsonNode listed = getJson("/api/relations?limit=500");
    assertThat(listed.get("next").isNull()).isTrue();
    Set<String> api = new HashSet<>();
    listed.get("items").forEach(r -> api.add(r.get("id").asString()));
    assertThat(api).hasSizeGreaterThanOrEqualTo(4).allSatisfy(id -> assertThat(id).matches("[0-9a-f]{16}"));

    Set<String> json = new HashSet<>();
    Set<String> jsonRoles = new HashSet<>();
    JSON.readTree(download("/api/export?format=json").body()).get("elements").get("edges").forEach(e ->
        (e.get("data").get("type").asString().equals("HOLDS_ROLE") ? jsonRoles : json).add(e.get("data").get("id").asString()));
    Set<String> plover = new HashSet<>();
    new String(download("/api/export?format=plover").body(), StandardCharsets.UTF_8).lines()
        .forEach(l -> plover.add(JSON.readTree(l).get("id").asString()));
    Set<String> csv = new HashSet<>();
    try (var zip = new ZipInputStream(new ByteArrayInputStream(download("/api/export?format=csv").body()))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        List<String> lines = new String(zip.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        if (e.getName().equals("relationships.csv")) {
          int column = List.of(lines.get(0).split(",")).indexOf("id");
          lines.subList(1, lines.size()).forEach(l -> csv.add(l.split("\",\"", -1)[column].replace("\"", "")));
        }
      }
    }
    Set<String> graphml = new HashSet<>();
    NodeList edges = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(download("/api/export?format=graphml").body())).getElementsByTagName("edge");
    for (int i = 0; i < edges.getLength(); i++) {
      graphml.add(((Element) edges.item(i)).getAttribute("id"));
    }

    assertThat(json).isEqualTo(api);
    assertThat(plover).isEqualTo(api);
    try (var session = driver.session()) {
      Set<String> roles = new HashSet<>(session.run("MATCH (:Actor)-[r:HOLDS_ROLE]->(:Actor) RETURN r.id AS id")
          .list(r -> r.get("id").asString()));
      assertThat(jsonRoles).isNotEmpty().isEqualTo(roles);
      Set<String> both = new HashSet<>(api);
      both.addAll(roles);
      assertThat(graphml).isEqualTo(both);
      assertThat(csv).isEqualTo(both);
    }
    String one = api.iterator().next();
    assertThat(getJson("/api/relations/" + one).get("relation").get("id").asString()).isEqualTo(one);
  }

  @Test
  void cytoscapeJsonAndFilteredSubgraph() throws Exception {
    JsonNode all = JSON.readTree(download("/api/export?format=json").body());
    assertThat(all.get("elements").get("nodes")).isNotEmpty();
    assertThat(all.get("elements").get("edges")).isNotEmpty()
        .allSatisfy(e -> assertThat(e.get("data").get("source").asString()).isNotBlank());
    JsonNode met = JSON.readTree(download("/api/export?format=json&type=MET_WITH").body());
    assertThat(met.get("elements").get("edges")).isNotEmpty()
        .allSatisfy(e -> assertThat(e.get("data").get("type").asString()).isEqualTo("MET_WITH"));
    Set<String> ends = new HashSet<>();
    met.get("elements").get("edges").forEach(e -> {
      ends.add(e.get("data").get("source").asString());
      ends.add(e.get("data").get("target").asString());
    });
    Set<String> nodes = new HashSet<>();
    met.get("elements").get("nodes").forEach(n -> nodes.add(n.get("data").get("id").asString()));
    assertThat(nodes).isEqualTo(ends);
    assertThat(nodes.size()).isLessThan(all.get("elements").get("nodes").size());
  }

  @Test
  void ploverLinesCarrySourceTargetEventDateTextAndUrl() throws Exception {
    HttpResponse<byte[]> r = download("/api/export?format=plover&plover=CONSULT");
    assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/x-ndjson");
    List<String> lines = new String(r.body(), StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).isNotEmpty();
    for (String line : lines) {
      JsonNode e = JSON.readTree(line);
      assertThat(e.get("event").asString()).isEqualTo("CONSULT");
      assertThat(e.has("source") && e.has("target") && e.has("date") && e.has("url")).isTrue();
      assertThat(e.get("text").asString()).isNotBlank().doesNotContain("Musk,met");
    }
    // the sentences as written: spaces stay spaces
    assertThat(lines).anyMatch(l -> JSON.readTree(l).get("text").asString().contains("Elon Musk met with Iran"));
  }

  @Test
  void badFormatOrFilterIsABadRequest() throws Exception {
    assertThat(download("/api/export?format=xls").statusCode()).isEqualTo(400);
    assertThat(download("/api/export?format=json&since=yesterday").statusCode()).isEqualTo(400);
  }

  private HttpResponse<byte[]> download(String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String firstField(String line) {
    return line.substring(1, line.indexOf('"', 1));
  }
}
