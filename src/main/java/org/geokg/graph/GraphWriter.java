package org.geokg.graph;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.geokg.actor.Actor;
import org.geokg.actor.Role;
import org.geokg.article.Article;
import org.geokg.article.Sha256;
import org.geokg.event.Relation;
import org.geokg.event.RelationType;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/**
 * Writes one article's graph in one managed write transaction: the article, its actors and
 * mentions, its relations and roles, by {@code MERGE}; for an article stored before, it then removes
 * the edges that the new extraction no longer yields. The same content written twice leaves the graph
 * as it was. Before writing, analysts' merge and alias-split decisions and cross-article name
 * resolution are applied ({@link ActorDecisions}), so re-ingesting never undoes a decision. A new
 * article costs two statements ({@code article-read}, {@code write-article-graph}) and the commit:
 * round trips cost milliseconds each while NLP keeps the cores busy.
 *
 * <p>Thread-safe: each call opens its own session on the shared driver.
 */
// The schema (constraints, indexes) is applied, and an earlier version's actors migrated, before the
// first statement.
@DependsOn({"graphSchema", "actorMigration"})
@Component
public class GraphWriter {

  /** What a write did. */
  public enum Outcome {
    /** The article's graph was created or updated. */
    WRITTEN,
    /** The graph already held exactly this. */
    UNCHANGED,
    /** Another article has the same body text; nothing was written. */
    DUPLICATE
  }

  /**
   * After a new extraction of a stored article: its edges that the new write did not touch. A new
   * article has none, and looking would walk every edge of every actor it names.
   */
  private static final List<String> DELETE_STALE = List.of("delete-stale", "delete-stale-mentions");

  private final Driver driver;

  GraphWriter(Driver driver) {
    this.driver = driver;
  }

  /**
   * Writes one article's graph, after applying the analysts' decisions and cross-article resolution
   * ({@link ActorDecisions}) to it, in one transaction.
   */
  public Outcome write(ArticleGraph g) {
    for (int attempt = 1; ; attempt++) {
      try {
        return writeOnce(g);
      } catch (DecisionsChanged e) {
        if (attempt == 5) {
          throw new IllegalStateException("analyst decisions kept changing while article " + g.article().id()
              + " was written", e);
        }
      }
    }
  }

  private Outcome writeOnce(ArticleGraph g) {
    try (var session = driver.session(SessionConfig.defaultConfig())) {
      return session.executeWrite(tx -> {
        Map<String, Object> params = parameters(g);
        Map<String, Object> read = new HashMap<>(ActorDecisions.loadParameters(params));
        read.put("id", g.article().id());
        read.put("bodyHash", g.article().bodyHash());
        var state = tx.run(Cypher.load("article-read"), read).single();
        if (!state.get("duplicateOf").isNull()) {
          return Outcome.DUPLICATE;
        }
        boolean stored = state.get("stored").asBoolean();
        ActorDecisions decisions = ActorDecisions.of(state, params);
        decisions.apply(params);
        assignIds(params);
        Object before = decisions.loaded(tx);
        String run = fingerprint(params);
        params.put("run", run);
        if (stored && run.equals(state.get("run").asString(null))) {
          return Outcome.UNCHANGED;
        }
        params.putAll(decisions.snapshotParameters());
        var after = tx.run(Cypher.load("write-article-graph"), params).single();
        if (stored) {
          for (String statement : DELETE_STALE) {
            tx.run(Cypher.load(statement), params).consume();
          }
        }
        // A merge or split committed after the decisions were read would be undone by this write
        // (a merged-away actor recreated): roll back and write again under the new decisions.
        if (!before.equals(ActorDecisions.snapshot(after))) {
          throw new DecisionsChanged();
        }
        absorbLoneSurnames(tx, params, decisions);
        return Outcome.WRITTEN;
      });
    } catch (ClientException e) {
      // Two workers wrote the same text under two URLs at once: the body-hash constraint caught it.
      if (e.code() != null && e.code().endsWith("ConstraintValidationFailed") && duplicateOf(g.article()).isPresent()) {
        return Outcome.DUPLICATE;
      }
      // An actor the write had matched was deleted by a merge committed while the write waited for
      // its lock ("Unable to load NODE"): write again under the new decisions.
      if (e.code() != null && e.code().endsWith("EntityNotFound")) {
        throw new DecisionsChanged();
      }
      throw e;
    }
  }

  /**
   * The other order of cross-article resolution: a person named in full ("Elon Musk") absorbs the
   * actor an earlier article made of the surname alone ("Musk"), when this person is the only one
   * with that surname, as if an analyst had merged them (recorded as a merge decided by
   * {@code resolver}, so it survives re-ingestion and can be undone by splitting the alias off).
   * Then which article came first no longer matters.
   */
  @SuppressWarnings("unchecked")
  private static void absorbLoneSurnames(TransactionContext tx, Map<String, Object> params,
      ActorDecisions decisions) {
    Map<String, String> surnames = ActorDecisions.surnamesByKey((List<Map<String, Object>>) params.get("actors"));
    if (!decisions.mayHaveLoneSurname(Set.copyOf(surnames.values()))) {
      return; // the usual case, known from the decisions' read: no query
    }
    List<Map<String, Object>> people = new ArrayList<>();
    surnames.forEach((key, surname) -> people.add(Map.of("key", key, "surname", surname)));
    for (var r : tx.run(Cypher.load("surname-absorb"), Map.of("people", people)).list()) {
      ActorCuration.mergeInTransaction(tx, r.get("into").asString(), r.get("from").asString(), "resolver");
    }
  }

