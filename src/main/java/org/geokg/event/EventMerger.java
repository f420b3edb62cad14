package org.geokg.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.geokg.actor.ActorKind;
import org.geokg.actor.ArticleActors;
import org.geokg.actor.MentionKind;
import org.geokg.actor.Role;
import org.geokg.actor.RoleReference;
import org.geokg.nlp.AnnotatedText;

/**
 * Merges the event mentions of one article into one relation per event.
 *
 * <ol>
 *   <li>A role without a named holder is bound through the events: if "Musk met with Iran's
 *       ambassador" and, elsewhere in the article, "Musk" and "Amir Saeid Iravani" had the same
 *       meeting, the ambassador is Iravani, and Iravani holds that role.
 *   <li>A role still unbound stands for its principal (Iran's ambassador acts for Iran), with less
 *       confidence; a role with no principal is dropped.
 *   <li>Mentions of the same type between the same actors (either order for symmetric types, the
 *       relation then pointing as its first sentence does: from that sentence's subject) are
 *       one relation: sentences in article order, the first date and place given, confidence
 *       combined as independent evidence.
 *   <li>A symmetric relation between two actors of one country is dropped when the same PLOVER type
 *       links that country with another one: an artefact of coordinated mentions.
 * </ol>
 *
 * <p>One instance per article; not thread-safe.
 */
final class EventMerger {

  private final AnnotatedText text;
  private final ArticleActors actors;

  EventMerger(AnnotatedText text, ArticleActors actors) {
    this.text = text;
    this.actors = actors;
  }

  ArticleEvents merge(List<EventMention> all) {
    List<EventMention> mentions = withoutRedundantDomestic(all);
    Map<RoleReference, String> bound = bindRoles(mentions);
    List<Role> discovered = new ArrayList<>();
    bound.forEach((ref, holder) ->
        discovered.add(new Role(holder, ref.title(), ref.principalKey(), ref.postKey(), ref.sentence())));
    List<EventMention> resolved = new ArrayList<>();
    List<EventMention> oneSided = new ArrayList<>();
    for (EventMention m : mentions) {
      Optional<Participant.Known> src = resolve(m.source(), bound);
      // An event with no target named is no edge (never the source's own country, which the text
      // does not name as a party): it stays a one-actor action.
      if (src.isPresent() && m.target() instanceof Participant.Unspecified) {
        oneSided.add(m.with(src.get(), m.target(), 1));
        continue;
      }
      Optional<Participant.Known> tgt = resolve(m.target(), bound);
      if (src.isEmpty() || tgt.isEmpty() || src.get().actorKey().equals(tgt.get().actorKey())) {
        continue;
      }
      double factor = (m.source() instanceof Participant.Unbound u ? unboundFactor(u, bound) : 1)
          * (m.target() instanceof Participant.Unbound u ? unboundFactor(u, bound) : 1);
      resolved.add(m.with(src.get(), tgt.get(), factor));
    }
    return new ArticleEvents(withoutSameCountryPairs(group(resolved)), discovered, actions(oneSided));
  }

  /**
   * Drops a mention with no target named when the same sentence has the same source doing the same
   * kind of thing to a named target: in "rebels rejected a Senegalese peace plan and said they also
   * opposed the deployment of a force", both rejections are of Senegal's proposal, not one domestic.
   */
  static List<EventMention> withoutRedundantDomestic(List<EventMention> mentions) {
    List<EventMention> out = new ArrayList<>();
    for (EventMention m : mentions) {
      boolean redundant = m.target() instanceof Participant.Unspecified && mentions.stream().anyMatch(o ->
          o.sentence() == m.sentence() && !(o.target() instanceof Participant.Unspecified)
              && o.source().equals(m.source()) && o.type().plover() == m.type().plover()
              && o.negated() == m.negated());
      if (!redundant) {
        out.add(m);
      }
    }
    return out;
  }

