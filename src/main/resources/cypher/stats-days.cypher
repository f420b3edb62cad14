// Events per day (relations dated to a day), the most recent $limit days.
MATCH ()-[r]->()
WHERE r.plover IS NOT NULL AND NOT coalesce(r.negated, false) AND r.dateFrom IS NOT NULL
  AND r.dateFrom = r.dateTo
RETURN r.dateFrom AS day, count(*) AS events
ORDER BY day DESC
LIMIT $limit
