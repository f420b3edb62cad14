package org.geokg.actor;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalisation of surface forms for gazetteer matching. Two keys exist for a form: the
 * case-insensitive key, and the all-caps key used for short abbreviations so that "US" or "WHO" never
 * match the words "us" or "who".
 */
final class GazetteerText {

  /** Abbreviations of at most this many letters and digits match only when written in capitals. */
  static final int MAX_CAPS_ONLY = 5;

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("[\u2018\u2019\u201B\u02BC\u02B9`\u00B4\u2032]");
  private static final Pattern HYPHENS = Pattern.compile("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00AD]");
  private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u2007\u202F]+");
  // CoreNLP writes brackets as -LRB- etc.; they carry nothing for matching.
  private static final Pattern PTB_BRACKETS = Pattern.compile("-[LR][RSC]B-");
  private static final Pattern DROPPED = Pattern.compile("[.,()\\[\\]\"]");
  // A possessive split off by the tokenizer ("Iran 's") is glued back so joined tokens equal the text.
  private static final Pattern SPLIT_POSSESSIVE = Pattern.compile(" '(s?)(?= |$)");
  private static final Pattern TRAILING_POSSESSIVE = Pattern.compile("(?:\\s*'s|(?<=s)')$", Pattern.CASE_INSENSITIVE);
  private static final Pattern LEADING_THE = Pattern.compile("^the\\s+", Pattern.CASE_INSENSITIVE);

  private GazetteerText() {}

  /** Accents folded, apostrophes, hyphens and spaces made plain, trimmed; case kept. */
  static String fold(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFD);
    t = MARKS.matcher(t).replaceAll("");
    t = APOSTROPHES.matcher(t).replaceAll("'");
    t = HYPHENS.matcher(t).replaceAll("-");
    t = PTB_BRACKETS.matcher(t).replaceAll(" ");
    return SPACES.matcher(t).replaceAll(" ").strip();
  }

  /** The case-insensitive key: folded, lower-case, dots and commas dropped, hyphens as spaces. */
  static String ciKey(String s) {
    return joinedCiKey(ciPart(s));
  }

  /**
   * The part of the case-insensitive key one token contributes; the key of tokens joined by spaces
   * is {@link #joinedCiKey} of their parts joined by spaces (every step is per character, or undone
   * by the final space handling), so a scan folds each token once instead of once per span.
   */
  static String ciPart(String token) {
    String t = fold(token).toLowerCase(Locale.ROOT);
    t = DROPPED.matcher(t).replaceAll("");
    return t.replace('-', ' ');
  }

  /** The case-insensitive key of {@link #ciPart}s joined by spaces. */
  static String joinedCiKey(String parts) {
    String t = parts.indexOf("  ") >= 0 || parts.indexOf('\t') >= 0 ? SPACES.matcher(parts).replaceAll(" ") : parts;
    t = t.strip();
    return t.indexOf('\'') >= 0 ? SPLIT_POSSESSIVE.matcher(t).replaceAll("'$1") : t;
  }

  /**
   * The part of the all-caps key one token contributes ({@link #capsKey} of tokens is their parts
   * concatenated), with whether it holds a letter: "" for a form with a letter, null when the
   * token rules the key out (a lower-case letter or other punctuation).
   */
  static String capsPart(String token) {
    String t = fold(token);
    StringBuilder b = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLowerCase(c)) {
        return null;
      }
      if (Character.isLetterOrDigit(c) || c == '&' || c == '+' || c == '/') {
        b.append(c);
      } else if (c != '.' && c != ' ' && c != '-') {
        return null;
      }
    }
    return b.toString();
  }

  /**
   * The all-caps key: letters and digits only, or null when the form has a lower-case letter or no
   * letter at all. "U.S." and "U. S." give "US"; "Us" gives null.
   */
  static String capsKey(String s) {
    String t = fold(s);
    boolean letter = false;
    StringBuilder b = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLowerCase(c)) {
        return null;
      }
      if (Character.isLetter(c)) {
        letter = true;
        b.append(c);
      } else if (Character.isDigit(c) || c == '&' || c == '+' || c == '/') {
        b.append(c);
      } else if (c != '.' && c != ' ' && c != '-') {
        return null; // other punctuation: not an abbreviation
      }
    }
    return letter ? b.toString() : null;
  }

  /** Whether an alias is a short all-caps abbreviation that must only match capitals. */
  static boolean isCapsOnly(String alias) {
    String k = capsKey(alias);
    return k != null && k.replaceAll("[^A-Z0-9]", "").length() <= MAX_CAPS_ONLY;
  }

  /** Whether a form has no upper-case letter at all ("independent", "atomic watchdog"). */
  static boolean isAllLowerCase(String s) {
    return s.chars().noneMatch(Character::isUpperCase);
  }

  /** The form without a trailing possessive ("Iran's", "U.N.'s", "Philippines'"), or itself. */
  static String stripPossessive(String s) {
    return TRAILING_POSSESSIVE.matcher(fold(s)).replaceFirst("").strip();
  }

  private static final Pattern ARABIC_ARTICLE = Pattern.compile("(?<=^| )(?:al|el) (?=\\S)");

  /**
   * A person's case-insensitive key without the Arabic article of a family name ("muammar al
   * gaddafi": "muammar gaddafi"), which the press prints and the dictionaries often leave out, or
   * the other way round; null when the key has none.
   */
  static String withoutArabicArticle(String ciKey) {
    String t = ARABIC_ARTICLE.matcher(ciKey).replaceAll("");
    return t.equals(ciKey) || !t.contains(" ") ? null : t;
  }

  /** The form without a leading "the", or itself. */
  static String stripThe(String s) {
    return LEADING_THE.matcher(s).replaceFirst("");
  }
}
