package org.geokg.graph;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The lexical first line of defence of the read-only Cypher endpoint: refuses a query whose text,
 * once comments and literals are blanked and Unicode is folded (NFKC, invisible format characters
 * dropped), holds a clause or command that writes or administers, or calls a procedure outside a
 * short list of read-only ones, or holds several statements. The database's own verdict (EXPLAIN's
 * query type, a READ session) is the second line; this one exists so that refusals do not depend on
 * how a given server version classifies admin commands, and so that {@code LOAD CSV} (a read as far
 * as the query type goes) is refused too. Stateless and thread-safe.
 */
final class ReadOnlyGuard {

  private static final Set<String> FORBIDDEN = Set.of(
      "CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "LOAD", "FOREACH", "USE", "SHOW",
      "GRANT", "DENY", "REVOKE", "ALTER", "RENAME", "START", "STOP", "TERMINATE", "ENABLE", "DEALLOCATE",
      "REALLOCATE", "TRANSACTIONS", "INSERT", "PERIODIC", "EXPLAIN", "PROFILE");

  /** Procedures known to only read; any other CALL is refused. */
  private static final Set<String> READ_PROCEDURES = Set.of(
      "db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization",
      "db.schema.nodetypeproperties", "db.schema.reltypeproperties", "db.index.fulltext.querynodes",
      "db.index.fulltext.queryrelationships");

  private ReadOnlyGuard() {}

  /** Why {@code query} is refused, or empty when it may go on to the database's check. */
  static Optional<String> refusal(String query) {
    if (query == null || query.isBlank()) {
      return Optional.of("the query is empty");
    }
    String code = blankCommentsAndLiterals(fold(query));
    String trimmed = code.strip();
    int semicolon = trimmed.indexOf(';');
    if (semicolon >= 0 && semicolon < trimmed.length() - 1) {
      return Optional.of("several statements in one request are not allowed");
    }
    int i = 0;
    int n = code.length();
    while (i < n) {
      char c = code.charAt(i);
      if (!isWordChar(c)) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && (isWordChar(code.charAt(i)) || code.charAt(i) == '.')) {
        i++;
      }
      String word = code.substring(start, i);
      char before = previousNonSpace(code, start);
      char after = nextNonSpace(code, i);
      if (before == '.' || before == ':' || before == '$' || after == ':' && (before == '{' || before == ',')) {
        continue; // a property, label, parameter or map key, not a keyword
      }
      String upper = word.toUpperCase(Locale.ROOT);
      if (FORBIDDEN.contains(upper)) {
        return Optional.of("only reading queries are allowed; '" + upper + "' is refused");
      }
      if (upper.equals("CALL")) {
        int j = skipSpace(code, i);
        if (j < n && (code.charAt(j) == '{' || code.charAt(j) == '(')) {
          continue; // a subquery; its clauses are checked as the scan goes on
        }
        int k = j;
        while (k < n && (isWordChar(code.charAt(k)) || code.charAt(k) == '.')) {
          k++;
        }
        String procedure = code.substring(j, k).toLowerCase(Locale.ROOT);
        if (!READ_PROCEDURES.contains(procedure)) {
          return Optional.of("procedure '" + procedure + "' is not one of the read-only procedures allowed: "
              + READ_PROCEDURES.stream().sorted().toList());
        }
        i = k;
      }
    }
    return Optional.empty();
  }

  /** NFKC folds full-width and other compatibility letters; format characters (zero-width) go. */
  static String fold(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(n.length());
    n.codePoints().forEach(cp -> {
      int type = Character.getType(cp);
      if (type == Character.FORMAT) {
        return;
      }
      // Line breaks stay: they end // comments.
      out.appendCodePoint(cp != '\n' && (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) ? ' ' : cp);
    });
    return out.toString();
  }

  /** The query with comments, string literals and backtick-quoted names replaced by spaces. */
  static String blankCommentsAndLiterals(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
        while (i < n && s.charAt(i) != '\n') {
          out.append(' ');
          i++;
        }
      } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
        int end = s.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        out.append(" ".repeat(end - i));
        i = end;
      } else if (c == '\'' || c == '"' || c == '`') {
        int j = i + 1;
        while (j < n && s.charAt(j) != c) {
          j += (s.charAt(j) == '\\' && c != '`') ? 2 : 1;
        }
        j = Math.min(n, j + 1);
        // A backtick name stands where a word would: keep a placeholder word so that position checks hold.
        out.append(c == '`' ? "x" + " ".repeat(j - i - 1) : " ".repeat(j - i));
        i = j;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static char previousNonSpace(String s, int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (!Character.isWhitespace(s.charAt(j))) {
        return s.charAt(j);
      }
    }
    return 0;
  }

  private static char nextNonSpace(String s, int i) {
    int j = skipSpace(s, i);
    return j < s.length() ? s.charAt(j) : 0;
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
