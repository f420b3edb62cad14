// The actor an alias is split into: an existing one, or a new one named by the alias.
MERGE (b:Actor {key: $into})
  ON CREATE SET b.name = $alias, b.kind = $kind, b:$($label), b.aliases = [], b.aliasText = ''
RETURN b.key AS key
