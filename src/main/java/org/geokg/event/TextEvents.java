package org.geokg.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.geokg.actor.Actor;
import org.geokg.actor.ActorKind;
import org.geokg.actor.ActorRecognizer;
import org.geokg.actor.ArticleActors;
import org.geokg.nlp.AnnotatedText;
import org.geokg.nlp.CoreNlpAnnotator;

/**
 * Text in, coded events out: the NLP, actor and event stages run directly (no Spring context, no
 * database), for the {@code events} and {@code eval-*} commands and for benchmarks.
 *
 * <p>Thread-safe: its stages are, so one instance may serve several worker threads.
 */
public final class TextEvents {

  private final CoreNlpAnnotator nlp;
  private final ActorRecognizer recognizer;
  private final EventExtractor extractor;

  public TextEvents(CoreNlpAnnotator nlp, ActorRecognizer recognizer, EventExtractor extractor) {
    // Only sentences that can hold an event or a role are worth a dependency parse.
    this.nlp = nlp.parsing(extractor.parseSelector());
    this.recognizer = recognizer;
    this.extractor = extractor;
  }

  /** What one text yields: its actors (after the events revealed more roles) and its events. */
  public record Result(AnnotatedText text, ArticleActors actors, List<CodedEvent> events) {
    public Result {
      events = List.copyOf(events);
    }
  }

  /** Runs the stages on {@code text}; relative dates resolve against {@code date} when given. */
  public Result process(String text, LocalDate date) {
    AnnotatedText annotated = nlp.annotate(text, date);
    ArticleActors found = recognizer.recognize(annotated);
    ArticleEvents ev = extractor.extract(annotated, found);
    ArticleActors actors = recognizer.withDiscoveredRoles(found, ev.discoveredRoles());
    List<CodedEvent> out = new ArrayList<>();
    for (Relation r : ev.relations()) {
      out.add(CodedEvent.of(r, actors.actor(r.sourceKey()), actors.actor(r.targetKey())));
    }
    for (Action a : ev.actions()) {
      Actor source = actors.actor(a.actorKey());
      out.add(CodedEvent.of(a, source, domestic(source, actors)));
    }
    return new Result(annotated, actors, withoutSameCountryPairs(out));
  }

  /**
   * Drops a symmetric event between two actors of one country ("Hungarian officials" and Hungary)
   * when the same type of event links that country with another one: an artefact of coordinated
   * or repeated mentions ("Hungarian and Romanian officials agreed that their countries ...").
   */
  static List<CodedEvent> withoutSameCountryPairs(List<CodedEvent> events) {
    List<CodedEvent> out = new ArrayList<>();
    for (CodedEvent e : events) {
      String a = e.source().code();
      String b = e.target() == null ? null : e.target().code();
      boolean selfPair = e.type().symmetric() && a != null && a.equals(b);
      if (selfPair && events.stream().anyMatch(o -> o.plover() == e.plover() && o.target() != null
          && o.source().code() != null && o.target().code() != null
          && !o.source().code().equals(o.target().code())
          && (a.equals(o.source().code()) || a.equals(o.target().code())))) {
        continue;
      }
      out.add(e);
    }
    return out;
  }

  /**
   * The target of a one-actor event in event-data coding: an actor of a country acting with no
   * target named ("Turkish police prevented a demonstration", "Young Algerians blocked roads") acts
   * at home, so its event is domestic, coded with its own country as target (CAMEO's convention);
   * an international organisation or an actor without a country keeps no target.
   */
  static CodedEvent.Party domestic(Actor source, ArticleActors actors) {
    String code = source.code();
    if (code == null || code.length() != 3 || code.equals("IGO")) {
      return null;
    }
    Actor country = actors.actors().get("country:" + code);
    return country != null ? CodedEvent.Party.of(country)
        : new CodedEvent.Party("country:" + code, code, ActorKind.COUNTRY, code, null);
  }
}
