package org.geokg.graph;

import java.util.List;

/**
 * The outcome of an analyst decision on actors ({@link ActorCuration}): done, or refused with a
 * reason and nothing changed.
 */
public sealed interface Curation {

  /**
   * {@code merged} was merged into {@code id}.
   *
   * @param relations event edges moved onto {@code id}
   * @param roles role edges moved onto {@code id}
   * @param dropped edges between the two actors, dropped (an actor has no relation to itself)
   * @param mentions articles whose mention moved
   * @param aliases the aliases of {@code id} after the merge
   */
  record Merged(String id, String merged, String mergedName, long relations, long roles, long dropped,
      long mentions, List<String> aliases, String decidedAt) implements Curation {}

  /**
   * {@code alias} was split off {@code id} into {@code into}.
   *
   * @param created whether {@code into} was created for the alias
   * @param articles the articles that named {@code id} only by the alias, whose evidence moved
   * @param relations event edges moved
   * @param roles role edges moved
   * @param revokedMerge whether an earlier merge of {@code into} into another actor was revoked
   */
  record Split(String id, String alias, String into, boolean created, List<String> articles, long relations,
      long roles, boolean revokedMerge, String decidedAt) implements Curation {}

  /**
   * The decisions recorded about one actor, each oldest first.
   *
   * @param merged actors merged into it
   * @param splitOff aliases split off it
   * @param splitInto aliases split off other actors into it
   */
  record Decisions(String id, List<MergedIn> merged, List<SplitOff> splitOff, List<SplitIn> splitInto) {
    public Decisions {
      merged = List.copyOf(merged);
      splitOff = List.copyOf(splitOff);
      splitInto = List.copyOf(splitInto);
    }
  }

  /** An actor ({@code from}, stored as {@code name} and {@code kind}) merged into this one. */
  record MergedIn(String from, String name, String kind, String decidedAt, String decidedBy) {}

  /** An alias of this actor split off into actor {@code into}. */
  record SplitOff(String alias, String into, String decidedAt, String decidedBy) {}

  /** An alias of actor {@code from} split off into this one. */
  record SplitIn(String from, String alias, String decidedAt, String decidedBy) {}

  /** Nothing was changed, for {@code reason}; {@code detail} says what to do. */
  record Refused(Reason reason, String detail) implements Curation {}

  /** Why a decision was refused. */
  enum Reason {
    /** An actor named does not exist. */
    UNKNOWN_ACTOR,
    /** The decision contradicts itself or the graph (merging an actor with itself, splitting its name). */
    CONFLICT,
    /** The request is malformed or names an alias the actor does not have. */
    INVALID
  }
}
