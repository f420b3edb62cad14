package org.geokg.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.security.Principal;
import org.geokg.graph.ActorCuration;
import org.geokg.graph.Curation;
import org.geokg.graph.GraphQueries;
import org.geokg.graph.GraphViews.ActorSummary;
import org.geokg.graph.GraphViews.ActorView;
import org.geokg.graph.GraphViews.Network;
import org.geokg.graph.GraphViews.Page;
import org.geokg.graph.GraphViews.RelationView;
import org.springdoc.core.annotations.ParameterObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Actors: search, profile, relations, timeline, ego network, and the analyst decisions that correct
 * them (merge, alias split). Actor ids are keys, e.g. {@code country:IRN}.
 */
@RestController
@RequestMapping("/api/actors")
@Tag(name = "Actors", description = "People, countries and organisations: search, profiles, networks")
class ActorController {

  private final GraphQueries queries;
  private final ActorCuration curation;

  private final DisplayProperties shown;

  ActorController(GraphQueries queries, ActorCuration curation, DisplayProperties shown) {
    this.shown = shown;
    this.queries = queries;
    this.curation = curation;
  }

  @GetMapping
  @Operation(summary = "Search actors",
      description = "Fuzzy search over names and aliases: every word matches as a prefix or with one typo; case and "
          + "accents are ignored. Without q, lists actors by name. Filters: kind (PERSON, COUNTRY, ORGANIZATION), "
          + "ISO alpha-3 code, sector. Cursor-paged (at most 500 a page): pass the answer's `next` as `cursor` "
          + "for the following page.")
  Page<ActorSummary> search(@RequestParam(required = false) @Parameter(description = "name words") String q,
      @RequestParam(required = false) String kind, @RequestParam(required = false) String code,
      @RequestParam(required = false) String sector, @RequestParam(required = false) String cursor,
      @RequestParam(defaultValue = "20") @Min(1) int limit) {
    String k = Params.kind(kind);
    String c = Params.blankToNull(code);
    String s = Params.blankToNull(sector);
    if ((q == null || q.isBlank()) && k == null && c == null && s == null) {
      throw new IllegalArgumentException("give q (name words) or a filter (kind, code, sector)");
    }
    return queries.searchActors(q, k, c == null ? null : c.toUpperCase(java.util.Locale.ROOT), s, cursor, limit);
  }

  @GetMapping("/{id}")
  @Operation(summary = "Actor profile",
      description = "Kind, code, sector, aliases, roles over time (first and last seen; `source` `text` or "
          + "`dictionary`, with the dictionary's `from`/`to` span), relation counts by type, top 10 counterparts; "
          + "for a person named by surname alone and left apart, `unresolvedReason` says why.")
  ActorView actor(@PathVariable String id) {
    return queries.actor(id).orElseThrow(() -> new NotFoundException("no actor with id " + id));
  }

  @GetMapping("/{id}/relations")
  @Operation(summary = "An actor's relations, newest first",
      description = "Either direction; the usual relation filters apply. Cursor-paged: pass the answer's `next` as "
          + "`cursor` for the following page.")
  Page<RelationView> relations(@PathVariable String id, @ParameterObject FilterParams filter,
      @RequestParam(required = false) String cursor, @RequestParam(defaultValue = "100") @Min(1) int limit) {
    var f = filter.toFilter(shown);
    requireActor(id);
    return queries.relations(f.withActors(List.of(id)), cursor, limit);
  }

  @GetMapping("/{id}/timeline")
  @Operation(summary = "An actor's timeline, oldest first",
      description = "The actor's relations in date order (undated ones last); cursor-paged like /relations.")
  Page<RelationView> timeline(@PathVariable String id, @ParameterObject FilterParams filter,
      @RequestParam(required = false) String cursor, @RequestParam(defaultValue = "100") @Min(1) int limit) {
    var f = filter.toFilter(shown);
    requireActor(id);
    return queries.timeline(id, f, cursor, limit);
  }

