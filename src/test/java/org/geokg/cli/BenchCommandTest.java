package org.geokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.geokg.SharedData;
import org.geokg.article.Article;
import org.geokg.article.ExtractionResult;
import org.geokg.article.HtmlArticleExtractor;
import org.geokg.eval.PageVariants;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

  @Test
  void copiesOfTheBenchmarkPagesAreNewArticlesWithTheirOwnTextAndIdentity() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(SharedData.root().resolve("benchmarks/article-extraction/html"))) {
      files = s.sorted().toList();
    }
    HtmlArticleExtractor extractor = new HtmlArticleExtractor();
    Set<String> ids = new HashSet<>();
    Set<String> bodies = new HashSet<>();
    int articles = 0;
    for (Path f : files) {
      PageVariants page = PageVariants.of(f.getFileName().toString(), IngestCommand.read(f));
      for (int copy = 0; copy < 3; copy++) {
        String url = "https://bench.geokg.invalid/copy-" + copy + "/" + page.name();
        if (extractor.extract(page.copy(copy, url), url) instanceof ExtractionResult.Extracted e) {
          Article a = e.article();
          articles++;
          ids.add(a.id());
          bodies.add(a.bodyHash());
        }
      }
    }
    assertThat(articles).isEqualTo(3 * files.size());
    assertThat(ids).as("one identity per copy").hasSize(articles);
    // A page whose text no marker reaches stays one text: allow a handful, not more.
    assertThat(bodies.size()).isGreaterThan(articles - 3 * 5);
  }
}
