package org.geokg.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.geokg.article.ArticleInput;
import org.geokg.graph.GraphQueries;
import org.geokg.graph.GraphViews;
import org.geokg.graph.GraphViews.ArticleView;
import org.geokg.ingest.IngestResult;
import org.geokg.ingest.IngestService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Ingesting articles and reading what the graph holds of one. */
@Tag(name = "Articles", description = "Ingest articles and read what was extracted from them")
@RestController
@RequestMapping("/api/articles")
class ArticleController {

  private final IngestService ingest;
  private final GraphQueries queries;

  ArticleController(IngestService ingest, GraphQueries queries) {
    this.ingest = ingest;
    this.queries = queries;
  }

  /**
   * Reads, analyses and stores one article; answers 201 with its actors and relations, or 200 with
   * the stored article when the same text is already stored under another URL.
   */
  @PostMapping
  @Operation(summary = "Ingest an article",
      description = "`url` alone is fetched (private and loopback addresses refused); `html` or `text` may come with "
          + "the `url` they were taken from, a `title` and `publishedAt` (YYYY-MM-DD). 201 with the article id, its "
          + "actors and relations; `unchanged: true` when it was already stored as is.",
      responses = {
          @ApiResponse(responseCode = "201", description = "stored: the article, its actors and relations"),
          @ApiResponse(responseCode = "200", description = "the same text is already stored (`duplicateOf`)"),
          @ApiResponse(responseCode = "400", description = "no url, html or text; a malformed date or URL"),
          @ApiResponse(responseCode = "403", description = "a URL geokg does not fetch (loopback, private, metadata)"),
          @ApiResponse(responseCode = "422", description = "no article in the input, or not in English"),
          @ApiResponse(responseCode = "502", description = "the page could not be fetched")})
  ResponseEntity<IngestResponse> ingest(@RequestBody ArticleRequest body) {
    if (body == null) {
      throw new IllegalArgumentException("the request body must be a JSON object with url, html or text");
    }
    ArticleInput input = new ArticleInput(body.url(), body.html(), body.text(), body.title(),
        Params.date("publishedAt", body.publishedAt()));
    return switch (ingest.ingest(input)) {
      case IngestResult.Rejected r -> throw ArticleRejectedException.of(r);
      case IngestResult.NotEnglish n -> throw ArticleRejectedException.of(n);
      case IngestResult.Ingested ok -> ResponseEntity.created(URI.create("/api/articles/" + ok.articleId()))
          .body(response(ok.articleId(), ok.unchanged(), null, ok));
      case IngestResult.Duplicate d -> ResponseEntity.ok(response(d.existingId(), true, d.existingId(), null));
    };
  }

  private IngestResponse response(String id, boolean unchanged, String duplicateOf, IngestResult.Ingested ok) {
    ArticleView view = queries.article(id)
        .orElseThrow(() -> new IllegalStateException("article " + id + " vanished after writing"));
    String warning = ok != null && ok.truncated()
        ? "the text is stored whole, but only its first " + ok.analysedChars() + " of " + ok.textChars()
            + " characters were analysed for actors and events"
        : null;
    return new IngestResponse(view.id(), unchanged, duplicateOf, view.url(), view.title(), view.publishedAt(),
        view.publisher(), view.author(), view.actors(), view.relations(), ok == null ? null : ok.analysedChars(),
        ok == null ? null : ok.textChars(), warning);
  }

  @GetMapping("/{id}")
  @Operation(summary = "An article", description = "The article, the actors it mentions and the relations read from it.")
  ArticleView article(@PathVariable String id) {
    return queries.article(id).orElseThrow(() -> new NotFoundException("no article with id " + id));
  }

  @GetMapping("/{id}/relations")
  @Operation(summary = "An article's edges", description = "The relations read from one article (at most 500), "
      + "negated ones included and flagged, as a listing like the others: {items, next}; one page holds them all, "
      + "so `next` is null.")
  GraphViews.Page<GraphViews.RelationView> relations(@PathVariable String id) {
    return new GraphViews.Page<>(article(id).relations(), null);
  }
}
