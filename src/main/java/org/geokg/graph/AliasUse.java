package org.geokg.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a text names an actor by one alias and by none of its other names: the test that decides
 * which articles an alias split moves to the new actor. A name counts only where it stands alone
 * (not inside a longer word, and not inside a longer name of the same actor: "Musk" in "Elon Musk"
 * is not a use of "Musk"). Case-sensitive.
 *
 * <p>The test is two Java regular expressions ({@link #aliasPattern}, {@link #othersPattern}), each
 * matching a whole text, so that Cypher's {@code =~} (which uses {@code java.util.regex}) applies
 * exactly the same test to stored articles as the writer applies to new ones. Immutable and
 * thread-safe.
 *
 * @param alias the alias split off
 * @param others the actor's other names (its name and its remaining aliases)
 */
public record AliasUse(String alias, Set<String> others) {

  private static final String WORD = "[\\p{L}\\p{N}]";

  public AliasUse {
    if (alias == null || alias.isBlank()) {
      throw new IllegalArgumentException("an alias is needed");
    }
    Set<String> o = new LinkedHashSet<>();
    for (String n : others) {
      if (n != null && !n.isBlank() && !n.equals(alias)) {
        o.add(n);
      }
    }
    others = Set.copyOf(o);
  }

  public static AliasUse of(String alias, Collection<String> others) {
    return new AliasUse(alias, new LinkedHashSet<>(others));
  }

  /** Whole-text pattern: the alias occurs standing alone somewhere. */
  public String aliasPattern() {
    return "(?s).*" + standalone(alias) + ".*";
  }

  /** Whole-text pattern: some other name occurs standing alone; never matches when there is none. */
  public String othersPattern() {
    if (others.isEmpty()) {
      return "(?!)";
    }
    List<String> alternatives = new ArrayList<>();
    for (String n : others.stream().sorted().toList()) {
      alternatives.add(standalone(n));
    }
    return "(?s).*(?:" + String.join("|", alternatives) + ").*";
  }

  /** Whether {@code text} names the actor by the alias and by none of its other names. */
  public boolean onlyAliasIn(String text) {
    return text != null && Pattern.compile(aliasPattern()).matcher(text).matches()
        && !Pattern.compile(othersPattern()).matcher(text).matches();
  }

  /** How often the alias stands alone in {@code text}. */
  public int count(String text) {
    var m = Pattern.compile(standalone(alias)).matcher(text == null ? "" : text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /**
   * {@code name} between non-word characters, and not where a longer name of the same actor that
   * contains it occurs around it.
   */
  private String standalone(String name) {
    StringBuilder guards = new StringBuilder();
    Set<String> all = new LinkedHashSet<>(others);
    all.add(alias);
    for (String longer : all.stream().sorted().toList()) {
      if (longer.length() <= name.length()) {
        continue;
      }
      for (int i = longer.indexOf(name); i >= 0; i = longer.indexOf(name, i + 1)) {
        String pre = longer.substring(0, i);
        String post = longer.substring(i + name.length());
        // Not (preceded by pre and followed by post): either guard fails the longer name.
        guards.append("(?:");
        guards.append(pre.isEmpty() ? "(?!)" : "(?<!" + Pattern.quote(pre) + ")");
        guards.append('|');
        guards.append(post.isEmpty() ? "(?!)" : "(?!" + Pattern.quote(name + post) + ")");
        guards.append(')');
      }
    }
    return "(?<!" + WORD + ")" + guards + Pattern.quote(name) + "(?!" + WORD + ")";
  }
}
