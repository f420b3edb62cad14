package org.geokg.event;

import static org.geokg.event.Syntax.CLAUSAL;
import static org.geokg.event.Syntax.clause;
import static org.geokg.event.Syntax.future;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.geokg.actor.ArticleActors;
import org.geokg.actor.Mention;
import org.geokg.actor.MentionKind;
import org.geokg.nlp.Dependency;
import org.geokg.nlp.Sentence;
import org.geokg.nlp.Token;

/**
 * When and where an event happened, and on whose word: the date expression and the place phrase of
 * the trigger's clause, and the speaker or source it is reported from. Weekday names resolve
 * against the publication date (news reports the past, or the next such day for the future tense).
 * Static functions; thread-safe.
 */
final class EventSetting {

  private EventSetting() {}

  private static final Set<String> PLACE_TAGS = Set.of("CITY", "STATE_OR_PROVINCE", "LOCATION", "COUNTRY");

  /**
   * The date (to the year, month or day) of the first date expression in the trigger's clause, or of
   * a noun trigger's governing verb's obliques; null if none.
   */
  static PartialDate date(Sentence s, int i, Integer governor, LocalDate docDate, Token trigger) {
    List<Integer> scope = new ArrayList<>(clause(s, i, 4));
    if (governor != null && !trigger.isVerb()) {
      for (Dependency d : s.children(governor)) {
        if (d.base().equals("obl") && !scope.contains(d.dependent())) {
          scope.add(d.dependent());
        }
      }
    }
    for (int t : scope) {
      Token tok = s.token(t);
      if (!tok.ner().equals("DATE")) {
        continue;
      }
      Optional<DayOfWeek> weekday = weekday(tok.word());
      if (weekday.isPresent() && docDate != null) {
        boolean future = future(s, trigger.isVerb() ? i : governor == null ? i : governor);
        return PartialDate.day(future
            ? docDate.with(TemporalAdjusters.next(weekday.get()))
            : docDate.with(TemporalAdjusters.previousOrSame(weekday.get())));
      }
      String norm = tok.normalized();
      // A normalised form naming no real day ("2024-02-30") is no date: the next expression may be one.
      if (norm != null && PartialDate.isValid(norm)) {
        return PartialDate.parse(norm);
      }
    }
    return null;
  }

  private static Optional<DayOfWeek> weekday(String word) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().equalsIgnoreCase(word)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /**
   * The city, region or country named in an "in"/"at" phrase of the trigger's clause (or of its
   * governing verb's), as written; null if none.
   */
  static String place(Sentence s, int i, Integer governor, ArticleActors actors) {
    List<Integer> roots = new ArrayList<>();
    roots.add(i);
    if (governor != null) {
      roots.add(governor);
      // "The meeting ... lasted an hour and was held at ...": the noun is subject of several verbs.
      for (Dependency d : s.parents(i)) {
        if (d.base().startsWith("nsubj") && d.governor() >= 0 && !roots.contains(d.governor())) {
          roots.add(d.governor());
        }
      }
    }
    for (int root : roots) {
      Set<Integer> reachedByInAt = new HashSet<>();
      for (int t : clause(s, root, 4)) {
        for (Dependency d : s.children(t)) {
          String sub = d.subtype();
          if ((sub.equals("in") || sub.equals("at")) && !CLAUSAL.contains(d.relation())) {
            reachedByInAt.add(d.dependent());
          }
        }
      }
      for (int t : clause(s, root, 4)) {
        if (!reachedByInAt.contains(t)) {
          continue;
        }
        for (int u : clause(s, t, 2)) {
          Token tok = s.token(u);
          Optional<Mention> m = actors.mentionAt(s.index(), u);
          boolean metonym = m.isPresent() && m.get().kind() == MentionKind.METONYM;
          if (PLACE_TAGS.contains(tok.ner()) || metonym) {
            return nerRun(s, u);
          }
        }
      }
    }
    return null;
  }

  /** The run of tokens sharing the entity tag of {@code t}: "New York". */
  private static String nerRun(Sentence s, int t) {
    String tag = s.token(t).ner();
    int a = t;
    int b = t + 1;
    while (a > 0 && s.token(a - 1).ner().equals(tag)) {
      a--;
    }
    while (b < s.tokens().size() && s.token(b).ner().equals(tag)) {
      b++;
    }
    return s.span(a, b);
  }

  private static final Set<String> SPEECH_VERBS = Set.of(
      "say", "report", "announce", "tell", "claim", "state", "add", "confirm", "disclose", "allege",
      "write", "insist", "declare", "reveal", "quote");

  /**
   * Who asserts the event: the subject of the speech verb it is reported under ("sources have
   * said", "Iranian officials said", "The Times reported") or the complement of "according to".
   */
  static String attribution(Sentence s, int i, ArticleActors actors) {
    int cur = i;
    for (int level = 0; level < 4; level++) {
      for (Dependency d : s.children(cur)) {
        if (d.relation().equals("obl:according_to") || d.relation().equals("nmod:according_to")) {
          return phrase(s, d.dependent(), actors);
        }
        if (d.base().equals("parataxis") && isSpeech(s, d.dependent())) {
          Optional<String> who = speaker(s, d.dependent(), actors);
          if (who.isPresent()) {
            return who.get();
          }
        }
      }
      Integer up = null;
      for (Dependency d : s.parents(cur)) {
        if (d.governor() >= 0 && (d.base().equals("ccomp") || d.base().equals("parataxis")
            || d.base().equals("xcomp") || d.base().equals("conj") || d.base().equals("acl")
            || d.base().equals("obj") || d.base().equals("obl"))) {
          up = d.governor();
          break;
        }
      }
      if (up == null) {
        return null;
      }
      if (isSpeech(s, up)) {
        return speaker(s, up, actors).orElse(null);
      }
      cur = up;
    }
    return null;
  }

  private static boolean isSpeech(Sentence s, int t) {
    return s.token(t).isVerb() && SPEECH_VERBS.contains(s.token(t).lemma().toLowerCase(Locale.ROOT));
  }

  private static Optional<String> speaker(Sentence s, int verb, ArticleActors actors) {
    for (Dependency d : s.children(verb)) {
      if (d.relation().equals("nsubj")) {
        return Optional.of(phrase(s, d.dependent(), actors));
      }
    }
    for (Dependency d : s.children(verb)) {
      if (d.relation().equals("obl:according_to") || d.relation().equals("nmod:per")
          || d.relation().equals("obl:per")) {
        return Optional.of(phrase(s, d.dependent(), actors));
      }
    }
    return Optional.empty();
  }

  /** An actor's name, else the noun phrase as written (determiners and modifiers included). */
  private static String phrase(Sentence s, int head, ArticleActors actors) {
    Optional<Mention> m = actors.mentionAt(s.index(), head);
    if (m.isPresent() && m.get().kind() != MentionKind.PRONOUN && m.get().kind() != MentionKind.NOMINAL) {
      return actors.actor(m.get().actorKey()).name();
    }
    int start = head;
    for (Dependency d : s.children(head)) {
      String r = d.relation();
      if (d.dependent() < head && (r.equals("det") || r.equals("amod") || r.equals("compound")
          || r.equals("nmod:poss") || r.equals("nummod"))) {
        start = Math.min(start, d.dependent());
      }
    }
    return s.span(start, head + 1);
  }
}
