package org.geokg.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.geokg.graph.GraphQueries;
import org.geokg.graph.GraphViews.PathView;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Paths between two actors. */
@RestController
@RequestMapping("/api/paths")
@Tag(name = "Paths", description = "Chains of relations between two actors")
class PathController {

  private final GraphQueries queries;

  private final DisplayProperties shown;

  PathController(GraphQueries queries, DisplayProperties shown) {
    this.shown = shown;
    this.queries = queries;
  }

  /** The answer: the paths found, empty when none exists within maxHops. */
  record Paths(String from, String to, List<PathView> paths) {}

  @GetMapping
  @Operation(summary = "Shortest paths between two actors",
      description = "The shortest path (all=false) or all shortest paths (all=true, at most `limit`) of at most "
          + "`maxHops` (1-6) relations passing the filters, either direction; roles (HOLDS_ROLE) count as links "
          + "unless roles=false.")
  Paths paths(@RequestParam String from, @RequestParam String to, @RequestParam(defaultValue = "4") int maxHops,
      @RequestParam(defaultValue = "false") boolean all, @RequestParam(defaultValue = "true") boolean roles,
      @ParameterObject FilterParams filter, @RequestParam(defaultValue = "25") @Min(1) int limit) {
    var f = filter.toFilter(shown);
    if (from.equals(to)) {
      throw new IllegalArgumentException("from and to are the same actor; a path joins two");
    }
    for (String id : List.of(from, to)) {
      if (!queries.actorExists(id)) {
        throw new NotFoundException("no actor with id " + id);
      }
    }
    return new Paths(from, to, queries.paths(from, to, maxHops, all, roles, f, limit));
  }
}
