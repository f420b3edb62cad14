package org.geokg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** geokg's selective NLP configuration on small real sentences. */
class CoreNlpAnnotatorTest {

  private static final CoreNlpAnnotator NLP = CoreNlpAnnotator.shared();

  private static Token token(AnnotatedText text, String word) {
    return text.sentences().stream().flatMap(s -> s.tokens().stream())
        .filter(t -> t.word().equals(word)).findFirst().orElseThrow(() -> new AssertionError("no token " + word));
  }

  @Test
  void tagsTitlesCountriesAndNationalitiesFromTheKbpLists() {
    AnnotatedText t = NLP.annotate(
        "Iran's foreign minister met the Ukrainian President-elect and the ambassador in Tehran.", null);
    assertThat(token(t, "Iran").ner()).isEqualTo("COUNTRY");
    assertThat(token(t, "foreign").ner()).isEqualTo("TITLE");
    assertThat(token(t, "minister").ner()).isEqualTo("TITLE");
    assertThat(token(t, "Ukrainian").ner()).isEqualTo("NATIONALITY");
    assertThat(token(t, "elect").ner()).as("a hyphenated title split by the tokenizer").isEqualTo("TITLE");
    assertThat(token(t, "ambassador").ner()).isEqualTo("TITLE");
    assertThat(token(t, "met").ner()).isEqualTo("O");
  }

  @Test
  void leavesTitlesInsideAnOrganisationsNameToTheOrganisation() {
    AnnotatedText t = NLP.annotate("The Ministry of Foreign Affairs of Ukraine issued a statement.", null);
    assertThat(token(t, "Ministry").ner()).isEqualTo("ORGANIZATION");
    assertThat(token(t, "Foreign").ner()).isEqualTo("ORGANIZATION");
  }

  @Test
  void normalisesTimeExpressionsAgainstThePublicationDate() {
    AnnotatedText t = NLP.annotate(
        "He ordered the strike in 2020. They met on November 11, 2024. Nothing else happened.",
        LocalDate.of(2024, 11, 14));
    assertThat(token(t, "2020").ner()).isEqualTo("DATE");
    assertThat(token(t, "2020").normalized()).isEqualTo("2020");
    assertThat(token(t, "November").normalized()).isEqualTo("2024-11-11");
    assertThat(token(t, "Nothing").ner()).isEqualTo("O");
  }

  @Test
  void parsesOnlyTheSentencesItsSelectorPicks() {
    CoreNlpAnnotator onlyMeetings = NLP.parsing(tokens -> tokens.stream().anyMatch(k -> k.lemma().equals("meet")));
    AnnotatedText t = onlyMeetings.annotate("Elon Musk met the ambassador. The weather in New York was mild.", null);
    List<Sentence> s = t.sentences();
    assertThat(s).hasSize(2);
    assertThat(s.get(0).dependencies()).anyMatch(d -> d.relation().equals("nsubj"));
    assertThat(s.get(1).dependencies()).isEmpty();
    assertThat(s.get(1).tokens()).anyMatch(k -> k.ner().equals("LOCATION") || k.ner().equals("CITY")
        || k.ner().equals("STATE_OR_PROVINCE"));
  }

  @Test
  void parsesEverySentenceByDefault() {
    AnnotatedText t = NLP.annotate("Elon Musk met the ambassador. The weather was mild.", null);
    assertThat(t.sentences()).allMatch(s -> !s.dependencies().isEmpty());
  }

  @Test
  void readsAHeadlineVerbSpeltLikeAPluralNounAsTheVerb() {
    AnnotatedText brief = NLP.parsing(ParseSelector.ALL).annotate("China jails 20 Uighur men.", null);
    assertThat(token(brief, "jails").isVerb()).isTrue();
    assertThat(brief.sentences().get(0).parents(token(brief, "jails").index()))
        .anySatisfy(d -> assertThat(d.relation()).isEqualTo("root"));
    // a noun phrase with no object after it, and a sentence that has its verb, keep their nouns
    assertThat(token(NLP.annotate("US sanctions on Iran.", null), "sanctions").isVerb()).isFalse();
    assertThat(token(NLP.annotate("The court sentences were read out to the defendants.", null), "sentences").isVerb())
        .isFalse();
  }
}
