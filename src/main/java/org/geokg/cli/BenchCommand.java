package org.geokg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.geokg.article.ArticleInput;
import org.geokg.article.ExtractionResult;
import org.geokg.article.HtmlArticleExtractor;
import org.geokg.article.TextLanguage;
import org.geokg.eval.PageVariants;
import org.geokg.graph.GraphQueries;
import org.geokg.graph.GraphViews;
import org.geokg.ingest.BatchIngester;
import org.geokg.ingest.IngestService;
import org.geokg.ingest.StageTimes;
import org.geokg.nlp.CoreNlpAnnotator;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code geokg bench ingest <folder> [--repeat N] [--workers N]}: end-to-end ingestion throughput of
 * the pages of a folder, repeated N times as synthetic variants (each copy's first paragraph is
 * marked, so every copy is a new text under a new URL and is really analysed and written), into a
 * fresh temporary embedded database. Prints articles/s, tokens/s, p50/p99 latency per article, the
 * heap in use (highest sample, and after collections by tenth of the run), the time split by stage
 * and the graph's article count against what was stored; then, in the same process, the bare CoreNLP baseline (its
 * standard annotators with their defaults on every sentence, nothing else) over the same texts on
 * as many threads, and the ratio of the two.
 */
final class BenchCommand {

  private BenchCommand() {}

