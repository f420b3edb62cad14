// Actors of one article and the article's MENTIONS of them. Names and codes already on a node win;
// aliases accumulate.
MATCH (art:Article {id: $id})
UNWIND $actors AS actor
MERGE (x:Actor {key: actor.key})
  ON CREATE SET x.name = actor.name, x.kind = actor.kind
SET x:$(actor.label),
    x.code = coalesce(x.code, actor.code),
    x.sector = coalesce(x.sector, actor.sector),
    x.aliases = reduce(acc = coalesce(x.aliases, []), al IN actor.aliases |
                  CASE WHEN al IN acc THEN acc ELSE acc + al END)
SET x.aliasText = reduce(s = '', al IN x.aliases | s + ' ' + al)
MERGE (art)-[m:MENTIONS]->(x)
SET m.count = actor.mentions, m.run = $run
