// The shortest chains of relations between two actors ($from, $to: actor keys such as
// 'person:elon-musk', 'country:IRN'), at most 4 hops, roles included, articles left out.
MATCH p = ALL SHORTEST (a:Actor {key: $from})-[:!MENTIONS]-{1,4}(b:Actor {key: $to})
RETURN p
LIMIT 25;
