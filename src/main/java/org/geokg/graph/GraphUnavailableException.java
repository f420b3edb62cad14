package org.geokg.graph;

import java.util.function.Supplier;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;

/**
 * The graph database could not do what was asked for now, though the request itself was fine: it
 * cannot be reached, the session was lost, or a transient failure outlasted the driver's retries.
 * Asking again later may succeed; nothing was half-written (every write is one transaction). The
 * graph's public operations throw it in place of the driver's exceptions, so that callers need not
 * know the driver.
 */
public final class GraphUnavailableException extends RuntimeException {

  /** {@code message} says what could not be reached, {@code cause} how that showed. */
  public GraphUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  private GraphUnavailableException(Neo4jException cause) {
    this(cause.getMessage(), cause);
  }

  /**
   * The result of {@code call}; a driver exception that the driver itself counts as worth retrying
   * ({@link RetryableException}: service unavailable, session expired, transient) as this exception.
   */
  static <T> T translated(Supplier<T> call) {
    try {
      return call.get();
    } catch (Neo4jException e) {
      throw translate(e);
    }
  }

  /** As {@link #translated(Supplier)}, for a call without a result. */
  static void translated(Runnable call) {
    translated(() -> {
      call.run();
      return null;
    });
  }

  /** {@code e} as this exception when it says the database is unavailable, else {@code e} itself. */
  static RuntimeException translate(Neo4jException e) {
    return e instanceof RetryableException ? new GraphUnavailableException(e) : e;
  }
}
