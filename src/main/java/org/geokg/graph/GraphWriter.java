package org.geokg.graph;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.geokg.article.Article;
import org.neo4j.driver.AccessMode;
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
 * resolution are read in the same transaction ({@link LoadedDecisions}) and applied to the typed
 * graph ({@link ActorDecisions#apply}), so re-ingesting never undoes a decision; the decided graph
 * becomes Cypher parameters last ({@link WriteParameters}). A new article costs two statements
 * ({@code article-read}, {@code write-article-graph}) and the commit: round trips cost milliseconds
 * each while NLP keeps the cores busy.
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
   * A writer over {@code driver} outside the application context (the executors of the Spark job).
   * The graph must have been prepared as the application prepares it at start-up ({@link
   * GraphSchema#prepare}) before the first write.
   */
  public static GraphWriter over(Driver driver) {
    return new GraphWriter(driver);
  }

  /**
   * Writes one article's graph, after applying the analysts' decisions and cross-article resolution
   * ({@link ActorDecisions}) to it, in one transaction.
   */
  public Outcome write(ArticleGraph g) {
    for (int attempt = 1; ; attempt++) {
      try {
        return GraphUnavailableException.translated(() -> writeOnce(g));
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
        var state = tx.run(Cypher.load("article-read"), WriteParameters.articleRead(g)).single();
        if (!state.get("duplicateOf").isNull()) {
          return Outcome.DUPLICATE;
        }
        boolean stored = state.get("stored").asBoolean();
        LoadedDecisions loaded = LoadedDecisions.of(state, g);
        ArticleGraph decided = loaded.decisions().apply(g);
        Set<String> touched = loaded.decisions().touched(g);
        LoadedDecisions.Snapshot before = loaded.snapshot(touched)
            .orElseGet(() -> LoadedDecisions.Snapshot.of(tx.run(Cypher.load("decisions-snapshot"),
                WriteParameters.decisionsSnapshot(touched, loaded.splitKeys())).single()));
        WriteParameters write = WriteParameters.of(decided);
        if (stored && write.fingerprint().equals(state.get("run").asString(null))) {
          return Outcome.UNCHANGED;
        }
        Map<String, Object> params = write.write(touched, loaded.splitKeys(), loaded.decisions().unresolved());
        var after = tx.run(Cypher.load("write-article-graph"), params).single();
        if (stored) {
          for (String statement : DELETE_STALE) {
            tx.run(Cypher.load(statement), params).consume();
          }
        }
        // A merge or split committed after the decisions were read would be undone by this write
        // (a merged-away actor recreated): roll back and write again under the new decisions.
        if (!before.equals(LoadedDecisions.Snapshot.of(after))) {
          throw new DecisionsChanged();
        }
        absorbLoneSurnames(tx, decided, loaded);
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
   * Then which article came first no longer matters. A lone-surname actor this person does not
   * absorb (the surname now has several bearers) has its {@code unresolvedReason} brought up to date.
   */
  private static void absorbLoneSurnames(TransactionContext tx, ArticleGraph decided, LoadedDecisions loaded) {
    Map<String, String> surnames = ActorDecisions.surnamesByKey(decided.actors().keySet());
    if (!loaded.mayHaveLoneSurname(Set.copyOf(surnames.values()))) {
      return; // the usual case, known from the decisions' read: no query
    }
    Map<String, String> apart = new TreeMap<>();
    for (var r : tx.run(Cypher.load("surname-absorb"), WriteParameters.surnameAbsorb(surnames)).list()) {
      String lone = r.get("from").asString();
      String person = r.get("into").asString();
      List<String> bearers = r.get("bearers").asList(v -> v.asString());
      if (ActorDecisions.onlyBearer(lone, bearers).filter(person::equals).isPresent()) {
        ActorCuration.mergeInTransaction(tx, person, lone, "resolver");
      } else {
        // A new bearer of its surname: the lone name stays apart, and its reason names the new one too.
        ActorDecisions.unresolvedReason(lone, LoadedDecisions.bearers(r)).ifPresent(why -> apart.put(lone, why));
      }
    }
    if (!apart.isEmpty()) {
      tx.run(Cypher.load("unresolved-set"), WriteParameters.unresolvedSet(apart)).consume();
    }
  }

  /** Decisions about the article's actors changed while it was written. */
  private static final class DecisionsChanged extends RuntimeException {
    DecisionsChanged() {
      super(null, null, false, false);
    }
  }

  /**
   * The id of a stored article with the same body as {@code article} under another id (the same
   * story at another URL), so that the pipeline need not run for it.
   */
  public Optional<String> duplicateOf(Article article) {
    return GraphUnavailableException.translated(() -> {
      try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
        return session.executeRead(tx -> tx.run(Cypher.load("duplicate-of"), WriteParameters.duplicateOf(article))
                .list())
            .stream().findFirst().map(r -> r.get("id").asString());
      }
    });
  }
}
