package org.geokg.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's OpenAPI document beyond what the controllers' annotations say: its name and licence,
 * how writes authenticate, and the problem+json answers every operation can give ({@link ApiErrors}):
 * 400 for a bad parameter or body, 404 for an unknown id in the path, 401 for a write without
 * credentials, 503 when the graph database cannot be reached, 500 otherwise. An operation's own
 * {@code @ApiResponse} of the same status wins.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocs {

  private static final String PROBLEM = "Problem";
  private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

  @Bean
  OpenAPI geokgOpenApi() {
    String version = OpenApiDocs.class.getPackage().getImplementationVersion();
    return new OpenAPI()
        .info(new Info().title("geokg API")
            .version(version == null ? "development" : version)
            .description("A knowledge graph of geopolitical actors and what they did to each other, read from news: "
                + "actors, their relations (PLOVER type, CAMEO code, evidence sentences), paths, networks, exports "
                + "and read-only Cypher. Errors are problem+json (RFC 9457).")
            .license(new License().name("GPL-3.0-or-later").url("https://www.gnu.org/licenses/gpl-3.0.html")))
        .components(new Components()
            .addSchemas(PROBLEM, problemSchema())
            .addSecuritySchemes("apiKey", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER).name("X-API-Key"))
            .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
  }

  /** Adds the answers every operation can give, so that clients see each status they may meet. */
  @Bean
  OpenApiCustomizer errorAnswers() {
    return api -> api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
      ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
      boolean takesInput = op.getRequestBody() != null || op.getParameters() != null && !op.getParameters().isEmpty();
      if (takesInput) {
        responses.putIfAbsent("400", problem("a parameter or the body is malformed or out of range"));
      }
      if (path.contains("{")) {
        responses.putIfAbsent("404", problem("no such item"));
      }
      if (writes(method, path)) {
        responses.putIfAbsent("401", problem("credentials required (when geokg.security is enabled)"));
        op.addSecurityItem(new SecurityRequirement().addList("apiKey"));
        op.addSecurityItem(new SecurityRequirement().addList("basic"));
      }
      responses.putIfAbsent("503", problem("the graph database cannot be reached; try again shortly"));
      responses.putIfAbsent("500", problem("an unexpected error"));
      op.setResponses(responses);
    }));
  }

  /** Requests that change the graph (the Cypher endpoint only reads). */
  private static boolean writes(PathItem.HttpMethod method, String path) {
    return method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD && !path.equals("/api/cypher");
  }

  private static ApiResponse problem(String description) {
    return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
  }

  @SuppressWarnings("rawtypes")
  private static Schema problemSchema() {
    Map<String, Schema> properties = Map.of(
        "type", new StringSchema().description("a URI naming the problem type"),
        "title", new StringSchema().description("a short summary"),
        "status", new IntegerSchema().description("the HTTP status"),
        "detail", new StringSchema().description("what went wrong with this request"),
        "instance", new StringSchema().description("the request path"));
    return new ObjectSchema().description("An error, as RFC 9457 problem details").properties(properties);
  }
}
