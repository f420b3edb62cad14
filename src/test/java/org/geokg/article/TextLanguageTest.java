package org.geokg.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.geokg.SharedData;
import org.geokg.eval.PloverBenchmark;
import org.junit.jupiter.api.Test;

class TextLanguageTest {

  private static final Pattern HTML_LANG = Pattern.compile("<html[^>]*\\blang=\"?([a-zA-Z]{2})", Pattern.CASE_INSENSITIVE);

  @Test
  void readsTheSeedArticleAsEnglish() throws IOException {
    assertThat(TextLanguage.identify(Files.readString(SharedData.seedArticle())).isEnglish()).isTrue();
  }

  @Test
  void neverTakesAGoldEventSentenceForAnotherLanguage() {
    // Single English sentences are the hardest case: little text, many names.
    List<String> misread = new ArrayList<>();
    for (var r : PloverBenchmark.read(SharedData.root().resolve("benchmarks/events/plover-dev.json"))) {
      TextLanguage.Language l = TextLanguage.identify(r.text());
      if (l != null && !l.isEnglish()) {
        misread.add(l.name() + ": " + r.text());
      }
    }
    assertThat(misread).isEmpty();
  }

  @Test
  void agreesWithTheBenchmarkPagesDeclaredLanguagesFromTheTextAlone() throws IOException {
    HtmlArticleExtractor extractor = new HtmlArticleExtractor();
    int declaredForeign = 0;
    int foreignByText = 0;
    int declaredEnglish = 0;
    int englishByText = 0;
    try (var files = Files.list(SharedData.root().resolve("benchmarks/article-extraction/html"))) {
      for (Path f : files.sorted().toList()) {
        String html;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
          html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = HTML_LANG.matcher(html);
        if (!m.find() || !(extractor.extract(html, null) instanceof ExtractionResult.Extracted e)) {
          continue;
        }
        TextLanguage.Language byText = TextLanguage.identify(e.article().text());
        if (m.group(1).toLowerCase(Locale.ROOT).equals("en")) {
          declaredEnglish++;
          englishByText += byText != null && byText.isEnglish() ? 1 : 0;
        } else {
          declaredForeign++;
          // English stories on foreign sites exist (a German edition reprinting an English piece),
          // so the text may say English; it must never name a third language.
          assertThat(byText).as(f.getFileName().toString()).isNotNull();
          assertThat(byText.code()).as(f.getFileName().toString()).isIn(m.group(1).toLowerCase(Locale.ROOT), "en");
          foreignByText += byText.isEnglish() ? 0 : 1;
        }
      }
    }
    assertThat(declaredForeign).isGreaterThanOrEqualTo(10);
    assertThat(foreignByText).isGreaterThanOrEqualTo(declaredForeign * 90 / 100);
    // A declaration is a hint, not proof: a few English templates carry stories in other languages.
    assertThat(englishByText).isGreaterThanOrEqualTo(declaredEnglish * 95 / 100);
  }

  @Test
  void theTextOverridesThePagesDeclaredLanguage() throws IOException {
    String html;
    try (InputStream in = getClass().getResourceAsStream("/language/german-behind-english-template.html")) {
      html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    var extracted = (ExtractionResult.Extracted) new HtmlArticleExtractor().extract(html, null);
    assertThat(extracted.article().language()).startsWith("en");
    assertThat(TextLanguage.of(extracted.article())).isEqualTo(new TextLanguage.Language("de", "German"));
  }

  @Test
  void leavesTextsWithoutSentencesUndecidedAndFallsBackOnTheDeclaration() {
    String table = "Palm Bay 18 22 13 17 — 70\n\nRockledge 14 11 6 15 — 44\n\nTolivert 25. Davis 17. Burgher 10.";
    assertThat(TextLanguage.identify(table)).isNull();
    Article declaredFrench = new Article(null, null, null, null, null, "fr-FR", List.of(table));
    assertThat(TextLanguage.of(declaredFrench).code()).isEqualTo("fr");
    Article undeclared = new Article(null, null, null, null, null, null, List.of(table));
    assertThat(TextLanguage.of(undeclared)).isNull();
  }

  @Test
  void namesScriptsItHasNoLanguageFor() {
    TextLanguage.Language l = TextLanguage.identify("ሰላም ለዓለም። ይህ የሙከራ ጽሑፍ ነው።");
    assertThat(l.code()).isNull();
    assertThat(l.name()).isEqualTo("Ethiopic script");
  }
}
