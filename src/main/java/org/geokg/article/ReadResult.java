package org.geokg.article;

/** The outcome of reading an {@link ArticleInput}: an article, or why there is none. */
public sealed interface ReadResult permits ReadResult.Read, ReadResult.Unreadable {

  /** The article. */
  record Read(Article article) implements ReadResult {}

  /** Why an input gives no article. */
  enum Cause {
    /** The input holds no article (no prose, a bad URL). */
    NO_ARTICLE,
    /** Its page could not be fetched. */
    FETCH_FAILED,
    /** Its URL, or a redirect's, points where geokg does not fetch (loopback, private, metadata). */
    REFUSED
  }

  /** No article: {@code reason} is one line for the user. */
  record Unreadable(String reason, Cause cause) implements ReadResult {
    public Unreadable {
      if (reason == null || reason.isBlank() || cause == null) {
        throw new IllegalArgumentException("a reason and a cause are required");
      }
    }
  }
}
