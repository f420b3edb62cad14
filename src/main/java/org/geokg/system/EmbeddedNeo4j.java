package org.geokg.system;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded Neo4j Community DBMS with its Bolt connector on, so that the application reaches it
 * through the ordinary driver exactly as it would reach a remote server.
 *
 * <p>Started by the constructor, stopped by {@link #close()}. Start-up problems a user can fix (the
 * folder is used by another process, the port is taken) are reported as {@link StartupException}
 * with a one-line message.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

  // Neo4j's own knobs with no public Setting constant; names measured in ../shared/notes.
  private static final List<String> EXTRA_SETTINGS =
      List.of(
          "internal.server.bolt.connection_shutdown_wait_time=100ms",
          "internal.dbms.bolt.netty_server_shutdown_quiet_period_duration=0",
          "client.allow_telemetry=false",
          // Plans are cached per statement and the sizes of its list parameters; an article's
          // lists (actors, relations, roles) take every size, so each write planned anew (~0.3 s
          // each, measured). One plan per statement instead.
          "internal.cypher.use_parameter_size=false",
          "dbms.usage_report.enabled=false");

  /** Shortest time between two plans of one statement (Neo4j's default: 10 s). */
  static final Duration REPLAN_INTERVAL = Duration.ofMinutes(5);

  private final DatabaseManagementService dbms;
  private final String boltUri;

  public EmbeddedNeo4j(Path home, String host, int port) {
    this(home, host, port, null);
  }

  /**
   * As {@link #EmbeddedNeo4j(Path, String, int)}, telling Neo4j Browser (through the server's
   * client configuration) to load guides and styles from the application at {@code appUrl} and to
   * apply its style when it connects.
   */
  public EmbeddedNeo4j(Path home, String host, int port, String appUrl) {
    Path dir = home.toAbsolutePath().normalize();
    checkPortFree(host, port);
    long start = System.nanoTime();
    try {
      Files.createDirectories(dir);
      Path conf = dir.resolve("geokg-neo4j.conf");
      List<String> settings = new java.util.ArrayList<>(EXTRA_SETTINGS);
      if (appUrl != null) {
        settings.add("browser.remote_content_hostname_whitelist=guides.neo4j.com,localhost,127.0.0.1");
        settings.add("browser.post_connect_cmd=style " + appUrl + "/geokg.grass");
      }
      Files.write(conf, settings);
      this.dbms =
          new DatabaseManagementServiceBuilder(dir)
              .loadPropertiesFromFile(conf)
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
              .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
              .setConfig(GraphDatabaseSettings.auth_enabled, false)
              // A growing graph keeps changing the statistics the Cypher planner used, and Neo4j
              // replans a statement as often as every 10 s by default; the writer's statements cost
              // ~0.1-0.5 s to plan, which measured as most of the write time on busy cores.
              .setConfig(GraphDatabaseSettings.cypher_min_replan_interval, REPLAN_INTERVAL)
              .build();
      dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME); // fails fast if unusable
    } catch (IOException e) {
      throw new StartupException("cannot use the data folder " + dir + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw explain(e, dir, host, port);
    }
    this.boltUri = "bolt://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    log.info(
        "Embedded Neo4j started in {} ms, data in {}, Bolt on {}",
        (System.nanoTime() - start) / 1_000_000,
        dir,
        boltUri);
  }

  /** The Bolt URI the driver should use. */
  public String boltUri() {
    return boltUri;
  }

  @Override
  public void close() {
    dbms.shutdown();
  }

  private static void checkPortFree(String host, int port) {
    if (port == 0) {
      return;
    }
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(host, port));
    } catch (IOException e) {
      throw new StartupException(
          "port "
              + port
              + " on "
              + host
              + " is already in use (another geokg or Neo4j?); stop it or set geokg.bolt-port",
          e);
    }
  }

  private static StartupException explain(RuntimeException e, Path dir, String host, int port) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String name = t.getClass().getSimpleName();
      String msg = String.valueOf(t.getMessage());
      if (name.contains("FileLock") || msg.contains("Lock file has been locked")) {
        return new StartupException(
            "the data folder "
                + dir
                + " is in use by another process (another geokg serve or ingest?); stop it or set"
                + " geokg.data-dir",
            e);
      }
      if (name.contains("PortBind") || msg.contains("Address already in use")) {
        return new StartupException(
            "port " + port + " on " + host + " is already in use; stop that process or set"
                + " geokg.bolt-port",
            e);
      }
    }
    return new StartupException("embedded Neo4j failed to start: " + rootMessage(e), e);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }
}
