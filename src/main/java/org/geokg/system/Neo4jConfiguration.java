package org.geokg.system;

import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link Driver} of the application. With {@code spring.neo4j.uri} set it points at that
 * server (docker-compose, a cluster, Aura); without it an {@link EmbeddedNeo4j} is started and the
 * driver talks to it over Bolt, so both cases run the same code.
 */
@Configuration(proxyBeanMethods = false)
class Neo4jConfiguration {

  @Bean(destroyMethod = "close")
  Neo4jTarget neo4jTarget(
      GeokgProperties props,
      @Value("${spring.neo4j.uri:}") String uri,
      @Value("${spring.neo4j.authentication.username:neo4j}") String user,
      @Value("${spring.neo4j.authentication.password:}") String password,
      @Value("${server.port:8080}") int httpPort) {
    if (uri.isBlank()) {
      if (!props.boltAuth() && !SecurityConfiguration.isLoopback(props.boltHost())) {
        throw new StartupException("with geokg.bolt-auth=false the embedded database's Bolt port stays on"
            + " loopback: set geokg.bolt-host=127.0.0.1, or turn authentication back on", null);
      }
      // With server.port=0 the application's address is not known yet: Browser then gets no style or guide.
      String appUrl = httpPort == 0 ? null : "http://127.0.0.1:" + httpPort;
      EmbeddedNeo4j embedded =
          new EmbeddedNeo4j(props.dataDir(), props.boltHost(), props.boltPort(), appUrl, props.boltAuth());
      return new Neo4jTarget(embedded.boltUri(), embedded.authToken(), embedded);
    }
    AuthToken auth = password.isBlank() ? AuthTokens.none() : AuthTokens.basic(user, password);
    return new Neo4jTarget(uri, auth, null);
  }

  @Bean(destroyMethod = "close")
  Driver neo4jDriver(Neo4jTarget target, GeokgProperties props, ObjectProvider<Config> config) {
    // The URI scheme decides encryption (bolt:// plain, neo4j+s:// TLS), as the driver manual says.
    // Short timeouts: a database that is down should give a 503 in seconds, not hang requests.
    return GraphDatabase.driver(target.uri(), target.auth(), config.getIfAvailable(() -> Config.builder()
        .withMaxTransactionRetryTime(props.transactionRetryTime().toMillis(), TimeUnit.MILLISECONDS)
        .withConnectionTimeout(5, TimeUnit.SECONDS)
        .withConnectionAcquisitionTimeout(30, TimeUnit.SECONDS)
        .build()));
  }

  /** Where the driver connects, and the embedded database to stop afterwards, if any. */
  record Neo4jTarget(String uri, AuthToken auth, EmbeddedNeo4j embedded) implements AutoCloseable {
    @Override
    public void close() {
      if (embedded != null) {
        embedded.close();
      }
    }
  }
}
