package org.geokg.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    List<String> out = new ArrayList<>();
    if (values == null) {
      return out;
    }
    for (String v : values) {
      for (String t : v.split(",")) {
        if (t.isBlank()) {
          continue;
        }
        RelationType type = RelationType.parse(t).orElseThrow(() -> new IllegalArgumentException(
            "unknown relation type '" + t.strip() + "'; known types: " + Arrays.toString(RelationType.values())));
        out.add(type.name());
      }
    }
    return out;
  }
}
