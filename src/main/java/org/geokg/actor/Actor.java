package org.geokg.actor;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A real-world actor as the graph keys it.
 *
 * @param key stable key, e.g. {@code country:IRN}, {@code person:elon-musk}, {@code org:iaea}
 * @param name canonical display name
 * @param kind person, country or organisation
 * @param code ISO 3166-1 alpha-3 of the country it is or acts for, {@code IGO}, or null if unknown
 * @param sector GOV, MIL, DIP, ... where known, else null
 * @param aliases the other names it was seen under
 */
public record Actor(String key, String name, ActorKind kind, String code, String sector, Set<String> aliases) {
  public Actor {
    if (key == null || key.isBlank() || name == null || name.isBlank()) {
      throw new IllegalArgumentException("an actor needs a key and a name");
    }
    Objects.requireNonNull(kind, "kind");
    if (code != null && !code.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("actor code must be ISO alpha-3 or IGO: " + code);
    }
    aliases = Set.copyOf(new LinkedHashSet<>(aliases));
  }

  /** A copy with {@code code} and {@code sector} filled in where this one has none. */
  Actor withAffiliation(String code, String sector) {
    return new Actor(key, name, kind, this.code != null ? this.code : code,
        this.sector != null ? this.sector : sector, aliases);
  }

  /** A copy that also knows {@code alias}. */
  Actor withAlias(String alias) {
    if (alias.equals(name) || aliases.contains(alias)) {
      return this;
    }
    Set<String> more = new LinkedHashSet<>(aliases);
    more.add(alias);
    return new Actor(key, name, kind, code, sector, more);
  }
}
