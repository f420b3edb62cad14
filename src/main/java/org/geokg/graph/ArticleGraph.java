package org.geokg.graph;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.geokg.actor.Actor;
import org.geokg.actor.Role;
import org.geokg.article.Article;
import org.geokg.event.Relation;

/**
 * Everything one article adds to the graph: as the pipeline produced it, and, once the analysts'
 * decisions are applied ({@link ActorDecisions#apply}), as it is written, in one transaction.
 * Immutable.
 *
 * @param article the article
 * @param actors the actors it mentions, one per key, with how many times (0 for a sector agent only a
 *     dictionary role points to: its node is written, with no mention)
 * @param relations its event relations, between actors it mentions
 * @param roles the roles it shows, each with the sentence that shows it
 */
public record ArticleGraph(
    Article article, Map<Actor, Integer> actors, List<Relation> relations, List<RoleEvidence> roles) {

  public ArticleGraph {
    Objects.requireNonNull(article, "article");
    actors = Map.copyOf(actors);
    relations = List.copyOf(relations);
    roles = List.copyOf(roles);
    Set<String> keys = new HashSet<>();
    for (Actor a : actors.keySet()) {
      if (!keys.add(a.key())) {
        throw new IllegalArgumentException("two actors with key " + a.key());
      }
    }
    for (Relation r : relations) {
      if (!keys.contains(r.sourceKey()) || !keys.contains(r.targetKey())) {
        throw new IllegalArgumentException("relation between actors not in the article: " + r);
      }
    }
  }

  /** The stable id of the edge {@code relation} (one of this article's) is written as. */
  RelationId idOf(Relation relation) {
    return RelationId.ofEvent(relation.type(), relation.sourceKey(), relation.targetKey(), article.id());
  }

  /** The stable id of the role edge {@code role} (one of this article's, with a target) is written as. */
  RelationId idOf(RoleEvidence role) {
    return RelationId.ofRole(role.role().holderKey(), role.target(), role.role().title(), article.id());
  }

  /**
   * A role and the sentence it was read from (a dictionary role: the first naming its holder). Its
   * edge ({@code HOLDS_ROLE}) goes from the holder to the principal, or to the post when no principal
   * is known; a role with neither is no edge. The edge carries the role's {@code source} ({@code text}
   * or {@code dictionary}) and the dictionary's span ({@code from}, {@code to}).
   */
  public record RoleEvidence(Role role, String sentence) {
    public RoleEvidence {
      Objects.requireNonNull(role, "role");
    }

    /** The actor the role edge points to: the principal, else the post; null when neither is known. */
    public String target() {
      return role.principalKey() != null ? role.principalKey() : role.postKey();
    }

    /** The post, when the edge points to the principal (else the post is the target, or unknown). */
    public String post() {
      return role.principalKey() != null ? role.postKey() : null;
    }
  }
}
