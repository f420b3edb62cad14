package org.geokg.actor;

/**
 * A stretch of one sentence that refers to an actor.
 *
 * @param sentence sentence index
 * @param start first token
 * @param end token just past the last
 * @param head the syntactic head token (the one dependency edges attach to)
 * @param actorKey the actor referred to
 * @param kind how it refers
 */
public record Mention(int sentence, int start, int end, int head, String actorKey, MentionKind kind) {
  public Mention {
    if (sentence < 0 || start < 0 || end <= start || head < start || head >= end) {
      throw new IllegalArgumentException("bad mention span " + start + "-" + end + " head " + head);
    }
    if (actorKey == null || actorKey.isBlank()) {
      throw new IllegalArgumentException("a mention needs an actor");
    }
  }

  public boolean covers(int token) {
    return token >= start && token < end;
  }
}