  static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty() || !args.get(0).equals("ingest") || args.size() < 2) {
      err.println("geokg bench: usage: geokg bench ingest <folder> [--repeat N] [--workers N]");
      return 2;
    }
    Path folder = Path.of(args.get(1));
    int repeat = 1;
    int workers = Runtime.getRuntime().availableProcessors();
    for (int i = 2; i < args.size(); i++) {
      String a = args.get(i);
      try {
        switch (a) {
          case "--repeat" -> repeat = Integer.parseInt(args.get(++i));
          case "--workers" -> workers = Integer.parseInt(args.get(++i));
          default -> throw new IllegalArgumentException();
        }
      } catch (RuntimeException e) {
        err.println("geokg bench: bad argument '" + a + "' (expected --repeat N or --workers N)");
        return 2;
      }
    }
    if (repeat < 1 || workers < 1) {
      err.println("geokg bench: --repeat and --workers must be at least 1");
      return 2;
    }
    List<String[]> pages; // {name, html}
    try {
      pages = pages(folder);
    } catch (IOException | IllegalArgumentException e) {
      err.println("geokg bench: cannot read " + folder + ": " + e.getMessage());
      return 2;
    }
    if (pages.isEmpty()) {
      err.println("geokg bench: no .html, .htm or .html.gz files in " + folder);
      return 2;
    }
    Path data;
    int bolt;
    try {
      data = Files.createTempDirectory("geokg-bench");
      try (ServerSocket s = new ServerSocket(0)) {
        bolt = s.getLocalPort();
      }
    } catch (IOException e) {
      err.println("geokg bench: " + e.getMessage());
      return 1;
    }
    try (ConfigurableApplicationContext ctx = Main.offlineContext(
        List.of("--geokg.data-dir=" + data, "--geokg.bolt-port=" + bolt))) {
      CoreNlpAnnotator nlp = ctx.getBean(CoreNlpAnnotator.class);
      while (!nlp.isReady()) {
        if (nlp.loadFailure().isPresent()) {
          err.println("geokg bench: NLP models failed to load: " + nlp.loadFailure().get());
          return 1;
        }
        Thread.sleep(100);
      }
      StageTimes times = ctx.getBean(StageTimes.class);
      times.reset();
      nlp.resetStepTimes();
      List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP).toList();
      int total = pages.size() * repeat;
      out.printf(Locale.ROOT, "bench ingest: %d pages x %d = %d articles, %d workers%n", pages.size(), repeat, total,
          workers);
      // Live heap after each old-generation collection, sampled at every tenth of the run: flat
      // on a long run means no leak (the peak alone mixes in garbage not yet collected).
      MemoryPoolMXBean old = heap.stream().filter(p -> p.getName().contains("Old")).findFirst().orElse(null);
      List<String> liveHeap = java.util.Collections.synchronizedList(new ArrayList<>());
      java.util.concurrent.atomic.AtomicInteger nextTenth = new java.util.concurrent.atomic.AtomicInteger(1);
      // Heap in use, sampled after every article (the pools' own peaks, summed, overstate it: each
      // pool peaks at a different moment).
      java.lang.management.MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      java.util.concurrent.atomic.AtomicLong peakInUse = new java.util.concurrent.atomic.AtomicLong();
      BatchIngester.Report r = new BatchIngester(ctx.getBean(IngestService.class), workers)
          .run(variants(pages, repeat), total, (done, t, elapsed) -> {
            peakInUse.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            int tenth = nextTenth.get();
            if (old != null && old.getCollectionUsage() != null && done * 10L >= (long) tenth * total
                && nextTenth.compareAndSet(tenth, tenth + 1)) {
              liveHeap.add(String.format(Locale.ROOT, "%d%% %.2f", tenth * 10, old.getCollectionUsage().getUsed() / 1e9));
              // A long run shows its progress as it goes (a 50,000-article run takes hours).
              out.printf(Locale.ROOT, "progress: %d of %d inputs in %.0f s, live heap %.2f GB%n", done, t,
                  elapsed.toNanos() / 1e9, old.getCollectionUsage().getUsed() / 1e9);
            }
          });
      double wall = r.elapsed().toNanos() / 1e9;
      List<Long> ms = r.latencies().stream().map(Duration::toMillis).sorted().toList();
      // Articles not in English are skipped before NLP: counting them would flatter the rate.
      int english = total - r.notEnglish();
      out.printf(Locale.ROOT, "end-to-end: %.2f English articles/s (%.2f inputs/s), %.0f tokens/s, %.1f s wall"
          + " (%d stored, %d unchanged, %d duplicates, %d not English, %d failed, %d relations)%n", english / wall,
          total / wall, times.tokens() / wall, wall, r.ingested(), r.unchanged(), r.duplicates(), r.notEnglish(),
          r.failed(), r.relations());
      out.printf(Locale.ROOT, "latency per article: p50 %d ms, p99 %d ms; heap in use at most %.2f GB (sampled after"
          + " each article) of a %.2f GB maximum heap (-Xmx)%n", percentile(ms, 0.50), percentile(ms, 0.99),
          peakInUse.get() / 1e9, maxHeapSize() / 1e9);
      StringBuilder split = new StringBuilder("time by stage (share of worker time):");
      double workerTime = wall * workers;
      for (Map.Entry<StageTimes.Stage, Duration> e : times.totals().entrySet()) {
        split.append(String.format(Locale.ROOT, " %s %.1f%%", e.getKey().name().toLowerCase(Locale.ROOT),
            100 * e.getValue().toNanos() / 1e9 / workerTime));
      }
      out.println(split);
      out.println("NLP steps (thread time): " + nlp.stepTimes());
      if (!liveHeap.isEmpty()) {
        out.println("old generation after collection, GB, by progress: " + String.join(", ", liveHeap));
      }
      long articles = ctx.getBean(GraphQueries.class).stats(1, 1).labels().stream()
          .filter(c -> c.name().equals("Article")).mapToLong(GraphViews.NamedCount::count).sum();
      boolean countsMatch = articles == r.ingested() - r.unchanged();
      out.printf(Locale.ROOT, "graph: %d articles for %d stored by this run: %s%n", articles,
          r.ingested() - r.unchanged(), countsMatch ? "match" : "MISMATCH");
      double writeShareOfWall = times.totals().get(StageTimes.Stage.WRITE).toNanos() / 1e9 / workers / wall;
      out.printf(Locale.ROOT, "graph writes: %.1f%% of wall time%n", 100 * writeShareOfWall);

      // Loaded only now, so that the heap figures above are the pipeline's own.
      CoreNlpAnnotator bare = CoreNlpAnnotator.fullCoreNlp();
      List<String> texts = englishTexts(pages);
      double baseline = baseline(bare, texts, workers);
      out.printf(Locale.ROOT, "bare CoreNLP baseline (tokenize,ssplit,pos,lemma,ner,depparse with CoreNLP's defaults on"
          + " every sentence, %d threads, the %d English texts of %d pages): %.2f articles/s;"
          + " end-to-end / baseline = %.2f%n", workers, texts.size(), pages.size(), baseline, (english / wall) / baseline);
      return r.failed() == 0 && countsMatch ? 0 : 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    } finally {
      deleteTree(data, err); // the bench's own database, closed with the context above
    }
  }

  private static void deleteTree(Path dir, PrintStream err) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    } catch (IOException e) {
      err.println("geokg bench: could not delete " + dir + ": " + e.getMessage());
    }
  }

  /** The -Xmx setting (the heap's usable maximum excludes a survivor space and reads lower). */
  private static long maxHeapSize() {
    var hotspot = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
    return hotspot == null ? Runtime.getRuntime().maxMemory() : Long.parseLong(hotspot.getVMOption("MaxHeapSize").getValue());
  }

  private static long percentile(List<Long> sorted, double p) {
    return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())));
  }

  private static List<String[]> pages(Path folder) throws IOException {
    List<String[]> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path f : files.filter(Files::isRegularFile).filter(f -> "html".equals(IngestCommand.kind(f))).sorted().toList()) {
        out.add(new String[] {f.getFileName().toString().replaceAll("\\.html?(\\.gz)?$", ""), IngestCommand.read(f)});
      }
    }
    return out;
  }

  /**
   * Copy {@code c} of each page as a new article: its text differs (a marker opens its first
   * paragraph) and so does its identity (the page's own canonical URL becomes the copy's URL), so
   * that each copy is analysed and written in full, and the graph ends with one article per copy.
   */
  private static Iterator<BatchIngester.Item> variants(List<String[]> pages, int repeat) {
    List<PageVariants> prepared = pages.stream().map(p -> PageVariants.of(p[0], p[1])).toList();
    return new Iterator<>() {
      int i = 0;

      public boolean hasNext() {
        return i < pages.size() * repeat;
      }

      public BatchIngester.Item next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        int copy = i / pages.size();
        PageVariants page = prepared.get(i % pages.size());
        i++;
        String url = PageVariants.url(copy, page.name());
        return new BatchIngester.Item(url, () -> new ArticleInput(url, page.copy(copy, url), null, null, null));
      }
    };
  }

  /** The extracted texts of the pages that the pipeline analyses: those in English. */
  private static List<String> englishTexts(List<String[]> pages) {
    HtmlArticleExtractor extractor = new HtmlArticleExtractor();
    List<String> texts = new ArrayList<>();
    for (String[] p : pages) {
      if (extractor.extract(p[1], null) instanceof ExtractionResult.Extracted e
          && !(TextLanguage.of(e.article()) instanceof TextLanguage.Language l && !l.isEnglish())) {
        texts.add(e.article().text());
      }
    }
    return texts;
  }

  /** Articles per second of CoreNLP alone over {@code texts}, on {@code threads} threads. */
  private static double baseline(CoreNlpAnnotator nlp, List<String> texts, int threads) throws InterruptedException {
    nlp.annotate("The models load before the clock starts.", null);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long start = System.nanoTime();
      List<Future<?>> jobs = new ArrayList<>();
      for (String t : texts) {
        jobs.add(pool.submit(() -> nlp.annotate(t, null)));
      }
      for (Future<?> f : jobs) {
        try {
          f.get();
        } catch (java.util.concurrent.ExecutionException e) {
          // a text CoreNLP cannot annotate still counts its time; it would fail ingestion the same way
        }
      }
      return texts.size() / ((System.nanoTime() - start) / 1e9);
    } finally {
      pool.shutdown();
    }
  }
}
