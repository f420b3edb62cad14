package org.geokg.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.geokg.event.RelationType;
import org.junit.jupiter.api.Test;

/** Stable relation ids computed from what identifies an edge. */
class RelationIdTest {

  @Test
  void theSameIdentityGivesTheSameIdAndAnyDifferenceAnother() {
    RelationId id = RelationId.ofEvent(RelationType.SANCTIONED, "country:USA", "country:IRN", "a1");
    assertThat(RelationId.ofEvent(RelationType.SANCTIONED, "country:USA", "country:IRN", "a1")).isEqualTo(id);
    assertThat(id.value()).matches("[0-9a-f]{16}");
    assertThat(List.of(
        RelationId.ofEvent(RelationType.SANCTIONED, "country:IRN", "country:USA", "a1"),
        RelationId.ofEvent(RelationType.THREATENED, "country:USA", "country:IRN", "a1"),
        RelationId.ofEvent(RelationType.SANCTIONED, "country:USA", "country:IRN", "a2"),
        RelationId.ofEvent(RelationType.SANCTIONED, "country:USA", "country:IRQ", "a1"),
        RelationId.ofRole("country:USA", "country:IRN", "sanctioned", "a1")))
        .doesNotContain(id).doesNotHaveDuplicates();
  }

  @Test
  void aSymmetricEdgeHasOneIdWhicheverWayItPoints() {
    assertThat(RelationId.ofEvent(RelationType.MET_WITH, "person:elon-musk", "person:amir-saeid-iravani", "a1"))
        .isEqualTo(RelationId.ofEvent(RelationType.MET_WITH, "person:amir-saeid-iravani", "person:elon-musk", "a1"));
  }

  @Test
  void partsCannotRunIntoEachOther() {
    assertThat(RelationId.ofRole("person:a", "b", "c", "d")).isNotEqualTo(RelationId.ofRole("person:a", "b", "", "cd"));
    assertThat(RelationId.ofRole("person:a|", "b", "t", "d")).isNotEqualTo(RelationId.ofRole("person:a", "|b", "t", "d"));
  }

  @Test
  void anEdgeReadFromTheGraphGetsTheIdItsWriterGaveIt() {
    assertThat(RelationId.ofStored("MET_WITH", "person:b", "person:a", "a1", null))
        .isEqualTo(RelationId.ofEvent(RelationType.MET_WITH, "person:a", "person:b", "a1"));
    assertThat(RelationId.ofStored("HOLDS_ROLE", "person:a", "country:IRN", "a1", "ambassador"))
        .isEqualTo(RelationId.ofRole("person:a", "country:IRN", "ambassador", "a1"));
    assertThat(RelationId.ofStored("RETIRED_TYPE", "person:a", "person:b", "a1", null).value()).matches("[0-9a-f]{16}");
  }

  @Test
  void onlySixteenHexDigitsAreAnId() {
    assertThat(RelationId.isWellFormed("0123456789abcdef")).isTrue();
    assertThat(RelationId.isWellFormed("5:9f2c1e0a-1b2c-4d5e-8f90-123456789abc:12")).isFalse();
    assertThat(RelationId.isWellFormed(null)).isFalse();
    assertThatThrownBy(() -> new RelationId("0123456789ABCDEF")).isInstanceOf(IllegalArgumentException.class);
  }

  /** The evidence lookup goes through one index per type: the schema must have one for each type written. */
  @Test
  void theSchemaIndexesTheIdOfEveryTypeWritten() {
    String schema = String.join("\n", Cypher.statements("schema"));
    for (String type : Arrays.stream(RelationType.values()).map(Enum::name).toList()) {
      assertThat(schema).as(type).contains("CREATE INDEX relation_id_" + type.toLowerCase(Locale.ROOT)
          + " IF NOT EXISTS FOR ()-[r:" + type + "]-() ON (r.id)");
    }
    assertThat(schema).contains("FOR ()-[r:HOLDS_ROLE]-() ON (r.id)");
  }
}
