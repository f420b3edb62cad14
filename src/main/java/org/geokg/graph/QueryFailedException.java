package org.geokg.graph;

/**
 * A read-only Cypher query the database could not run: invalid ({@link Kind#INVALID}, 400) or
 * stopped at the time limit ({@link Kind#TIMED_OUT}).
 */
public final class QueryFailedException extends RuntimeException {
  /** Why the query failed. */
  public enum Kind { INVALID, TIMED_OUT }

  private final Kind kind;

  public QueryFailedException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
