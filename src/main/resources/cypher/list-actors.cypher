// Actors by name, filtered by kind, country code and sector (each may be null).
MATCH (a:Actor)
WHERE ($kind IS NULL OR a.kind = $kind) AND ($code IS NULL OR a.code = $code)
  AND ($sector IS NULL OR a.sector = $sector)
RETURN a {.key, .name, .kind, .code, .sector, .aliases} AS actor
ORDER BY a.name, a.key
SKIP $skip
LIMIT $limit
