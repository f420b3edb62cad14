package org.geokg.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.geokg.article.ArticleInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver lists references to inputs; an executor reads each to the input ingest would read. */
class SparkInputsTest {

  @Test
  void jsonlLinesAreListedByOffsetAndEachReadsItsOwnLine(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("texts.jsonl");
    Files.writeString(f, """
        {"id": "a", "text": "Première ligne: l'Élysée.", "date": "2024-11-15"}

        {"id": "b", "text": "Second text.", "url": "https://example.org/b", "title": "B"}
        not json
        """, StandardCharsets.UTF_8);
    List<InputItem> items = SparkInputs.list(List.of(), List.of(), List.of(f));
    assertThat(items).extracting(InputItem::line).containsExactly(1, 3, 4);
    ArticleInput a = items.get(0).load(null);
    assertThat(a.text()).isEqualTo("Première ligne: l'Élysée.");
    assertThat(a.publishedAt()).isEqualTo(LocalDate.of(2024, 11, 15));
    ArticleInput b = items.get(1).load(LocalDate.of(2025, 1, 2));
    assertThat(b.url()).isEqualTo("https://example.org/b");
    assertThat(b.title()).isEqualTo("B");
    assertThat(b.publishedAt()).isEqualTo(LocalDate.of(2025, 1, 2));
    assertThatThrownBy(() -> items.get(2).load(null)).isInstanceOf(IOException.class).hasMessage("line 4: not JSON");
  }

  @Test
  void foldersListTheFilesIngestReadsWithAbsolutePaths(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.html"), "<html><p>x</p></html>");
    Files.writeString(dir.resolve("b.txt"), "text");
    Files.writeString(dir.resolve("c.json"), "{}");
    List<InputItem> items = SparkInputs.list(List.of(dir), List.of(), List.of());
    assertThat(items).extracting(InputItem::path)
        .containsExactly(dir.resolve("a.html").toAbsolutePath().toString(), dir.resolve("b.txt").toAbsolutePath().toString());
    assertThat(items.get(1).load(null).text()).isEqualTo("text");
  }

  @Test
  void partitionsAreAboutEightInputsEachWithinOneToTwoHundredPerCore() {
    assertThat(SparkIngestOptions.defaultPartitions(724, 2)).isEqualTo(91);
    assertThat(SparkIngestOptions.defaultPartitions(3, 2)).isEqualTo(2);
    assertThat(SparkIngestOptions.defaultPartitions(1, 4)).isEqualTo(1);
    assertThat(SparkIngestOptions.defaultPartitions(10_000_000, 4)).isEqualTo(800);
  }

  @Test
  void badCommandLinesAreRefusedWithOneLineReasons(@TempDir Path dir) {
    assertThatThrownBy(() -> SparkIngestOptions.parse(List.of(dir.toString()), "pw"))
        .hasMessageContaining("--neo4j is required");
    assertThatThrownBy(() -> SparkIngestOptions.parse(List.of(dir.toString(), "--neo4j", "http://x"), "pw"))
        .hasMessageContaining("Bolt URI");
    assertThatThrownBy(() -> SparkIngestOptions.parse(List.of(dir.toString(), "--neo4j", "bolt://x:7687"), null))
        .hasMessageContaining("password");
    assertThatThrownBy(() -> SparkIngestOptions.parse(List.of("https://example.org/x", "--neo4j", "bolt://x"), "pw"))
        .hasMessageContaining("use ingest");
    assertThat(SparkIngestOptions.parse(List.of(dir.toString(), "--neo4j", "bolt://x:7687"), "pw").neo4j().password())
        .isEqualTo("pw");
    assertThat(new Neo4jTarget("bolt://x:7687", "neo4j", "secret").toString()).doesNotContain("secret");
  }
}
