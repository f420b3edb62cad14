package org.geokg.graph;

import java.util.List;
import java.util.Map;
import org.geokg.actor.Actor;
import org.geokg.actor.Role;
import org.geokg.article.Article;
import org.geokg.event.Relation;

/**
 * Everything one article adds to the graph, as the pipeline produced it; written in one transaction.
 *
 * @param article the article
 * @param actors the actors it mentions, with how many times
 * @param relations its event relations
 * @param roles the roles it shows, each with the sentence that shows it
 */
public record ArticleGraph(
    Article article, Map<Actor, Integer> actors, List<Relation> relations, List<RoleEvidence> roles) {

  public ArticleGraph {
    actors = Map.copyOf(actors);
    relations = List.copyOf(relations);
    roles = List.copyOf(roles);
    var keys = actors.keySet().stream().map(Actor::key).toList();
    for (Relation r : relations) {
      if (!keys.contains(r.sourceKey()) || !keys.contains(r.targetKey())) {
        throw new IllegalArgumentException("relation between actors not in the article: " + r);
      }
    }
  }

  /** A role and the sentence it was read from. */
  public record RoleEvidence(Role role, String sentence) {}
}
