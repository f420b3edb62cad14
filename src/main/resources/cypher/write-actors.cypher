// Actors of one article and the article's MENTIONS of them. Name, kind and label are set when the
// node is created: an existing node keeps them (an analyst merge may have folded another kind into
// it). Codes already on a node win; aliases accumulate, except those an analyst split off.
MATCH (art:Article {id: $id})
UNWIND $actors AS actor
MERGE (x:Actor {key: actor.key})
  ON CREATE SET x.name = actor.name, x.kind = actor.kind, x:$(actor.label)
WITH art, actor, x,
     [al IN actor.aliases WHERE NOT al IN coalesce(x.aliases, []) AND al <> x.name] AS newAliases,
     // Cross-article resolution of a lone surname looks people up by it: the caller's (ActorDecisions.surname)
     // for a node of the actor's name and kind; a node named otherwise (the article's actor was remapped
     // onto it) keeps the one stored with its name.
     CASE WHEN x.name = actor.name AND x.kind = actor.kind THEN actor.surname ELSE x.surname END AS surname,
     // Why a one-word person name stays apart (ActorDecisions.unresolvedReason), on its own node only.
     CASE WHEN x.name = actor.name AND x.kind = actor.kind THEN actor.unresolvedReason
          ELSE x.unresolvedReason END AS unresolvedReason
// Only an actor this article tells something new is written: writing the same values again would
// still lock the node until commit, and a country most articles name would serialise the writers.
CALL (x, actor, newAliases, surname, unresolvedReason) {
  WITH x, actor, newAliases, surname, unresolvedReason
  WHERE x.aliases IS NULL OR size(newAliases) > 0
     OR x.code IS NULL AND actor.code IS NOT NULL
     OR x.sector IS NULL AND actor.sector IS NOT NULL
     OR coalesce(x.surname, '') <> coalesce(surname, '')
     OR coalesce(x.unresolvedReason, '') <> coalesce(unresolvedReason, '')
  SET x.code = coalesce(x.code, actor.code),
      x.sector = coalesce(x.sector, actor.sector),
      x.surname = surname,
      x.unresolvedReason = unresolvedReason
  // The SET above holds the node's write lock until commit, so the aliases read from here on are the
  // last committed ones: two writers adding the same new alias at once (executors of spark-ingest,
  // two ingests on one server) add it once. newAliases, read before the lock, only decided to write.
  SET x.aliases = coalesce(x.aliases, [])
      + [al IN actor.aliases WHERE NOT al IN coalesce(x.aliases, []) AND al <> x.name]
  SET x.aliasText = reduce(s = '', al IN x.aliases | s + ' ' + al)
}
// An actor the article does not name (the sector agent of a dictionary role: mentions 0) is no mention.
WITH art, actor, x WHERE actor.mentions > 0
MERGE (art)-[m:MENTIONS]->(x)
SET m.count = actor.mentions, m.run = $run
