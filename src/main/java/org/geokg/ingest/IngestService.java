package org.geokg.ingest;

import org.geokg.article.ArticleInput;
import org.geokg.graph.ArticleGraph;
import org.geokg.graph.GraphWriter;
import org.springframework.stereotype.Service;

/**
 * Ingests one input end to end: read the article, run the pipeline, write the graph in one
 * transaction. Articles not written in English are skipped before NLP ({@link
 * IngestResult.NotEnglish}). Failures to read are {@link IngestResult.Rejected}; database failures
 * propagate (nothing is half-written: the write is one transaction).
 *
 * <p>Thread-safe.
 */
@Service
public class IngestService {

  private final ArticlePipeline pipeline;
  private final GraphWriter writer;
  private final StageTimes times;

  IngestService(ArticlePipeline pipeline, GraphWriter writer, StageTimes times) {
    this.times = times;
    this.pipeline = pipeline;
    this.writer = writer;
  }

  /**
   * The service outside the application context (the executors of the Spark job), over stages built
   * as the application builds them ({@link ArticlePipeline#standalone}) and a writer of the graph.
   */
  public static IngestService of(ArticlePipeline pipeline, GraphWriter writer) {
    return new IngestService(pipeline, writer, new StageTimes());
  }

  public IngestResult ingest(ArticleInput input) {
    return switch (pipeline.read(input)) {
      case ArticlePipeline.Reading.Unreadable u -> new IngestResult.Rejected(u.reason(), u.cause());
      case ArticlePipeline.Reading.NotEnglish n -> new IngestResult.NotEnglish(n.article().id(), n.language());
      case ArticlePipeline.Reading.English r -> {
        var existing = writer.duplicateOf(r.article());
        if (existing.isPresent()) {
          yield new IngestResult.Duplicate(r.article().id(), existing.get());
        }
        ArticlePipeline.Analysis analysis = pipeline.analyse(r.article());
        ArticleGraph graph = analysis.graph();
        int analysed = analysis.analysedChars();
        int length = r.article().text().length();
        long writeStart = System.nanoTime();
        GraphWriter.Outcome outcome = writer.write(graph);
        times.add(StageTimes.Stage.WRITE, System.nanoTime() - writeStart);
        yield switch (outcome) {
          case WRITTEN -> new IngestResult.Ingested(r.article().id(), graph, false, analysed, length);
          case UNCHANGED -> new IngestResult.Ingested(r.article().id(), graph, true, analysed, length);
          case DUPLICATE -> new IngestResult.Duplicate(r.article().id(),
              writer.duplicateOf(r.article()).orElse(r.article().id()));
        };
      }
    };
  }
}
