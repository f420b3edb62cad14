package org.geokg.api;

import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import org.geokg.graph.RelationFilter;

/**
 * The relation filters shared by listings, networks, paths and exports, bound from query
 * parameters. List parameters may be comma-separated or repeated.
 */
record FilterParams(
    @Parameter(description = "relation types, e.g. MET_WITH,SANCTIONED") List<String> type,
    @Parameter(description = "PLOVER event types, e.g. CONSULT,SANCTION") List<String> plover,
    @Parameter(description = "actor ids (either end), e.g. country:IRN") List<String> actor,
    @Parameter(description = "ISO alpha-3 code of either end's actor, e.g. IRN") List<String> country,
    @Parameter(description = "only relations not ending before this day (YYYY-MM-DD)") String since,
    @Parameter(description = "only relations not starting after this day (YYYY-MM-DD)") String until,
    @Parameter(description = "lowest confidence, 0-1 (default: geokg.min-confidence; 0 shows all)") Double minConfidence,
    @Parameter(description = "only relations read from articles of this publisher") String publisher,
    @Parameter(description = "networks and aggregates: only (source, type, target) reported by at least this many articles")
    Integer minArticles) {

  /** The filter, with {@code shown}'s lowest confidence when the request names none. */
  RelationFilter toFilter(DisplayProperties shown) {
    Double confidence = minConfidence != null ? minConfidence
        : shown.minConfidence() > 0 ? Double.valueOf(shown.minConfidence()) : null;
    return new RelationFilter(Params.types(type), Params.plovers(plover), Params.split(actor),
        Params.countries(country), Params.date("since", since), Params.date("until", until), confidence,
        publisher, minArticles == null ? 1 : minArticles);
  }
}
