package org.geokg.ingest;

import org.geokg.article.ReadResult;
import org.geokg.graph.ArticleGraph;

/** The outcome of ingesting one input. */
public sealed interface IngestResult permits IngestResult.Ingested, IngestResult.Duplicate, IngestResult.NotEnglish,
    IngestResult.Rejected {

  /**
   * Stored; {@code unchanged} when the graph already held exactly this. {@code analysedChars} of the
   * text's {@code textChars} were analysed: fewer when the text was longer than the pipeline reads.
   */
  record Ingested(String articleId, ArticleGraph graph, boolean unchanged, int analysedChars, int textChars)
      implements IngestResult {
    /** Whether only the start of the text was analysed. */
    public boolean truncated() {
      return analysedChars < textChars;
    }
  }

  /** Not stored: {@code existingId} already holds the same text (the same story under another URL). */
  record Duplicate(String articleId, String existingId) implements IngestResult {}

  /**
   * Not stored: the article is written in {@code language} (an English name such as "German"), and
   * geokg's models read English only; analysing it would cost much and find nothing true.
   */
  record NotEnglish(String articleId, String language) implements IngestResult {
    public NotEnglish {
      if (articleId == null || language == null || language.isBlank()) {
        throw new IllegalArgumentException("a skipped article needs its id and language");
      }
    }
  }

  /** Not stored, with a one-line reason; {@code kind} says why: no article, fetch failed, URL refused. */
  record Rejected(String reason, ReadResult.Cause kind) implements IngestResult {
    public Rejected {
      if (reason == null || reason.isBlank() || kind == null) {
        throw new IllegalArgumentException("a rejection needs a reason and a kind");
      }
    }
  }
}
