package org.geokg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON lines of texts, as {@code ingest --jsonl}, {@code spark-ingest} and {@code events} read them. */
class JsonlTextsTest {

  @TempDir Path dir;

  private List<JsonlTexts.Line> read(boolean idRequired, String... lines) throws Exception {
    Path f = dir.resolve("in.jsonl");
    Files.writeString(f, String.join("\n", lines));
    return JsonlTexts.read(f, idRequired);
  }

  @Test
  void aGoodLineGivesItsFieldsAndABadOneItsReasonByLineNumber() throws Exception {
    List<JsonlTexts.Line> lines = read(false,
        "{\"id\": 7, \"text\": \"Peru recalled its ambassador.\", \"date\": \"2024-05-01\", \"url\": \"https://example.org/a\"}",
        "",
        "not json",
        "[1, 2]",
        "{\"text\": \"  \"}",
        "{\"text\": \"x\", \"date\": \"May 1\"}",
        "{\"text\": \"Chile answered.\"}");
    assertThat(lines).extracting(JsonlTexts.Line::number).containsExactly(1, 3, 4, 5, 6, 7);
    assertThat(lines.get(0)).extracting(JsonlTexts.Line::id, JsonlTexts.Line::url, JsonlTexts.Line::date)
        .containsExactly("7", "https://example.org/a", LocalDate.of(2024, 5, 1));
    assertThat(lines).extracting(JsonlTexts.Line::problem).containsExactly(null, "not JSON", "not a JSON object",
        "no text", "date is not YYYY-MM-DD: May 1", null);
  }

  @Test
  void eventsRequiresAnIdBeforeAnythingElseOfTheObject() throws Exception {
    List<JsonlTexts.Line> lines = read(true, "{\"text\": \"Chile answered.\"}", "{\"id\": null}", "{\"id\": \"a\"}");
    assertThat(lines).extracting(JsonlTexts.Line::problem).containsExactly("no id", "no id", "no text");
  }
}
