package org.geokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.geokg.SharedData;
import org.junit.jupiter.api.Test;

/** Bad arguments to {@code train-events}: one line and exit 2, before any NLP. */
class TrainCommandTest {

  private static String[] run(List<String> args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = TrainCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new String[] {String.valueOf(status), err.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void refusesToTrainOnTheDevSet() {
    String[] r = run(List.of(SharedData.root().resolve("benchmarks/events/news-dev.json").toString()));
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[1]).contains("dev set").hasLineCount(1);
  }

  @Test
  void refusesAMissingFileAndBadOptions() {
    assertThat(run(List.of("no-such.json"))[0]).isEqualTo("2");
    assertThat(run(List.of(SharedData.root().resolve("benchmarks/events/news-train.json").toString(), "--sigma", "-1"))[0])
        .isEqualTo("2");
    assertThat(run(List.of(SharedData.root().resolve("benchmarks/events/news-train.json").toString(), "--folds"))[1])
        .startsWith("usage:");
  }
}
