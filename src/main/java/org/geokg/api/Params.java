package org.geokg.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.geokg.actor.ActorKind;
import org.geokg.event.PloverType;
import org.geokg.event.RelationType;

/** Parsing of request parameters into domain values, with messages that say what was expected. */
final class Params {
  private Params() {}

  static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " must be a date as YYYY-MM-DD, got '" + value + "'");
    }
  }

  /** Relation type names, comma-separated or repeated; each must be a {@link RelationType}. */
  static List<String> types(List<String> values) {
    return split(values).stream().map(t -> RelationType.parse(t).orElseThrow(() -> new IllegalArgumentException(
        "unknown relation type '" + t + "'; known types: " + Arrays.toString(RelationType.values()))).name())
        .toList();
  }

  /** PLOVER type names, comma-separated or repeated. */
  static List<String> plovers(List<String> values) {
    return split(values).stream().map(t -> {
      try {
        return PloverType.valueOf(t.toUpperCase(Locale.ROOT)).name();
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown PLOVER type '" + t + "'; known types: "
            + Arrays.toString(PloverType.values()));
      }
    }).toList();
  }

  /** ISO 3166-1 alpha-3 codes, comma-separated or repeated. */
  static List<String> countries(List<String> values) {
    return split(values).stream().map(c -> {
      if (!c.matches("[A-Za-z]{3}")) {
        throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-3 code such as IRN, got '" + c + "'");
      }
      return c.toUpperCase(Locale.ROOT);
    }).toList();
  }

  /** Actor kind, any case; null when absent. */
  static String kind(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return ActorKind.valueOf(value.strip().toUpperCase(Locale.ROOT)).name();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("kind must be one of " + Arrays.toString(ActorKind.values()) + ", got '"
          + value + "'");
    }
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** Values given comma-separated, repeated, or both. */
  static List<String> split(List<String> values) {
    List<String> out = new ArrayList<>();
    if (values != null) {
      for (String v : values) {
        for (String t : v.split(",")) {
          if (!t.isBlank()) {
            out.add(t.strip());
          }
        }
      }
    }
    return out;
  }
}
