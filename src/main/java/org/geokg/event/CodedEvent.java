package org.geokg.event;

import java.util.Objects;
import org.geokg.actor.Actor;
import org.geokg.actor.ActorKind;

/**
 * One event of a text with its actors reduced to what an event-data user needs: name, kind and
 * code (ISO 3166-1 alpha-3 of the country an actor is or acts for, {@code IGO}, or null). The
 * flat form of a {@link Relation} or of an {@link Action} (then without target), for JSON output
 * and for scoring against coded gold data. Immutable.
 */
public record CodedEvent(RelationType type, Party source, Party target, String date, String place,
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
