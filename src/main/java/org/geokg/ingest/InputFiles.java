package org.geokg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.geokg.article.ArticleInput;
import org.geokg.fetch.CappedReads;
import org.geokg.fetch.PageDecoding;

/**
 * Article files as {@code ingest} reads them, for every command that reads files ({@code ingest},
 * {@code bench}, {@code spark-ingest}): which files a folder holds ({@code .html}, {@code .htm},
 * {@code .html.gz}, {@code .txt}), how a file is decoded, and the {@link ArticleInput} it makes.
 * Stateless.
 */
public final class InputFiles {

  /** Largest file (or gzip content) read as one article. */
  public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

  private InputFiles() {}

  /**
   * {@code p} itself when it is a file, else the article files under the folder, recursively, in
   * path order.
   *
   * @throws IllegalArgumentException when the folder cannot be listed
   */
  public static List<Path> list(Path p) {
    if (!Files.isDirectory(p)) {
      return List.of(p);
    }
    try (Stream<Path> walk = Files.walk(p)) {
      return walk.filter(Files::isRegularFile).filter(f -> kind(f) != null).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalArgumentException("cannot list " + p + ": " + e.getMessage());
    }
  }

  /** "html" or "text" by file name, null for files a folder walk skips. */
  public static String kind(Path f) {
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".html.gz") || n.endsWith(".htm.gz")) {
      return "html";
    }
    return n.endsWith(".txt") || n.endsWith(".text") ? "text" : null;
  }

  /** The article input of a file: HTML or text by its name, by its content when the name says neither. */
  public static ArticleInput input(Path f, LocalDate publishedAt) throws IOException {
    String content = read(f);
    String kind = kind(f);
    if (kind == null) {
      return textOrHtml(content, publishedAt);
    }
    return kind.equals("html")
        ? new ArticleInput(null, content, null, null, publishedAt)
        : new ArticleInput(null, null, content, null, publishedAt);
  }

  /** Content that starts with a tag is HTML, anything else text. */
  public static ArticleInput textOrHtml(String content, LocalDate publishedAt) {
    boolean html = content.stripLeading().startsWith("<");
    return html ? new ArticleInput(null, content, null, null, publishedAt)
        : new ArticleInput(null, null, content, null, publishedAt);
  }

  /**
   * The file's text, decoded as a browser would (invalid bytes replaced, not fatal); gzip is
   * unpacked with a size cap so that a gzip bomb is refused.
   */
  public static String read(Path f) throws IOException {
    if (Files.size(f) > MAX_FILE_BYTES) {
      throw new IOException("file larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
    }
    byte[] bytes;
    if (f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
        bytes = CappedReads.readAll(in, MAX_FILE_BYTES);
      }
    } else {
      bytes = Files.readAllBytes(f);
    }
    return PageDecoding.decode(bytes, null, "html".equals(kind(f)));
  }
}