  @GetMapping("/{id}/network")
  @Operation(summary = "Ego network",
      description = "The actors within `depth` hops (1-3) through relations passing the filters, strongest ties "
          + "first, at most `maxNodes` (≤ 2000) nodes and `maxEdges` (≤ 10000) edges; edges aggregate one type "
          + "between two actors over articles (`articles`). `truncated` tells whether a limit cut the network.")
  Network network(@PathVariable String id, @RequestParam(defaultValue = "1") int depth,
      @ParameterObject FilterParams filter, @RequestParam(defaultValue = "150") @Min(1) int maxNodes,
      @RequestParam(defaultValue = "1000") @Min(1) int maxEdges) {
    return queries.egoNetwork(id, depth, filter.toFilter(shown), maxNodes, maxEdges)
        .orElseThrow(() -> new NotFoundException("no actor with id " + id));
  }

  @GetMapping("/{id}/decisions")
  @Operation(summary = "Analyst decisions about an actor",
      description = "Actors merged into it (`merged`), aliases split off it (`splitOff`) and aliases split off other "
          + "actors into it (`splitInto`), oldest first, each with when and by whom.")
  Curation.Decisions decisions(@PathVariable String id) {
    return curation.decisions(id).orElseThrow(() -> new NotFoundException("no actor with id " + id));
  }

  @PostMapping("/{id}/merge")
  @Operation(summary = "Merge a duplicate actor into this one",
      description = "Moves every relation, role, mention, the name and the aliases of `other` onto this actor, "
          + "deletes `other` and records the decision (`:MergeDecision`): re-ingesting any article never "
          + "recreates `other`, its mentions go to this actor. Relations between the two are dropped. One "
          + "transaction; needs write credentials when they are configured.",
      responses = {
          @ApiResponse(responseCode = "200", description = "merged"),
          @ApiResponse(responseCode = "400", description = "no `other` given"),
          @ApiResponse(responseCode = "404", description = "either actor unknown"),
          @ApiResponse(responseCode = "409", description = "merging an actor with itself")})
  Curation.Merged merge(@PathVariable String id, @RequestBody CurationRequests.Merge body, Principal who) {
    if (body == null) {
      throw new IllegalArgumentException("the body must be {\"other\": \"<actor id>\"}");
    }
    return switch (curation.merge(id, body.other(), who == null ? null : who.getName())) {
      case Curation.Merged m -> m;
      case Curation.Split s -> throw new IllegalStateException("a merge answered a split");
      case Curation.Refused r -> throw refused(r);
    };
  }

  @PostMapping("/{id}/split")
  @Operation(summary = "Split a wrong alias off this actor",
      description = "The alias leaves this actor and designates `into` (an existing actor), or a new actor named by "
          + "the alias (of `kind`, default this actor's kind). Mentions, relations and roles of the articles that name "
          + "this actor by the alias and by none of its other names move there. The decision is recorded "
          + "(`:AliasSplit`): later ingestions do the same and never give the alias back. One transaction; needs "
          + "write credentials when they are configured.",
      responses = {
          @ApiResponse(responseCode = "200", description = "split"),
          @ApiResponse(responseCode = "400", description = "no alias given, not an alias of the actor, or a bad kind"),
          @ApiResponse(responseCode = "404", description = "actor (or `into`) unknown"),
          @ApiResponse(responseCode = "409", description = "the actor's own name, an alias already split, or `into` "
              + "the actor itself")})
  Curation.Split split(@PathVariable String id, @RequestBody CurationRequests.Split body, Principal who) {
    if (body == null) {
      throw new IllegalArgumentException("the body must be {\"alias\": \"...\"}");
    }
    return switch (curation.split(id, body.alias(), body.into(), body.kind(), who == null ? null : who.getName())) {
      case Curation.Split s -> s;
      case Curation.Merged m -> throw new IllegalStateException("a split answered a merge");
      case Curation.Refused r -> throw refused(r);
    };
  }

  private static RuntimeException refused(Curation.Refused r) {
    return switch (r.reason()) {
      case UNKNOWN_ACTOR -> new NotFoundException(r.detail());
      case INVALID -> new IllegalArgumentException(r.detail());
      case CONFLICT -> {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, r.detail());
        p.setTitle("Conflicting decision");
        yield new ErrorResponseException(HttpStatus.CONFLICT, p, null);
      }
    };
  }

  private void requireActor(String id) {
    if (!queries.actorExists(id)) {
      throw new NotFoundException("no actor with id " + id);
    }
  }
}
