package org.geokg.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Path;
import org.geokg.GeokgApplication;
import org.geokg.cli.MainAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;

/** The application never listens beyond this machine without authentication. */
class ExposureTest {

  @Test
  void tellsLoopbackFromOtherAddresses() {
    assertThat(SecurityConfiguration.isLoopback("127.0.0.1")).isTrue();
    assertThat(SecurityConfiguration.isLoopback("::1")).isTrue();
    assertThat(SecurityConfiguration.isLoopback("localhost")).isTrue();
    assertThat(SecurityConfiguration.isLoopback("0.0.0.0")).isFalse();
    assertThat(SecurityConfiguration.isLoopback("::")).isFalse();
    assertThat(SecurityConfiguration.isLoopback("10.1.2.3")).isFalse();
    assertThat(SecurityConfiguration.isLoopback("")).isFalse();
  }

  @Test
  void refusesToServeOnAllInterfacesWithoutAuthentication(@TempDir Path dir) throws Exception {
    assertStartupRefused(dir, "without authentication", "--server.address=0.0.0.0");
  }

  @Test
  void refusesToOpenTheEmbeddedDatabaseBeyondLoopbackWithoutItsPassword(@TempDir Path dir) throws Exception {
    assertStartupRefused(dir, "geokg.bolt-auth=false", "--geokg.bolt-host=0.0.0.0", "--geokg.bolt-auth=false",
        "--geokg.security.api-key=0123456789abcdef0123");
  }

  private static void assertStartupRefused(Path dir, String message, String... extra) throws Exception {
    int bolt;
    try (ServerSocket s = new ServerSocket(0)) {
      bolt = s.getLocalPort();
    }
    String[] args = new String[extra.length + 3];
    args[0] = "--server.port=0";
    args[1] = "--geokg.data-dir=" + dir;
    args[2] = "--geokg.bolt-port=" + bolt;
    System.arraycopy(extra, 0, args, 3, extra.length);
    assertThatThrownBy(() -> SpringApplication.run(GeokgApplication.class, args).close())
        .satisfies(e -> assertThat(MainAccess.explain(e)).contains(message).doesNotContain("\n"));
  }
}
