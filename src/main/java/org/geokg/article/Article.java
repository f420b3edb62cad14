package org.geokg.article;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A news article as extracted from a page or a text: metadata and the body as paragraphs, page chrome
 * (menus, sign-up prompts, captions, credits) already removed.
 *
 * <p>Immutable and thread-safe. {@code url}, {@code title}, {@code author}, {@code publisher},
 * {@code publishedAt} and {@code language} may be null when the source does not give them; the body
 * has at least one non-blank paragraph.
 */
public record Article(
    String url,
    String title,
    String author,
    String publisher,
    LocalDate publishedAt,
    String language,
    List<String> paragraphs) {

  public Article {
    paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
    if (paragraphs.stream().allMatch(String::isBlank)) {
      throw new IllegalArgumentException("an article needs a body");
    }
    if (url != null) {
      URI.create(url); // rejects malformed URLs early
    }
    title = blankToNull(title);
    author = blankToNull(author);
    publisher = blankToNull(publisher);
    language = blankToNull(language);
  }

  /** The body, paragraphs separated by blank lines. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }

  /**
   * A stable identifier: derived from the canonical URL when there is one, otherwise from the body
   * text, so that ingesting the same article twice yields the same id.
   */
  public String id() {
    return Sha256.hex(url != null ? "url:" + url : "text:" + text().strip()).substring(0, 24);
  }

  /** A fingerprint of the body alone, for recognising the same text under different URLs. */
  public String bodyHash() {
    return Sha256.hex(text().replaceAll("\\s+", " ").strip());
  }

  /**
   * A copy with what the user said about the article: a given title or date replaces the one
   * inferred from the source; a given URL is used only when the source names no canonical one.
   */
  public Article withHints(String url, String title, LocalDate publishedAt) {
    return new Article(
        this.url != null ? this.url : url,
        title != null ? title : this.title,
        author,
        publisher,
        publishedAt != null ? publishedAt : this.publishedAt,
        language,
        paragraphs);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
