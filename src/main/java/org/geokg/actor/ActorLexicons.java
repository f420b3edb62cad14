package org.geokg.actor;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The word lists the actor stage reads besides the gazetteer: person nouns, agent nouns, the known
 * people and the field's actor dictionaries. Built once and handed to {@link ActorRecognizer}, so
 * that a process holding several recognizers (the server, an evaluation with and without
 * dictionaries) reads and keeps them once. Immutable and thread-safe.
 */
public final class ActorLexicons {

  /** Read once per gazetteer (the known people and dictionaries are checked against its codes). */
  private static final Map<Gazetteer, ActorLexicons> LOADED = new ConcurrentHashMap<>();
  /** The dictionaries alone: two megabytes of text, read only when a recognizer uses them. */
  private static final Map<Gazetteer, ActorDictionary> DICTIONARIES = new ConcurrentHashMap<>();

  private final PersonNouns personNouns;
  private final Agents agents;
  private final KnownPeople knownPeople;
  /** The field's actor dictionaries, or null when they are off. */
  private final ActorDictionary dictionary;

  /**
   * @throws NullPointerException when a list other than the dictionary is missing (a null dictionary
   *     turns the dictionaries off)
   */
  ActorLexicons(PersonNouns personNouns, Agents agents, KnownPeople knownPeople, ActorDictionary dictionary) {
    this.personNouns = Objects.requireNonNull(personNouns, "personNouns");
    this.agents = Objects.requireNonNull(agents, "agents");
    this.knownPeople = Objects.requireNonNull(knownPeople, "knownPeople");
    this.dictionary = dictionary;
  }

  /**
   * The lists shipped on the classpath, the known people and dictionaries checked against {@code
   * gazetteer}; read on the first call per gazetteer and shared afterwards.
   *
   * @throws IllegalStateException when a list is missing or malformed
   */
  public static ActorLexicons fromClasspath(Gazetteer gazetteer) {
    Objects.requireNonNull(gazetteer, "gazetteer");
    return LOADED.computeIfAbsent(gazetteer, g -> new ActorLexicons(PersonNouns.fromClasspath(),
        Agents.fromClasspath(), KnownPeople.fromClasspath(g), dictionary(g)));
  }

  /**
   * The classpath lists, with the known people of the user's {@code peopleFile} (same format as
   * {@code gazetteer/people.tsv}) read after the shipped ones, whose lines win; no file (null) is the
   * shipped list alone. The other lists and the dictionaries are shared as {@link #fromClasspath}
   * shares them.
   *
   * @throws IllegalStateException naming the file and line of a malformed line
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static ActorLexicons withPeopleFile(Gazetteer gazetteer, java.nio.file.Path peopleFile) {
    ActorLexicons base = fromClasspath(gazetteer);
    if (peopleFile == null) {
      return base;
    }
    return new ActorLexicons(base.personNouns, base.agents, KnownPeople.withUserFile(gazetteer, peopleFile),
        base.dictionary);
  }

  /** The classpath lists without the dictionaries, which are then never read (to measure what they add). */
  public static ActorLexicons fromClasspathWithoutDictionaries(Gazetteer gazetteer) {
    Objects.requireNonNull(gazetteer, "gazetteer");
    ActorLexicons base = LOADED.get(gazetteer);
    if (base == null) {
      return new ActorLexicons(PersonNouns.fromClasspath(), Agents.fromClasspath(),
          KnownPeople.fromClasspath(gazetteer), null);
    }
    return base.withoutDictionary();
  }

  private static ActorDictionary dictionary(Gazetteer gazetteer) {
    return DICTIONARIES.computeIfAbsent(gazetteer,
        g -> ActorDictionary.fromClasspath(code -> g.country(code).isPresent()));
  }

  /** These lists with the dictionaries off. */
  public ActorLexicons withoutDictionary() {
    return dictionary == null ? this : new ActorLexicons(personNouns, agents, knownPeople, null);
  }

  PersonNouns personNouns() {
    return personNouns;
  }

  Agents agents() {
    return agents;
  }

  KnownPeople knownPeople() {
    return knownPeople;
  }

  /** The dictionaries, or null when they are off. */
  ActorDictionary dictionary() {
    return dictionary;
  }
}
