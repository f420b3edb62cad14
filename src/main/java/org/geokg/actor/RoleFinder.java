package org.geokg.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.geokg.nlp.AnnotatedText;
import org.geokg.nlp.Dependency;
import org.geokg.nlp.Sentence;
import org.geokg.nlp.Token;

/**
 * Finds the roles people hold, from the dependency parse: appositions ("Abbas Araghchi, Iran's
 * foreign minister"; "Iran's foreign minister, Abbas Araghchi"), title premodifiers ("Ukrainian
 * president Volodymyr Zelensky", "Trump spokesperson Steven Cheung"), copulas ("X is the head of
 * Y", "X was Iran's foreign minister"), copular relative clauses ("X, who is the ambassador to ...")
 * role verbs ("X became secretary of state", "X served as envoy") and any verb's "as" complement of its
 * subject or object ("X resigns as ambassador", "recognizing X as president of Y"). A title's principal
 * is its possessor, nationality adjective or compound modifier, else its
 * "of" complement; its post is its "to"/"at" complement ("ambassador to the U.N.").
 *
 * <p>Not thread-safe: one instance per article, used by {@link ActorRecognizer}.
 */
final class RoleFinder {

  private static final Set<String> DEFINITE = Set.of("the", "this", "that");

  /** A role nominal without a name: "the President-elect", "Iran's ambassador to the U.N.". */
  record Nominal(int start, String title, String principalKey, String postKey, boolean article) {}

  private final Gazetteer gazetteer;
  private final PersonNouns personNouns;
  private final Map<String, Actor> actors;
  private final List<Mention> mentions;
  private final List<Role> roles = new ArrayList<>();

  RoleFinder(Gazetteer gazetteer, PersonNouns personNouns, Map<String, Actor> actors, List<Mention> mentions) {
    this.gazetteer = gazetteer;
    this.personNouns = personNouns;
    this.actors = actors;
    this.mentions = mentions;
  }

  List<Role> roles() {
    return List.copyOf(roles);
  }

  void findRoles(Sentence s) {
    for (Mention m : mentions) {
      if (m.sentence() != s.index() || actors.get(m.actorKey()).kind() != ActorKind.PERSON
          || m.kind() == MentionKind.PRONOUN) {
        continue;
      }
      for (int t : roleNouns(s, m)) {
        if (!isTitle(s.token(t))) {
          continue;
        }
        Affiliation a = affiliation(s, t, m.actorKey());
        roles.add(new Role(m.actorKey(), titlePhrase(s, t), a.principal(), a.post(), s.index()));
      }
    }
  }

