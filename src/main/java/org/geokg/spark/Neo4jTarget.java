package org.geokg.spark;

import java.io.Serializable;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/**
 * The Neo4j server (or cluster) a job writes to, as shipped to the executors: each opens its own
 * {@link Driver} from it ({@link #open}). The password is not in {@link #toString}, which Spark may log.
 *
 * @param uri the Bolt URI ({@code bolt://}, {@code neo4j://}, {@code neo4j+s://}...)
 * @param user the user, or null for a server without authentication
 * @param password the user's password, or null for a server without authentication
 */
public record Neo4jTarget(String uri, String user, String password) implements Serializable {

  public Neo4jTarget {
    if (uri == null || !uri.matches("(?i)(bolt|neo4j)(\\+s|\\+ssc)?://.+")) {
      throw new IllegalArgumentException("--neo4j must be a Bolt URI such as bolt://host:7687 or neo4j://host, got '"
          + uri + "'");
    }
    if ((user == null) != (password == null)) {
      throw new IllegalArgumentException("a user needs a password");
    }
  }

  /**
   * A driver for this target. Transactions that meet a transient error or a leader change are retried
   * by the driver for up to a minute; after that the error fails the task, which Spark retries.
   */
  public Driver open() {
    return GraphDatabase.driver(uri, user == null ? AuthTokens.none() : AuthTokens.basic(user, password),
        Config.builder()
            .withLogging(Logging.slf4j()) // the job's logging, not the JVM's (which prints INFO)
            .withMaxTransactionRetryTime(60, TimeUnit.SECONDS)
            .withConnectionTimeout(10, TimeUnit.SECONDS)
            .withConnectionAcquisitionTimeout(60, TimeUnit.SECONDS)
            .build());
  }

  @Override
  public String toString() {
    return "Neo4jTarget[" + uri + (user == null ? "" : ", user " + user) + "]";
  }
}
