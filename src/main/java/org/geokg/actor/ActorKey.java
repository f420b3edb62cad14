package org.geokg.actor;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable key of an actor, as the graph stores it: a kind prefix and an id, {@code kind:id}
 * ({@code person:elon-musk}, {@code country:IRN}, {@code org:iaea}, {@code agent:irn-gov}, {@code
 * media:reuters}). The one place keys are built; {@link #value()} and {@link #toString()} give the
 * stored string, {@link #parse} reads one back.
 *
 * <p>A country's id is its ISO 3166-1 alpha-3 code; every other id is a {@link #slug}: lower-case
 * letters and digits in hyphen-separated runs. Immutable.
 *
 * @param kind the key's kind, which gives its prefix
 * @param id the part after the colon
 */
public record ActorKey(Kind kind, String id) {

  /** The kinds of key, each with the prefix it is stored under. */
  public enum Kind {
    /** A person, by the slug of the name: {@code person:elon-musk}. */
    PERSON("person"),
    /** A country, by its alpha-3 code: {@code country:IRN}. */
    COUNTRY("country"),
    /** An organisation, by the slug of its name: {@code org:iaea}. */
    ORGANISATION("org"),
    /** The agents of one sector of one country: {@code agent:irn-gov}. */
    AGENT("agent"),
    /** A media outlet of the gazetteer: {@code media:reuters}. */
    MEDIA("media");

    private final String prefix;

    Kind(String prefix) {
      this.prefix = prefix;
    }

    /** The prefix before the colon: {@code person}, {@code country}, {@code org}, ... */
    public String prefix() {
      return prefix;
    }
  }

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");

  public ActorKey {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    if (kind == Kind.COUNTRY ? !ALPHA3.matcher(id).matches() : !SLUG.matcher(id).matches()) {
      throw new IllegalArgumentException(kind == Kind.COUNTRY
          ? "a country key's id must be three capital letters: " + id
          : "a " + kind.prefix + " key's id must be a non-empty slug (a-z, 0-9, single hyphens): '" + id + "'");
    }
  }

  /** The key of the person named {@code name}: "Elon Musk" is {@code person:elon-musk}. */
  public static ActorKey person(String name) {
    return new ActorKey(Kind.PERSON, slug(name));
  }

  /** The key of the country of alpha-3 {@code code}: {@code country:IRN}. */
  public static ActorKey country(String code) {
    return new ActorKey(Kind.COUNTRY, code);
  }

  /** The key of the organisation named {@code name}: "Hamas" is {@code org:hamas}; a slug keys as itself. */
  public static ActorKey organisation(String name) {
    return new ActorKey(Kind.ORGANISATION, slug(name));
  }

  /** The key of the media outlet named {@code name}; a slug keys as itself. */
  public static ActorKey media(String name) {
    return new ActorKey(Kind.MEDIA, slug(name));
  }

  /**
   * The key of the agents of sector {@code sector} of the country of alpha-3 {@code code}: IRN and
   * GOV give {@code agent:irn-gov}.
   */
  public static ActorKey agent(String code, String sector) {
    return new ActorKey(Kind.AGENT, code.toLowerCase(Locale.ROOT) + "-" + sector.toLowerCase(Locale.ROOT));
  }

  /**
   * The key a stored string spells, e.g. {@code person:elon-musk}.
   *
   * @throws IllegalArgumentException if it has no known prefix or its id is not of its kind's form
   */
  public static ActorKey parse(String key) {
    Objects.requireNonNull(key, "key");
    int colon = key.indexOf(':');
    if (colon > 0) {
      String prefix = key.substring(0, colon);
      for (Kind k : Kind.values()) {
        if (k.prefix.equals(prefix)) {
          return new ActorKey(k, key.substring(colon + 1));
        }
      }
    }
    throw new IllegalArgumentException("not an actor key (person:, country:, org:, agent: or media:): " + key);
  }

  /**
   * Lower-case, accent-free, hyphen-separated form of a name, for keys: "Rafael Mariano Grossi" is
   * {@code rafael-mariano-grossi}, "Erdoğan" is {@code erdogan}. Empty when the name has no Latin
   * letter or digit; a slug is its own slug.
   */
  public static String slug(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  /** The stored string, {@code kind:id}. */
  public String value() {
    return kind.prefix + ":" + id;
  }

  /** The stored string, as {@link #value()}. */
  @Override
  public String toString() {
    return value();
  }
}
