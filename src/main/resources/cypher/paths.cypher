// Shortest paths between two actors through filtered relations. __MODE__ (SHORTEST 1 or ALL
// SHORTEST) and __HOPS__ (1-6) are filled in by the application from validated values.
MATCH (a:Actor {key: $from}), (b:Actor {key: $to})
MATCH p = __MODE__ (a)-[r WHERE {{path-filter}}]-{1,__HOPS__}(b)
RETURN [n IN nodes(p) | n {.key, .name, .kind, .code}] AS nodes,
       [x IN relationships(p) | {id: x.id, type: type(x), source: startNode(x).key,
         target: endNode(x).key, date: coalesce(x.date, toString(x.observedAt)), plover: x.plover,
         confidence: x.confidence, articleId: x.articleId, title: x.title}] AS edges
LIMIT $limit
