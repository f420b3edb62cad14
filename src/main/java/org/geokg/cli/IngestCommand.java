package org.geokg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.geokg.article.ArticleInput;
import org.geokg.article.FeedItem;
import org.geokg.article.FeedReader;
import org.geokg.article.WarcPages;
import org.geokg.fetch.CappedReads;
import org.geokg.fetch.FetchResult;
import org.geokg.fetch.PageDecoding;
import org.geokg.fetch.PageFetcher;
import org.geokg.ingest.BatchIngester;
import org.geokg.ingest.InputFiles;
import org.geokg.ingest.JsonlTexts;
import org.geokg.ingest.ProgressBar;
import org.geokg.ingest.IngestService;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code geokg ingest <file|folder|url|->... [--feed <url|file>]... [--warc <file>]... [--jsonl <file>]...
 * [--published-at YYYY-MM-DD] [--workers N]}: every {@code .html}, {@code .htm}, {@code .html.gz}
 * and {@code .txt} file (folders recursively), every URL, standard input ({@code -}), every item of
 * RSS/Atom feeds, every HTML response of WARC archives and every line of JSONL files of texts
 * ({@link JsonlTexts}), one article each, on several threads. A
 * failing input is reported and skipped. On a terminal a progress bar shows count, rate and ETA.
 * Ends with the failures and one summary line; exit 0 when every input was stored (or was a
 * duplicate), 1 when some failed, 2 for bad arguments.
 */
final class IngestCommand {

  static final long MAX_FILE_BYTES = InputFiles.MAX_FILE_BYTES;

  private IngestCommand() {}

  private record Options(List<String> springArgs, List<Path> files, List<String> urls, boolean stdin,
      List<String> feeds, List<Path> warcs, List<Path> jsonl, LocalDate publishedAt, int workers) {}

  static int run(List<String> args, PrintStream out, PrintStream err) {
    Options o;
    try {
      o = parse(args);
    } catch (IllegalArgumentException e) {
      err.println("geokg ingest: " + e.getMessage());
      return 2;
    }
    try (ConfigurableApplicationContext ctx = Main.offlineContext(o.springArgs())) {
      List<Iterator<BatchIngester.Item>> parts = new ArrayList<>();
      int total = 0;
      List<BatchIngester.Item> direct = new ArrayList<>();
      for (Path f : o.files()) {
        direct.add(new BatchIngester.Item(f.toString(), () -> fileInput(f, o.publishedAt())));
      }
      for (String u : o.urls()) {
        direct.add(new BatchIngester.Item(u, () -> new ArticleInput(u, null, null, null, o.publishedAt())));
      }
      if (o.stdin()) {
        direct.add(new BatchIngester.Item("standard input",
            () -> textOrHtml(PageDecoding.decode(CappedReads.readAll(System.in, MAX_FILE_BYTES), null, true), o.publishedAt())));
      }
      for (Path j : o.jsonl()) {
        List<JsonlTexts.Line> lines;
        try {
          lines = JsonlTexts.read(j);
        } catch (IOException e) {
          err.println("geokg ingest: cannot read " + j + ": " + e.getMessage());
          return 1;
        }
        for (JsonlTexts.Line line : lines) {
          direct.add(new BatchIngester.Item(j + ":" + line.number(), () -> line.input(o.publishedAt())));
        }
      }
      total += direct.size();
      parts.add(direct.iterator());
      List<String> feedErrors = new ArrayList<>();
      PageFetcher fetcher = ctx.getBean(PageFetcher.class);
      for (String feed : o.feeds()) {
        List<FeedItem> items = feedItems(feed, fetcher, feedErrors);
        total += items.size();
        parts.add(items.stream().map(i -> new BatchIngester.Item(i.link(), () -> new ArticleInput(i.link(), null,
            null, i.title(), o.publishedAt() != null ? o.publishedAt() : i.publishedAt()))).iterator());
      }
      feedErrors.forEach(e -> err.println("geokg ingest: " + e));
      boolean unknownTotal = !o.warcs().isEmpty();
      List<WarcPages> open = new ArrayList<>();
      try {
        for (Path w : o.warcs()) {
          WarcPages pages = new WarcPages(w, MAX_FILE_BYTES);
          open.add(pages);
          parts.add(new Iterator<>() {
            public boolean hasNext() {
              return pages.hasNext();
            }

            public BatchIngester.Item next() {
              WarcPages.Page p = pages.next();
              return new BatchIngester.Item(p.url(),
                  () -> new ArticleInput(p.url(), p.html(), null, null, o.publishedAt()));
            }
          });
        }
        if (total == 0 && !unknownTotal) {
          err.println("geokg ingest: nothing to ingest" + (feedErrors.isEmpty() ? "" : " (the feeds gave no items)"));
          return feedErrors.isEmpty() ? 2 : 1;
        }
        ProgressBar bar = new ProgressBar(err, System.console() != null);
        BatchIngester.Report r = new BatchIngester(ctx.getBean(IngestService.class), o.workers())
            .run(concat(parts), unknownTotal ? -1 : total, bar::update);
        bar.finish();
        for (BatchIngester.Failure f : r.failures()) {
          err.println("geokg ingest: " + f.name() + ": " + f.reason());
        }
        out.printf(Locale.ROOT,
            "ingested %d of %d articles (%d unchanged, %d duplicates, %d not English, %d failed), %d relations,"
            + " in %.1f s%n", r.ingested(), r.total(), r.unchanged(), r.duplicates(), r.notEnglish(), r.failed(),
            r.relations(),
            r.elapsed().toMillis() / 1000.0);
        return r.failed() == 0 && feedErrors.isEmpty() ? 0 : 1;
      } catch (IOException e) {
        err.println("geokg ingest: cannot read the archive: " + e.getMessage());
        return 1;
      } finally {
        for (WarcPages p : open) {
          try {
            p.close();
          } catch (IOException ignored) {
            // closing a read-only file: nothing to lose
          }
        }
      }
    }
  }

