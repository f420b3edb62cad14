package org.geokg.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.geokg.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

class EmbeddedNeo4jTest {

  @Test
  void explainsATakenPortInOneLine(@TempDir Path dir) throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      assertThatThrownBy(() -> new EmbeddedNeo4j(dir, "127.0.0.1", port))
          .isInstanceOf(StartupException.class)
          .hasMessageContaining("port " + port)
          .hasMessageContaining("already in use")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
  }

  @Test
  void refusesWritesThroughBoltWithoutThePasswordKeptOwnerOnlyInTheDataFolder() throws Exception {
    Path dir = TestDatabase.folder("bolt-auth");
    try (EmbeddedNeo4j db = new EmbeddedNeo4j(dir, "127.0.0.1", TestDatabase.freePort())) {
      Path file = db.passwordFile();
      assertThat(file).isEqualTo(dir.toAbsolutePath().normalize().resolve(EmbeddedNeo4j.PASSWORD_FILE));
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
      assertThat(Files.readString(file).strip()).hasSizeGreaterThanOrEqualTo(20);
      assertThatThrownBy(() -> create(db.boltUri(), AuthTokens.none())).isInstanceOf(AuthenticationException.class);
      assertThatThrownBy(() -> create(db.boltUri(), AuthTokens.basic(EmbeddedNeo4j.USER, "neo4j")))
          .isInstanceOf(AuthenticationException.class);
      assertThat(create(db.boltUri(), db.authToken())).isEqualTo(1);
    }
  }

  @Test
  void keepsThePasswordAcrossRestartsAndTakesOneWrittenIntoTheFile() throws Exception {
    Path dir = TestDatabase.folder("bolt-password");
    String first;
    try (EmbeddedNeo4j db = new EmbeddedNeo4j(dir, "127.0.0.1", TestDatabase.freePort())) {
      first = Files.readString(db.passwordFile()).strip();
      create(db.boltUri(), db.authToken());
    }
    try (EmbeddedNeo4j db = new EmbeddedNeo4j(dir, "127.0.0.1", TestDatabase.freePort())) {
      assertThat(Files.readString(db.passwordFile()).strip()).isEqualTo(first);
      assertThat(create(db.boltUri(), AuthTokens.basic(EmbeddedNeo4j.USER, first))).isEqualTo(2);
      Files.writeString(db.passwordFile(), "chosen-by-the-user\n");
    }
    Files.delete(dir.resolve(EmbeddedNeo4j.APPLIED_FILE)); // set again, to itself, from the file alone
    try (EmbeddedNeo4j db = new EmbeddedNeo4j(dir, "127.0.0.1", TestDatabase.freePort())) {
      assertThat(create(db.boltUri(), AuthTokens.basic(EmbeddedNeo4j.USER, "chosen-by-the-user"))).isEqualTo(3);
      assertThatThrownBy(() -> create(db.boltUri(), AuthTokens.basic(EmbeddedNeo4j.USER, first)))
          .isInstanceOf(AuthenticationException.class);
    }
  }

  @Test
  void explainsAPasswordNeo4jRefusesInOneLine() throws Exception {
    Path dir = TestDatabase.folder("bolt-short");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(EmbeddedNeo4j.PASSWORD_FILE), "short\n");
    assertThatThrownBy(() -> new EmbeddedNeo4j(dir, "127.0.0.1", TestDatabase.freePort()))
        .isInstanceOf(StartupException.class)
        .hasMessageContaining(EmbeddedNeo4j.PASSWORD_FILE)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void protectsADataFolderFirstUsedWithoutAuthentication() throws Exception {
    Path dir = TestDatabase.folder("bolt-upgrade");
    try (EmbeddedNeo4j db = new EmbeddedNeo4j(dir, "127.0.0.1", TestDatabase.freePort(), null, false)) {
      create(db.boltUri(), AuthTokens.none());
    }
    try (EmbeddedNeo4j db = new EmbeddedNeo4j(dir, "127.0.0.1", TestDatabase.freePort())) {
      assertThatThrownBy(() -> create(db.boltUri(), AuthTokens.none())).isInstanceOf(AuthenticationException.class);
      assertThatThrownBy(() -> create(db.boltUri(), AuthTokens.basic(EmbeddedNeo4j.USER, "neo4j")))
          .isInstanceOf(AuthenticationException.class);
      assertThat(create(db.boltUri(), db.authToken())).isEqualTo(2);
    }
  }

  @Test
  void takesAnyoneWhenAuthenticationIsTurnedOff() throws Exception {
    Path dir = TestDatabase.folder("bolt-open");
    try (EmbeddedNeo4j db = new EmbeddedNeo4j(dir, "127.0.0.1", TestDatabase.freePort(), null, false)) {
      assertThat(db.passwordFile()).isNull();
      assertThat(Files.exists(dir.resolve(EmbeddedNeo4j.PASSWORD_FILE))).isFalse();
      assertThat(create(db.boltUri(), AuthTokens.none())).isEqualTo(1);
    }
  }

  /** Creates a node in a write session and answers how many nodes there are. */
  private static long create(String uri, AuthToken auth) {
    try (var driver = GraphDatabase.driver(uri, auth); var session = driver.session()) {
      session.run("CREATE (:Probe)").consume();
      return session.run("MATCH (n:Probe) RETURN count(n)").single().get(0).asLong();
    }
  }
}
