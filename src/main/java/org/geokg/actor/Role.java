package org.geokg.actor;

/**
 * A role an actor was seen holding: "Iran's ambassador to the U.N." is title {@code ambassador},
 * principal Iran (whom the role serves), post the United Nations (where it is held).
 *
 * @param holderKey the actor holding the role
 * @param title the title as a lower-case phrase, e.g. {@code foreign minister}
 * @param principalKey the country, organisation or person the role serves, or null
 * @param postKey the organisation or place the role is held at, or null
 * @param sentence index of the sentence it was seen in
 */
public record Role(String holderKey, String title, String principalKey, String postKey, int sentence) {
  public Role {
    if (holderKey == null || holderKey.isBlank() || title == null || title.isBlank()) {
      throw new IllegalArgumentException("a role needs a holder and a title");
    }
    if (holderKey.equals(principalKey)) {
      throw new IllegalArgumentException("an actor cannot hold a role for itself: " + holderKey);
    }
  }
}
