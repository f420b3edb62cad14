package org.geokg.graph;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geokg.actor.Actor;
import org.geokg.actor.ActorKind;
import org.geokg.actor.Role;
import org.geokg.article.Article;
import org.geokg.event.Modality;
import org.geokg.event.PartialDate;
import org.geokg.event.Relation;
import org.geokg.event.RelationType;

/** Articles' graphs as the pipeline produces them, and the analyst decisions that concern them. */
final class WriteExamples {

  static final Actor IRAN = new Actor("country:IRN", "Iran", ActorKind.COUNTRY, "IRN", "GOV", Set.of("Iranian", "Tehran"));
  static final Actor USA = new Actor("country:USA", "United States", ActorKind.COUNTRY, "USA", null, Set.of("U.S."));
  static final Actor IAEA = new Actor("org:iaea", "IAEA", ActorKind.ORGANIZATION, "IGO", null,
      Set.of("International Atomic Energy Agency"));
  static final Actor UN = new Actor("org:united-nations", "United Nations", ActorKind.ORGANIZATION, "IGO", null,
      Set.of("U.N."));
  static final Actor IRAVANI = new Actor("person:amir-saeid-iravani", "Amir Saeid Iravani", ActorKind.PERSON, "IRN",
      "DIP", Set.of());
  static final Actor GROSSI = new Actor("person:rafael-grossi", "Rafael Grossi", ActorKind.PERSON, null, null,
      Set.of("Grossi"));
  static final Actor TRUMP = new Actor("person:trump", "Trump", ActorKind.PERSON, null, null, Set.of());
  static final Actor DONALD_TRUMP = new Actor("person:donald-trump", "Donald Trump", ActorKind.PERSON, "USA", "GOV",
      Set.of("President Trump"));
  static final Actor MUSK = new Actor("person:musk", "Musk", ActorKind.PERSON, "USA", "BUS", Set.of());
  static final Actor ELON_MUSK = new Actor("person:elon-musk", "Elon Musk", ActorKind.PERSON, "USA", "BUS",
      Set.of("Musk"));
  static final Actor TESLA_BOSS = new Actor("person:tesla-boss", "Tesla boss", ActorKind.PERSON, "USA", "BUS",
      Set.of("the Tesla chief"));
  static final Actor DOGE = new Actor("org:doge", "DOGE", ActorKind.ORGANIZATION, null, null, Set.of());
  static final Actor GUTERRES = new Actor("person:antonio-guterres", "António Guterres", ActorKind.PERSON, null, "IGO",
      Set.of());

  /** An analyst split "Musk" off Elon Musk into an actor of its own (another Musk). */
  static final ActorDecisions.Split MUSK_SPLIT = new ActorDecisions.Split(ELON_MUSK.key(), "Musk", MUSK.key());
  static final Map<String, Set<String>> ELON_MUSK_STORED = Map.of(ELON_MUSK.key(), Set.of("Elon Musk", "Musk"));

  private WriteExamples() {}

  static Article article(String url, String... paragraphs) {
    return new Article(url, "A title", "Jane Roe", "Example News", LocalDate.of(2024, 11, 15), "en",
        List.of(paragraphs));
  }

  static Relation relation(RelationType type, Actor source, Actor target, double confidence, String... sentences) {
    return new Relation(type, source.key(), target.key(), null, null, confidence, false, List.of(sentences),
        Modality.ASSERTED, null);
  }

  static ArticleGraph.RoleEvidence role(Actor holder, String title, Actor principal, Actor post, String sentence) {
    return new ArticleGraph.RoleEvidence(new Role(holder.key(), title, principal == null ? null : principal.key(),
        post == null ? null : post.key(), 0), sentence);
  }

  /**
   * Iran met the IAEA; the U.S. will not sanction Iran, officials say; Grossi visited Iran. Every
   * field of a relation and both kinds of role edge, and a role with neither principal nor post.
   */
  static ArticleGraph inspection() {
    String s0 = "Iran's ambassador to the U.N. Amir Saeid Iravani said Iran met the IAEA in Vienna in November 2024.";
    String s1 = "The United States will not sanction Iran, officials said.";
    String s2 = "IAEA chief Rafael Grossi visited Iran in 2024.";
    return new ArticleGraph(article("https://example.org/inspection", s0 + " " + s1, s2),
        Map.of(IRAN, 3, USA, 1, IAEA, 2, UN, 1, IRAVANI, 1, GROSSI, 1),
        List.of(new Relation(RelationType.MET_WITH, IRAN.key(), IAEA.key(), PartialDate.parse("2024-11"), "Vienna",
                0.8, false, List.of(s0), Modality.ASSERTED, null),
            new Relation(RelationType.SANCTIONED, USA.key(), IRAN.key(), null, null, 0.55, true, List.of(s1),
                Modality.INTENDED, "officials"),
            new Relation(RelationType.VISITED, GROSSI.key(), IRAN.key(), PartialDate.parse("2024"), null, 0.7, false,
                List.of(s2), Modality.ASSERTED, null)),
        List.of(new ArticleGraph.RoleEvidence(new Role(IRAVANI.key(), "ambassador", IRAN.key(), UN.key(), 0), s0),
            new ArticleGraph.RoleEvidence(new Role(GROSSI.key(), "chief", null, IAEA.key(), 2), s2),
            new ArticleGraph.RoleEvidence(new Role(GROSSI.key(), "diplomat", null, null, 2), s2)));
  }

