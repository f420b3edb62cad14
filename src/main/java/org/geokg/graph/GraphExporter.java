package org.geokg.graph;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams the actors and event relations of the graph, or of the subgraph a {@link RelationFilter}
 * selects, in one of the {@link Format}s: rows go from the driver's result stream straight to the
 * output, nothing is collected in memory. At most {@code geokg.export.max-relations} relations.
 *
 * <p>Thread-safe: each export opens its own session on the shared driver.
 */
@Component
public class GraphExporter {

  /** Export formats, with their media type and file name. */
  public enum Format {
    /** GraphML (Gephi, NetworkX, yEd). */
    GRAPHML("application/graphml+xml", "geokg.graphml"),
    /** A zip of {@code nodes.csv} and {@code relationships.csv} with neo4j-admin import headers. */
    CSV("application/zip", "geokg-csv.zip"),
    /** Cytoscape.js elements JSON. */
    JSON("application/json", "geokg.cyjs"),
    /** One PLOVER-style event record per line (JSON lines). */
    PLOVER("application/x-ndjson", "geokg-events.jsonl");

    private final String mediaType;
    private final String fileName;

    Format(String mediaType, String fileName) {
      this.mediaType = mediaType;
      this.fileName = fileName;
    }

    public String mediaType() {
      return mediaType;
    }

    public String fileName() {
      return fileName;
    }

    public static Format parse(String name) {
      try {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("format must be graphml, csv, json or plover, got '" + name + "'");
      }
    }
  }

  /** neo4j-admin array delimiter used in the CSV files (sentences often hold ';'). */
  public static final char CSV_ARRAY_DELIMITER = '|';
  private static final String CSV_ARRAY = String.valueOf(CSV_ARRAY_DELIMITER);
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private final Driver driver;
  private final ExportProperties limits;

  GraphExporter(Driver driver, ExportProperties limits) {
    this.driver = driver;
    this.limits = limits;
  }

