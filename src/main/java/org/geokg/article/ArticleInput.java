package org.geokg.article;

import java.time.LocalDate;

/**
 * What a user hands in for one article: a URL to fetch, a page's HTML (with its URL if known), or
 * plain text; plus a title and publication date for sources that lack them. Exactly one of
 * {@code html} and {@code text} may be given; with neither, {@code url} is fetched.
 */
public record ArticleInput(String url, String html, String text, String title, LocalDate publishedAt) {
  public ArticleInput {
    url = blankToNull(url);
    html = blankToNull(html);
    text = blankToNull(text);
    title = blankToNull(title);
    if (html != null && text != null) {
      throw new IllegalArgumentException("give either html or text, not both");
    }
    if (url == null && html == null && text == null) {
      throw new IllegalArgumentException("give a url, html or text");
    }
  }

  public static ArticleInput ofText(String text, LocalDate publishedAt) {
    return new ArticleInput(null, null, text, null, publishedAt);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