  /**
   * "Trump" and "Donald Trump" as two actors (an analyst merged the first into the second), and DOGE
   * (merged into {@code org:dge}): relations and roles between them and both ways round.
   */
  static ArticleGraph trump() {
    String s0 = "Trump met Donald Trump.";
    String s1 = "Trump sanctioned Iran on 2024-11-14.";
    String s2 = "Donald Trump sanctioned Iran.";
    String s3 = "Trump, the head of DOGE, spoke with DOGE.";
    return new ArticleGraph(article("https://example.org/trump", s0, s1, s2, s3),
        Map.of(TRUMP, 3, DONALD_TRUMP, 2, IRAN, 2, DOGE, 2),
        List.of(relation(RelationType.MET_WITH, DONALD_TRUMP, TRUMP, 0.5, s0),
            new Relation(RelationType.SANCTIONED, TRUMP.key(), IRAN.key(), PartialDate.parse("2024-11-14"), null, 0.6,
                false, List.of(s1), Modality.ASSERTED, null),
            relation(RelationType.SANCTIONED, DONALD_TRUMP, IRAN, 0.8, s2),
            relation(RelationType.SPOKE_WITH, TRUMP, DOGE, 0.7, s3),
            relation(RelationType.SPOKE_WITH, DOGE, DONALD_TRUMP, 0.9, s3, s0)),
        List.of(new ArticleGraph.RoleEvidence(new Role(TRUMP.key(), "head", DOGE.key(), null, 3), s3),
            new ArticleGraph.RoleEvidence(new Role(DONALD_TRUMP.key(), "head", DOGE.key(), null, 3), s3),
            new ArticleGraph.RoleEvidence(new Role(TRUMP.key(), "president", null, DONALD_TRUMP.key(), 0), s0),
            new ArticleGraph.RoleEvidence(new Role(DOGE.key(), "ally", TRUMP.key(), DONALD_TRUMP.key(), 0), s0)));
  }

  static final ActorDecisions TRUMP_MERGES = new ActorDecisions(
      Map.of(TRUMP.key(), DONALD_TRUMP.key(), DOGE.key(), "org:dge"), Map.of(), List.of(), Map.of());

  /** "Musk" alone, and "the Tesla chief" (an analyst merged {@code person:tesla-boss} into {@code person:musk}). */
  static ArticleGraph muskAlone() {
    String s0 = "Musk met Guterres.";
    String s1 = "The Tesla chief praised Guterres.";
    return new ArticleGraph(article("https://example.org/musk", s0, s1),
        Map.of(MUSK, 1, TESLA_BOSS, 1, GUTERRES, 2),
        List.of(relation(RelationType.MET_WITH, GUTERRES, MUSK, 0.9, s0),
            relation(RelationType.PRAISED, TESLA_BOSS, GUTERRES, 0.7, s1)),
        List.of());
  }

  /**
   * The graph's decisions for {@link #muskAlone}: "Musk" is the surname of Elon Musk alone, but an
   * analyst split "Musk" off him; the Tesla boss was merged into that Musk.
   */
  static final ActorDecisions MUSK_ALONE_DECISIONS = new ActorDecisions(Map.of(TESLA_BOSS.key(), MUSK.key()),
      Map.of(MUSK.key(), ELON_MUSK.key()), List.of(MUSK_SPLIT), ELON_MUSK_STORED);

  /** "Elon Musk", later "Musk": the article names him in full. */
  static ArticleGraph muskInFull() {
    String s0 = "Elon Musk met Guterres.";
    String s1 = "Musk smiled.";
    return new ArticleGraph(article("https://example.org/elon-musk", s0, s1),
        Map.of(ELON_MUSK, 2, GUTERRES, 1),
        List.of(relation(RelationType.MET_WITH, GUTERRES, ELON_MUSK, 0.9, s0)),
        List.of());
  }

  static final ActorDecisions MUSK_SPLIT_ONLY = new ActorDecisions(Map.of(), Map.of(), List.of(MUSK_SPLIT),
      ELON_MUSK_STORED);
}
