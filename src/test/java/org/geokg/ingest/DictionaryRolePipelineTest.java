package org.geokg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.geokg.actor.Role;
import org.geokg.article.ArticleInput;
import org.geokg.graph.ArticleGraph;
import org.geokg.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/** The whole pipeline (without the database): a dated article naming a person the dictionaries know. */
class DictionaryRolePipelineTest {

  @Test
  void storesDictionaryRoleValidAtArticleDateBesideTheRoleReadFromText() {
    ArticlePipeline pipeline = ArticlePipeline.standalone(CoreNlpAnnotator.shared());
    String s0 = "Russian President Vladimir Putin met the foreign ministers of three Central Asian states on "
        + "Tuesday.";
    String rest = "The talks lasted three hours and covered trade, energy and the conflict in eastern "
        + "Ukraine, officials said after the meeting.\n\nThe ministers are expected to return for a second round "
        + "of talks next month, according to a statement published by the Russian foreign ministry on Wednesday.";
    var read = pipeline.read(ArticleInput.ofText("Putin meets ministers\n\n" + s0 + "\n\n" + rest,
        LocalDate.of(2014, 5, 20)));
    assertThat(read).isInstanceOf(ArticlePipeline.Reading.English.class);
    ArticleGraph graph = pipeline.analyse(((ArticlePipeline.Reading.English) read).article()).graph();

    // Phoenix.Countries.actors.txt: VLADIMIR_PUTIN_ [RUSGOV 991231-080507] [RUSGOV >080508]: the second holds.
    assertThat(graph.roles()).anySatisfy(ev -> {
      assertThat(ev.role()).isEqualTo(Role.fromDictionary("person:vladimir-putin", "government", "agent:rus-gov", 0,
          LocalDate.of(2008, 5, 8), null));
      assertThat(ev.sentence()).isEqualTo(s0);
    });
    assertThat(graph.roles()).anySatisfy(ev -> {
      assertThat(ev.role().source()).isEqualTo(Role.Source.TEXT);
      assertThat(ev.role().title()).isEqualTo("president");
    });
    assertThat(graph.roles()).filteredOn(ev -> ev.role().source() == Role.Source.DICTIONARY).hasSize(1);
    assertThat(graph.actors()).anySatisfy((a, n) -> {
      assertThat(a.key()).isEqualTo("agent:rus-gov");
      assertThat(n).as("written, not mentioned").isZero();
    });
  }
}
