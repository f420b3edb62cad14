package org.geokg.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reading of the gazetteer TSV files: comment and blank lines skipped, cells checked, file:line kept. */
final class GazetteerTsv {

  /** One data row: its cells, padded to the file's column count, and where it came from. */
  record Row(String file, int line, List<String> cells) {

    String cell(int i) {
      return cells.get(i);
    }

    /** The "|"-separated values of a cell; empty cell gives an empty list. */
    List<String> values(int i) {
      String c = cells.get(i);
      if (c.isEmpty()) {
        return List.of();
      }
      List<String> out = new ArrayList<>();
      for (String v : c.split("\\|", -1)) {
        String t = v.strip();
        if (t.isEmpty()) {
          throw fail("empty value in column " + (i + 1));
        }
        out.add(t);
      }
      return out;
    }

    /** A clear load failure pointing at this row. */
    IllegalStateException fail(String problem) {
      return new IllegalStateException(
          "malformed gazetteer row " + where() + ": " + problem + " | " + String.join("\t", cells));
    }

    String where() {
      return file + ":" + line;
    }
  }

  private GazetteerTsv() {}

  static List<Row> read(String file, String text, int required, int columns) {
    return read(file, new StringReader(text), required, columns);
  }

  static List<Row> readResource(String file, int required, int columns) {
    InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(file);
    if (in == null) {
      throw new IllegalStateException("gazetteer resource missing from the classpath: " + file);
    }
    return read(file, new InputStreamReader(in, StandardCharsets.UTF_8), required, columns);
  }

  /**
   * Rows of a file with {@code columns} columns of which the first {@code required} must be
   * non-empty; missing trailing cells (an editor trimmed the tabs) count as empty.
   */
  static List<Row> read(String file, Reader reader, int required, int columns) {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(reader)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (n == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank() || line.stripLeading().startsWith("#")) {
          continue;
        }
        String[] raw = line.split("\t", -1);
        List<String> cells = new ArrayList<>(Arrays.stream(raw).map(String::strip).toList());
        Row row = new Row(file, n, cells);
        if (cells.size() > columns) {
          throw row.fail(cells.size() + " columns, expected at most " + columns);
        }
        while (cells.size() < columns) {
          cells.add("");
        }
        for (int i = 0; i < required; i++) {
          if (cells.get(i).isEmpty()) {
            throw row.fail("column " + (i + 1) + " is empty");
          }
        }
        rows.add(new Row(file, n, List.copyOf(cells)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer file " + file, e);
    }
    return rows;
  }
}
