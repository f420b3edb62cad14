package org.geokg.article;

import java.net.URI;
import java.net.URISyntaxException;
import org.geokg.fetch.FetchResult;
import org.geokg.fetch.PageFetcher;

/**
 * The article stage's facade: {@link ArticleInput} in, {@link Article} out. Fetches URLs through
 * the {@link PageFetcher} (and its address guard), extracts HTML with {@link HtmlArticleExtractor},
 * reads plain text with {@link TextArticleReader}; the input's title and date fill what the source
 * lacks.
 *
 * <p>Thread-safe.
 */
public final class ArticleReader {

  private final PageFetcher fetcher;
  private final HtmlArticleExtractor html = new HtmlArticleExtractor();
  private final TextArticleReader text = new TextArticleReader();

  public ArticleReader(PageFetcher fetcher) {
    this.fetcher = fetcher;
  }

  public ReadResult read(ArticleInput in) {
    if (in.url() != null && !validUrl(in.url())) {
      return new ReadResult.Unreadable("not an absolute http(s) URL: " + in.url(), ReadResult.Cause.NO_ARTICLE);
    }
    if (in.text() != null) {
      return text.read(in.text())
          .<ReadResult>map(a -> new ReadResult.Read(a.withHints(in.url(), in.title(), in.publishedAt())))
          .orElseGet(() -> new ReadResult.Unreadable("the text holds no article paragraphs", ReadResult.Cause.NO_ARTICLE));
    }
    if (in.html() != null) {
      return fromHtml(in.html(), in.url(), in);
    }
    return switch (fetcher.fetch(URI.create(in.url()))) {
      case FetchResult.Failed f -> new ReadResult.Unreadable(f.reason(),
          f.refused() ? ReadResult.Cause.REFUSED : ReadResult.Cause.FETCH_FAILED);
      case FetchResult.Page p -> p.contentType() != null && p.contentType().startsWith("text/plain")
          ? read(new ArticleInput(p.finalUrl().toString(), null, p.body(), in.title(), in.publishedAt()))
          : fromHtml(p.body(), p.finalUrl().toString(), in);
    };
  }

  private ReadResult fromHtml(String page, String url, ArticleInput in) {
    return switch (html.extract(page, url)) {
      case ExtractionResult.NoArticle n -> new ReadResult.Unreadable(n.reason(), ReadResult.Cause.NO_ARTICLE);
      case ExtractionResult.Extracted e ->
          new ReadResult.Read(e.article().withHints(url, in.title(), in.publishedAt()));
    };
  }

  private static boolean validUrl(String url) {
    try {
      URI u = new URI(url);
      return u.isAbsolute() && ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()))
          && u.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
