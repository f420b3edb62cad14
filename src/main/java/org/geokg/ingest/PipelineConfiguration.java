package org.geokg.ingest;

import java.io.UncheckedIOException;
import org.geokg.actor.ActorLexicons;
import org.geokg.actor.ActorRecognizer;
import org.geokg.actor.Gazetteer;
import org.geokg.article.ArticleReader;
import org.geokg.event.EventExtractor;
import org.geokg.event.EventLexicons;
import org.geokg.event.PairModel;
import org.geokg.fetch.FetchSettings;
import org.geokg.fetch.PageFetcher;
import org.geokg.nlp.CoreNlpAnnotator;
import org.geokg.system.FetchProperties;
import org.geokg.system.GeokgProperties;
import org.geokg.system.StartupException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the pipeline stages, which are plain classes, as beans. */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

  @Bean
  CoreNlpAnnotator coreNlpAnnotator() {
    return CoreNlpAnnotator.shared(); // starts loading the models in the background now
  }

  @Bean
  Gazetteer gazetteer() {
    return Gazetteer.fromClasspath();
  }

  /** The shipped lists, with the user's people file when there is one; a malformed line stops start-up. */
  @Bean
  ActorLexicons actorLexicons(Gazetteer gazetteer, GeokgProperties props) {
    try {
      return ActorLexicons.withPeopleFile(gazetteer, props.peopleFileToRead());
    } catch (IllegalStateException | UncheckedIOException e) {
      throw new StartupException(e.getMessage(), e);
    }
  }

  @Bean
  ActorRecognizer actorRecognizer(Gazetteer gazetteer, ActorLexicons lexicons) {
    return new ActorRecognizer(gazetteer, lexicons);
  }

  @Bean
  EventLexicons eventLexicons() {
    return EventLexicons.fromClasspath();
  }

  @Bean
  EventExtractor eventExtractor(EventLexicons lexicons) {
    return new EventExtractor(lexicons, PairModel.fromClasspath().orElse(null));
  }

  @Bean
  StageTimes stageTimes() {
    return new StageTimes();
  }

  @Bean
  ArticlePipeline articlePipeline(ArticleReader reader, CoreNlpAnnotator nlp, ActorRecognizer actors,
      EventExtractor events, StageTimes times) {
    return new ArticlePipeline(reader, nlp, actors, events, times);
  }

  @Bean(destroyMethod = "close")
  PageFetcher pageFetcher(FetchProperties props) {
    return new PageFetcher(props.toSettings());
  }

  @Bean
  ArticleReader articleReader(PageFetcher fetcher) {
    return new ArticleReader(fetcher);
  }
}
