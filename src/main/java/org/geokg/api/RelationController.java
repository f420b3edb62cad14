package org.geokg.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import org.geokg.graph.GraphQueries;
import org.geokg.graph.GraphViews.Evidence;
import org.geokg.graph.GraphViews.Page;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Event relations across the graph: filtered listing, corroboration, evidence of one edge. */
@RestController
@RequestMapping("/api/relations")
@Tag(name = "Relations", description = "Event relations (PLOVER-coded edges) and their evidence")
class RelationController {

  private final GraphQueries queries;

  private final DisplayProperties shown;

  RelationController(GraphQueries queries, DisplayProperties shown) {
    this.shown = shown;
    this.queries = queries;
  }

  @GetMapping
  @Operation(summary = "List relations, newest first",
      description = "Filtered by types, PLOVER types, actors, countries (actor code), date range, confidence, "
          + "publisher. Cursor-paged (at most 500 a page): pass the answer's `next` as `cursor`. With "
          + "aggregate=true, the same (source, type, target, date) across articles is one item with the number "
          + "of `articles` and distinct `publishers` (corroboration); minArticles filters on it.")
  Page<?> relations(@ParameterObject FilterParams filter, @RequestParam(required = false) String cursor,
      @RequestParam(defaultValue = "100") @Min(1) int limit, @RequestParam(defaultValue = "false") boolean aggregate) {
    var f = filter.toFilter(shown);
    return aggregate ? queries.aggregatedRelations(f, cursor, limit) : queries.relations(f, cursor, limit);
  }

  @GetMapping("/{id}")
  @Operation(summary = "Evidence of one relation",
      description = "The relation (its `id` from any listing or network edge's `relationId`), its sentences, and "
          + "the article they were read from, with the first 20,000 characters of its text. Relation ids are "
          + "stable: a digest of the edge's actors, type and article, the same after the database is rebuilt "
          + "from the same articles.")
  Evidence evidence(@PathVariable String id) {
    return queries.evidence(id).orElseThrow(() -> new NotFoundException("no relation with id " + id));
  }
}
