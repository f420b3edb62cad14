package org.geokg.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.geokg.fetch.CappedReads;
import org.geokg.fetch.PageDecoding;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTML pages of a WARC file (plain or gzipped, as news crawls such as CC-NEWS publish them):
 * every {@code response} record with status 200 and an HTML content type, read lazily one at a
 * time with jwarc. Bodies above the size cap are skipped. For readers on several machines,
 * {@link #pageOffsets} lists where the pages' records start and {@link #pageAt} reads one of them.
 *
 * <p>Not thread-safe: one reader per file, iterated by one thread.
 */
public final class WarcPages implements Iterator<WarcPages.Page>, AutoCloseable {

  /** One HTML page captured in the archive. */
  public record Page(String url, String html, LocalDate capturedAt) {}

  private final WarcReader reader;
  private final Iterator<WarcRecord> records;
  private final long maxBytes;
  private Page next;

  public WarcPages(Path file, long maxBytes) throws IOException {
    this.reader = new WarcReader(FileChannel.open(file));
    this.records = reader.iterator();
    this.maxBytes = maxBytes;
  }

  @Override
  public boolean hasNext() {
    while (next == null && records.hasNext()) {
      next = page(records.next());
    }
    return next != null;
  }

  @Override
  public Page next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Page p = next;
    next = null;
    return p;
  }

  /**
   * Where each record that {@link WarcPages} would read as a page starts in {@code file} (for a
   * gzipped archive, its gzip member), in file order: the records' headers are read, not their bodies.
   */
  public static List<Long> pageOffsets(Path file) throws IOException {
    List<Long> out = new ArrayList<>();
    try (WarcReader r = new WarcReader(FileChannel.open(file))) {
      for (Optional<WarcRecord> rec = r.next(); rec.isPresent(); rec = r.next()) {
        if (isPage(rec.get())) {
          out.add(r.position());
        }
      }
    }
    return out;
  }

  /**
   * The page of the record at {@code offset} (one of {@link #pageOffsets}), empty when there is no
   * page there (another record, a damaged one, or a body over {@code maxBytes}).
   */
  public static Optional<Page> pageAt(Path file, long offset, long maxBytes) throws IOException {
    try (WarcReader r = new WarcReader(FileChannel.open(file))) {
      r.position(offset);
      return r.next().map(rec -> page(rec, maxBytes));
    }
  }

  private static boolean isPage(WarcRecord record) {
    if (!(record instanceof WarcResponse response)) {
      return false;
    }
    try {
      var http = response.http();
      MediaType type = http.contentType();
      String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
      return http.status() == 200 && (base.equals("text/html") || base.equals("application/xhtml+xml"));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private Page page(WarcRecord record) {
    return page(record, maxBytes);
  }

  private static Page page(WarcRecord record, long maxBytes) {
    if (!isPage(record)) {
      return null;
    }
    WarcResponse response = (WarcResponse) record;
    try {
      var http = response.http();
      MediaType type = http.contentType();
      byte[] body = CappedReads.readAll(http.bodyDecoded().stream(), maxBytes); // undoes chunking and gzip
      String charset = type.parameters().get("charset");
      String html = PageDecoding.decode(body, charset, true);
      return new Page(response.target(), html, LocalDate.ofInstant(response.date(), ZoneOffset.UTC));
    } catch (IOException | RuntimeException e) {
      return null; // a damaged record is skipped; the next one may be fine
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
