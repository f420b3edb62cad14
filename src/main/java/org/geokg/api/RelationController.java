package org.geokg.api;

import java.time.LocalDate;
import java.util.List;
import org.geokg.graph.GraphQueries;
import org.geokg.graph.GraphViews.Page;
import org.geokg.graph.GraphViews.RelationView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Event relations across the graph, filtered by type, actor and date range. */
@RestController
@RequestMapping("/api/relations")
class RelationController {

  private final GraphQueries queries;

  RelationController(GraphQueries queries) {
    this.queries = queries;
  }

  @GetMapping
  Page<RelationView> relations(@RequestParam(required = false) List<String> type,
      @RequestParam(required = false) String actor, @RequestParam(required = false) String since,
      @RequestParam(required = false) String until, @RequestParam(defaultValue = "0") int offset,
      @RequestParam(defaultValue = "100") int limit) {
    LocalDate from = Params.date("since", since);
    LocalDate to = Params.date("until", until);
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("since (" + from + ") is after until (" + to + ")");
    }
    return queries.relations(Params.types(type), actor == null || actor.isBlank() ? null : actor, from, to,
        offset, limit);
  }
}
