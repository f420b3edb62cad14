// Actors whose default name changed ("Iran government" is now "Iranian government"): the new name
// is theirs and the old one an alias. A name an analyst's merge or split set is not a default: left.
UNWIND $renames AS r
MATCH (n:Actor {key: r.key})
WHERE n.name = r.oldName
SET n.aliases = [al IN coalesce(n.aliases, []) WHERE al <> r.name AND al <> r.oldName] + r.oldName,
    n.name = r.name
SET n.aliasText = reduce(t = '', al IN n.aliases | t + ' ' + al)
RETURN count(n) AS renamed
