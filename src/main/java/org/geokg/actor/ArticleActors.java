package org.geokg.actor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The actor stage's output for one article: every actor it refers to, each reference, the roles
 * seen and the role references still looking for a holder. Immutable.
 */
public record ArticleActors(
    Map<String, Actor> actors, List<Mention> mentions, List<Role> roles, List<RoleReference> roleReferences) {

  public ArticleActors {
    actors = Map.copyOf(actors);
    mentions = List.copyOf(mentions);
    roles = List.copyOf(roles);
    roleReferences = List.copyOf(roleReferences);
    for (Mention m : mentions) {
      if (!actors.containsKey(m.actorKey())) {
        throw new IllegalArgumentException("mention of an unknown actor " + m.actorKey());
      }
    }
  }

  /** The mention covering {@code token} of {@code sentence}, if any (the narrowest one). */
  public Optional<Mention> mentionAt(int sentence, int token) {
    Mention best = null;
    for (Mention m : mentions) {
      if (m.sentence() == sentence && m.covers(token)
          && (best == null || m.end() - m.start() < best.end() - best.start())) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Every mention covering {@code token} of {@code sentence} that is as narrow as the narrowest:
   * several when coordinated countries share one noun ("Hungarian and Romanian officials").
   */
  public List<Mention> mentionsAt(int sentence, int token) {
    Optional<Mention> best = mentionAt(sentence, token);
    List<Mention> out = new ArrayList<>();
    best.ifPresent(b -> {
      for (Mention m : mentions) {
        if (m.sentence() == sentence && m.covers(token) && m.head() == b.head()
            && m.end() - m.start() == b.end() - b.start() && !out.contains(m)) {
          out.add(m);
        }
      }
    });
    return out;
  }

  /** The role reference headed by {@code token} of {@code sentence}, if any. */
  public Optional<RoleReference> roleReferenceAt(int sentence, int token) {
    return roleReferences.stream()
        .filter(r -> r.sentence() == sentence && r.head() == token)
        .findFirst();
  }

  public List<Mention> mentionsIn(int sentence) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.sentence() == sentence) {
        out.add(m);
      }
    }
    return out;
  }

  public Actor actor(String key) {
    Actor a = actors.get(key);
    if (a == null) {
      throw new IllegalArgumentException("unknown actor " + key);
    }
    return a;
  }

  /**
   * How many times the article mentions each actor it is about: every actor mentioned, and every actor
   * in {@code related} (those of its relations), the holders, principals and posts of its roles read
   * from the text at least once. A seat of government used only as a place ("a meeting in Tehran") is
   * no mention of the country unless the country is related. The sector agent a dictionary role
   * points to, and the article does not name, counts 0: its node is written, not mentioned.
   */
  public Map<Actor, Integer> mentionCounts(Set<String> related) {
    Set<String> needed = new HashSet<>(related);
    Set<String> unmentioned = new HashSet<>();
    for (Role r : roles) {
      if (r.source() == Role.Source.DICTIONARY) {
        unmentioned.add(r.principalKey());
        continue;
      }
      needed.add(r.holderKey());
      if (r.principalKey() != null) {
        needed.add(r.principalKey());
      }
      if (r.postKey() != null) {
        needed.add(r.postKey());
      }
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Mention m : mentions) {
      if (m.kind() != MentionKind.METONYM || needed.contains(m.actorKey())) {
        counts.merge(m.actorKey(), 1, Integer::sum);
      }
    }
    for (String k : needed) {
      counts.putIfAbsent(k, 1);
    }
    for (String k : unmentioned) {
      counts.putIfAbsent(k, 0);
    }
    Map<Actor, Integer> byActor = new LinkedHashMap<>();
    counts.forEach((k, n) -> byActor.put(actor(k), n));
    return byActor;
  }
}
