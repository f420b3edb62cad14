// The feed item links not seen before.
UNWIND $urls AS url
OPTIONAL MATCH (i:FeedItem {url: url})
WITH url, i WHERE i IS NULL
RETURN url
