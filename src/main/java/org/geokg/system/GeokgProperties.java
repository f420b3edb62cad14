package org.geokg.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * geokg's own settings ({@code geokg.*}). The external-database settings are Spring Boot's
 * {@code spring.neo4j.*}; when {@code spring.neo4j.uri} is empty an embedded database is started.
 *
 * @param dataDir folder of the embedded database
 * @param boltHost address the embedded Bolt connector listens on
 * @param boltPort port of the embedded Bolt connector
 * @param boltAuth whether the embedded database asks for a password (on unless set false; see
 *     {@link EmbeddedNeo4j})
 * @param transactionRetryTime how long the driver retries a transaction on transient errors or an
 *     unreachable database before the API answers 503 (batch ingestion then retries on its own)
 * @param peopleFile the user's known people (the format of {@code gazetteer/people.tsv}), read after
 *     the shipped list, its lines winning; unset: {@code people.tsv} in {@code dataDir} when there is
 *     one ({@link #peopleFileToRead})
 */
@ConfigurationProperties("geokg")
public record GeokgProperties(
    @DefaultValue("data") Path dataDir,
    @DefaultValue("127.0.0.1") String boltHost,
    @DefaultValue("7687") int boltPort,
    @DefaultValue("true") boolean boltAuth,
    @DefaultValue("5s") java.time.Duration transactionRetryTime,
    Path peopleFile) {

  public GeokgProperties {
    if (boltPort < 0 || boltPort > 65535) {
      throw new IllegalArgumentException("geokg.bolt-port must be 0-65535, was " + boltPort);
    }
    if (boltHost == null || boltHost.isBlank()) {
      throw new IllegalArgumentException("geokg.bolt-host must not be empty");
    }
  }

  /** The name of the user's people file when none is set: in the data folder. */
  public static final String PEOPLE_FILE = "people.tsv";

  /**
   * The user's people file to read: {@code peopleFile} when set, else {@value #PEOPLE_FILE} in
   * {@code dataDir} if it exists, else null (the shipped list alone).
   *
   * @throws StartupException when {@code peopleFile} is set and is no readable file
   */
  public Path peopleFileToRead() {
    if (peopleFile != null && !peopleFile.toString().isBlank()) {
      if (!java.nio.file.Files.isRegularFile(peopleFile) || !java.nio.file.Files.isReadable(peopleFile)) {
        throw new StartupException("geokg.people-file: no readable file " + peopleFile.toAbsolutePath(), null);
      }
      return peopleFile;
    }
    Path inData = dataDir.resolve(PEOPLE_FILE);
    return java.nio.file.Files.isRegularFile(inData) ? inData : null;
  }
}
