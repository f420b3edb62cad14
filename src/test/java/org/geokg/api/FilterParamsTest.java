package org.geokg.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The default lowest confidence of what the API shows, and a request's own. */
class FilterParamsTest {

  private static FilterParams confidence(Double c) {
    return new FilterParams(null, null, null, null, null, null, c, null, null);
  }

  @Test
  void appliesTheConfiguredLowestConfidenceWhenTheRequestNamesNone() {
    assertThat(confidence(null).toFilter(new DisplayProperties(0.6)).minConfidence()).isEqualTo(0.6);
    assertThat(confidence(null).toFilter(new DisplayProperties(0)).minConfidence()).isNull();
  }

  @Test
  void aRequestsOwnLowestConfidenceWinsAndZeroShowsAll() {
    assertThat(confidence(0.0).toFilter(new DisplayProperties(0.6)).minConfidence()).isEqualTo(0.0);
    assertThat(confidence(0.9).toFilter(new DisplayProperties(0.6)).minConfidence()).isEqualTo(0.9);
  }

  @Test
  void refusesAConfiguredConfidenceOutsideZeroToOne() {
    assertThatThrownBy(() -> new DisplayProperties(1.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("geokg.min-confidence");
  }
}