  /** Writes the export to {@code out}; does not close it. */
  public void export(Format format, RelationFilter filter, OutputStream out) throws IOException {
    var config = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
    // One explicit read transaction for nodes and edges: a consistent snapshot, and no retry that
    // would write part of the output twice (which a managed transaction function could do).
    try (var session = driver.session(config); Transaction tx = session.beginTransaction()) {
      Map<String, Object> p = filter.parameters();
      p.put("all", filter.equals(RelationFilter.NONE));
      p.put("limit", limits.maxRelations());
      Exports e = new Exports(tx, p);
      switch (format) {
        case GRAPHML -> graphml(e, out);
        case CSV -> csv(e, out);
        case JSON -> cytoscape(e, out);
        case PLOVER -> plover(e, out);
      }
      tx.commit();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (Neo4jException e) {
      throw GraphUnavailableException.translate(e);
    }
  }

  /**
   * The export's three streams, read in one transaction: nodes first (their keys kept, so that the
   * roles between them can follow), then event relations, then roles.
   */
  private record Exports(Transaction tx, Map<String, Object> params, List<String> keys) {
    Exports(Transaction tx, Map<String, Object> params) {
      this(tx, params, new ArrayList<>());
    }

    void nodes(Consumer<Record> each) {
      stream("export-nodes", r -> {
        keys.add(r.get("key").asString());
        each.accept(r);
      });
    }

    void relations(Consumer<Record> each) {
      stream("export-relations", each);
    }

    /** Roles between the nodes already streamed (call after {@link #nodes}). */
    void roles(Consumer<Record> each) {
      params.put("keys", Boolean.TRUE.equals(params.get("all")) ? List.of() : keys);
      stream("export-roles", each);
    }

    private void stream(String statement, Consumer<Record> each) {
      var result = tx.run(Cypher.load(statement), params);
      while (result.hasNext()) {
        each.accept(result.next());
      }
    }
  }

  // ---- GraphML

  private static final String[][] NODE_KEYS = {
      {"label", "string"}, {"kind", "string"}, {"code", "string"}, {"sector", "string"}, {"aliases", "string"},
      {"labels", "string"}};
  private static final String[][] EDGE_KEYS = {
      {"type", "string"}, {"plover", "string"}, {"cameo", "string"}, {"date", "string"}, {"dateFrom", "string"},
      {"dateTo", "string"}, {"place", "string"}, {"confidence", "double"}, {"negated", "boolean"},
      {"articleId", "string"}, {"sentence", "string"}, {"sentences", "string"}, {"url", "string"},
      {"publisher", "string"}, {"title", "string"}, {"observedAt", "string"}, {"source", "string"},
      {"from", "string"}, {"to", "string"}};
  /** Separates an edge's sentences in GraphML's one string value. */
  static final String SENTENCE_SEPARATOR = "\n";

  private void graphml(Exports e, OutputStream out) throws IOException {
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("graphml");
      x.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
      for (String[] k : NODE_KEYS) {
        key(x, "node", k);
      }
      for (String[] k : EDGE_KEYS) {
        key(x, "edge", k);
      }
      x.writeStartElement("graph");
      x.writeAttribute("id", "geokg");
      x.writeAttribute("edgedefault", "directed");
      e.nodes(r -> xml(() -> {
        x.writeStartElement("node");
        x.writeAttribute("id", r.get("key").asString());
        data(x, "n_label", str(r.get("name")));
        data(x, "n_kind", str(r.get("kind")));
        data(x, "n_code", str(r.get("code")));
        data(x, "n_sector", str(r.get("sector")));
        data(x, "n_aliases", join(r.get("aliases"), ";"));
        data(x, "n_labels", join(r.get("labels"), ":"));
        x.writeEndElement();
      }));
      e.relations(r -> xml(() -> {
        startEdge(x, r);
        data(x, "e_type", str(r.get("type")));
        data(x, "e_plover", str(r.get("plover")));
        data(x, "e_cameo", str(r.get("cameo")));
        data(x, "e_date", str(r.get("date")));
        data(x, "e_dateFrom", str(r.get("dateFrom")));
        data(x, "e_dateTo", str(r.get("dateTo")));
        data(x, "e_place", str(r.get("place")));
        data(x, "e_confidence", str(r.get("confidence")));
        data(x, "e_negated", str(r.get("negated")));
        data(x, "e_articleId", str(r.get("articleId")));
        data(x, "e_sentence", first(r.get("sentences")));
        data(x, "e_sentences", join(r.get("sentences"), SENTENCE_SEPARATOR));
        data(x, "e_url", str(r.get("url")));
        data(x, "e_publisher", str(r.get("publisher")));
        x.writeEndElement();
      }));
      e.roles(r -> xml(() -> {
        startEdge(x, r);
        data(x, "e_type", "HOLDS_ROLE");
        data(x, "e_title", str(r.get("title")));
        data(x, "e_source", str(r.get("roleSource")));
        data(x, "e_from", str(r.get("roleFrom")));
        data(x, "e_to", str(r.get("roleTo")));
        data(x, "e_observedAt", str(r.get("observedAt")));
        data(x, "e_articleId", str(r.get("articleId")));
        data(x, "e_sentence", str(r.get("sentence")));
        data(x, "e_sentences", str(r.get("sentence")));
        data(x, "e_url", str(r.get("url")));
        data(x, "e_publisher", str(r.get("publisher")));
        x.writeEndElement();
      }));
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndDocument();
      x.flush();
    } catch (XMLStreamException ex) {
      throw new IOException(ex);
    }
  }

  /** Opens a GraphML edge between the record's {@code source} and {@code target} actors. */
  private static void startEdge(XMLStreamWriter x, Record r) throws XMLStreamException {
    x.writeStartElement("edge");
    x.writeAttribute("id", r.get("id").asString());
    x.writeAttribute("source", r.get("source").asString());
    x.writeAttribute("target", r.get("target").asString());
  }

  private static void key(XMLStreamWriter x, String domain, String[] k) throws XMLStreamException {
    x.writeEmptyElement("key");
    x.writeAttribute("id", domain.charAt(0) + "_" + k[0]);
    x.writeAttribute("for", domain);
    x.writeAttribute("attr.name", k[0]);
    x.writeAttribute("attr.type", k[1]);
  }

