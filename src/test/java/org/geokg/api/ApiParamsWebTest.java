package org.geokg.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.geokg.graph.ActorCuration;
import org.geokg.graph.GraphQueries;
import org.geokg.graph.GraphUnavailableException;
import org.geokg.graph.GraphViews.Page;
import org.geokg.graph.RelationFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.WebApplicationContext;

/**
 * The API's parameter parsing and error answers on the web layer alone: the read controllers and
 * {@link ApiErrors} in Spring MVC as Boot configures it, the graph layer mocked, so no database and
 * no models. A slice by hand: Boot 4's {@code @WebMvcTest} lives in {@code spring-boot-webmvc-test},
 * which the offline build does not have. The full-stack tests (SeedApiAcceptanceTest, QueryApiTest)
 * ask the same questions end to end.
 */
@SpringBootTest(classes = ApiParamsWebTest.WebLayer.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class ApiParamsWebTest {

  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration({DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class,
      HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class, ValidationAutoConfiguration.class})
  @Import({ActorController.class, RelationController.class, PathController.class, StatsController.class,
      ApiErrors.class})
  static class WebLayer {
    @Bean
    DisplayProperties displayProperties() {
      return new DisplayProperties(0);
    }
  }

  @MockitoBean
  GraphQueries queries;

  @MockitoBean
  ActorCuration curation;

  @Autowired
  WebApplicationContext context;

  private MockMvcTester mvc;

  @BeforeEach
  void setUp() {
    mvc = MockMvcTester.from(context);
  }

  /** Asserts a 400 problem+json answer whose detail contains {@code words}, and returns it. */
  private MvcTestResult badRequest(String uri, String... words) {
    MvcTestResult r = mvc.get().uri(uri).exchange();
    assertThat(r).as(uri).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(r).bodyJson().extractingPath("$.status").as(uri).isEqualTo(400);
    assertThat(r).bodyJson().extractingPath("$.detail").asString().as(uri).contains(words);
    return r;
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/relations?limit=0", "/api/relations?limit=-1", "/api/actors?q=iran&limit=0",
      "/api/actors/country:IRN/relations?limit=-1", "/api/actors/country:IRN/timeline?limit=0",
      "/api/paths?from=country:IRN&to=country:USA&limit=0"})
  void aLimitBelowOneIsABadRequestNamingTheParameterAndItsBound(String uri) {
    badRequest(uri, "limit", "1");
    verifyNoInteractions(queries);
  }

  @Test
  void sizesBelowOneElsewhereNameTheirParameter() {
    badRequest("/api/actors/country:IRN/network?maxNodes=-5", "maxNodes", "1");
    badRequest("/api/actors/country:IRN/network?maxEdges=0", "maxEdges", "1");
    badRequest("/api/stats?top=-1", "top", "1");
    badRequest("/api/stats?days=0", "days", "1");
    verifyNoInteractions(queries);
  }

  @Test
  void aDateNotWrittenYyyyMmDdIsABadRequestQuotingIt() {
    badRequest("/api/relations?since=2024-13-01", "since must be a date as YYYY-MM-DD", "'2024-13-01'");
    badRequest("/api/relations?until=yesterday", "until must be a date as YYYY-MM-DD", "'yesterday'");
    badRequest("/api/actors/country:IRN/network?since=15/11/2024", "since", "'15/11/2024'");
    verifyNoInteractions(queries);
  }

  @Test
  void aRangeEndingBeforeItStartsIsABadRequest() {
    badRequest("/api/relations?since=2024-12-01&until=2024-11-01", "since (2024-12-01) is after until (2024-11-01)");
    verifyNoInteractions(queries);
  }

  @Test
  void unknownTypesKindsAndCountryCodesAreBadRequestsListingWhatIsKnown() {
    badRequest("/api/relations?type=HUGGED", "unknown relation type 'HUGGED'", "MET_WITH");
    badRequest("/api/relations?plover=HUG", "unknown PLOVER type 'HUG'", "CONSULT");
    badRequest("/api/relations?country=Iran", "alpha-3", "'Iran'");
    badRequest("/api/actors?kind=planet", "kind must be one of", "'planet'");
    badRequest("/api/relations?minConfidence=1.5", "minConfidence must be between 0 and 1");
    verifyNoInteractions(queries);
  }

  @Test
  void aParameterOfTheWrongTypeIsABadRequestInTheSameFormat() {
    badRequest("/api/relations?limit=ten", "limit");
    badRequest("/api/stats?top=1.5", "top");
    verifyNoInteractions(queries);
  }

  @Test
  void anActorSearchWithNeitherWordsNorFilterIsABadRequest() {
    badRequest("/api/actors", "give q (name words) or a filter");
    verifyNoInteractions(queries);
  }

  @Test
  void aPathFromAnActorToItselfIsABadRequest() {
    badRequest("/api/paths?from=country:IRN&to=country:IRN", "from and to are the same actor");
    verifyNoInteractions(queries);
  }

  @Test
  void validParametersReachTheGraphParsed() {
    when(queries.relations(any(), any(), anyInt())).thenReturn(new Page<>(List.of(), null));
    MvcTestResult r = mvc.get().uri("/api/relations?type=met_with,SANCTIONED&plover=consult&plover=sanction"
        + "&country=irn&actor=country:IRN&since=2024-01-01&until=2024-12-31&minConfidence=0.5&minArticles=2&limit=5")
        .exchange();
    assertThat(r).hasStatusOk();
    ArgumentCaptor<RelationFilter> filter = ArgumentCaptor.forClass(RelationFilter.class);
    verify(queries).relations(filter.capture(), isNull(), eq(5));
    RelationFilter f = filter.getValue();
    assertThat(f.types()).containsExactly("MET_WITH", "SANCTIONED");
    assertThat(f.plovers()).containsExactly("CONSULT", "SANCTION");
    assertThat(f.countries()).containsExactly("IRN");
    assertThat(f.actors()).containsExactly("country:IRN");
    assertThat(f.since()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(f.until()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(f.minConfidence()).isEqualTo(0.5);
    assertThat(f.minArticles()).isEqualTo(2);
  }

  @Test
  void omittedSizesTakeTheirDefaults() {
    when(queries.relations(any(), any(), anyInt())).thenReturn(new Page<>(List.of(), null));
    assertThat(mvc.get().uri("/api/relations").exchange()).hasStatusOk();
    verify(queries).relations(any(), isNull(), eq(100));
  }

  @Test
  void anUnknownActorIsNotFoundAsProblemJson() {
    when(queries.actor("person:nobody")).thenReturn(Optional.empty());
    MvcTestResult r = mvc.get().uri("/api/actors/person:nobody").exchange();
    assertThat(r).hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(r).bodyJson().extractingPath("$.detail").isEqualTo("no actor with id person:nobody");
  }

  @Test
  void anUnreachableDatabaseIsServiceUnavailableAsProblemJson() {
    when(queries.stats(anyInt(), anyInt())).thenThrow(new GraphUnavailableException("connection refused", null));
    MvcTestResult r = mvc.get().uri("/api/stats").exchange();
    assertThat(r).hasStatus(503).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(r).bodyJson().extractingPath("$.title").isEqualTo("Graph database unavailable");
  }
}
