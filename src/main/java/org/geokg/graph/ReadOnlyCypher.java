package org.geokg.graph;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;
import org.springframework.stereotype.Component;

/**
 * Runs research tools' own Cypher, read-only: a query passes {@link ReadOnlyGuard}, then the
 * database plans it with {@code EXPLAIN} and its query type must be {@link QueryType#READ_ONLY}, then
 * it runs in a READ access-mode session (the server refuses any write there) with a transaction time
 * limit, and at most {@code maxRows} rows are read. Anything else is a {@link QueryRefusedException}
 * (403) or a {@link QueryFailedException}.
 *
 * <p>Thread-safe: each call opens its own session on the shared driver.
 */
@Component
public class ReadOnlyCypher {

  /** Rows of a query: its columns, at most the row cap of rows, whether more were left unread. */
  public record Result(List<String> columns, List<Map<String, Object>> rows, boolean truncated, long elapsedMs) {}

  private final Driver driver;
  private final CypherProperties limits;

  ReadOnlyCypher(Driver driver, CypherProperties limits) {
    this.driver = driver;
    this.limits = limits;
  }

  public Result run(String query, Map<String, Object> parameters) {
    ReadOnlyGuard.refusal(query).ifPresent(reason -> {
      throw new QueryRefusedException(reason);
    });
    Map<String, Object> params = parameters == null ? Map.of() : parameters;
    long start = System.nanoTime();
    var config = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
    TransactionConfig tx = TransactionConfig.builder().withTimeout(limits.timeout()).build();
    try (var session = driver.session(config)) {
      // Auto-commit rather than executeRead: a user's query is not retried on transient errors.
      QueryType type = session.run("EXPLAIN " + query, params, tx).consume().queryType();
      if (type != QueryType.READ_ONLY) {
        throw new QueryRefusedException("only reading queries are allowed; the database classifies this one as "
            + type);
      }
      var result = session.run(query, params, tx);
      List<String> columns = result.keys();
      List<Map<String, Object>> rows = new ArrayList<>();
      boolean truncated = false;
      while (result.hasNext()) {
        if (rows.size() == limits.maxRows()) {
          truncated = true;
          break;
        }
        Record r = result.next();
        Map<String, Object> row = new LinkedHashMap<>();
        for (String c : columns) {
          row.put(c, plain(r.get(c)));
        }
        rows.add(row);
      }
      if (truncated) {
        // Closing the session discards the rest; no need to pull it.
        return new Result(columns, rows, true, (System.nanoTime() - start) / 1_000_000);
      }
      result.consume();
      return new Result(columns, rows, false, (System.nanoTime() - start) / 1_000_000);
    } catch (ClientException e) {
      throw translate(e);
    } catch (Neo4jException e) {
      if (isTimeout(e)) {
        throw timedOut(e);
      }
      throw GraphUnavailableException.translate(e);
    }
  }

  private RuntimeException translate(ClientException e) {
    String code = String.valueOf(e.code());
    if (isTimeout(e)) {
      return timedOut(e);
    }
    if (code.contains("Forbidden") || code.contains("AccessMode") || code.contains("Security")
        || code.contains("NotSystemDatabaseError") || code.contains("Database.DatabaseNotFound")) {
      return new QueryRefusedException("only reading queries are allowed: " + e.getMessage());
    }
    return new QueryFailedException(QueryFailedException.Kind.INVALID, e.getMessage(), e);
  }

  private static boolean isTimeout(Neo4jException e) {
    String code = String.valueOf(e.code());
    return code.contains("TransactionTimedOut") || code.contains("Terminated") && String.valueOf(e.getMessage())
        .toLowerCase(java.util.Locale.ROOT).contains("timeout");
  }

  private QueryFailedException timedOut(Neo4jException e) {
    return new QueryFailedException(QueryFailedException.Kind.TIMED_OUT, "the query was stopped at the time limit of "
        + limits.timeout().toMillis() + " ms (geokg.cypher.timeout); narrow it down or add a LIMIT", e);
  }

  /** A driver value as plain JSON-friendly Java: maps, lists, strings, numbers, booleans. */
  static Object plain(Value v) {
    TypeSystem ts = TypeSystem.getDefault();
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.hasType(ts.NODE())) {
      Node n = v.asNode();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("elementId", n.elementId());
      List<String> labels = new ArrayList<>();
      n.labels().forEach(labels::add);
      m.put("labels", labels);
      m.put("properties", plainMap(n.asMap(x -> x)));
      return m;
    }
    if (v.hasType(ts.RELATIONSHIP())) {
      return relationship(v.asRelationship());
    }
    if (v.hasType(ts.PATH())) {
      Path p = v.asPath();
      List<Object> nodes = new ArrayList<>();
      p.nodes().forEach(n -> nodes.add(plain(org.neo4j.driver.Values.value(n))));
      List<Object> rels = new ArrayList<>();
      p.relationships().forEach(r -> rels.add(relationship(r)));
      return Map.of("nodes", nodes, "relationships", rels);
    }
    if (v.hasType(ts.LIST())) {
      return v.asList(ReadOnlyCypher::plain);
    }
    if (v.hasType(ts.MAP())) {
      return plainMap(v.asMap(x -> x));
    }
    if (v.hasType(ts.BYTES())) {
      return Base64.getEncoder().encodeToString(v.asByteArray());
    }
    if (v.hasType(ts.POINT())) {
      Point p = v.asPoint();
      return Map.of("srid", p.srid(), "x", p.x(), "y", p.y(), "z", p.z());
    }
    if (v.hasType(ts.DURATION())) {
      IsoDuration d = v.asIsoDuration();
      return d.toString();
    }
    if (v.hasType(ts.DATE()) || v.hasType(ts.TIME()) || v.hasType(ts.LOCAL_TIME())
        || v.hasType(ts.DATE_TIME()) || v.hasType(ts.LOCAL_DATE_TIME())) {
      return v.asObject().toString();
    }
    if (v.hasType(ts.FLOAT())) {
      double d = v.asDouble();
      return Double.isFinite(d) ? d : Double.toString(d);
    }
    return v.asObject();
  }

  private static Map<String, Object> relationship(Relationship r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("elementId", r.elementId());
    m.put("type", r.type());
    m.put("start", r.startNodeElementId());
    m.put("end", r.endNodeElementId());
    m.put("properties", plainMap(r.asMap(x -> x)));
    return m;
  }

  private static Map<String, Object> plainMap(Map<String, Value> values) {
    Map<String, Object> m = new LinkedHashMap<>();
    values.forEach((k, x) -> m.put(k, plain(x)));
    return m;
  }
}
