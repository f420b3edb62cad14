package org.geokg.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.geokg.actor.Actor;
import org.geokg.actor.ActorKey;
import org.geokg.actor.ActorKind;
import org.geokg.actor.ArticleActors;

/**
 * One event of a text with its actors reduced to what an event-data user needs: name, kind and
 * code (ISO 3166-1 alpha-3 of the country an actor is or acts for, {@code IGO}, or null). The
 * flat form of a {@link Relation} or of an {@link Action} (then without target), for JSON output
 * and for scoring against coded gold data. Immutable.
 */
public record CodedEvent(RelationType type, Party source, Party target, PartialDate date, String place,
    double confidence, boolean negated, Modality modality, String attribution) {

  public CodedEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(modality, "modality");
  }

  /** An actor as the event output shows it. */
  public record Party(String key, String name, ActorKind kind, String code, String sector) {
    public Party {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(kind, "kind");
    }

    static Party of(Actor a) {
      return new Party(a.key(), a.name(), a.kind(), a.code(), a.sector());
    }
  }

  /**
   * The events of one article in event-data form: each relation, and each one-actor action coded by
   * CAMEO's convention, where an actor of a country acting with no target named ("Turkish police
   * prevented a demonstration") acts at home, so its target is its own country; an international
   * organisation or an actor without a country has no target. Uses the actors after the events
   * revealed their roles.
   */
  public static List<CodedEvent> of(ArticleEvents events, ArticleActors actors) {
    List<CodedEvent> out = new ArrayList<>();
    for (Relation r : events.relations()) {
      out.add(of(r, actors.actor(r.sourceKey()), actors.actor(r.targetKey())));
    }
    for (Action a : events.actions()) {
      Actor source = actors.actor(a.actorKey());
      out.add(of(a, source, domestic(source, actors)));
    }
    return out;
  }

  private static Party domestic(Actor source, ArticleActors actors) {
    String code = source.code();
    if (code == null || code.length() != 3 || code.equals("IGO")) {
      return null;
    }
    String key = ActorKey.country(code).value();
    Actor country = actors.actors().get(key);
    return country != null ? Party.of(country) : new Party(key, code, ActorKind.COUNTRY, code, null);
  }

  static CodedEvent of(Relation r, Actor source, Actor target) {
    return new CodedEvent(r.type(), Party.of(source), Party.of(target), r.date(), r.place(), r.confidence(),
        r.negated(), r.modality(), r.attribution());
  }

  static CodedEvent of(Action a, Actor source, Party domesticTarget) {
    return new CodedEvent(a.type(), Party.of(source), domesticTarget, a.date(), a.place(), a.confidence(), a.negated(),
        a.modality(), a.attribution());
  }

  public PloverType plover() {
    return type.plover();
  }
}
