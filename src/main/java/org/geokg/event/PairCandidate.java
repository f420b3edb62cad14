package org.geokg.event;

import java.util.List;
import org.geokg.actor.Mention;

/**
 * A candidate event: an ordered pair of mentions of two different actors in one sentence, with the
 * features the event classifier reads ({@link PairFeatures}). Every such pair of a sentence is one,
 * the nearest mentions standing for actors named twice.
 *
 * @param sentence sentence index
 * @param source the mention of the actor that would act
 * @param target the mention of the actor it would act on
 * @param features the classifier's features
 */
public record PairCandidate(int sentence, Mention source, Mention target, List<String> features) {
  public PairCandidate {
    if (source.sentence() != sentence || target.sentence() != sentence
        || source.actorKey().equals(target.actorKey())) {
      throw new IllegalArgumentException("a candidate is two actors of one sentence");
    }
    features = List.copyOf(features);
  }
}
