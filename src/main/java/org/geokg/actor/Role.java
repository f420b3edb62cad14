package org.geokg.actor;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A role an actor was seen holding: "Iran's ambassador to the U.N." is title {@code ambassador},
 * principal Iran (whom the role serves), post the United Nations (where it is held).
 *
 * <p>A role is read from the article's text ({@link Source#TEXT}) or from the field's actor
 * dictionaries ({@link Source#DICTIONARY}): a person the dictionaries list under a code of a
 * country's sector for a span of dates containing the article's date ("Barack Obama", USAGOV from
 * 2009-01-20, in a 2012 article) holds the sector's role ({@link #fromDictionary}). Only a
 * dictionary role carries that span.
 *
 * @param holderKey the actor holding the role
 * @param title the title as a lower-case phrase, e.g. {@code foreign minister}; a dictionary role's is
 *     the sector's name ({@code government}, {@code military}), never an office the dictionary does
 *     not name
 * @param principalKey the country, organisation or person the role serves, or null
 * @param postKey the organisation or place the role is held at, or null
 * @param sentence index of the sentence it was seen in (a dictionary role: the first naming the holder)
 * @param source where the role comes from
 * @param from first day of the dictionary's span, null when open or for a text role
 * @param to last day of the dictionary's span, null when open or for a text role
 */
public record Role(String holderKey, String title, String principalKey, String postKey, int sentence, Source source,
    LocalDate from, LocalDate to) {

  /** Where a role comes from; {@link #value()} is how the graph stores it ({@code r.source}). */
  public enum Source {
    /** Read from the article's text. */
    TEXT,
    /** The field's actor dictionaries, for the span of dates holding at the article's date. */
    DICTIONARY;

    /** The stored form: {@code text}, {@code dictionary}. */
    public String value() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Role {
    if (holderKey == null || holderKey.isBlank() || title == null || title.isBlank()) {
      throw new IllegalArgumentException("a role needs a holder and a title");
    }
    if (holderKey.equals(principalKey)) {
      throw new IllegalArgumentException("an actor cannot hold a role for itself: " + holderKey);
    }
    Objects.requireNonNull(source, "source");
    if (source == Source.TEXT && (from != null || to != null)) {
      throw new IllegalArgumentException("a role read from text has no dictionary span: " + holderKey + " " + title);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("a role's span ends before it starts: " + from + " to " + to);
    }
  }

  /** A role read from the text. */
  public Role(String holderKey, String title, String principalKey, String postKey, int sentence) {
    this(holderKey, title, principalKey, postKey, sentence, Source.TEXT, null, null);
  }

  /**
   * A role the dictionaries give {@code holderKey} for {@code principalKey} (a country's sector
   * agent) in the span {@code from}..{@code to} (either open: null), shown by the article's
   * {@code sentence} naming the holder.
   */
  public static Role fromDictionary(String holderKey, String title, String principalKey, int sentence,
      LocalDate from, LocalDate to) {
    return new Role(holderKey, title, Objects.requireNonNull(principalKey, "principalKey"), null, sentence,
        Source.DICTIONARY, from, to);
  }

  /** The same role (title, sentence, source and span) between other actors: after a merge or split. */
  public Role between(String holder, String principal, String post) {
    return new Role(holder, title, principal, post, sentence, source, from, to);
  }
}
