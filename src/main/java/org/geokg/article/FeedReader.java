package org.geokg.article;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds to their items, with Rome. Document type declarations are
 * refused (no external entities). Relative links resolve against the feed's own URL.
 *
 * <p>Stateless and thread-safe.
 */
public final class FeedReader {

  private static final java.util.regex.Pattern FEED_ROOT =
      java.util.regex.Pattern.compile("<(rss|feed|rdf:RDF)[\\s>]", java.util.regex.Pattern.CASE_INSENSITIVE);

  /** The feed's items, or why the text is not a feed. */
  public sealed interface Result permits Result.Items, Result.NotAFeed {
    record Items(String title, List<FeedItem> items) implements Result {
      public Items {
        items = List.copyOf(items);
      }
    }

    record NotAFeed(String reason) implements Result {}
  }

  public Result read(String xml, String feedUrl) {
    // An XML parse of a large HTML page costs seconds; a feed says what it is in its first bytes.
    if (!FEED_ROOT.matcher(xml.substring(0, Math.min(xml.length(), 2048))).find()) {
      return new Result.NotAFeed("not an RSS or Atom feed: no <rss>, <feed> or <rdf:RDF> element at the start");
    }
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new StringReader(xml));
    } catch (FeedException | IllegalArgumentException e) {
      return new Result.NotAFeed("not an RSS or Atom feed: " + firstLine(e.getMessage()));
    }
    List<FeedItem> items = new ArrayList<>();
    for (SyndEntry e : feed.getEntries()) {
      String link = e.getLink();
      if ((link == null || link.isBlank()) && e.getUri() != null && e.getUri().matches("(?i)https?://.*")) {
        link = e.getUri();
      }
      if (link == null || link.isBlank()) {
        continue;
      }
      try {
        URI resolved = feedUrl == null ? URI.create(link.strip()) : URI.create(feedUrl).resolve(link.strip());
        Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        items.add(new FeedItem(resolved.toString(), e.getTitle(),
            date == null ? null : LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC)));
      } catch (IllegalArgumentException bad) {
        // An item whose link is not a usable URL is skipped; the rest of the feed still counts.
      }
    }
    return new Result.Items(feed.getTitle(), items);
  }

  private static String firstLine(String s) {
    return s == null ? "unreadable" : s.lines().findFirst().orElse(s);
  }
}
