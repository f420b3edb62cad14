package org.geokg.api;

import java.util.List;
import org.geokg.graph.GraphQueries;
import org.geokg.graph.GraphViews.ActorSummary;
import org.geokg.graph.GraphViews.ActorView;
import org.geokg.graph.GraphViews.Page;
import org.geokg.graph.GraphViews.RelationView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Actors: search by name, profile, relations. Actor ids are their keys, e.g. {@code country:IRN}. */
@RestController
@RequestMapping("/api/actors")
class ActorController {

  private final GraphQueries queries;

  ActorController(GraphQueries queries) {
    this.queries = queries;
  }

  @GetMapping
  List<ActorSummary> search(@RequestParam String q, @RequestParam(defaultValue = "20") int limit) {
    if (q.isBlank()) {
      throw new IllegalArgumentException("q must not be empty");
    }
    return queries.searchActors(q, limit);
  }

  @GetMapping("/{id}")
  ActorView actor(@PathVariable String id) {
    return queries.actor(id).orElseThrow(() -> new NotFoundException("no actor with id " + id));
  }

  @GetMapping("/{id}/relations")
  Page<RelationView> relations(@PathVariable String id, @RequestParam(required = false) List<String> type,
      @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "100") int limit) {
    List<String> types = Params.types(type);
    if (!queries.actorExists(id)) {
      throw new NotFoundException("no actor with id " + id);
    }
    return queries.actorRelations(id, types, offset, limit);
  }
}
