package org.geokg.system;

import org.geokg.nlp.CoreNlpAnnotator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Health of the NLP models ({@code /actuator/health/nlp}): UNKNOWN while they load in the background
 * (the API already answers reads then, so the application as a whole stays UP), UP once loaded.
 */
@Component("nlp")
class NlpHealthIndicator implements HealthIndicator {

  private final CoreNlpAnnotator nlp;

  NlpHealthIndicator(CoreNlpAnnotator nlp) {
    this.nlp = nlp;
  }

  @Override
  public Health health() {
    var failure = nlp.loadFailure();
    if (failure.isPresent()) {
      return Health.down().withDetail("models", "failed to load: " + failure.get()).build();
    }
    return nlp.isReady()
        ? Health.up().withDetail("models", "loaded").build()
        : Health.status(Status.UNKNOWN).withDetail("models", "loading").build();
  }
}
