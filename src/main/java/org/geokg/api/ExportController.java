package org.geokg.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.geokg.graph.GraphExporter;
import org.geokg.graph.GraphExporter.Format;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Streamed exports of the graph or of a filtered subgraph. */
@RestController
@RequestMapping("/api/export")
@Tag(name = "Export", description = "The graph in GraphML, neo4j-admin CSV, Cytoscape.js JSON or PLOVER JSON lines")
class ExportController {

  private final GraphExporter exporter;

  private final DisplayProperties shown;

  ExportController(GraphExporter exporter, DisplayProperties shown) {
    this.shown = shown;
    this.exporter = exporter;
  }

  @GetMapping
  @Operation(summary = "Export actors and event relations",
      description = "Streams the whole graph's actors and event relations, or with filters (the same as "
          + "/api/relations) the relations passing them and the actors at their ends. format=graphml (Gephi, "
          + "NetworkX), csv (a zip of nodes.csv and relationships.csv with neo4j-admin import headers; array "
          + "delimiter '|': `neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv "
          + "--array-delimiter='|'`), json (Cytoscape.js `{elements: {nodes, edges}}`), plover (one event a line: "
          + "id, date, event, source, target, text, url, ...). At most geokg.export.max-relations relations.")
  ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "json") String format,
      @ParameterObject FilterParams filter) {
    Format f = Format.parse(format);
    var relationFilter = filter.toFilter(shown); // validated before the response starts
    StreamingResponseBody body = out -> exporter.export(f, relationFilter, out);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(f.mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + f.fileName() + "\"")
        .body(body);
  }
}
