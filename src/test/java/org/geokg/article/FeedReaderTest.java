package org.geokg.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FeedReaderTest {

  private final FeedReader reader = new FeedReader();

  private static String fixture(String name) throws IOException {
    try (InputStream in = FeedReaderTest.class.getResourceAsStream("/article/feeds/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void readsRssItemsResolvingRelativeLinksAgainstTheFeedUrl() throws IOException {
    var items = (FeedReader.Result.Items) reader.read(fixture("rss2.xml"), "https://news.example/feed.xml");
    assertThat(items.title()).isEqualTo("World news");
    assertThat(items.items()).extracting(FeedItem::link)
        .containsExactly("https://news.example/world/ministers-meet.html", "https://news.example/world/sanctions.html");
    assertThat(items.items().get(0).publishedAt()).isEqualTo(LocalDate.of(2024, 11, 12));
    assertThat(items.items().get(0).title()).isEqualTo("Ministers meet in Geneva");
  }

  @Test
  void readsAtomEntries() throws IOException {
    var items = (FeedReader.Result.Items) reader.read(fixture("atom.xml"), null);
    assertThat(items.items()).singleElement().satisfies(i -> {
      assertThat(i.link()).isEqualTo("https://atom.example/2024/11/14/talks-resume");
      assertThat(i.publishedAt()).isEqualTo(LocalDate.of(2024, 11, 14));
    });
  }

  @Test
  void refusesDocumentTypeDeclarationsSoNoEntityIsExpanded() throws IOException {
    assertThat(reader.read(fixture("doctype.xml"), null)).isInstanceOf(FeedReader.Result.NotAFeed.class);
  }

  @Test
  void saysWhenTheTextIsNotAFeed() {
    assertThat(reader.read("<html><body>hello</body></html>", null)).isInstanceOf(FeedReader.Result.NotAFeed.class);
    assertThat(reader.read("\u0000\u0001binary", null)).isInstanceOf(FeedReader.Result.NotAFeed.class);
    assertThat(reader.read("", null)).isInstanceOf(FeedReader.Result.NotAFeed.class);
  }
}
