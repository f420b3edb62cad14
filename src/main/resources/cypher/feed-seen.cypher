// Remembers a feed item and what became of it, so that later polls skip it.
MERGE (i:FeedItem {url: $url})
  ON CREATE SET i.firstSeen = datetime()
SET i.feed = $feed, i.outcome = $outcome