  private static Options parse(List<String> args) {
    List<String> spring = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    List<String> urls = new ArrayList<>();
    List<String> feeds = new ArrayList<>();
    List<Path> warcs = new ArrayList<>();
    List<Path> jsonl = new ArrayList<>();
    boolean stdin = false;
    LocalDate publishedAt = null;
    int workers = Runtime.getRuntime().availableProcessors();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      String option = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
      switch (option) {
        case "--published-at", "--feed", "--warc", "--jsonl", "--workers" -> {
          String v = a.contains("=") ? a.substring(a.indexOf('=') + 1) : i + 1 < args.size() ? args.get(++i) : null;
          if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(option + " needs a value");
          }
          switch (option) {
            case "--published-at" -> {
              try {
                publishedAt = LocalDate.parse(v);
              } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--published-at must be a date as YYYY-MM-DD, got '" + v + "'");
              }
            }
            case "--feed" -> feeds.add(v);
            case "--warc" -> warcs.add(existing(v));
            case "--jsonl" -> jsonl.add(existing(v));
            default -> {
              try {
                workers = Integer.parseInt(v);
              } catch (NumberFormatException e) {
                workers = 0;
              }
              if (workers < 1 || workers > 64) {
                throw new IllegalArgumentException("--workers must be a number from 1 to 64, got '" + v + "'");
              }
            }
          }
        }
        case "-" -> stdin = true;
        default -> {
          if (a.startsWith("--")) {
            spring.add(a);
          } else if (a.matches("(?i)https?://.*")) {
            urls.add(a);
          } else {
            files.addAll(files(existing(a)));
          }
        }
      }
    }
    if (files.isEmpty() && urls.isEmpty() && feeds.isEmpty() && warcs.isEmpty() && jsonl.isEmpty() && !stdin) {
      throw new IllegalArgumentException("nothing to ingest; give files or folders (.html, .htm, .html.gz, .txt), URLs,"
          + " -, --feed, --warc or --jsonl");
    }
    return new Options(spring, files, urls, stdin, feeds, warcs, jsonl, publishedAt, workers);
  }

  private static Path existing(String a) {
    Path p = Path.of(a);
    if (!Files.exists(p)) {
      throw new IllegalArgumentException("no such file or folder: " + a);
    }
    return p;
  }

  private static List<Path> files(Path p) {
    return InputFiles.list(p);
  }

  /** "html" or "text" by file name, null for files a folder walk skips. */
  static String kind(Path f) {
    return InputFiles.kind(f);
  }

  private static ArticleInput fileInput(Path f, LocalDate publishedAt) throws IOException {
    return InputFiles.input(f, publishedAt);
  }

  private static ArticleInput textOrHtml(String content, LocalDate publishedAt) {
    return InputFiles.textOrHtml(content, publishedAt);
  }

  /** RSS or Atom items of a feed given as a URL or a file; problems go to {@code errors}. */
  private static List<FeedItem> feedItems(String feed, PageFetcher fetcher, List<String> errors) {
    String xml;
    String base = null;
    if (feed.matches("(?i)https?://.*")) {
      switch (fetcher.fetchFeed(URI.create(feed))) {
        case FetchResult.Failed f -> {
          errors.add("feed " + feed + ": " + f.reason());
          return List.of();
        }
        case FetchResult.Page p -> {
          xml = p.body();
          base = p.finalUrl().toString();
        }
      }
    } else {
      try {
        xml = read(existing(feed));
      } catch (IOException | IllegalArgumentException e) {
        errors.add("feed " + feed + ": " + e.getMessage());
        return List.of();
      }
    }
    return switch (new FeedReader().read(xml, base)) {
      case FeedReader.Result.Items items -> items.items();
      case FeedReader.Result.NotAFeed n -> {
        errors.add("feed " + feed + ": " + n.reason());
        yield List.of();
      }
    };
  }

  /** The file's text, decoded as a browser would ({@link InputFiles#read}). */
  static String read(Path f) throws IOException {
    return InputFiles.read(f);
  }

  private static <T> Iterator<T> concat(List<Iterator<T>> parts) {
    return new Iterator<>() {
      int i = 0;

      public boolean hasNext() {
        while (i < parts.size() && !parts.get(i).hasNext()) {
          i++;
        }
        return i < parts.size();
      }

      public T next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return parts.get(i).next();
      }
    };
  }
}
