// geokg graph schema: constraints and indexes. The application applies this file at start-up;
// every statement is idempotent (IF NOT EXISTS), so it is safe to run again.

// Every actor has one stable key: country:IRN, person:elon-musk, org:iaea.
CREATE CONSTRAINT actor_key IF NOT EXISTS FOR (a:Actor) REQUIRE a.key IS UNIQUE;

// An article's id derives from its canonical URL, or from its text when it has none.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;

// The same body text under two URLs is one article: the second is reported as a duplicate.
CREATE CONSTRAINT article_body_hash IF NOT EXISTS FOR (a:Article) REQUIRE a.bodyHash IS UNIQUE;

CREATE INDEX article_url IF NOT EXISTS FOR (a:Article) ON (a.url);
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedAt);
CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name);
CREATE INDEX actor_code IF NOT EXISTS FOR (a:Actor) ON (a.code);

// Name search over names and aliases, case- and accent-insensitive.
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.aliasText]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
