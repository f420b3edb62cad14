package org.geokg.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.geokg.graph.GraphQueries;
import org.geokg.graph.GraphViews.ActorSummary;
import org.geokg.graph.GraphViews.ActorView;
import org.geokg.graph.GraphViews.Network;
import org.geokg.graph.GraphViews.Page;
import org.geokg.graph.GraphViews.RelationView;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Actors: search, profile, relations, timeline, ego network. Actor ids are keys, e.g. {@code country:IRN}. */
@RestController
@RequestMapping("/api/actors")
@Tag(name = "Actors", description = "People, countries and organisations: search, profiles, networks")
class ActorController {

  private final GraphQueries queries;

  ActorController(GraphQueries queries) {
    this.queries = queries;
  }

  @GetMapping
  @Operation(summary = "Search actors",
      description = "Fuzzy search over names and aliases: every word matches as a prefix or with one typo; case and "
          + "accents are ignored. Without q, lists actors by name. Filters: kind (PERSON, COUNTRY, ORGANIZATION), "
          + "ISO alpha-3 code, sector. At most 500.")
  List<ActorSummary> search(@RequestParam(required = false) @Parameter(description = "name words") String q,
      @RequestParam(required = false) String kind, @RequestParam(required = false) String code,
      @RequestParam(required = false) String sector, @RequestParam(defaultValue = "20") int limit) {
    String k = Params.kind(kind);
    String c = Params.blankToNull(code);
    String s = Params.blankToNull(sector);
    if ((q == null || q.isBlank()) && k == null && c == null && s == null) {
      throw new IllegalArgumentException("give q (name words) or a filter (kind, code, sector)");
    }
    return queries.searchActors(q, k, c == null ? null : c.toUpperCase(java.util.Locale.ROOT), s, limit);
  }

  @GetMapping("/{id}")
  @Operation(summary = "Actor profile",
      description = "Kind, code, sector, aliases, roles over time (first and last seen), relation counts by type, "
          + "top 10 counterparts.")
  ActorView actor(@PathVariable String id) {
    return queries.actor(id).orElseThrow(() -> new NotFoundException("no actor with id " + id));
  }

  @GetMapping("/{id}/relations")
  @Operation(summary = "An actor's relations, newest first",
      description = "Either direction; the usual relation filters apply. Cursor-paged: pass the answer's `next` as "
          + "`cursor` for the following page.")
  Page<RelationView> relations(@PathVariable String id, @ParameterObject FilterParams filter,
      @RequestParam(required = false) String cursor, @RequestParam(defaultValue = "100") int limit) {
    var f = filter.toFilter();
    requireActor(id);
    return queries.relations(f.withActors(List.of(id)), cursor, limit);
  }

  @GetMapping("/{id}/timeline")
  @Operation(summary = "An actor's timeline, oldest first",
      description = "The actor's relations in date order (undated ones last); cursor-paged like /relations.")
  Page<RelationView> timeline(@PathVariable String id, @ParameterObject FilterParams filter,
      @RequestParam(required = false) String cursor, @RequestParam(defaultValue = "100") int limit) {
    var f = filter.toFilter();
    requireActor(id);
    return queries.timeline(id, f, cursor, limit);
  }

  @GetMapping("/{id}/network")
  @Operation(summary = "Ego network",
      description = "The actors within `depth` hops (1-3) through relations passing the filters, strongest ties "
          + "first, at most `maxNodes` (≤ 2000) nodes and `maxEdges` (≤ 10000) edges; edges aggregate one type "
          + "between two actors over articles (`articles`). `truncated` tells whether a limit cut the network.")
  Network network(@PathVariable String id, @RequestParam(defaultValue = "1") int depth,
      @ParameterObject FilterParams filter, @RequestParam(defaultValue = "150") int maxNodes,
      @RequestParam(defaultValue = "1000") int maxEdges) {
    return queries.egoNetwork(id, depth, filter.toFilter(), maxNodes, maxEdges)
        .orElseThrow(() -> new NotFoundException("no actor with id " + id));
  }

  private void requireActor(String id) {
    if (!queries.actorExists(id)) {
      throw new NotFoundException("no actor with id " + id);
    }
  }
}
