package org.geokg.graph;

/** A Cypher query that is not a plain read (writes, schema, admin, file access, ...); answered with 403. */
public final class QueryRefusedException extends RuntimeException {
  public QueryRefusedException(String message) {
    super(message);
  }
}
