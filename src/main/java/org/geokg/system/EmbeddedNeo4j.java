package org.geokg.system;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.geokg.article.Sha256;
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
 * <p>Authentication is on, as in any Neo4j: the user {@value #USER} has a password kept in
 * {@value #PASSWORD_FILE} in the data folder (readable by its owner only), generated on the first
 * start. The file is the truth: a password written into it is set on the next start, and a
 * deleted file gives a new generated password. Without authentication ({@code auth=false}) any
 * local process could write through the Bolt port, around the API's read-only guard.
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

  /** The database user the application and Neo4j Browser log in as. */
  public static final String USER = "neo4j";

  /** The file in the data folder that holds {@link #USER}'s password. */
  public static final String PASSWORD_FILE = "neo4j-password";

  /** The SHA-256 of the password last set in the database, so that a restart need not set it again. */
  static final String APPLIED_FILE = "neo4j-password.applied";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final DatabaseManagementService dbms;
  private final String boltUri;
  private final Path passwordFile;
  private final String password;

  /** A database with authentication on and no Browser settings (tests and tools). */
  public EmbeddedNeo4j(Path home, String host, int port) {
    this(home, host, port, null, true);
  }

  /**
   * Starts the database in {@code home}, Bolt on {@code host:port}. With {@code appUrl}, Neo4j
   * Browser is told (through the server's client configuration) to load guides and styles from the
   * application there, to apply its style and to play its guide when it connects. With {@code auth}
   * false the Bolt port takes anyone (the caller keeps it on loopback).
   */
  public EmbeddedNeo4j(Path home, String host, int port, String appUrl, boolean auth) {
    Path dir = home.toAbsolutePath().normalize();
    checkPortFree(host, port);
    long start = System.nanoTime();
    try {
      Files.createDirectories(dir);
      Path conf = dir.resolve("geokg-neo4j.conf");
      List<String> settings = new java.util.ArrayList<>(EXTRA_SETTINGS);
      if (appUrl != null) {
        settings.add("browser.remote_content_hostname_whitelist=guides.neo4j.com,localhost,127.0.0.1");
        // Run on every connect; Browser skips them when its URL carries a command (cmd=play), so the
        // guide is played here too rather than from the URL.
        settings.add("browser.post_connect_cmd=style " + appUrl + "/geokg.grass; play " + appUrl + "/guides/geokg.html");
      }
      Files.write(conf, settings);
      this.passwordFile = auth ? dir.resolve(PASSWORD_FILE) : null;
      this.password = auth ? readOrCreatePassword(passwordFile) : null;
      if (auth && !applied(dir, password)) {
        // The password is set with Bolt off, then Bolt starts: no client ever meets Neo4j's default
        // password (or a lock-out from trying the new one too early).
        DatabaseManagementService setup = builder(dir, conf, auth).setConfig(BoltConnector.enabled, false).build();
        try {
          setPassword(setup, password, passwordFile);
        } finally {
          setup.shutdown();
        }
        writeOwnerOnly(dir.resolve(APPLIED_FILE), Sha256.hex(password));
      }
      this.dbms =
          builder(dir, conf, auth)
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
              .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
              .build();
      dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME); // fails fast if unusable
    } catch (IOException e) {
      throw new StartupException("cannot use the data folder " + dir + ": " + e.getMessage(), e);
    } catch (StartupException e) {
      throw e;
    } catch (RuntimeException e) {
      throw explain(e, dir, host, port);
    }
    this.boltUri = "bolt://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    log.info(
        "Embedded Neo4j started in {} ms, data in {}, Bolt on {} ({})",
        (System.nanoTime() - start) / 1_000_000,
        dir,
        boltUri,
        auth ? "user " + USER + ", password in " + passwordFile : "no authentication: geokg.bolt-auth=false");
  }

  /** The Bolt URI the driver should use. */
  public String boltUri() {
    return boltUri;
  }

  /** The credentials a driver needs: {@link #USER} and its password, or none without authentication. */
  public AuthToken authToken() {
    return password == null ? AuthTokens.none() : AuthTokens.basic(USER, password);
  }

  /** The file holding the password, or {@code null} when authentication is off. */
  public Path passwordFile() {
    return passwordFile;
  }

  private static DatabaseManagementServiceBuilder builder(Path dir, Path conf, boolean auth) throws IOException {
    return new DatabaseManagementServiceBuilder(dir)
        .loadPropertiesFromFile(conf)
        .setConfig(GraphDatabaseSettings.auth_enabled, auth)
        // A growing graph keeps changing the statistics the Cypher planner used, and Neo4j replans a
        // statement as often as every 10 s by default; the writer's statements cost ~0.1-0.5 s to
        // plan, which measured as most of the write time on busy cores.
        .setConfig(GraphDatabaseSettings.cypher_min_replan_interval, REPLAN_INTERVAL);
  }

  /** Whether the database already has this password (recorded as its hash when it was set). */
  private static boolean applied(Path dir, String password) throws IOException {
    Path record = dir.resolve(APPLIED_FILE);
    return Files.exists(record) && Files.readString(record).strip().equals(Sha256.hex(password));
  }

  private static String readOrCreatePassword(Path file) throws IOException {
    if (Files.exists(file)) {
      String kept = Files.readString(file).strip();
      if (!kept.isEmpty()) {
        return kept;
      }
      Files.delete(file);
    }
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    writeOwnerOnly(file, generated);
    return generated;
  }

  /**
   * Writes a line to a file readable by its owner only from the start (never readable by others,
   * even briefly), whole or not at all: a reader never sees it half written.
   */
  private static void writeOwnerOnly(Path file, String line) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.deleteIfExists(tmp);
    try {
      Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(tmp);
    }
    Files.writeString(tmp, line + "\n");
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Sets the user's password to the file's. Neo4j refuses to "change" a password to itself (the
   * record of the last one set was lost): that refusal means the password is already right.
   */
  private static void setPassword(DatabaseManagementService dbms, String password, Path file) {
    try {
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
          "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      if (String.valueOf(e.getMessage()).contains("cannot be the same")) {
        return;
      }
      throw new StartupException("cannot set the database password from " + file + ": " + e.getMessage(), e);
    }
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
