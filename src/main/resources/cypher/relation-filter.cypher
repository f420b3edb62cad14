// Shared WHERE fragment for event relations r from s to t (included as {{relation-filter}}).
// Every parameter may be null, meaning no filter.
r.plover IS NOT NULL AND NOT coalesce(r.negated, false)
  AND ($types IS NULL OR type(r) IN $types)
  AND ($plovers IS NULL OR r.plover IN $plovers)
  AND ($actors IS NULL OR s.key IN $actors OR t.key IN $actors)
  AND ($countries IS NULL OR s.code IN $countries OR t.code IN $countries)
  AND ($since IS NULL OR r.dateTo >= $since)
  AND ($until IS NULL OR r.dateFrom <= $until)
  AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  AND ($publisher IS NULL OR EXISTS { MATCH (pa:Article {id: r.articleId}) WHERE pa.publisher = $publisher })
