// Whether $alias was already split off $from.
MATCH (d:AliasSplit {from: $from, alias: $alias})
RETURN d.into AS into
