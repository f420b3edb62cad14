package org.geokg.article;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.geokg.article.ExtractionResult.Extracted;
import org.geokg.article.ExtractionResult.NoArticle;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Extracts the main article (body paragraphs and metadata) from the HTML of a news page.
 *
 * <p>Contract: {@link #extract} never throws; it returns {@link Extracted} with at least one body
 * paragraph, or {@link NoArticle} with a reason. The body is found by a readability-like scoring of
 * the page's containers after removing chrome (menus, share bars, captions and credits, newsletter
 * boxes, related links); the schema.org JSON-LD {@code articleBody} is used instead when it is
 * clearly more complete. Metadata comes from JSON-LD first, then OpenGraph and meta tags, then
 * {@code <time>} elements and bylines. Nothing is specific to a site.
 *
 * <p>Work is bounded: input beyond {@value #MAX_INPUT_CHARS} characters is cut, no step recurses over
 * the tree, and the JSON-LD parser has depth and size limits.
 *
 * <p>Stateless and thread-safe: one instance may serve any number of threads.
 */
public final class HtmlArticleExtractor {

  /** Pages larger than this are cut; real article pages are far smaller. */
  static final int MAX_INPUT_CHARS = 8_000_000;

  /** Below this many characters the strict pass is assumed to have removed the article. */
  private static final int MIN_BODY_CHARS = 250;

  public HtmlArticleExtractor() {}

  /**
   * Extracts the article of a page.
   *
   * @param html the page's HTML, may be null or garbage
   * @param pageUrl the page's address, used to resolve links and as the URL when the page gives none;
   *     may be null
   */
  public ExtractionResult extract(String html, String pageUrl) {
    if (html == null || html.isBlank()) {
      return new NoArticle("the page is empty");
    }
    try {
      String input = html.length() > MAX_INPUT_CHARS ? html.substring(0, MAX_INPUT_CHARS) : html;
      Document doc = parse(input, pageUrl);
      PageMetadata meta = PageMetadata.read(doc);
      List<String> paragraphs = MainText.paragraphs(doc.body(), meta.title(), MainText.Mode.STRICT);
      if (chars(paragraphs) < MIN_BODY_CHARS) {
        // the chrome filter may have eaten an oddly named article: retry with only structural cleaning
        List<String> relaxed =
            MainText.paragraphs(parse(input, pageUrl).body(), meta.title(), MainText.Mode.RELAXED);
        if (chars(relaxed) > chars(paragraphs) * 2) {
          paragraphs = relaxed;
        }
      }
      List<String> fromJsonLd = jsonLdParagraphs(meta.jsonLdBody());
      if (chars(fromJsonLd) > Math.max(MIN_BODY_CHARS, chars(paragraphs) * 1.5)) {
        paragraphs = fromJsonLd;
      }
      if (paragraphs.isEmpty()) {
        return new NoArticle("no main text found in the page");
      }
      Article article =
          new Article(
              url(meta.url(), pageUrl),
              unescape(meta.title()),
              unescape(meta.author()),
              unescape(meta.publisher()),
              meta.published(),
              meta.language(),
              paragraphs);
      return new Extracted(article);
    } catch (RuntimeException | StackOverflowError e) {
      // hostile or broken input must not take the caller down
      return new NoArticle("the page could not be processed (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** The body text of a page, paragraphs separated by blank lines; empty when there is none. */
  public String extractBody(String html) {
    return switch (extract(html, null)) {
      case Extracted e -> e.article().text();
      case NoArticle n -> "";
    };
  }

  private static Document parse(String html, String pageUrl) {
    return Jsoup.parse(html, pageUrl == null ? "" : pageUrl);
  }

  private static int chars(List<String> paragraphs) {
    int n = 0;
    for (String p : paragraphs) {
      n += p.length();
    }
    return n;
  }

  /** JSON-LD bodies are plain text, sometimes HTML; either way split into paragraphs. */
  private static List<String> jsonLdParagraphs(String body) {
    List<String> out = new ArrayList<>();
    if (body == null || body.isBlank()) {
      return out;
    }
    String text = body;
    if (text.indexOf('<') >= 0 && text.indexOf('>') > 0) {
      Document d = Jsoup.parseBodyFragment(text);
      d.select("br").after("\n");
      d.select("p, div, h2, h3, h4, li, blockquote").after("\n\n");
      text = d.wholeText();
    } else {
      text = Parser.unescapeEntities(text, false);
    }
    for (String p : text.split("\\n\\s*\\n|\\r?\\n")) {
      String s = p.replaceAll("[\\s\\u00a0]+", " ").strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  private static String unescape(String s) {
    return s == null || s.indexOf('&') < 0 ? s : Parser.unescapeEntities(s, false);
  }

  /** The page's own URL when it is a valid absolute one, else the given one, else null. */
  private static String url(String fromPage, String pageUrl) {
    for (String candidate : new String[] {fromPage, pageUrl}) {
      if (candidate == null || candidate.isBlank()) {
        continue;
      }
      try {
        URI uri = URI.create(candidate.strip());
        if (uri.isAbsolute()) {
          return uri.toString();
        }
      } catch (IllegalArgumentException e) {
        // try the next one
      }
    }
    return null;
  }
}
