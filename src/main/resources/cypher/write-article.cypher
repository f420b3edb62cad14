// One article node; props carries url, title, publishedAt, publisher, author, language, text,
// bodyHash. $run fingerprints the whole write, so a repeated ingest of the same content is a no-op.
MERGE (a:Article {id: $id})
  ON CREATE SET a.ingestedAt = datetime()
SET a += $props, a.run = $run
