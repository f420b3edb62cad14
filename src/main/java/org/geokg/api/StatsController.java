package org.geokg.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import org.geokg.graph.GraphQueries;
import org.geokg.graph.GraphViews.Stats;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Graph statistics. */
@RestController
@RequestMapping("/api/stats")
@Tag(name = "Statistics")
class StatsController {

  private final GraphQueries queries;

  StatsController(GraphQueries queries) {
    this.queries = queries;
  }

  @GetMapping
  @Operation(summary = "Graph statistics",
      description = "Node counts by label, relationship counts by type, the `top` most connected actors (≤ 500), "
          + "events per day for the latest `days` days that have any (≤ 3660).")
  Stats stats(@RequestParam(defaultValue = "20") @Min(1) int top, @RequestParam(defaultValue = "60") @Min(1) int days) {
    return queries.stats(top, days);
  }
}