  /** Nouns standing in a role relation to the person mention {@code m}. */
  private List<Integer> roleNouns(Sentence s, Mention m) {
    List<Integer> out = new ArrayList<>();
    int h = m.head();
    for (Dependency d : s.dependencies()) {
      boolean apposition = d.relation().equals("appos");
      if (apposition && d.governor() == h && !m.covers(d.dependent())) {
        out.add(d.dependent());
      } else if (apposition && d.dependent() == h && d.governor() >= 0 && !m.covers(d.governor())) {
        out.add(d.governor());
      } else if (d.relation().equals("compound") && d.governor() == h && !m.covers(d.dependent())) {
        out.add(d.dependent());
      } else if (d.relation().equals("dep") && d.dependent() == h && d.governor() == m.start() - 1
          && s.token(d.governor()).isNoun()) {
        // "Jordan's foreign minister Ayman Safadi" parsed as a title with the name hung on it unlabelled
        out.add(d.governor());
      } else if (d.base().equals("nsubj") && d.dependent() == h && d.governor() >= 0
          && s.token(d.governor()).isNoun() && !s.children(d.governor(), "cop").isEmpty()) {
        out.add(d.governor());
      } else if (d.base().equals("nsubj") && d.dependent() == h && d.governor() >= 0
          && BECOME.contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT))) {
        // "X became the U.S. secretary of state", "X remains foreign minister", "X served as envoy"
        for (Dependency c : s.children(d.governor())) {
          if ((c.relation().equals("xcomp") || c.relation().equals("obl:as")) && s.token(c.dependent()).isNoun()) {
            out.add(c.dependent());
          }
        }
      } else if ((d.base().equals("nsubj") || d.relation().equals("obj")) && d.dependent() == h && d.governor() >= 0
          && s.token(d.governor()).isVerb()) {
        // "X resigns as ambassador to Mexico", "X is sworn in as president", "recognizing X as president of Y"
        for (Dependency c : s.children(d.governor())) {
          if (c.relation().equals("obl:as") && s.token(c.dependent()).isNoun()) {
            out.add(c.dependent());
          }
        }
      }
    }
    relativeCopula(s, m).ifPresent(out::add);
    return out;
  }

  /** Verbs whose complement names a role of their subject, like a copula's. */
  private static final Set<String> BECOME = Set.of("become", "remain", "serve");

  /**
   * The title of a relative clause on the person: "X, who is the ambassador to the U.N., ...",
   * "X, who was Iran's foreign minister". The parser often gets these wrong (it reads "who" as the
   * predicate, or the title as the subject of the main verb), so besides the clean parse
   * (nsubj(title, who) with a copula) the title is read from the surface: the first title noun of
   * the noun phrase after "who is/was".
   */
  private Optional<Integer> relativeCopula(Sentence s, Mention m) {
    int w = m.end() < s.tokens().size() && s.token(m.end()).word().equals(",") ? m.end() + 1 : m.end();
    if (w + 1 >= s.tokens().size() || !s.token(w).word().equalsIgnoreCase("who")) {
      return Optional.empty();
    }
    for (Dependency d : s.parents(w)) {
      if (d.base().equals("nsubj") && d.governor() >= 0 && s.token(d.governor()).isNoun()
          && !s.children(d.governor(), "cop").isEmpty()) {
        return Optional.of(d.governor());
      }
    }
    if (!s.token(w + 1).lemma().equalsIgnoreCase("be")) {
      return Optional.empty();
    }
    for (int i = w + 2; i < Math.min(s.tokens().size(), w + 10); i++) {
      Token t = s.token(i);
      boolean inPhrase = t.isNoun() || t.pos().equals("DT") || t.pos().equals("POS") || t.pos().startsWith("JJ")
          || t.pos().equals("PRP$") || t.pos().equals("HYPH");
      if (!inPhrase) {
        return Optional.empty();
      }
      boolean phraseGoesOn = i + 1 < s.tokens().size() && s.token(i + 1).isNoun();
      if (isTitle(t) && !phraseGoesOn) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** A title word: tagged TITLE (the tagger sometimes calls "general" an adjective) or in the gazetteer. */
  boolean isTitle(Token t) {
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    return t.ner().equals("TITLE") && (t.isNoun() || t.pos().startsWith("JJ"))
        || t.isNoun() && gazetteer.titleSector(lemma).isPresent();
  }

  private boolean isPersonNoun(Token t) {
    return isTitle(t) || t.isNoun() && personNouns.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  /** The title phrase ending at {@code t}: "foreign minister", "president-elect". */
  static String titlePhrase(Sentence s, int t) {
    int start = t;
    while (start > 0) {
      Token prev = s.token(start - 1);
      boolean partOfTitle = prev.ner().equals("TITLE") || prev.pos().equals("HYPH")
          && start - 2 >= 0 && s.token(start - 2).ner().equals("TITLE");
      if (!partOfTitle) {
        break;
      }
      start--;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = start; i <= t; i++) {
      Token tok = s.token(i);
      if (i > start && tok.begin() > s.token(i - 1).end()) {
        sb.append(' ');
      }
      sb.append(tok.word().toLowerCase(Locale.ROOT));
    }
    return sb.toString();
  }

  record Affiliation(String principal, String post) {}

  /** Whom the title at {@code t} serves and where; never the holder itself. */
  Affiliation affiliation(Sentence s, int t, String holder) {
    String principal = null;
    String post = null;
    for (Dependency d : s.children(t)) {
      String rel = d.relation();
      if (rel.equals("nmod:poss") || rel.equals("amod") || rel.equals("compound")) {
        String k = actorAt(s, d.dependent());
        if (k != null && !k.equals(holder) && principal == null) {
          principal = k;
        }
      }
    }
    for (Dependency d : s.children(t)) {
      String rel = d.relation();
      boolean of = rel.equals("nmod:of") || rel.equals("nmod:for");
      boolean to = rel.equals("nmod:to") || rel.equals("nmod:at") || rel.equals("nmod:in");
      if (!of && !to) {
        continue;
      }
      String k = actorAt(s, d.dependent());
      if (k == null) {
        for (Dependency inner : s.children(d.dependent())) {
          if (inner.relation().equals("nmod:poss") || inner.relation().equals("compound")) {
            k = k == null ? actorAt(s, inner.dependent()) : k;
          }
        }
      }
      if (k == null || k.equals(holder) || actors.get(k).kind() == ActorKind.PERSON && to) {
        continue;
      }
      if (of && principal == null) {
        principal = k;
      } else if (post == null && !k.equals(principal)) {
        post = k;
      }
    }
    return new Affiliation(principal, post);
  }

  private String actorAt(Sentence s, int token) {
    for (Mention m : mentions) {
      if (m.sentence() == s.index() && m.covers(token) && m.kind() != MentionKind.PRONOUN) {
        return m.actorKey();
      }
    }
    return null;
  }

  /**
   * Whether token {@code i} heads a role nominal that stands for a person: a singular title or
   * person noun that is definite or possessed ("the President-elect", "Iran's ambassador"), not part
   * of a name and not already tied to a named person.
   */
  Optional<Nominal> nominalAt(Sentence s, int i) {
    Token t = s.token(i);
    if (!isPersonNoun(t) || t.pos().endsWith("S") || actorAt(s, i) != null) {
      return Optional.empty();
    }
    for (Dependency d : s.parents(i)) {
      String rel = d.relation();
      if (rel.equals("compound") || rel.equals("amod") || rel.equals("appos")) {
        return Optional.empty(); // a premodifier or apposition of a name: a role, found by findRoles
      }
    }
    int start = i;
    boolean determined = false;
    for (Dependency d : s.children(i)) {
      String rel = d.relation();
      if (rel.equals("appos") && actorAt(s, d.dependent()) != null) {
        return Optional.empty();
      }
      if (rel.equals("det") && DEFINITE.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT))
          || rel.equals("nmod:poss")
          || rel.equals("amod") && actorAt(s, d.dependent()) != null) {
        determined = true;
      }
      if (d.dependent() < i && (rel.equals("det") || rel.equals("nmod:poss") || rel.equals("amod")
          || rel.equals("compound"))) {
        start = Math.min(start, d.dependent());
      }
    }
    // "The Tesla and SpaceX boss": the parser may coordinate the modifiers with the head, leaving
    // the determiner on the first conjunct; the phrase still opens with "the".
    for (Dependency d : s.parents(i)) {
      if (d.relation().startsWith("conj") && d.governor() >= 0 && d.governor() < start
          && s.token(d.governor()).isProperNoun()) {
        start = d.governor();
      }
    }
    if (!determined && start > 0 && DEFINITE.contains(s.token(start - 1).word().toLowerCase(Locale.ROOT))) {
      determined = true;
      start = start - 1;
    }
    if (!determined) {
      return Optional.empty();
    }
    String title = isTitle(t) ? titlePhrase(s, i) : t.lemma().toLowerCase(Locale.ROOT);
    Affiliation a = affiliation(s, i, null);
    boolean article = DEFINITE.contains(s.token(start).word().toLowerCase(Locale.ROOT));
    return Optional.of(new Nominal(start, title, a.principal(), a.post(), article));
  }

  /** Whether the text gave {@code holderKey} a title other than {@code title} ("Senator Ana Ruiz" is no prime minister). */
  boolean holdsOtherTitle(String holderKey, String title) {
    return roles.stream().anyMatch(r -> r.holderKey().equals(holderKey) && !r.title().equals(title));
  }

  /** The person known to hold the nominal's role in this article, the latest seen. */
  Optional<String> holderOf(Nominal n) {
    for (int k = roles.size() - 1; k >= 0; k--) {
      Role r = roles.get(k);
      if (r.title().equals(n.title())
          && (n.principalKey() == null || n.principalKey().equals(r.principalKey()))) {
        return Optional.of(r.holderKey());
      }
    }
    return Optional.empty();
  }

  /**
   * Countries of people described by a nationality without a title ("Farhad Shakeri, an accused
   * Iranian government asset"): person key to country code. A person the parser hangs below a title's
   * "to" ("Russian Ambassador to the United States Sergey Kislyak": the name after the post, taken as
   * one phrase with it) is the title's holder: the title's nationality is theirs, the post's country
   * before their name is not.
   */
  static Map<String, String> nationalities(AnnotatedText text, List<Mention> mentions, Map<String, Actor> actors) {
    Map<String, String> out = new HashMap<>();
    for (Mention m : mentions) {
      if (actors.get(m.actorKey()).kind() != ActorKind.PERSON || m.kind() == MentionKind.PRONOUN) {
        continue;
      }
      Sentence s = text.sentences().get(m.sentence());
      Optional<Dependency> posted = s.parents(m.head()).stream()
          .filter(d -> d.relation().equals("nmod:to") && d.governor() >= 0
              && s.token(d.governor()).ner().equals("TITLE")).findFirst();
      if (posted.isPresent()) {
        String code = demonymBelow(s, posted.get().governor(), mentions, actors, 1);
        if (code != null) {
          out.putIfAbsent(m.actorKey(), code);
        }
        continue;
      }
      for (Dependency d : s.dependencies()) {
        int other = -1;
        if (d.relation().equals("appos") && d.governor() == m.head()) {
          other = d.dependent();
        } else if (d.relation().equals("appos") && d.dependent() == m.head()) {
          other = d.governor();
        } else if (d.relation().equals("compound") && d.governor() == m.head() && !m.covers(d.dependent())) {
          other = d.dependent();
        }
        if (other < 0) {
          continue;
        }
        String code = demonymBelow(s, other, mentions, actors, 2);
        if (code != null) {
          out.putIfAbsent(m.actorKey(), code);
        }
      }
    }
    return out;
  }

  private static String demonymBelow(Sentence s, int token, List<Mention> mentions, Map<String, Actor> actors, int depth) {
    for (Dependency d : s.children(token)) {
      if (!d.relation().equals("amod") && !d.relation().equals("compound") && !d.relation().equals("nmod:poss")) {
        continue;
      }
      for (Mention m : mentions) {
        Actor a = actors.get(m.actorKey());
        if (m.sentence() == s.index() && m.covers(d.dependent()) && a.kind() != ActorKind.PERSON
            && a.code() != null && !a.code().equals("IGO")) {
          return a.code();
        }
      }
      if (depth > 1) {
        String c = demonymBelow(s, d.dependent(), mentions, actors, depth - 1);
        if (c != null) {
          return c;
        }
      }
    }
    return null;
  }
}