  private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
    if (value != null) {
      x.writeStartElement("data");
      x.writeAttribute("key", key);
      x.writeCharacters(xmlSafe(value));
      x.writeEndElement();
    }
  }

  /** XML 1.0 cannot carry most control characters, even escaped. */
  private static String xmlSafe(String s) {
    return s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", " ");
  }

  private interface XmlWork {
    void run() throws XMLStreamException;
  }

  private static void xml(XmlWork w) {
    try {
      w.run();
    } catch (XMLStreamException ex) {
      throw new UncheckedIOException(new IOException(ex));
    }
  }

  // ---- CSV for neo4j-admin database import

  /** Header of {@code nodes.csv}. */
  public static final String NODES_HEADER = "key:ID,name,kind,code,sector,aliases:string[],:LABEL";
  /** Header of {@code relationships.csv}. */
  public static final String RELATIONSHIPS_HEADER = ":START_ID,:END_ID,:TYPE,id,articleId,plover,cameo,symmetric:boolean,"
      + "date,dateFrom:date,dateTo:date,place,confidence:double,negated:boolean,sentences:string[],"
      + "title,postKey,observedAt:date,sentence,source,from:date,to:date";

  private void csv(Exports e, OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    Writer w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
    zip.putNextEntry(new ZipEntry("nodes.csv"));
    w.write(NODES_HEADER + "\n");
    e.nodes(r -> line(w, str(r.get("key")), str(r.get("name")), str(r.get("kind")), str(r.get("code")),
        str(r.get("sector")), join(r.get("aliases"), CSV_ARRAY),
        // the importer splits :LABEL on the array delimiter too
        join(r.get("labels"), CSV_ARRAY)));
    w.flush();
    zip.closeEntry();
    zip.putNextEntry(new ZipEntry("relationships.csv"));
    w.write(RELATIONSHIPS_HEADER + "\n");
    e.relations(r -> line(w, str(r.get("source")), str(r.get("target")), str(r.get("type")), str(r.get("id")),
        str(r.get("articleId")), str(r.get("plover")), str(r.get("cameo")), str(r.get("symmetric")), str(r.get("date")),
        str(r.get("dateFrom")), str(r.get("dateTo")), str(r.get("place")), str(r.get("confidence")),
        str(r.get("negated")), join(r.get("sentences"), CSV_ARRAY), null, null, null, null, null, null, null));
    // Roles are edges too (HOLDS_ROLE, with their own columns), so the imported graph is the whole graph.
    e.roles(r -> line(w, str(r.get("source")), str(r.get("target")), "HOLDS_ROLE", str(r.get("id")),
        str(r.get("articleId")), null, null, null, null, null, null, null, null, null, null,
        str(r.get("title")), str(r.get("postKey")), str(r.get("observedAt")), str(r.get("sentence")),
        str(r.get("roleSource")), str(r.get("roleFrom")), str(r.get("roleTo"))));
    w.flush();
    zip.closeEntry();
    zip.finish();
  }

  private static void line(Writer w, String... fields) {
    try {
      for (int i = 0; i < fields.length; i++) {
        if (i > 0) {
          w.write(',');
        }
        String f = fields[i];
        if (f != null && !f.isEmpty()) {
          // One record per line: fields are quoted and carry no line breaks.
          w.write('"' + f.replaceAll("[\\r\\n]+", " ").replace("\"", "\"\"") + '"');
        }
      }
      w.write('\n');
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  // ---- Cytoscape.js JSON

  private void cytoscape(Exports e, OutputStream out) {
    try (JsonGenerator g = MAPPER.createGenerator(out)) {
      g.writeStartObject();
      g.writeName("elements");
      g.writeStartObject();
      g.writeName("nodes");
      g.writeStartArray();
      e.nodes(r -> {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", str(r.get("key")));
        d.put("label", str(r.get("name")));
        d.put("kind", str(r.get("kind")));
        d.put("code", str(r.get("code")));
        d.put("sector", str(r.get("sector")));
        d.put("aliases", r.get("aliases").isNull() ? List.of() : r.get("aliases").asList(Value::asString));
        g.writePOJO(Map.of("data", d));
      });
      g.writeEndArray();
      g.writeName("edges");
      g.writeStartArray();
      e.relations(r -> {
        Map<String, Object> d = edgeData(r);
        d.put("label", str(r.get("type")));
        d.put("type", str(r.get("type")));
        d.put("plover", str(r.get("plover")));
        d.put("cameo", str(r.get("cameo")));
        d.put("date", str(r.get("date")));
        d.put("place", str(r.get("place")));
        d.put("confidence", r.get("confidence").isNull() ? null : r.get("confidence").asDouble());
        d.put("articleId", str(r.get("articleId")));
        d.put("sentence", first(r.get("sentences")));
        d.put("sentences", r.get("sentences").isNull() ? List.of() : r.get("sentences").asList(Value::asString));
        d.put("url", str(r.get("url")));
        g.writePOJO(Map.of("data", d));
      });
      e.roles(r -> {
        Map<String, Object> d = edgeData(r);
        d.put("label", str(r.get("title")));
        d.put("type", "HOLDS_ROLE");
        d.put("title", str(r.get("title")));
        // "source" and "target" are the edge's ends in Cytoscape.js: the role's source has its own name.
        d.put("roleSource", str(r.get("roleSource")));
        d.put("from", str(r.get("roleFrom")));
        d.put("to", str(r.get("roleTo")));
        d.put("observedAt", str(r.get("observedAt")));
        d.put("articleId", str(r.get("articleId")));
        d.put("sentence", str(r.get("sentence")));
        d.put("sentences", r.get("sentence").isNull() ? List.of() : List.of(r.get("sentence").asString()));
        d.put("url", str(r.get("url")));
        g.writePOJO(Map.of("data", d));
      });
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
    }
  }

  /** A Cytoscape.js edge's data, opened with its id and end actors. */
  private static Map<String, Object> edgeData(Record r) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("id", str(r.get("id")));
    d.put("source", str(r.get("source")));
    d.put("target", str(r.get("target")));
    return d;
  }

  // ---- PLOVER-style event records, one JSON object per line

  private void plover(Exports e, OutputStream out) {
    e.relations(r -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", str(r.get("id")));
      m.put("date", str(r.get("date")));
      m.put("event", str(r.get("plover")));
      m.put("cameo", str(r.get("cameo")));
      m.put("relation", str(r.get("type")));
      m.put("source", str(r.get("source")));
      m.put("source_name", str(r.get("sourceName")));
      m.put("source_country", str(r.get("sourceCode")));
      m.put("target", str(r.get("target")));
      m.put("target_name", str(r.get("targetName")));
      m.put("target_country", str(r.get("targetCode")));
      m.put("place", str(r.get("place")));
      m.put("confidence", r.get("confidence").isNull() ? null : r.get("confidence").asDouble());
      m.put("text", r.get("sentences").isNull() ? null : String.join(" ", r.get("sentences").asList(Value::asString)));
      m.put("url", str(r.get("url")));
      m.put("title", str(r.get("title")));
      m.put("publisher", str(r.get("publisher")));
      m.put("article_id", str(r.get("articleId")));
      try {
        out.write(MAPPER.writeValueAsBytes(m));
        out.write('\n');
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    });
  }

  private static String str(Value v) {
    if (v == null || v.isNull()) {
      return null;
    }
    Object o = v.asObject();
    return o.toString();
  }

  private static String first(Value v) {
    return v == null || v.isNull() || v.size() == 0 ? null : v.get(0).asString();
  }

  /** The values joined by a list delimiter of a file format; one inside a value is replaced, not doubled. */
  private static String join(Value v, String delimiter) {
    if (v == null || v.isNull()) {
      return null;
    }
    return String.join(delimiter, v.asList(x -> x.asString().replace(delimiter, delimiter.equals("|") ? "/" : ",")));
  }
}
