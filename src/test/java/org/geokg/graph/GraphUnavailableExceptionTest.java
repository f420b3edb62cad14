package org.geokg.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

/** Which driver exceptions the graph reports as the database being unavailable. */
class GraphUnavailableExceptionTest {

  @Test
  void anUnreachableDatabaseALostSessionAndALastingTransientFailureAreUnavailability() {
    for (RuntimeException e : new RuntimeException[] {new ServiceUnavailableException("connection refused"),
        new SessionExpiredException("server went away"),
        new TransientException("Neo.TransientError.General.DatabaseUnavailable", "database is starting")}) {
      assertThatThrownBy(() -> GraphUnavailableException.translated(() -> {
        throw e;
      })).isInstanceOf(GraphUnavailableException.class).hasCause(e).hasMessage(e.getMessage());
    }
  }

  @Test
  void aStatementTheDatabaseRejectsStaysTheDriversError() {
    ClientException e = new ClientException("Neo.ClientError.Statement.SyntaxError", "bad query");
    assertThatThrownBy(() -> GraphUnavailableException.translated(() -> {
      throw e;
    })).isSameAs(e);
  }

  @Test
  void aCallThatWorksAnswersItsResult() {
    assertThat(GraphUnavailableException.translated(() -> 42)).isEqualTo(42);
  }
}
