package org.geokg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AliasUseTest {

  private final AliasUse musk = AliasUse.of("Musk", List.of("Elon Musk"));

  @Test
  void anAliasInsideALongerNameOfTheSameActorIsNotAUseOfIt() {
    assertThat(musk.onlyAliasIn("Elon Musk met the ambassador.")).isFalse();
    assertThat(musk.count("Elon Musk met the ambassador.")).isZero();
  }

  @Test
  void anArticleNamingTheActorOnlyByTheAliasUsesOnlyTheAlias() {
    assertThat(musk.onlyAliasIn("Musk met Guterres.\n\nMusk’s company said so.")).isTrue();
    assertThat(musk.count("Musk met Guterres.\n\nMusk’s company said so.")).isEqualTo(2);
  }

  @Test
  void anArticleUsingBothTheAliasAndAnotherNameIsNotOnlyTheAlias() {
    assertThat(musk.onlyAliasIn("Elon Musk met Guterres. Later Musk left.")).isFalse();
  }

  @Test
  void theAliasMustStandAloneAsAWord() {
    assertThat(musk.onlyAliasIn("The muskrat and the Muskogee tribe.")).isFalse();
    assertThat(AliasUse.of("UN", List.of("United Nations")).onlyAliasIn("UNESCO and UNICEF met.")).isFalse();
    assertThat(AliasUse.of("U.N.", List.of("United Nations")).onlyAliasIn("The U.N. said so.")).isTrue();
  }

  @Test
  void anotherNameInsideTheAliasDoesNotCountAsThatName() {
    AliasUse longer = AliasUse.of("Musk Foundation", List.of("Musk"));
    assertThat(longer.onlyAliasIn("The Musk Foundation gave money.")).isTrue();
    assertThat(longer.onlyAliasIn("The Musk Foundation gave money; Musk said so.")).isFalse();
  }

  @Test
  void patternsAreWholeTextJavaRegexesUsableByCypher() {
    String text = "line one\nMusk said so.\nline three";
    assertThat(text.matches(musk.aliasPattern())).isTrue();
    assertThat(text.matches(musk.othersPattern())).isFalse();
    assertThat("anything".matches(AliasUse.of("X", List.of()).othersPattern())).isFalse();
  }
}
