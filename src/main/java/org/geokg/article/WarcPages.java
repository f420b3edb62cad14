package org.geokg.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.geokg.fetch.CappedReads;
import org.geokg.fetch.PageDecoding;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTML pages of a WARC file (plain or gzipped, as news crawls such as CC-NEWS publish them):
 * every {@code response} record with status 200 and an HTML content type, read lazily one at a
 * time with jwarc. Bodies above the size cap are skipped.
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

  private Page page(WarcRecord record) {
    if (!(record instanceof WarcResponse response)) {
      return null;
    }
    try {
      var http = response.http();
      MediaType type = http.contentType();
      String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
      if (http.status() != 200 || !(base.equals("text/html") || base.equals("application/xhtml+xml"))) {
        return null;
      }
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
