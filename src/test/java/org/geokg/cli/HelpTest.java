package org.geokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Asking the launcher for help prints the commands and exits; it never starts the server. */
class HelpTest {

  @Test
  void helpInEverySpellingPrintsTheCommandsAndExits() {
    for (String ask : new String[] {"--help", "-h", "help"}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int status = Main.run(new String[] {ask}, new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));
      assertThat(status).as(ask).isZero();
      assertThat(out.toString(StandardCharsets.UTF_8)).as(ask).contains("eval-events", "ingest", "serve");
      assertThat(err.toString(StandardCharsets.UTF_8)).as(ask).isEmpty();
    }
  }
}
