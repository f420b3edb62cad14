// Analyst merge decisions for actor keys an article is about to write: each merged-away key and the
// actor it now belongs to (chains are kept one step long when a merge is recorded).
UNWIND $keys AS k
MATCH (d:MergeDecision {from: k})
RETURN d.from AS from, d.into AS into
