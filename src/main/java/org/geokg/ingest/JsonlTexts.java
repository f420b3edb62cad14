package org.geokg.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.geokg.article.ArticleInput;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Articles as JSON lines, one object per line: {@code text} (required), and optionally {@code url},
 * {@code title}, {@code date} ({@code YYYY-MM-DD}, the publication date) and {@code id} (names the
 * line in reports). The format of {@code geokg events} and of the corpora in {@code ../shared}. Blank
 * lines are skipped; a line that is not such an object is still a {@link Line}, whose {@link
 * Line#input} fails with the reason, so that a batch reports it and goes on.
 */
public final class JsonlTexts {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private JsonlTexts() {}

  /**
   * One line of a file, by its 1-based number; {@code problem} is null for a good line, else why it
   * gives no article (and {@code text} is null).
   */
  public record Line(int number, String id, String url, String text, String title, LocalDate date, String problem) {
    public Line {
      if (number < 1) {
        throw new IllegalArgumentException("line numbers start at 1");
      }
      if ((problem == null) == (text == null)) {
        throw new IllegalArgumentException("a line has a text or a problem");
      }
    }

    /**
     * The article of the line; {@code publishedAt}, when given, overrides the line's date.
     *
     * @throws IOException with the line's problem, for a bad line
     */
    public ArticleInput input(LocalDate publishedAt) throws IOException {
      if (problem != null) {
        throw new IOException("line " + number + ": " + problem);
      }
      return new ArticleInput(url, null, text, title, publishedAt != null ? publishedAt : date);
    }
  }

  /** Every non-blank line of {@code file}, parsed. */
  public static List<Line> read(Path file) throws IOException {
    return read(file, false);
  }

  /** The same, each line without an {@code id} bad when {@code idRequired} ({@code geokg events}). */
  public static List<Line> read(Path file, boolean idRequired) throws IOException {
    List<Line> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int n = 0;
      for (String raw; (raw = r.readLine()) != null; ) {
        n++;
        if (!raw.isBlank()) {
          out.add(parse(n, raw, idRequired));
        }
      }
    }
    return out;
  }

  /** Line {@code number} of a file, whose text is {@code raw}. */
  public static Line parse(int number, String raw) {
    return parse(number, raw, false);
  }

  private static Line parse(int number, String raw, boolean idRequired) {
    JsonNode n;
    try {
      n = JSON.readTree(raw);
    } catch (RuntimeException e) {
      return bad(number, "not JSON");
    }
    if (n == null || !n.isObject()) {
      return bad(number, "not a JSON object");
    }
    if (idRequired && string(n, "id") == null) {
      return bad(number, "no id");
    }
    JsonNode text = n.get("text");
    if (text == null || !text.isString() || text.asString().isBlank()) {
      return bad(number, "no text");
    }
    LocalDate date = null;
    JsonNode d = n.get("date");
    if (d != null && !d.isNull()) {
      try {
        date = LocalDate.parse(d.asString("").strip());
      } catch (DateTimeParseException e) {
        return bad(number, "date is not YYYY-MM-DD: " + d.asString(""));
      }
    }
    return new Line(number, string(n, "id"), string(n, "url"), text.asString(), string(n, "title"), date, null);
  }

  private static String string(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() || !v.isValueNode() ? null : v.asString();
  }

  private static Line bad(int number, String problem) {
    return new Line(number, null, null, null, null, null, problem);
  }
}
