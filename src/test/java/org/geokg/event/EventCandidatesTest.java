package org.geokg.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.geokg.nlp.CoreNlpAnnotator;
import org.geokg.nlp.ParseSelector;
import org.geokg.nlp.Token;
import org.junit.jupiter.api.Test;

class EventCandidatesTest {

  private static final ParseSelector CANDIDATES = new EventExtractor().parseSelector();
  private static final CoreNlpAnnotator NLP = CoreNlpAnnotator.shared();

  private static boolean needsParse(String sentence) {
    List<Token> tokens = NLP.annotate(sentence, null).sentences().get(0).tokens();
    return CANDIDATES.needsParse(tokens);
  }

  @Test
  void picksSentencesWithAVerbOrNounTrigger() {
    assertThat(needsParse("Elon Musk met with Iran's envoy on Monday.")).isTrue();
    assertThat(needsParse("The talks between the two sides resumed.")).isTrue();
    assertThat(needsParse("Washington imposed sanctions on Iranian oil.")).isTrue();
  }

  @Test
  void picksTheHeadVerbOfAMultiWordTrigger() {
    assertThat(needsParse("Police cracked down hard on the protesters.")).isTrue();
    assertThat(needsParse("The rebels handed the hostages over to the Red Cross.")).isTrue();
  }

  @Test
  void picksSentencesWithATitleForTheRoleFinder() {
    assertThat(needsParse("Abbas Araghchi, Iran's foreign minister, was in Vienna.")).isTrue();
  }

  @Test
  void skipsSentencesThatCanHoldNeitherEventNorRole() {
    assertThat(needsParse("Get all your news in one place.")).isFalse();
    assertThat(needsParse("The weather in the capital was mild and sunny.")).isFalse();
  }
}
