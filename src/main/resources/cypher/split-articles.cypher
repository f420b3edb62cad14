// Articles that name actor $from by the alias being split off and by none of its other names
// (patterns built by org.geokg.graph.AliasUse, the same test the writer applies to new articles).
MATCH (art:Article)-[:MENTIONS]->(:Actor {key: $from})
WHERE art.text =~ $aliasPattern AND NOT art.text =~ $othersPattern
RETURN collect(art.id) AS articles
