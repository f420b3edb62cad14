package org.geokg.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Plain text (a copied page, a reader-app export) to {@link Article}. The body is the run of prose
 * paragraphs, opened by the short statements just before it; the other short lines before it give
 * the title, author and publisher; short lines after it
 * (sign-up prompts, "Related Stories") and photo captions inside it are page chrome and left out.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextArticleReader {

  // A trailing credit such as "(AFP via Getty Images)", "(AP)", "(Reuters/John Smith)".
  private static final Pattern CREDIT =
      Pattern.compile("\\((?:[A-Z][\\p{L}.&'’-]*|via|and|for|by|/|\\s|Photo:?|Image:?)+\\)\\s*$");
  private static final Pattern CREDIT_LINE =
      Pattern.compile("^(?:photo|image|picture|credit|photograph)s?\\s*(?:credit)?\\s*[:/].*", Pattern.CASE_INSENSITIVE);
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’)\\]]*$");
  private static final Pattern BYLINE = Pattern.compile("^(?:[Bb]y\\s+)?(\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3})$");
  private static final int PROSE_WORDS = 12;

  /** Reads {@code text}; returns empty when it holds no prose paragraph at all. */
  public Optional<Article> read(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
      String l = line.strip().replaceAll("\\s+", " ");
      if (!l.isEmpty()) {
        lines.add(l);
      }
    }
    int first = -1;
    int last = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (isProse(lines.get(i))) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0) {
      return Optional.empty();
    }
    while (first > 0 && isShortStatement(lines.get(first - 1))) {
      first--; // "Venezuela deploys 15,000 troops to its border." opens the body, though short
    }
    List<String> body = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = first; i <= last; i++) {
      String l = lines.get(i);
      if (isCaption(l) || !seen.add(l)) {
        continue;
      }
      body.add(l);
    }
    Header header = header(lines.subList(0, first));
    return Optional.of(new Article(null, header.title, header.author, header.publisher, null, null, body));
  }

  static boolean isProse(String line) {
    return line.split(" ").length >= PROSE_WORDS && SENTENCE_END.matcher(line).find() && !isCaption(line);
  }

  /** Words a statement needs to open the body before its first prose paragraph. */
  private static final int STATEMENT_WORDS = 5;
  private static final Pattern STATEMENT_END = Pattern.compile("[.!][\"'”’)\\]]*$");

  /**
   * A short line that reads as a sentence (five words or more, ending with a full stop): the body's
   * opening, not a header line. Titles, bylines and section names do not end so; a question does
   * not count, as headlines often ask one.
   */
  static boolean isShortStatement(String line) {
    return line.split(" ").length >= STATEMENT_WORDS && STATEMENT_END.matcher(line).find() && !isCaption(line);
  }

  static boolean isCaption(String line) {
    return CREDIT.matcher(line).find() || CREDIT_LINE.matcher(line).matches();
  }

  private record Header(String title, String author, String publisher) {}

  /** Title: the longest header line of 5+ words; publisher: a repeated line; author: a name-like line. */
  private static Header header(List<String> lines) {
    String title = null;
    for (String l : lines) {
      if (l.split(" ").length >= 5 && (title == null || l.length() > title.length())) {
        title = l;
      }
    }
    Map<String, Integer> counts = new HashMap<>();
    lines.forEach(l -> counts.merge(l, 1, Integer::sum));
    String publisher = null;
    for (String l : lines) {
      if (counts.get(l) > 1 && l.split(" ").length <= 6 && !l.equals(title)) {
        publisher = l;
        break;
      }
    }
    String author = null;
    int titleAt = title == null ? lines.size() : lines.indexOf(title);
    for (int i = titleAt - 1; i >= 0; i--) {
      var m = BYLINE.matcher(lines.get(i));
      if (m.matches() && !lines.get(i).equals(publisher) && counts.get(lines.get(i)) == 1) {
        author = m.group(1);
        break;
      }
    }
    return new Header(title, author, publisher);
  }
}
