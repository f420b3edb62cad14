package org.geokg.event;

import java.util.List;
import org.geokg.actor.Role;

/**
 * The event stage's output for one article: its relations, and the roles the events revealed
 * (the ambassador who met Musk is Amir Saeid Iravani). Immutable.
 */
public record ArticleEvents(List<Relation> relations, List<Role> discoveredRoles) {
  public ArticleEvents {
    relations = List.copyOf(relations);
    discoveredRoles = List.copyOf(discoveredRoles);
  }
}
