package org.geokg.actor;

import java.util.Objects;

/**
 * How the actor stage now names an actor that earlier versions stored under another key or name, so
 * that an existing graph can follow: the national government once stored as {@code
 * org:iranian-government} is {@code agent:irn-gov}; the agents once named by the country's short name
 * ("Iran government") are named by its adjective ("Iranian government").
 *
 * @param oldKey the key earlier versions gave the actor (equal to {@code now.key()} for a new name)
 * @param oldName the name earlier versions gave it under that key, or null when any name goes
 * @param now the actor as the stage now makes it
 */
public record ActorChange(String oldKey, String oldName, Actor now) {
  public ActorChange {
    Objects.requireNonNull(now, "now");
    if (oldKey == null || oldKey.isBlank()) {
      throw new IllegalArgumentException("an actor change needs the old key");
    }
    if (oldKey.equals(now.key()) && (oldName == null || oldName.equals(now.name()))) {
      throw new IllegalArgumentException("an actor change must change the key or the name: " + oldKey);
    }
  }

  /** Whether the actor moves to another key (else only its name changes). */
  public boolean rekeyed() {
    return !oldKey.equals(now.key());
  }
}
