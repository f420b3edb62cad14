// Roles held at the post $from are held at $into (in the articles $articles; null: all).
MATCH ()-[h:HOLDS_ROLE {postKey: $from}]->(p:Actor)
WHERE $articles IS NULL OR h.articleId IN $articles
SET h.postKey = CASE WHEN p.key = $into THEN null ELSE $into END
RETURN count(h) AS moved
