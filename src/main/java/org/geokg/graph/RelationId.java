package org.geokg.graph;

import java.util.Objects;
import java.util.regex.Pattern;
import org.geokg.article.Sha256;
import org.geokg.event.RelationType;

/**
 * The stable id of a stored edge ({@code r.id}), which clients use to come back to it: 16 hex
 * digits of the SHA-256 of what identifies the edge, so that the same article written into a rebuilt
 * database gives its edges the same ids (Neo4j's element ids do not survive a rebuild).
 *
 * <p>An event edge is one per (source actor, type, target actor, article); a symmetric type's edge
 * is one whichever way it points, so its two actors count in key order. A role edge
 * ({@code HOLDS_ROLE}) is one per (holder, principal or post, title, article). An edge that moves to
 * another actor (an analyst's merge or split) takes the id of its new identity.
 *
 * @param value 16 lower-case hex digits
 */
public record RelationId(String value) {

  /** The type of role edges. */
  public static final String ROLE = "HOLDS_ROLE";

  private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{16}");

  public RelationId {
    if (!isWellFormed(value)) {
      throw new IllegalArgumentException("a relation id is 16 lower-case hex digits, got '" + value + "'");
    }
  }

  /** Whether {@code value} has the form of a relation id (not whether an edge has it). */
  public static boolean isWellFormed(String value) {
    return value != null && FORMAT.matcher(value).matches();
  }

  /** The id of the event edge of {@code type} from {@code source} to {@code target} read from an article. */
  public static RelationId ofEvent(RelationType type, String source, String target, String articleId) {
    boolean swap = type.symmetric() && source.compareTo(target) > 0;
    return digest(type.name(), swap ? target : source, swap ? source : target, articleId, "");
  }

  /** The id of the role edge from {@code holder} to its principal or post {@code target} with {@code title}. */
  public static RelationId ofRole(String holder, String target, String title, String articleId) {
    return digest(ROLE, holder, target, articleId, Objects.requireNonNull(title, "title"));
  }

  /**
   * The id of a stored edge of type {@code type} between two actors: an event type by
   * {@link #ofEvent}, {@value #ROLE} by {@link #ofRole} ({@code title} is used only there); a type
   * this version no longer extracts counts as an asymmetric event type.
   */
  static RelationId ofStored(String type, String source, String target, String articleId, String title) {
    if (ROLE.equals(type)) {
      return ofRole(source, target, title, articleId);
    }
    return RelationType.parse(type).filter(t -> t.name().equals(type))
        .map(t -> ofEvent(t, source, target, articleId))
        .orElseGet(() -> digest(type, source, target, articleId, ""));
  }

  /** Length-prefixed parts: no two different identities read as the same text. */
  private static RelationId digest(String type, String source, String target, String articleId, String title) {
    StringBuilder text = new StringBuilder("edge-v1");
    for (String part : new String[] {type, source, target, articleId, title}) {
      Objects.requireNonNull(part, "every part of an edge's identity is required");
      text.append('|').append(part.length()).append(':').append(part);
    }
    return new RelationId(Sha256.hex(text.toString()).substring(0, 16));
  }

  @Override
  public String toString() {
    return value;
  }
}
