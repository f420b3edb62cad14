package org.geokg.article;

import java.net.URI;
import java.time.LocalDate;

/**
 * One item of an RSS or Atom feed: the article's link, with the title and date the feed gives.
 *
 * @param link absolute http(s) URL of the article
 * @param title the item's title or null
 * @param publishedAt the item's publication (or update) date or null
 */
public record FeedItem(String link, String title, LocalDate publishedAt) {
  public FeedItem {
    URI u = URI.create(link);
    if (!u.isAbsolute() || !(u.getScheme().equalsIgnoreCase("http") || u.getScheme().equalsIgnoreCase("https"))) {
      throw new IllegalArgumentException("feed item link is not an absolute http(s) URL: " + link);
    }
  }
}
