package org.geokg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.geokg.article.Article;
import org.geokg.article.ExtractionResult;
import org.geokg.article.HtmlArticleExtractor;

/**
 * How the benchmarks ({@code bench ingest}, {@code bench spark}) make copies of one page, each a new
 * article under a new URL that is analysed and written in full; chosen once per page and checked by
 * extracting a trial copy: the marker goes before the first paragraph's text in the body (else at the start of every
 * {@code <p>}); the canonical URL is replaced where it is written (else the page's canonical link,
 * og:url and JSON-LD are dropped, so that the copy's own URL identifies it).
 */
public record PageVariants(String name, String html, int markAt, List<String> canonicalForms, boolean dropIdentity) {

  private static final HtmlArticleExtractor EXTRACTOR = new HtmlArticleExtractor();

  /** The URL of copy {@code copy} of the page named {@code name} (its file name without extension). */
  public static String url(int copy, String name) {
    return "https://bench.geokg.invalid/copy-" + copy + "/" + name;
  }

  public static PageVariants of(String name, String html) {
    if (!(EXTRACTOR.extract(html, null) instanceof ExtractionResult.Extracted original)) {
      return new PageVariants(name, html, -1, List.of(), false); // ingestion will report it
    }
    Article a = original.article();
    List<String> forms = new ArrayList<>();
    if (a.url() != null) {
      String u = a.url();
      for (String f : List.of(u, u.replace("/", "\\/"), u.endsWith("/") ? u.substring(0, u.length() - 1) : u + "/")) {
        if (!forms.contains(f)) {
          forms.add(f);
        }
      }
    }
    String first = a.paragraphs().get(0).strip();
    int at = html.indexOf(first.substring(0, Math.min(24, first.length())),
        Math.max(0, html.toLowerCase(Locale.ROOT).indexOf("<body")));
    String probe = "https://bench.geokg.invalid/probe/" + name;
    for (int mark : at < 0 ? List.of(-1) : List.of(at, -1)) {
      for (boolean drop : List.of(false, true)) {
        PageVariants v = new PageVariants(name, html, mark, forms, drop);
        if (EXTRACTOR.extract(v.copy(0, probe), probe) instanceof ExtractionResult.Extracted e
            && !e.article().bodyHash().equals(a.bodyHash()) && !e.article().id().equals(a.id())) {
          return v;
        }
      }
    }
    return new PageVariants(name, html, -1, forms, true);
  }

  public String copy(int copy, String url) {
    String marker = "[copy " + copy + "] ";
    String out = html;
    if (markAt >= 0) {
      out = out.substring(0, markAt) + marker + out.substring(markAt);
    } else {
      out = out.replaceAll("(?i)(<p(\\s[^>]*)?>)", "$1" + java.util.regex.Matcher.quoteReplacement(marker));
    }
    for (String form : canonicalForms) {
      out = out.replace(form, url);
    }
    if (dropIdentity) {
      org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(out);
      doc.select("link[rel=canonical], meta[property=og:url], meta[name=og:url], script[type*=ld+json]").remove();
      out = doc.outerHtml();
    }
    return out;
  }
}