  /** Decisions about the article's actors changed while it was written. */
  private static final class DecisionsChanged extends RuntimeException {
    DecisionsChanged() {
      super(null, null, false, false);
    }
  }

  private static Map<String, Object> parameters(ArticleGraph g) {
    Article a = g.article();
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("id", a.id());
    Map<String, Object> props = new TreeMap<>();
    props.put("url", a.url());
    props.put("title", a.title());
    props.put("publishedAt", a.publishedAt());
    props.put("publisher", a.publisher());
    props.put("author", a.author());
    props.put("language", a.language());
    props.put("text", a.text());
    props.put("bodyHash", a.bodyHash());
    p.put("props", props);

    List<Map<String, Object>> actors = new ArrayList<>();
    g.actors().entrySet().stream()
        .sorted(Comparator.comparing(e -> e.getKey().key()))
        .forEach(e -> {
          Actor x = e.getKey();
          Map<String, Object> m = new TreeMap<>();
          m.put("key", x.key());
          m.put("name", x.name());
          m.put("kind", x.kind().name());
          m.put("label", x.kind().label());
          m.put("code", x.code());
          m.put("sector", x.sector());
          m.put("aliases", x.aliases().stream().sorted().toList());
          m.put("mentions", e.getValue());
          actors.add(m);
        });
    p.put("actors", actors);

    List<Map<String, Object>> relations = new ArrayList<>();
    for (Relation r : g.relations()) {
      Map<String, Object> props2 = new TreeMap<>();
      props2.put("plover", r.type().plover().name());
      props2.put("cameo", r.type().cameo());
      props2.put("symmetric", r.type().symmetric());
      props2.put("date", r.date());
      props2.put("dateFrom", r.date() == null ? null : dateFrom(r.date()));
      props2.put("dateTo", r.date() == null ? null : dateTo(r.date()));
      props2.put("place", r.place());
      props2.put("confidence", r.confidence());
      props2.put("negated", r.negated());
      props2.put("modality", r.modality().name());
      props2.put("attribution", r.attribution());
      props2.put("sentences", r.sentences());
      Map<String, Object> m = new HashMap<>();
      m.put("type", r.type().name());
      m.put("source", r.sourceKey());
      m.put("target", r.targetKey());
      m.put("props", props2);
      relations.add(new TreeMap<>(m));
    }
    p.put("relations", relations);

    List<Map<String, Object>> roles = new ArrayList<>();
    for (ArticleGraph.RoleEvidence ev : g.roles()) {
      Role r = ev.role();
      String target = r.principalKey() != null ? r.principalKey() : r.postKey();
      if (target == null) {
        continue;
      }
      Map<String, Object> props3 = new TreeMap<>();
      props3.put("postKey", r.principalKey() != null ? r.postKey() : null);
      props3.put("observedAt", a.publishedAt());
      props3.put("sentence", ev.sentence());
      Map<String, Object> m = new TreeMap<>();
      m.put("holder", r.holderKey());
      m.put("target", target);
      m.put("title", r.title());
      m.put("props", props3);
      roles.add(m);
    }
    p.put("roles", roles);
    return p;
  }

  /**
   * Gives every relation and role of {@code params} its stable {@link RelationId} ({@code props.id}),
   * from the actor keys the decisions left it with.
   */
  @SuppressWarnings("unchecked")
  static void assignIds(Map<String, Object> params) {
    String article = (String) params.get("id");
    for (Map<String, Object> r : (List<Map<String, Object>>) params.get("relations")) {
      RelationId id = RelationId.ofEvent(RelationType.valueOf((String) r.get("type")), (String) r.get("source"),
          (String) r.get("target"), article);
      ((Map<String, Object>) r.get("props")).put("id", id.value());
    }
    for (Map<String, Object> r : (List<Map<String, Object>>) params.get("roles")) {
      RelationId id = RelationId.ofRole((String) r.get("holder"), (String) r.get("target"), (String) r.get("title"),
          article);
      ((Map<String, Object>) r.get("props")).put("id", id.value());
    }
  }

  /**
   * The id of a stored article with the same body as {@code article} under another id (the same
   * story at another URL), so that the pipeline need not run for it.
   */
  public java.util.Optional<String> duplicateOf(Article article) {
    try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(org.neo4j.driver.AccessMode.READ).build())) {
      return session.executeRead(tx -> tx.run(Cypher.load("duplicate-of"),
              Map.of("id", article.id(), "bodyHash", article.bodyHash())).list())
          .stream().findFirst().map(r -> r.get("id").asString());
    }
  }

  static LocalDate dateFrom(String date) {
    return switch (date.length()) {
      case 4 -> LocalDate.of(Integer.parseInt(date), 1, 1);
      case 7 -> YearMonth.parse(date).atDay(1);
      default -> LocalDate.parse(date);
    };
  }

  static LocalDate dateTo(String date) {
    return switch (date.length()) {
      case 4 -> LocalDate.of(Integer.parseInt(date), 12, 31);
      case 7 -> YearMonth.parse(date).atEndOfMonth();
      default -> LocalDate.parse(date);
    };
  }

  private static String fingerprint(Map<String, Object> params) {
    return Sha256.hex(params.toString());
  }
}
