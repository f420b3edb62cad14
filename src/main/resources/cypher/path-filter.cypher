// Shared predicate for one relationship r of a path (included as {{path-filter}}): filtered event
// relations, and roles when $roles is true. Every filter parameter may be null.
(r.plover IS NOT NULL AND NOT coalesce(r.negated, false)
  AND ($types IS NULL OR type(r) IN $types)
  AND ($plovers IS NULL OR r.plover IN $plovers)
  AND ($since IS NULL OR r.dateTo >= $since)
  AND ($until IS NULL OR r.dateFrom <= $until)
  AND ($minConfidence IS NULL OR r.confidence >= $minConfidence))
OR ($roles AND type(r) = 'HOLDS_ROLE')
