package org.geokg.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.geokg.article.ArticleInput;
import org.geokg.article.WarcPages;
import org.geokg.eval.PageVariants;
import org.geokg.ingest.InputFiles;
import org.geokg.ingest.JsonlTexts;

/**
 * A reference to one input, listed on the driver and read on an executor ({@link #load}): a file
 * of a folder, one HTML response of a WARC archive (by the offset of its record), one line of a JSONL
 * file (by the offset of its first byte), or one synthetic copy of a benchmark page. Only the
 * reference travels; the content is read where it is analysed, so the files must be at the same
 * path on every executor (a shared or replicated file system). Immutable.
 *
 * @param kind what {@code path} holds
 * @param path the file, as the executors see it
 * @param offset the WARC record's or the JSONL line's byte offset; the copy number of a bench copy
 * @param line the JSONL line's number (1-based); 0 otherwise
 * @param name how reports name the input
 */
public record InputItem(Kind kind, String path, long offset, int line, String name) implements Serializable {

  /** The kinds of input. */
  public enum Kind { FILE, WARC_RECORD, JSONL_LINE, BENCH_COPY }

  public InputItem {
    if (kind == null || path == null || path.isBlank() || name == null || name.isBlank()) {
      throw new IllegalArgumentException("an input item needs a kind, a path and a name");
    }
    if (offset < 0 || (kind == Kind.JSONL_LINE) != (line > 0)) {
      throw new IllegalArgumentException("bad offset or line number for " + name);
    }
  }

  /** Benchmark pages, prepared once per JVM: preparing one runs the extractor twice. */
  private static final Map<String, PageVariants> PAGES = new ConcurrentHashMap<>();

  /**
   * Reads the input, as {@code ingest} reads the same file, archive record or line;
   * {@code publishedAt}, when given, sets the publication date as {@code --published-at} does.
   *
   * @throws IOException when it cannot be read, or holds no article (the reason is the message)
   */
  public ArticleInput load(LocalDate publishedAt) throws IOException {
    Path file = Path.of(path);
    return switch (kind) {
      case FILE -> InputFiles.input(file, publishedAt);
      case WARC_RECORD -> {
        WarcPages.Page p = WarcPages.pageAt(file, offset, InputFiles.MAX_FILE_BYTES)
            .orElseThrow(() -> new IOException("no HTML page in the archive record at byte " + offset));
        yield new ArticleInput(p.url(), p.html(), null, null, publishedAt);
      }
      case JSONL_LINE -> JsonlTexts.parse(line, lineAt(file, offset)).input(publishedAt);
      case BENCH_COPY -> {
        PageVariants page = PAGES.computeIfAbsent(path, k -> {
          try {
            return PageVariants.of(SparkInputs.benchName(file), InputFiles.read(file));
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
        int copy = Math.toIntExact(offset);
        yield new ArticleInput(name, page.copy(copy, name), null, null, publishedAt);
      }
    };
  }

  private static String lineAt(Path file, long offset) throws IOException {
    try (FileChannel ch = FileChannel.open(file)) {
      ch.position(offset);
      BufferedReader r = new BufferedReader(new InputStreamReader(Channels.newInputStream(ch), StandardCharsets.UTF_8));
      String s = r.readLine();
      if (s == null) {
        throw new IOException("no line at byte " + offset);
      }
      return s;
    }
  }
}
