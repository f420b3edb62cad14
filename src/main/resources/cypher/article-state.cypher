// Before an article is written: another stored article with the same body text (the same story
// under another URL), and whether this one is stored, with the fingerprint of its last write.
OPTIONAL MATCH (other:Article {bodyHash: $bodyHash})
WHERE other.id <> $id
WITH other
LIMIT 1
OPTIONAL MATCH (a:Article {id: $id})
RETURN other.id AS duplicateOf, a IS NOT NULL AS stored, a.run AS run
