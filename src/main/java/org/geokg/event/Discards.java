package org.geokg.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The field's list of phrases that mark text outside political event coding (PETRARCH's {@code
 * Phoenix.discards.txt}, shipped in {@code event/cameo}): a story-level phrase ({@code +} in the
 * file: "WORLD CUP", "GOALKEEPER", "WIMBLEDON") marks a story out of scope (sport, entertainment).
 * Its sentence-level phrases ("BOXING", "YEARS AGO", every year before 1972) are read but not used:
 * on news-train they removed 19 true events for 23 false ones. Matched as whole words, ignoring case.
 *
 * <p>Immutable: thread-safe.
 */
final class Discards {

  private final Pattern story;
  private final Pattern sentence;

  private Discards(List<String> story, List<String> sentence) {
    this.story = alternation(story);
    this.sentence = alternation(sentence);
  }

  private static Discards shared;

  static synchronized Discards fromClasspath() {
    if (shared == null) {
      try (InputStream in = Discards.class.getClassLoader().getResourceAsStream("event/cameo/Phoenix.discards.txt")) {
        if (in == null) {
          throw new IllegalStateException("missing resource event/cameo/Phoenix.discards.txt");
        }
        shared = read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return shared;
  }

  static Discards read(InputStream in) {
    List<String> story = new ArrayList<>();
    List<String> sentence = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String phrase = line.replaceAll("#.*", "").strip();
        boolean whole = phrase.startsWith("+");
        phrase = phrase.replaceFirst("^\\+", "").strip().replaceAll("\\s+", " ");
        if (phrase.isEmpty()) {
          continue;
        }
        (whole ? story : sentence).add(phrase.toLowerCase(Locale.ROOT));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Discards(story, sentence);
  }

  private static Pattern alternation(List<String> phrases) {
    if (phrases.isEmpty()) {
      return Pattern.compile("(?!)");
    }
    List<String> quoted = phrases.stream().map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q")).toList();
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", quoted) + ")(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** Whether the article as a whole is outside political event coding. */
  boolean discardsStory(String text) {
    return story.matcher(text).find();
  }

  /** Whether one sentence is. */
  boolean discardsSentence(String text) {
    return sentence.matcher(text).find();
  }
}
