package org.geokg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.geokg.event.RelationType;
import org.junit.jupiter.api.Test;

/** The Neo4j Browser style the project serves gives every relation type its own colour and caption. */
class GrassStyleTest {

  @Test
  void everyRelationTypeHasAStyle() throws Exception {
    String grass = Files.readString(Path.of("cypher/geokg.grass"));
    assertThat(Arrays.stream(RelationType.values()).map(RelationType::name))
        .allMatch(t -> grass.contains("relationship." + t + " {"));
  }
}
