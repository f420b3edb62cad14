package org.geokg.event;

import java.util.List;
import org.geokg.actor.Role;

/**
 * The event stage's output for one article: its relations, the roles the events revealed (the
 * ambassador who met Musk is Amir Saeid Iravani), and the one-actor events ({@link Action}) that
 * are no graph edge, and every candidate pair the classifier read (for training and inspection). Immutable.
 */
public record ArticleEvents(List<Relation> relations, List<Role> discoveredRoles, List<Action> actions,
    List<PairCandidate> candidates) {
  public ArticleEvents {
    relations = List.copyOf(relations);
    discoveredRoles = List.copyOf(discoveredRoles);
    actions = List.copyOf(actions);
    candidates = List.copyOf(candidates);
  }

  ArticleEvents(List<Relation> relations, List<Role> discoveredRoles, List<Action> actions) {
    this(relations, discoveredRoles, actions, List.of());
  }

  /** The same events, with the candidate pairs they were decided from. */
  ArticleEvents withCandidates(List<PairCandidate> c) {
    return new ArticleEvents(relations, discoveredRoles, actions, c);
  }
}
