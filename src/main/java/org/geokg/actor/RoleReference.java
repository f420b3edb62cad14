package org.geokg.actor;

/**
 * A role mentioned without its holder's name, e.g. "Iran's ambassador to the U.N.": the holder is
 * found later, when an event shows who it is (the same meeting reported with a name), or the
 * reference stands for its principal.
 *
 * @param sentence sentence index
 * @param head the title's head token
 * @param title lower-case title, e.g. {@code ambassador}
 * @param principalKey the actor the role serves, or null
 * @param postKey where the role is held, or null
 */
public record RoleReference(int sentence, int head, String title, String principalKey, String postKey) {
  public RoleReference {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("a role reference needs a title");
    }
  }

  /** Whether this reference and {@code role} describe the same post. */
  public boolean matches(Role role) {
    return role.title().equals(title)
        && (principalKey == null || principalKey.equals(role.principalKey()))
        && (postKey == null || role.postKey() == null || postKey.equals(role.postKey()));
  }
}
