package org.geokg.graph;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * A keyset position in a listing sorted by (day, id): the last row of a page. Clients see it only as
 * an opaque URL-safe token; its content may change between versions.
 */
record Cursor(LocalDate day, String id) {

  String encode() {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(("v1|" + day + "|" + id).getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor a client passed back; null or blank for the first page. */
  static Cursor decode(String token) {
    if (token == null || token.isBlank()) {
      return null;
    }
    try {
      String[] parts = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8).split("\\|", 3);
      if (parts.length != 3 || !parts[0].equals("v1")) {
        throw new IllegalArgumentException("bad cursor");
      }
      return new Cursor(LocalDate.parse(parts[1]), parts[2]);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new IllegalArgumentException("cursor is not one this API returned as 'next'");
    }
  }
}
