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

// Query API filters: actor kind and sector, article publisher.
CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind);
CREATE INDEX actor_sector IF NOT EXISTS FOR (a:Actor) ON (a.sector);
CREATE INDEX article_publisher IF NOT EXISTS FOR (a:Article) ON (a.publisher);

// Date-range filters on the most frequent event types (who met whom last month, who sanctioned whom).
CREATE INDEX met_with_date IF NOT EXISTS FOR ()-[r:MET_WITH]-() ON (r.dateFrom);
CREATE INDEX spoke_with_date IF NOT EXISTS FOR ()-[r:SPOKE_WITH]-() ON (r.dateFrom);
CREATE INDEX visited_date IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.dateFrom);
CREATE INDEX sanctioned_date IF NOT EXISTS FOR ()-[r:SANCTIONED]-() ON (r.dateFrom);
CREATE INDEX accused_date IF NOT EXISTS FOR ()-[r:ACCUSED]-() ON (r.dateFrom);
CREATE INDEX criticized_date IF NOT EXISTS FOR ()-[r:CRITICIZED]-() ON (r.dateFrom);
CREATE INDEX attacked_date IF NOT EXISTS FOR ()-[r:ATTACKED]-() ON (r.dateFrom);
CREATE INDEX threatened_date IF NOT EXISTS FOR ()-[r:THREATENED]-() ON (r.dateFrom);
CREATE INDEX supported_date IF NOT EXISTS FOR ()-[r:SUPPORTED]-() ON (r.dateFrom);
CREATE INDEX negotiated_with_date IF NOT EXISTS FOR ()-[r:NEGOTIATED_WITH]-() ON (r.dateFrom);

