// Who met whom in a date range (default: the last 30 days that have events, so that an archive shows
// its own last month), with where and the evidence.
// Parameters: $since, $until as dates, e.g. :param since => date('2024-11-01')
WITH COLLECT { MATCH ()-[e]->() WHERE e.plover IS NOT NULL AND e.dateTo IS NOT NULL
               RETURN e.dateTo ORDER BY e.dateTo DESC LIMIT 1 }[0] AS lastDay
MATCH (a:Actor)-[m:MET_WITH]->(b:Actor)
WHERE m.dateFrom >= coalesce($since, lastDay - duration('P30D'))
  AND m.dateTo <= coalesce($until, lastDay)
  AND NOT m.negated
RETURN a.name AS actor, b.name AS counterpart, m.date AS date, m.place AS place,
       m.confidence AS confidence, m.sentences[0] AS evidence
ORDER BY m.dateFrom DESC
LIMIT 100;
