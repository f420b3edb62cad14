package org.geokg.event;

import java.util.Objects;

/**
 * The word lists the event stage reads: the trigger lexicon, the CAMEO verb dictionaries, the
 * discard phrases and the valence of words. Built once and handed to {@link EventExtractor}, so
 * that a process holding several extractors (the server, training, an evaluation) reads and keeps
 * them once. Immutable and thread-safe.
 */
public final class EventLexicons {

  /** Read on first use and shared: the lists do not change while the process runs. */
  private static final class Holder {
    static final EventLexicons INSTANCE =
        new EventLexicons(TriggerLexicon.fromClasspath(), CameoVerbs.fromClasspath(), Discards.fromClasspath(),
            Valence.fromClasspath());
  }

  private final TriggerLexicon triggers;
  private final CameoVerbs cameo;
  private final Discards discards;
  private final Valence valence;

  /** @throws NullPointerException when a list is missing */
  EventLexicons(TriggerLexicon triggers, CameoVerbs cameo, Discards discards, Valence valence) {
    this.triggers = Objects.requireNonNull(triggers, "triggers");
    this.cameo = Objects.requireNonNull(cameo, "cameo");
    this.discards = Objects.requireNonNull(discards, "discards");
    this.valence = Objects.requireNonNull(valence, "valence");
  }

  /**
   * The lists shipped on the classpath, read on the first call and shared afterwards.
   *
   * @throws IllegalStateException when a list is missing or malformed (as the cause of an {@link
   *     ExceptionInInitializerError} on the first call)
   */
  public static EventLexicons fromClasspath() {
    return Holder.INSTANCE;
  }

  TriggerLexicon triggers() {
    return triggers;
  }

  CameoVerbs cameo() {
    return cameo;
  }

  Discards discards() {
    return discards;
  }

  Valence valence() {
    return valence;
  }
}