  private List<Action> actions(List<EventMention> mentions) {
    Map<String, List<EventMention>> groups = new LinkedHashMap<>();
    for (EventMention m : mentions) {
      String k = m.type() + "|" + ((Participant.Known) m.source()).actorKey() + "|" + m.negated();
      groups.computeIfAbsent(k, x -> new ArrayList<>()).add(m);
    }
    List<Action> out = new ArrayList<>();
    for (List<EventMention> ms : groups.values()) {
      EventMention first = ms.get(0);
      Map<Integer, String> sentences = new LinkedHashMap<>();
      ms.forEach(m -> sentences.putIfAbsent(m.sentence(), text.sentences().get(m.sentence()).text()));
      out.add(new Action(first.type(), ((Participant.Known) first.source()).actorKey(),
          ms.stream().map(EventMention::date).filter(d -> d != null).findFirst().orElse(null),
          ms.stream().map(EventMention::place).filter(d -> d != null).findFirst().orElse(null),
          combined(ms), first.negated(), new ArrayList<>(sentences.values()), first.modality(),
          ms.stream().map(EventMention::attribution).filter(d -> d != null).findFirst().orElse(null)));
    }
    return out;
  }

  private static double combined(List<EventMention> ms) {
    double miss = 1;
    for (EventMention m : ms) {
      miss *= 1 - m.confidence();
    }
    return Math.max(0.001, Math.min(0.99, Math.round((1 - miss) * 1000) / 1000.0));
  }

  /** Binds role references to the person the same event names elsewhere in the article. */
  private Map<RoleReference, String> bindRoles(List<EventMention> mentions) {
    Map<RoleReference, String> bound = new LinkedHashMap<>();
    for (EventMention e : mentions) {
      Participant.Unbound u;
      Participant other;
      if (e.source() instanceof Participant.Unbound s && e.target() instanceof Participant.Known) {
        u = s;
        other = e.target();
      } else if (e.target() instanceof Participant.Unbound t && e.source() instanceof Participant.Known) {
        u = t;
        other = e.source();
      } else {
        continue;
      }
      String otherKey = ((Participant.Known) other).actorKey();
      for (EventMention f : mentions) {
        if (f == e || f.type() != e.type()
            || !(f.source() instanceof Participant.Known a) || !(f.target() instanceof Participant.Known b)) {
          continue;
        }
        String candidate = null;
        if (a.actorKey().equals(otherKey)) {
          candidate = b.actorKey();
        } else if (b.actorKey().equals(otherKey) && e.type().symmetric()) {
          candidate = a.actorKey();
        }
        if (candidate != null && actors.actor(candidate).kind() == ActorKind.PERSON) {
          bound.putIfAbsent(u.role(), candidate);
          break;
        }
      }
    }
    // Other references to the same post in the article are the same person.
    for (EventMention e : mentions) {
      for (Participant p : List.of(e.source(), e.target())) {
        if (p instanceof Participant.Unbound u && !bound.containsKey(u.role())) {
          for (Map.Entry<RoleReference, String> b : new ArrayList<>(bound.entrySet())) {
            RoleReference r = b.getKey();
            if (r.title().equals(u.role().title()) && java.util.Objects.equals(r.principalKey(), u.role().principalKey())) {
              bound.put(u.role(), b.getValue());
            }
          }
        }
      }
    }
    return bound;
  }

  private static Optional<Participant.Known> resolve(Participant p, Map<RoleReference, String> bound) {
    return switch (p) {
      case Participant.Known k -> Optional.of(k);
      case Participant.Unspecified u -> Optional.empty();
      case Participant.Unbound u -> {
        String holder = bound.get(u.role());
        if (holder != null) {
          yield Optional.of(new Participant.Known(holder, MentionKind.NOMINAL));
        }
        String stand = u.role().principalKey() != null ? u.role().principalKey() : u.role().postKey();
        yield Optional.ofNullable(stand).map(k -> new Participant.Known(k, MentionKind.NOMINAL));
      }
    };
  }

