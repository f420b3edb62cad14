// Completes an analyst split of $alias off $from into $into once the evidence of the articles that
// used only that alias has moved: the alias leaves $from and joins $into, the decision is recorded
// (the writer consults it on every ingestion), and a merge of $into into another actor is revoked.
// $surname is the one of $into's name, as the caller computed it (ActorDecisions.surname).
MATCH (a:Actor {key: $from}), (b:Actor {key: $into})
SET a.aliases = [al IN coalesce(a.aliases, []) WHERE al <> $alias]
SET a.aliasText = reduce(t = '', al IN a.aliases | t + ' ' + al)
SET b.aliases = CASE WHEN $alias = b.name OR $alias IN coalesce(b.aliases, []) THEN coalesce(b.aliases, [])
                     ELSE coalesce(b.aliases, []) + $alias END
SET b.aliasText = reduce(t = '', al IN b.aliases | t + ' ' + al),
    b.surname = $surname
MERGE (d:AliasSplit {from: $from, alias: $alias})
SET d.into = $into, d.decidedAt = datetime(), d.decidedBy = $by
WITH d
OPTIONAL MATCH (m:MergeDecision {from: $into})
WITH d, m, m IS NOT NULL AS revoked
DETACH DELETE m
RETURN toString(d.decidedAt) AS decidedAt, revoked
