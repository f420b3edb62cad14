package org.geokg.event;

import java.util.List;
import org.geokg.actor.Role;

/**
 * The event stage's output for one article: its relations, the roles the events revealed (the
 * ambassador who met Musk is Amir Saeid Iravani), and the one-actor events ({@link Action}) that
 * are no graph edge. Immutable.
 */
public record ArticleEvents(List<Relation> relations, List<Role> discoveredRoles, List<Action> actions) {
  public ArticleEvents {
    relations = List.copyOf(relations);
    discoveredRoles = List.copyOf(discoveredRoles);
    actions = List.copyOf(actions);
  }
}