// Every event and role edge has a stable id (r.id: a digest of its actors, type and article, set by
// the application), which the API gives clients and finds the edge's evidence by. Relationship
// indexes are per type: one for each type geokg writes.
CREATE INDEX relation_id_agreed_with IF NOT EXISTS FOR ()-[r:AGREED_WITH]-() ON (r.id);
CREATE INDEX relation_id_signed_agreement_with IF NOT EXISTS FOR ()-[r:SIGNED_AGREEMENT_WITH]-() ON (r.id);
CREATE INDEX relation_id_met_with IF NOT EXISTS FOR ()-[r:MET_WITH]-() ON (r.id);
CREATE INDEX relation_id_spoke_with IF NOT EXISTS FOR ()-[r:SPOKE_WITH]-() ON (r.id);
CREATE INDEX relation_id_visited IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.id);
CREATE INDEX relation_id_hosted IF NOT EXISTS FOR ()-[r:HOSTED]-() ON (r.id);
CREATE INDEX relation_id_negotiated_with IF NOT EXISTS FOR ()-[r:NEGOTIATED_WITH]-() ON (r.id);
CREATE INDEX relation_id_supported IF NOT EXISTS FOR ()-[r:SUPPORTED]-() ON (r.id);
CREATE INDEX relation_id_praised IF NOT EXISTS FOR ()-[r:PRAISED]-() ON (r.id);
CREATE INDEX relation_id_cooperated_with IF NOT EXISTS FOR ()-[r:COOPERATED_WITH]-() ON (r.id);
CREATE INDEX relation_id_aided IF NOT EXISTS FOR ()-[r:AIDED]-() ON (r.id);
CREATE INDEX relation_id_released IF NOT EXISTS FOR ()-[r:RELEASED]-() ON (r.id);
CREATE INDEX relation_id_conceded_to IF NOT EXISTS FOR ()-[r:CONCEDED_TO]-() ON (r.id);
CREATE INDEX relation_id_eased_sanctions_on IF NOT EXISTS FOR ()-[r:EASED_SANCTIONS_ON]-() ON (r.id);
CREATE INDEX relation_id_withdrew_from IF NOT EXISTS FOR ()-[r:WITHDREW_FROM]-() ON (r.id);
CREATE INDEX relation_id_admitted IF NOT EXISTS FOR ()-[r:ADMITTED]-() ON (r.id);
CREATE INDEX relation_id_accused IF NOT EXISTS FOR ()-[r:ACCUSED]-() ON (r.id);
CREATE INDEX relation_id_criticized IF NOT EXISTS FOR ()-[r:CRITICIZED]-() ON (r.id);
CREATE INDEX relation_id_investigated IF NOT EXISTS FOR ()-[r:INVESTIGATED]-() ON (r.id);
CREATE INDEX relation_id_charged IF NOT EXISTS FOR ()-[r:CHARGED]-() ON (r.id);
CREATE INDEX relation_id_requested IF NOT EXISTS FOR ()-[r:REQUESTED]-() ON (r.id);
CREATE INDEX relation_id_demanded IF NOT EXISTS FOR ()-[r:DEMANDED]-() ON (r.id);
CREATE INDEX relation_id_rejected IF NOT EXISTS FOR ()-[r:REJECTED]-() ON (r.id);
CREATE INDEX relation_id_threatened IF NOT EXISTS FOR ()-[r:THREATENED]-() ON (r.id);
CREATE INDEX relation_id_protested_against IF NOT EXISTS FOR ()-[r:PROTESTED_AGAINST]-() ON (r.id);
CREATE INDEX relation_id_mobilized_against IF NOT EXISTS FOR ()-[r:MOBILIZED_AGAINST]-() ON (r.id);
CREATE INDEX relation_id_sanctioned IF NOT EXISTS FOR ()-[r:SANCTIONED]-() ON (r.id);
CREATE INDEX relation_id_expelled IF NOT EXISTS FOR ()-[r:EXPELLED]-() ON (r.id);
CREATE INDEX relation_id_arrested IF NOT EXISTS FOR ()-[r:ARRESTED]-() ON (r.id);
CREATE INDEX relation_id_sentenced IF NOT EXISTS FOR ()-[r:SENTENCED]-() ON (r.id);
CREATE INDEX relation_id_coerced IF NOT EXISTS FOR ()-[r:COERCED]-() ON (r.id);
CREATE INDEX relation_id_attacked IF NOT EXISTS FOR ()-[r:ATTACKED]-() ON (r.id);
CREATE INDEX relation_id_killed IF NOT EXISTS FOR ()-[r:KILLED]-() ON (r.id);
CREATE INDEX relation_id_assassinated IF NOT EXISTS FOR ()-[r:ASSASSINATED]-() ON (r.id);
CREATE INDEX relation_id_plotted_against IF NOT EXISTS FOR ()-[r:PLOTTED_AGAINST]-() ON (r.id);
CREATE INDEX relation_id_holds_role IF NOT EXISTS FOR ()-[r:HOLDS_ROLE]-() ON (r.id);

// Feed items already taken by the poller of `serve`, so that a restart does not ingest them again.
CREATE CONSTRAINT feed_item_url IF NOT EXISTS FOR (i:FeedItem) REQUIRE i.url IS UNIQUE;

// Analyst decisions the writer consults on every ingestion: a merged-away actor key and the actor
// it joined; aliases split off an actor and the actor they designate.
CREATE CONSTRAINT merge_decision_from IF NOT EXISTS FOR (d:MergeDecision) REQUIRE d.from IS UNIQUE;
CREATE INDEX merge_decision_into IF NOT EXISTS FOR (d:MergeDecision) ON (d.into);
CREATE INDEX alias_split_from IF NOT EXISTS FOR (d:AliasSplit) ON (d.from);
CREATE INDEX alias_split_into IF NOT EXISTS FOR (d:AliasSplit) ON (d.into);

// Cross-article resolution: a lone surname ("Musk") finds the one person of the graph with it.
CREATE INDEX person_surname IF NOT EXISTS FOR (p:Person) ON (p.surname);
// People stored before surnames were recorded get theirs after this file (GraphSchema: the surname
// is computed in Java, ActorDecisions.surname).
