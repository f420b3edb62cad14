package org.geokg.actor;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One country, organisation or media outlet of the gazetteer.
 *
 * <p>{@code key} is stable across releases and is what the graph should store: {@code country:IRN},
 * {@code org:iaea}, {@code media:reuters}. {@code code} is the ISO 3166-1 alpha-3 code of the country
 * (for a country, its own code; for an organisation, its home country), {@code "IGO"} for an
 * intergovernmental body, or null when there is none (transnational armed groups, NGOs). {@code
 * sector} is a three-letter sector code (GOV, MIL, DIP, JUD, LEG, OPP, REB, CRM, BUS, MED, NGO, IGO,
 * CIV, SPY, POL) for organisations and media, null for countries. {@code aliases} are the other names
 * of the entry (not its demonyms or metonyms), in file order.
 *
 * <p>Immutable and thread-safe.
 */
public record GazetteerEntry(
    String key, String name, ActorKind kind, String code, String sector, List<String> aliases) {

  private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

  public GazetteerEntry {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("key must not be blank");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank: " + key);
    }
    Objects.requireNonNull(kind, "kind");
    code = blankToNull(code);
    // "IGO" has the same shape as an alpha-3 code, so one pattern covers both.
    if (code != null && !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("code must be alpha-3, IGO or null: " + code + " (" + key + ")");
    }
    sector = blankToNull(sector);
    if (sector != null && !CODE.matcher(sector).matches()) {
      throw new IllegalArgumentException("sector must be three capital letters: " + sector + " (" + key + ")");
    }
    aliases = List.copyOf(aliases == null ? List.of() : aliases);
    if (aliases.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("blank alias in " + key);
    }
  }

  /** Whether this is an intergovernmental organisation (code {@code IGO}). */
  public boolean isIntergovernmental() {
    return "IGO".equals(code);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
