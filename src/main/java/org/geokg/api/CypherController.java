package org.geokg.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.geokg.graph.ReadOnlyCypher;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Read-only Cypher for research tools. */
@RestController
@RequestMapping("/api/cypher")
@Tag(name = "Cypher", description = "Read-only Cypher for research tools")
class CypherController {

  private final ReadOnlyCypher cypher;

  CypherController(ReadOnlyCypher cypher) {
    this.cypher = cypher;
  }

  /** Body: a query and its parameters. */
  record CypherRequest(String query, Map<String, Object> parameters) {}

  @PostMapping
  @Operation(summary = "Run a read-only Cypher query",
      description = "Only reads: writes, schema and admin commands, LOAD CSV, CALL {…} IN TRANSACTIONS, USE, SHOW, "
          + "several statements and procedures other than a few read-only db.* ones are refused with 403 (checked "
          + "on the text, then by EXPLAIN's query type, then by a READ session). Runs under a time limit "
          + "(geokg.cypher.timeout; 408 when reached) and returns at most geokg.cypher.max-rows rows "
          + "(`truncated` says whether more existed). Nodes, relationships and paths come as JSON objects.",
      responses = {
          @ApiResponse(responseCode = "200", description = "the rows"),
          @ApiResponse(responseCode = "400", description = "no query, or a query Neo4j cannot run"),
          @ApiResponse(responseCode = "403", description = "the query would write or is not allowed"),
          @ApiResponse(responseCode = "408", description = "the time limit was reached")})
  ReadOnlyCypher.Result run(@RequestBody CypherRequest body) {
    if (body == null || body.query() == null || body.query().isBlank()) {
      throw new IllegalArgumentException("the body must be {\"query\": \"...\", \"parameters\": {...}}");
    }
    return cypher.run(body.query(), body.parameters());
  }
}
