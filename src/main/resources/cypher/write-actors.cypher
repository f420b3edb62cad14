// Actors of one article and the article's MENTIONS of them. Name, kind and label are set when the
// node is created: an existing node keeps them (an analyst merge may have folded another kind into
// it). Codes already on a node win; aliases accumulate, except those an analyst split off.
MATCH (art:Article {id: $id})
UNWIND $actors AS actor
MERGE (x:Actor {key: actor.key})
  ON CREATE SET x.name = actor.name, x.kind = actor.kind, x:$(actor.label)
SET x.code = coalesce(x.code, actor.code),
    x.sector = coalesce(x.sector, actor.sector),
    x.aliases = reduce(acc = coalesce(x.aliases, []), al IN actor.aliases |
                  CASE WHEN al IN acc OR al = x.name THEN acc ELSE acc + al END)
SET x.aliasText = reduce(s = '', al IN x.aliases | s + ' ' + al),
    // Cross-article resolution of a lone surname looks people up by it.
    x.surname = CASE WHEN x.kind = 'PERSON' AND trim(x.name) CONTAINS ' '
                     THEN last(split(trim(x.name), ' ')) END
MERGE (art)-[m:MENTIONS]->(x)
SET m.count = actor.mentions, m.run = $run
