// Who met whom in a date range (default: the last 30 days), with where and the evidence.
// Parameters: $since, $until as dates, e.g. :param since => date('2024-11-01')
MATCH (a:Actor)-[m:MET_WITH]->(b:Actor)
WHERE m.dateFrom >= coalesce($since, date() - duration('P30D'))
  AND m.dateTo <= coalesce($until, date())
  AND NOT m.negated
RETURN a.name AS actor, b.name AS counterpart, m.date AS date, m.place AS place,
       m.confidence AS confidence, m.sentences[0] AS evidence
ORDER BY m.dateFrom DESC
LIMIT 100;
