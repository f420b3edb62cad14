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
      String[] parts = parts(token, 3);
      if (parts.length != 3 || !parts[0].equals("v1")) {
        throw new IllegalArgumentException("bad cursor");
      }
      return new Cursor(LocalDate.parse(parts[1]), parts[2]);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new IllegalArgumentException("cursor is not one this API returned as 'next'");
    }
  }

  /** A position in a ranked listing (search results): how many rows the pages before it held. */
  static String offset(int rows) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(("v1o|" + rows).getBytes(StandardCharsets.UTF_8));
  }

  /** The rows to skip for a ranked listing's cursor; 0 for the first page. */
  static int offsetOf(String token) {
    if (token == null || token.isBlank()) {
      return 0;
    }
    try {
      String[] parts = parts(token, 2);
      int rows = parts.length == 2 && parts[0].equals("v1o") ? Integer.parseInt(parts[1]) : -1;
      if (rows < 0) {
        throw new IllegalArgumentException("bad cursor");
      }
      return rows;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("cursor is not one this API returned as 'next'");
    }
  }

  private static String[] parts(String token, int n) {
    return new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8).split("\\|", n);
  }
}