  private static double unboundFactor(Participant.Unbound u, Map<RoleReference, String> bound) {
    return bound.containsKey(u.role()) ? 1.0 : 0.8;
  }

  private List<Relation> group(List<EventMention> mentions) {
    Map<String, List<EventMention>> groups = new LinkedHashMap<>();
    for (EventMention m : mentions) {
      String s = ((Participant.Known) m.source()).actorKey();
      String t = ((Participant.Known) m.target()).actorKey();
      if (m.type().symmetric() && s.compareTo(t) > 0) {
        String x = s;
        s = t;
        t = x;
      }
      groups.computeIfAbsent(m.type() + "|" + s + "|" + t, k -> new ArrayList<>()).add(m);
    }
    List<Relation> out = new ArrayList<>();
    for (Map.Entry<String, List<EventMention>> g : groups.entrySet()) {
      String[] k = g.getKey().split("\\|");
      // One edge per source, type and target, as the graph stores them: if one sentence asserts what
      // another denies, the edge is the assertion with its own sentences (the graph cannot hold both
      // under one key, and a denial next to the act would read as its evidence).
      List<EventMention> asserted = g.getValue().stream().filter(m -> !m.negated()).toList();
      List<EventMention> ms = new ArrayList<>(asserted.isEmpty() ? g.getValue() : asserted);
      ms.sort(Comparator.comparingInt(EventMention::sentence));
      // A symmetric event points as its first sentence says: "Musk met with Iravani" is Musk's.
      k[1] = ((Participant.Known) ms.get(0).source()).actorKey();
      k[2] = ((Participant.Known) ms.get(0).target()).actorKey();
      PartialDate date = ms.stream().map(EventMention::date).filter(d -> d != null).findFirst().orElse(null);
      String place = ms.stream().map(EventMention::place).filter(p -> p != null).findFirst().orElse(null);
      double miss = 1;
      Map<Integer, String> sentences = new LinkedHashMap<>();
      for (EventMention m : ms) {
        miss *= 1 - m.confidence();
        sentences.putIfAbsent(m.sentence(), text.sentences().get(m.sentence()).text());
      }
      double confidence = Math.min(0.99, Math.round((1 - miss) * 1000) / 1000.0);
      Modality modality = ms.stream().map(EventMention::modality).min(Comparator.naturalOrder()).orElseThrow();
      String attribution = ms.stream().map(EventMention::attribution).filter(a -> a != null).findFirst().orElse(null);
      out.add(new Relation(RelationType.valueOf(k[0]), k[1], k[2], date, place, confidence,
          asserted.isEmpty(), new ArrayList<>(sentences.values()), modality, attribution));
    }
    return out;
  }

  /**
   * Drops a symmetric relation between two actors of one country ("Hungarian officials" and Hungary)
   * when the same type of event links that country with another one: an artefact of coordinated
   * or repeated mentions ("Hungarian and Romanian officials agreed that their countries ...").
   */
  private List<Relation> withoutSameCountryPairs(List<Relation> relations) {
    List<Relation> out = new ArrayList<>();
    for (Relation r : relations) {
      String a = actors.actor(r.sourceKey()).code();
      boolean selfPair = r.type().symmetric() && a != null && a.equals(actors.actor(r.targetKey()).code());
      if (selfPair && relations.stream().anyMatch(o -> o.type().plover() == r.type().plover() && crossesBorder(o, a))) {
        continue;
      }
      out.add(r);
    }
    return out;
  }

  /** Whether {@code r} links an actor of {@code code} with an actor of another known country. */
  private boolean crossesBorder(Relation r, String code) {
    String s = actors.actor(r.sourceKey()).code();
    String t = actors.actor(r.targetKey()).code();
    return s != null && t != null && !s.equals(t) && (code.equals(s) || code.equals(t));
  }
}
