package org.geokg.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Random;
import org.geokg.article.ExtractionResult.Extracted;
import org.geokg.article.ExtractionResult.NoArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class HtmlArticleExtractorTest {

  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

  private static String fixture(String name) throws IOException {
    try (InputStream in = HtmlArticleExtractorTest.class.getResourceAsStream("/article/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private Article article(String html, String url) {
    ExtractionResult result = extractor.extract(html, url);
    assertThat(result).isInstanceOf(Extracted.class);
    return ((Extracted) result).article();
  }

  @Test
  void keepsTheStoryAndDropsPageChrome() throws IOException {
    Article a = article(fixture("news-jsonld.html"), "https://news.example.org/x?utm=1");
    String body = a.text();
    assertThat(body)
        .contains("Negotiators from both sides returned to Geneva")
        .contains("prisoner exchanges, humanitarian corridors")
        .contains("Humanitarian corridors")
        .contains("“We are cautiously hopeful")
        .contains("joint statement possible by the end of the week");
    assertThat(body)
        .doesNotContain("Politics") // navigation
        .doesNotContain("Getty Images") // caption credit
        .doesNotContain("Delegates arrive") // caption
        .doesNotContain("Share on") // share bar
        .doesNotContain("Sign up") // newsletter box
        .doesNotContain("morning briefing")
        .doesNotContain("Previous truce collapses") // related links
        .doesNotContain("Markets rally") // sidebar
        .doesNotContain("All rights reserved")
        .doesNotContain("Ceasefire talks resume in Geneva"); // the title is metadata, not body
    assertThat(a.paragraphs().getFirst()).startsWith("Negotiators");
    assertThat(a.paragraphs().getLast()).startsWith("The talks are expected");
  }

  @Test
  void readsJsonLdMetadataFirstIgnoringMalformedBlocks() throws IOException {
    Article a = article(fixture("news-jsonld.html"), "https://news.example.org/x?utm=1");
    assertThat(a.title()).isEqualTo("Ceasefire talks resume in Geneva");
    assertThat(a.author()).isEqualTo("Amira Haddad, Jonas Berg");
    assertThat(a.publishedAt()).isEqualTo(LocalDate.of(2024, 3, 5)); // the date as written, not UTC
    assertThat(a.publisher()).isEqualTo("The Daily Ledger");
    assertThat(a.url()).isEqualTo("https://news.example.org/world/ceasefire-talks-geneva");
    assertThat(a.language()).isEqualTo("en-GB");
  }

  @Test
  void fallsBackToOpenGraphAndMetaTags() throws IOException {
    Article a = article(fixture("news-opengraph.html"), null);
    assertThat(a.title()).isEqualTo("Sommet européen : accord sur le budget");
    assertThat(a.author()).isEqualTo("Claire Martin"); // article:author is a URL, not a name
    assertThat(a.publishedAt()).isEqualTo(LocalDate.of(2023, 12, 15));
    assertThat(a.publisher()).isEqualTo("Le Quotidien");
    assertThat(a.url()).isEqualTo("https://quotidien.example.fr/europe/sommet-budget");
    assertThat(a.language()).isEqualTo("fr");
    assertThat(a.text())
        .contains("Les dirigeants des Vingt-Sept")
        .contains("garanties sur le calendrier des versements")
        .doesNotContain("cookies")
        .doesNotContain("Commentaires")
        .doesNotContain("enfin une bonne nouvelle")
        .doesNotContain("Abonnez-vous")
        .doesNotContain("Accueil");
  }

  @Test
  void usesThePageUrlWhenThePageGivesNone() {
    String html = "<html><body><p>" + "The minister resigned on Friday after weeks of pressure, aides said. ".repeat(5) + "</p></body></html>";
    Article a = article(html, "https://example.com/story");
    assertThat(a.url()).isEqualTo("https://example.com/story");
    assertThat(a.text()).startsWith("The minister resigned");
    assertThat(extractor.extractBody(html)).isEqualTo(a.text());
  }

  @Test
  void fallsBackToJsonLdArticleBodyWhenThePageHidesTheText() {
    String body = "Parliament approved the treaty by a wide margin on Thursday, ending months of debate. ".repeat(8);
    String html =
        "<html><head><script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":\"Treaty approved\","
            + "\"articleBody\":\"" + body + "\\n\\nThe opposition abstained.\"}</script></head>"
            + "<body><div id=app>Loading…</div></body></html>";
    Article a = article(html, null);
    assertThat(a.title()).isEqualTo("Treaty approved");
    assertThat(a.paragraphs()).hasSize(2);
    assertThat(a.paragraphs().getLast()).isEqualTo("The opposition abstained.");
  }

  @Test
  void keepsSentencesThatOnlyStartLikeChrome() {
    String filler = "The central bank held rates steady on Thursday, citing slowing inflation and weak demand. ";
    String html =
        "<html><body><article><p>" + filler.repeat(3) + "</p>"
            + "<p>Share prices fell 3% in early trading.</p>"
            + "<p>Video shows crowds gathering outside the ministry.</p>"
            + "<p>" + filler.repeat(2) + "</p>"
            + "<p>Advertisement</p><p>Share this article</p></article></body></html>";
    Article a = article(html, null);
    assertThat(a.paragraphs())
        .contains("Share prices fell 3% in early trading.", "Video shows crowds gathering outside the ministry.")
        .doesNotContain("Advertisement", "Share this article");
  }

  @Test
  void dropsRepeatedParagraphsButKeepsRecurringShortLines() {
    String lead = "Rescue teams worked through the night in the flooded districts, searching collapsed homes for survivors while the water kept rising around them. ";
    String step = "Water levels rose again.";
    String html =
        "<html><body><article><p>" + lead + lead + "</p><p>" + step + "</p><p>Officials ordered more evacuations, and the army sent boats to the worst-hit villages on Sunday.</p>"
            + "<p>" + step + "</p><p>" + lead + lead + "</p><p>The regional governor said the damage would take months to assess.</p></article></body></html>";
    Article a = article(html, null);
    assertThat(a.paragraphs()).filteredOn(p -> p.startsWith("Rescue teams")).hasSize(1);
    assertThat(a.paragraphs()).filteredOn(step::equals).hasSize(2);
  }

  @Test
  void pagesWithoutTextAreNoArticle() {
    assertThat(extractor.extract("", null)).isInstanceOf(NoArticle.class);
    assertThat(extractor.extract(null, null)).isInstanceOf(NoArticle.class);
    assertThat(extractor.extract("<html><body><nav><a href=/>Home</a></nav></body></html>", null))
        .isEqualTo(new NoArticle("no main text found in the page"));
    assertThat(extractor.extractBody("<html></html>")).isEmpty();
  }

  @Test
  void dropsTheSiteNameFromTitles() {
    assertThat(PageMetadata.withoutSiteName("Talks resume | The Daily Ledger", "The Daily Ledger")).isEqualTo("Talks resume");
    assertThat(PageMetadata.withoutSiteName("Talks resume - BBC News", "BBC News")).isEqualTo("Talks resume");
    assertThat(PageMetadata.withoutSiteName("Talks resume - Reuters", "BBC News")).isEqualTo("Talks resume - Reuters");
    assertThat(PageMetadata.withoutSiteName("Talks resume", null)).isEqualTo("Talks resume");
  }

  @Test
  void parsesIsoDatesInTheirCommonForms() {
    assertThat(PageMetadata.parseDate("2019-11-19")).isEqualTo(LocalDate.of(2019, 11, 19));
    assertThat(PageMetadata.parseDate("2019-11-19T23:10:00Z")).isEqualTo(LocalDate.of(2019, 11, 19));
    assertThat(PageMetadata.parseDate("2019-11-19T23:10:00.000+0530")).isEqualTo(LocalDate.of(2019, 11, 19));
    assertThat(PageMetadata.parseDate("2019-11-19 23:10")).isEqualTo(LocalDate.of(2019, 11, 19));
    assertThat(PageMetadata.parseDate("20191119")).isEqualTo(LocalDate.of(2019, 11, 19));
    assertThat(PageMetadata.parseDate("Tue, 19 Nov 2019 10:00:00 GMT")).isEqualTo(LocalDate.of(2019, 11, 19));
    assertThat(PageMetadata.parseDate("2019-13-45")).isNull();
    assertThat(PageMetadata.parseDate("yesterday")).isNull();
    assertThat(PageMetadata.parseDate(null)).isNull();
  }

  // ---- hostile input: no exception, bounded time ----

  @Test
  @Timeout(10)
  void binaryGarbageDoesNotThrow() {
    byte[] bytes = new byte[300_000];
    new Random(42).nextBytes(bytes);
    String garbage = new String(bytes, StandardCharsets.ISO_8859_1);
    assertThatCode(() -> extractor.extract(garbage, "not a url")).doesNotThrowAnyException();
    assertThat(extractor.extract("\u0000\u0000\u0000", null)).isNotNull();
  }

  @Test
  @Timeout(30)
  void deeplyNestedMarkupDoesNotOverflow() {
    int depth = 100_000;
    String html = "<div>".repeat(depth) + "<p>" + "Deep text about the summit, officials said. ".repeat(10) + "</p>" + "</div>".repeat(depth);
    long start = System.nanoTime();
    ExtractionResult result = extractor.extract(html, null);
    assertThat(result).isNotNull();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  @Timeout(30)
  void deeplyNestedChromeAndArticlesStayLinear() {
    int depth = 50_000;
    String text = "Deep text about the summit, officials said, again and again. ".repeat(10);
    for (String open : new String[] {"<div class=\"social-embed\">", "<article>", "<section class=story>"}) {
      String tag = open.substring(1, open.indexOf(open.contains(" ") ? ' ' : '>'));
      String html = open.repeat(depth) + "<blockquote><p>" + text + "</p></blockquote>" + ("</" + tag + ">").repeat(depth);
      assertThatCode(() -> extractor.extract(html, null)).doesNotThrowAnyException();
    }
  }

  @Test
  @Timeout(30)
  void hugeAttributeDoesNotHang() {
    String html =
        "<html><body><div class=\"" + "x".repeat(5_000_000) + "\"><p>"
            + "Talks continued late into the night, according to both delegations. ".repeat(6)
            + "</p></div></body></html>";
    ExtractionResult result = extractor.extract(html, null);
    assertThat(result).isInstanceOf(Extracted.class);
  }

  @Test
  @Timeout(10)
  void hostileJsonLdIsIgnored() {
    String nested = "[".repeat(50_000) + "]".repeat(50_000);
    String html =
        "<html><head><script type=application/ld+json>" + nested + "</script></head><body><p>"
            + "The vote was postponed until next week, the speaker announced. ".repeat(6) + "</p></body></html>";
    assertThat(extractor.extract(html, null)).isInstanceOf(Extracted.class);
  }
}
