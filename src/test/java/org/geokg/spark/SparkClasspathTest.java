package org.geokg.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The classpaths the build writes ({@code target/classpath/}, read by the launcher and by {@link
 * SparkIngestTest}) settle the pitfalls of running the pipeline on Spark: the job runs without the
 * embedded database (whose Scala and Jetty clash with Spark's), with one SLF4J provider, and the
 * product's own runtime carries no Spark.
 */
class SparkClasspathTest {

  private static List<String> jars(String file) throws IOException {
    return Arrays.stream(Files.readString(Path.of("target/classpath", file)).strip().split(":"))
        .map(p -> p.replace('\\', '/'))
        .toList();
  }

  private static long count(List<String> jars, String artifactPath) {
    return jars.stream().filter(j -> j.contains(artifactPath)).count();
  }

  @Test
  void theJobRunsWithoutTheEmbeddedDatabaseButWithTheDriver() throws IOException {
    List<String> job = jars("spark.txt");
    assertThat(count(job, "/org/apache/spark/spark-core_2.13/")).isEqualTo(1);
    assertThat(job).noneMatch(j -> j.contains("/org/neo4j/neo4j-kernel/") || j.contains("/org/neo4j/neo4j/"));
    assertThat(count(jars("spark-driver.txt"), "/org/neo4j/driver/neo4j-java-driver/")).isEqualTo(1);
  }

  @Test
  void logbackIsTheOneSlf4jProviderAndSparksLog4jCallsReachIt() throws IOException {
    List<String> job = jars("spark.txt");
    assertThat(count(job, "/ch/qos/logback/logback-classic/")).isEqualTo(1);
    assertThat(job).noneMatch(j -> j.contains("/log4j-slf4j2-impl/") || j.contains("/log4j-slf4j-impl/")
        || j.contains("/slf4j-reload4j/") || j.contains("/slf4j-simple/") || j.contains("/slf4j-jdk14/"));
    assertThat(count(job, "/org/apache/logging/log4j/log4j-to-slf4j/")).isEqualTo(1);
  }

  @Test
  void oneScalaAndOneJacksonTwoBesideSpringsJacksonThree() throws IOException {
    List<String> job = jars("spark.txt");
    assertThat(count(job, "/org/scala-lang/scala-library/")).isEqualTo(1);
    assertThat(count(job, "/com/fasterxml/jackson/core/jackson-databind/")).isEqualTo(1);
  }

  @Test
  void theProductsOwnRuntimeCarriesNoSpark() throws IOException {
    List<String> product = jars("product.txt");
    assertThat(product).noneMatch(j -> j.contains("/org/apache/spark/"));
    assertThat(count(product, "/org/neo4j/neo4j/")).isEqualTo(1);
  }
}
