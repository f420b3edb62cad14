// Which actors sanctioned a country ($country: ISO alpha-3, e.g. 'IRN'), newest first.
MATCH (s:Actor)-[r:SANCTIONED]->(t:Country {code: $country})
WHERE NOT r.negated
RETURN s.name AS sanctioner, s.kind AS kind, r.date AS date, r.sentences[0] AS evidence,
       r.articleId AS article
ORDER BY r.dateFrom DESC
LIMIT 100;
