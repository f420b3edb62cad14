// Why one-word person names stay apart, as ActorDecisions.unresolvedReason says: $people [{key, reason}].
UNWIND $people AS p
MATCH (lone:Actor:Person {key: p.key})
SET lone.unresolvedReason = p.reason
