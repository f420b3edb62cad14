package org.geokg.ingest;

import java.net.URI;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.geokg.article.ArticleInput;
import org.geokg.article.FeedItem;
import org.geokg.article.FeedReader;
import org.geokg.article.ReadResult;
import org.geokg.fetch.FetchResult;
import org.geokg.fetch.PageFetcher;
import org.geokg.graph.FeedLedger;
import org.geokg.system.FeedProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Polls the configured feeds while {@code serve} runs: every {@code geokg.feeds.interval}, each
 * feed's new items (those the {@link FeedLedger} has not seen, across restarts too) are ingested on
 * one thread, and remembered with their outcome. A feed or an item page that cannot be fetched is
 * logged and tried again at the next poll. One poll at a time.
 */
@Component
@ConditionalOnWebApplication
public class FeedPoller implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

  private final FeedProperties feeds;
  private final PageFetcher fetcher;
  private final FeedLedger ledger;
  private final IngestService ingest;
  private final AtomicInteger polls = new AtomicInteger();
  private ScheduledExecutorService timer;

  FeedPoller(FeedProperties feeds, PageFetcher fetcher, FeedLedger ledger, IngestService ingest) {
    this.feeds = feeds;
    this.fetcher = fetcher;
    this.ledger = ledger;
    this.ingest = ingest;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (feeds.urls().isEmpty()) {
      return;
    }
    timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "feed-poller");
      t.setDaemon(true);
      return t;
    });
    long every = feeds.interval().toMillis();
    timer.scheduleWithFixedDelay(this::pollAll, 0, every, TimeUnit.MILLISECONDS);
    log.info("Polling {} feed(s) every {}", feeds.urls().size(), feeds.interval());
  }

  /** Number of completed polls of all feeds. */
  public int polls() {
    return polls.get();
  }

  void pollAll() {
    for (String feed : feeds.urls()) {
      try {
        poll(feed);
      } catch (RuntimeException e) {
        log.warn("Feed {}: {}", feed, e.getMessage()); // the database may be away: next poll retries
      }
    }
    polls.incrementAndGet();
  }

  private void poll(String feed) {
    List<FeedItem> items = switch (fetcher.fetchFeed(URI.create(feed))) {
      case FetchResult.Failed f -> {
        log.warn("Feed {}: {}", feed, f.reason());
        yield List.of();
      }
      case FetchResult.Page p -> switch (new FeedReader().read(p.body(), p.finalUrl().toString())) {
        case FeedReader.Result.Items i -> i.items();
        case FeedReader.Result.NotAFeed n -> {
          log.warn("Feed {}: {}", feed, n.reason());
          yield List.of();
        }
      };
    };
    List<String> fresh = ledger.unseen(items.stream().map(FeedItem::link).toList());
    for (FeedItem item : items) {
      if (!fresh.contains(item.link())) {
        continue;
      }
      String outcome = switch (ingest.ingest(new ArticleInput(item.link(), null, null, item.title(), item.publishedAt()))) {
        case IngestResult.Ingested ok -> "ingested";
        case IngestResult.Duplicate d -> "duplicate of " + d.existingId();
        case IngestResult.NotEnglish n -> "skipped: written in " + n.language();
        case IngestResult.Rejected r when r.kind() == ReadResult.Cause.FETCH_FAILED -> null; // try again next poll
        case IngestResult.Rejected r -> "failed: " + r.reason();
      };
      if (outcome != null) {
        ledger.seen(item.link(), feed, outcome);
      }
    }
  }

  @Override
  public void destroy() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }
}
