package org.geokg.spark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.geokg.article.WarcPages;
import org.geokg.eval.PageVariants;
import org.geokg.ingest.InputFiles;

/**
 * Lists, on the driver, the inputs of a {@code spark-ingest} run as {@link InputItem}s: the files
 * of folders as {@code ingest} finds them ({@link InputFiles#list}), the HTML responses of WARC
 * archives by record offset ({@link WarcPages#pageOffsets}), the non-blank lines of JSONL files by
 * byte offset. Paths become absolute, as the executors must see them.
 */
public final class SparkInputs {

  private SparkInputs() {}

  /** Every input of the files and folders, archives and JSONL files, in that order. */
  public static List<InputItem> list(List<Path> filesOrFolders, List<Path> warcs, List<Path> jsonl) throws IOException {
    List<InputItem> out = new ArrayList<>();
    for (Path p : filesOrFolders) {
      for (Path f : InputFiles.list(p)) {
        out.add(new InputItem(InputItem.Kind.FILE, abs(f), 0, 0, f.toString()));
      }
    }
    for (Path w : warcs) {
      for (long offset : WarcPages.pageOffsets(w)) {
        out.add(new InputItem(InputItem.Kind.WARC_RECORD, abs(w), offset, 0, w + "@" + offset));
      }
    }
    for (Path j : jsonl) {
      out.addAll(jsonlLines(j));
    }
    return out;
  }

  /** The non-blank lines of a JSONL file, by the offset of their first byte. */
  static List<InputItem> jsonlLines(Path file) throws IOException {
    List<InputItem> out = new ArrayList<>();
    String path = abs(file);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      long pos = 0;
      long start = 0;
      int number = 1;
      boolean blank = true;
      for (int b; (b = in.read()) >= 0; pos++) {
        if (b == '\n') {
          if (!blank) {
            out.add(new InputItem(InputItem.Kind.JSONL_LINE, path, start, number, file + ":" + number));
          }
          number++;
          start = pos + 1;
          blank = true;
        } else if (b != ' ' && b != '\t' && b != '\r') {
          blank = false;
        }
      }
      if (!blank) {
        out.add(new InputItem(InputItem.Kind.JSONL_LINE, path, start, number, file + ":" + number));
      }
    }
    return out;
  }

  /**
   * Copies {@code firstCopy} to {@code firstCopy + copies - 1} of every HTML page of {@code folder},
   * as {@code bench ingest} makes them ({@link PageVariants}): each a new article.
   */
  public static List<InputItem> benchCopies(Path folder, int firstCopy, int copies) {
    List<Path> pages = InputFiles.list(folder).stream().filter(f -> "html".equals(InputFiles.kind(f))).toList();
    List<InputItem> out = new ArrayList<>();
    for (int c = firstCopy; c < firstCopy + copies; c++) {
      for (Path p : pages) {
        out.add(new InputItem(InputItem.Kind.BENCH_COPY, abs(p), c, 0, PageVariants.url(c, benchName(p))));
      }
    }
    return out;
  }

  /** A benchmark page's name: its file name without extension, as {@code bench ingest} names it. */
  static String benchName(Path f) {
    return f.getFileName().toString().replaceAll("\\.html?(\\.gz)?$", "");
  }

  private static String abs(Path p) {
    return p.toAbsolutePath().normalize().toString();
  }
}
