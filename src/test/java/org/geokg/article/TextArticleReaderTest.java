package org.geokg.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.geokg.SharedData;
import org.junit.jupiter.api.Test;

class TextArticleReaderTest {

  private final TextArticleReader reader = new TextArticleReader();

  @Test
  void readsTitleAuthorAndPublisherFromTheSeedHeader() {
    Article a = reader.read(SharedData.seedText()).orElseThrow();
    assertThat(a.title()).startsWith("‘First Buddy’ Elon Musk met with Iran’s U.N ambassador");
    assertThat(a.author()).isEqualTo("Mike Bedigan");
    assertThat(a.publisher()).isEqualTo("The Independent UK");
  }

  @Test
  void leavesReaderAppChromeAndPhotoCaptionsOutOfTheBody() {
    Article a = reader.read(SharedData.seedText()).orElseThrow();
    assertThat(a.paragraphs().get(0)).startsWith("Elon Musk met with Iran’s ambassador to the U.N. on Monday");
    assertThat(a.paragraphs().get(a.paragraphs().size() - 1)).startsWith("Araghchi made the comments");
    assertThat(a.text())
        .doesNotContain("Sign up", "Related Stories", "inkl", "Start reading", "Download the app",
            "Getty Images", "(AP)", "Fourteen days free", "Mike Bedigan");
    assertThat(a.text()).containsOnlyOnce("Despite his status as a private citizen");
  }

  @Test
  void recognisesTrailingPhotoCreditsAsCaptions() {
    assertThat(TextArticleReader.isCaption("Protesters gather outside the embassy (Reuters/John Smith)")).isTrue();
    assertThat(TextArticleReader.isCaption("The president spoke on Monday (AFP via Getty Images)")).isTrue();
    assertThat(TextArticleReader.isCaption("The minister said the talks (in Geneva) went well.")).isFalse();
  }

  @Test
  void aShortStatementBeforeTheProseOpensTheBodyButAHeadlineDoesNot() {
    Article a = reader.read("Chile recalls its envoy to Lima\n\nChile recalls its ambassador to Peru.\n\n"
        + "The foreign ministry said on Monday that the envoy would return to Santiago for consultations after the vote.\n")
        .orElseThrow();
    assertThat(a.paragraphs().get(0)).isEqualTo("Chile recalls its ambassador to Peru.");
    assertThat(a.title()).isEqualTo("Chile recalls its envoy to Lima");
  }

  @Test
  void findsNoArticleInTextWithoutProse() {
    assertThat(reader.read("Sign in\nSubscribe\nOne app.\n")).isEmpty();
    assertThat(reader.read("")).isEmpty();
  }
}
