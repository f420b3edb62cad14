package org.geokg.api;

import java.util.stream.Collectors;
import org.geokg.graph.GraphUnavailableException;
import org.geokg.graph.QueryFailedException;
import org.geokg.graph.QueryRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as RFC 9457 problem+json with a message a user can act on: 400 for bad
 * parameters and invalid Cypher, 403 for Cypher that is not a plain read and for URLs geokg does not
 * fetch, 404 for unknown ids, 408 for Cypher stopped at its time limit, 422 for inputs holding no
 * article, 502 for pages that could not be fetched, 503 while the database is unreachable. Spring
 * MVC's own errors (malformed JSON, wrong parameter types, parameters out of range) are handled by the
 * base class in the same format.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badRequest(IllegalArgumentException e) {
    return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage());
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
  }

  @ExceptionHandler(ArticleRejectedException.class)
  ProblemDetail rejected(ArticleRejectedException e) {
    return problem(e.status(), e.title(), e.getMessage());
  }

  @ExceptionHandler(QueryRefusedException.class)
  ProblemDetail refused(QueryRefusedException e) {
    return problem(HttpStatus.FORBIDDEN, "Query refused", e.getMessage());
  }

  @ExceptionHandler(QueryFailedException.class)
  ProblemDetail queryFailed(QueryFailedException e) {
    return e.kind() == QueryFailedException.Kind.TIMED_OUT
        ? problem(HttpStatus.REQUEST_TIMEOUT, "Query time limit exceeded", e.getMessage())
        : problem(HttpStatus.BAD_REQUEST, "Invalid query", e.getMessage());
  }

  @ExceptionHandler(GraphUnavailableException.class)
  ProblemDetail unavailable(GraphUnavailableException e) {
    return problem(HttpStatus.SERVICE_UNAVAILABLE, "Graph database unavailable",
        "the graph database cannot be reached; try again shortly (" + e.getMessage() + ")");
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    log.error("Unexpected error", e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
        "an unexpected error occurred: " + e.getClass().getSimpleName());
  }

  /** A parameter out of its range ("limit=0") names the parameter and its bound, not just "Validation failure". */
  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String detail = e.getParameterValidationResults().stream()
        .map(r -> r.getMethodParameter().getParameterName() + " "
            + r.getResolvableErrors().stream().map(MessageSourceResolvable::getDefaultMessage).collect(Collectors.joining(", ")))
        .collect(Collectors.joining("; "));
    return handleExceptionInternal(e, problem(HttpStatus.BAD_REQUEST, "Bad request", detail), headers,
        HttpStatus.BAD_REQUEST, request);
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setTitle(title);
    return p;
  }
}
