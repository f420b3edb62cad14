package org.geokg.article;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Metadata of a news page, read in order of trust: schema.org JSON-LD, then OpenGraph and other meta
 * tags, then {@code <time datetime>} and byline heuristics. Every field may be null.
 *
 * <p>Immutable; {@link #read} is stateless and thread-safe and never throws on malformed input.
 */
record PageMetadata(
    String title,
    String author,
    LocalDate published,
    String publisher,
    String url,
    String language,
    String jsonLdBody) {

  static final PageMetadata EMPTY = new PageMetadata(null, null, null, null, null, null, null);

  /** Bounds the JSON-LD parser so a hostile page cannot make it work unboundedly. */
  private static final JsonMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(200)
                          .maxStringLength(2_000_000)
                          .build())
                  .build())
          .build();

  private static final int MAX_JSON_LD_CHARS = 3_000_000;
  private static final Pattern ISO_DATE =
      Pattern.compile("^\\s*(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:$|[T\\s_]|[+-]\\d|Z)");
  private static final Pattern COMPACT_DATE = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})(?:$|T)");
  private static final Pattern BY_PREFIX =
      Pattern.compile("^(?:by|von|par|por|di|door|av|af)\\s*[:\\s]\\s*", Pattern.CASE_INSENSITIVE);

  static PageMetadata read(Document doc) {
    JsonLd ld = JsonLd.read(doc);
    String title = first(ld.title, meta(doc, "og:title"), meta(doc, "twitter:title"), docTitle(doc));
    String author =
        first(
            ld.author,
            humanName(meta(doc, "author")),
            humanName(meta(doc, "article:author")),
            humanName(meta(doc, "parsely-author")),
            humanName(meta(doc, "byl")),
            humanName(meta(doc, "dc.creator")),
            bylineAuthor(doc));
    LocalDate published = ld.published;
    if (published == null) {
      for (String key :
          List.of(
              "article:published_time",
              "og:published_time",
              "datepublished",
              "parsely-pub-date",
              "pubdate",
              "publishdate",
              "publish-date",
              "date",
              "dc.date",
              "dc.date.issued",
              "dcterms.created",
              "sailthru.date",
              "article.published",
              "og:updated_time",
              "article:modified_time")) {
        published = parseDate(meta(doc, key));
        if (published != null) {
          break;
        }
      }
    }
    if (published == null) {
      for (Element time : doc.select("time[datetime], [itemprop=datePublished][content]")) {
        published = parseDate(first(time.attr("datetime"), time.attr("content")));
        if (published != null) {
          break;
        }
      }
    }
    String publisher =
        first(ld.publisher, meta(doc, "og:site_name"), meta(doc, "application-name"));
    String url = first(ld.url, meta(doc, "og:url"), canonical(doc));
    String language =
        normalizeLanguage(
            first(
                ld.language,
                doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"),
                meta(doc, "content-language"),
                meta(doc, "og:locale"),
                meta(doc, "language")));
    return new PageMetadata(
        withoutSiteName(clean(title), clean(publisher)),
        clean(author),
        published,
        clean(publisher),
        clean(url),
        language,
        ld.body);
  }

  /** "Talks resume | The Daily Ledger" → "Talks resume" when the suffix is the publisher's name. */
  static String withoutSiteName(String title, String publisher) {
    if (title == null || publisher == null) {
      return title;
    }
    for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: ", " · "}) {
      String suffix = sep + publisher;
      if (title.length() > suffix.length() + 3 && title.toLowerCase(Locale.ROOT).endsWith(suffix.toLowerCase(Locale.ROOT))) {
        return title.substring(0, title.length() - suffix.length()).strip();
      }
    }
    return title;
  }

  /** The first ISO 8601 (or RFC 1123) calendar date at the start of a value, else null. */
  static LocalDate parseDate(String value) {
    if (value == null || value.isBlank() || value.length() > 100) {
      return null;
    }
    Matcher m = ISO_DATE.matcher(value);
    if (!m.find()) {
      m = COMPACT_DATE.matcher(value);
      if (!m.find()) {
        try {
          return plausible(LocalDate.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(value.strip())));
        } catch (DateTimeParseException e) {
          return null;
        }
      }
    }
    try {
      return plausible(
          LocalDate.of(
              Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    } catch (RuntimeException e) { // out-of-range month or day
      return null;
    }
  }

  private static LocalDate plausible(LocalDate d) {
    return d.getYear() >= 1900 && d.getYear() <= 2200 ? d : null;
  }

  /** "en_US" → "en-US"; blank → null. */
  static String normalizeLanguage(String lang) {
    if (lang == null || lang.isBlank() || lang.length() > 35) {
      return null;
    }
    String s = lang.strip().replace('_', '-');
    int comma = s.indexOf(',');
    if (comma > 0) {
      s = s.substring(0, comma).strip();
    }
    return s.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*") ? s : null;
  }

  private static String meta(Document doc, String key) {
    // one pass over <meta> instead of a selector per key
    for (Element m : doc.getElementsByTag("meta")) {
      String k = m.hasAttr("property") ? m.attr("property") : m.attr("name");
      if (k.isEmpty()) {
        k = m.attr("itemprop");
      }
      if (k.isEmpty()) {
        k = m.attr("http-equiv");
      }
      if (k.equalsIgnoreCase(key)) {
        String v = m.attr("content");
        if (!v.isBlank()) {
          return v;
        }
      }
    }
    return null;
  }

  private static String canonical(Document doc) {
    Element link = doc.selectFirst("link[rel=canonical][href]");
    return link == null ? null : link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href");
  }

  private static String docTitle(Document doc) {
    Element h1 = doc.selectFirst("h1");
    if (h1 != null && !h1.text().isBlank() && h1.text().length() < 300) {
      return h1.text();
    }
    return doc.title();
  }

  /** Author from a byline element ("By Jane Doe"), when short enough to be one. */
  private static String bylineAuthor(Document doc) {
    for (Element e :
        doc.select(
            "[rel=author], [itemprop=author], [class*=byline], [class*=author-name], [class~=^author$]")) {
      Element name = e.selectFirst("[itemprop=name]");
      String text = (name != null ? name : e).text();
      text = BY_PREFIX.matcher(text.strip()).replaceFirst("");
      if (!text.isBlank() && text.length() <= 80 && !text.contains("@")) {
        return text;
      }
    }
    return null;
  }

  /** Drops values that are URLs (as article:author often is) rather than names. */
  private static String humanName(String value) {
    if (value == null || value.isBlank() || value.startsWith("http") || value.length() > 200) {
      return null;
    }
    return BY_PREFIX.matcher(value.strip()).replaceFirst("");
  }

  private static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = s.replaceAll("\\s+", " ").strip();
    return t.isEmpty() ? null : t;
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  /** The article fields found in a page's schema.org JSON-LD blocks. */
  private static final class JsonLd {
    String title;
    String author;
    LocalDate published;
    String publisher;
    String url;
    String language;
    String body;

    static JsonLd read(Document doc) {
      JsonLd out = new JsonLd();
      List<JsonNode> objects = new ArrayList<>();
      for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
        String json = script.data().strip();
        if (json.isEmpty() || json.length() > MAX_JSON_LD_CHARS) {
          continue;
        }
        if (json.startsWith("<!--")) {
          json = json.substring(4).replaceFirst("-->\\s*$", "");
        }
        json = json.replaceFirst("^//\\s*<!\\[CDATA\\[", "").replaceFirst("//\\s*]]>\\s*$", "");
        try {
          collect(JSON.readTree(json), objects, 0);
        } catch (JacksonException | IllegalArgumentException e) {
          // malformed JSON-LD is common and simply ignored
        }
      }
      Map<String, JsonNode> byId = new HashMap<>();
      for (JsonNode o : objects) {
        String id = str(o.get("@id"));
        if (id != null) {
          byId.putIfAbsent(id, o);
        }
      }
      JsonNode article = null;
      for (JsonNode o : objects) {
        if (isArticle(o)) {
          article = o;
          break;
        }
      }
      if (article == null) {
        return out;
      }
      out.title = first(str(article.get("headline")), str(article.get("name")));
      out.author = names(article.get("author"), byId);
      out.published =
          parseDate(first(str(article.get("datePublished")), str(article.get("dateCreated"))));
      JsonNode pub = resolve(article.get("publisher"), byId);
      out.publisher = pub == null ? null : pub.isObject() ? str(pub.get("name")) : str(pub);
      out.url = first(str(article.get("url")), idOf(article.get("mainEntityOfPage")));
      JsonNode lang = article.get("inLanguage");
      out.language =
          lang != null && lang.isObject()
              ? first(str(lang.get("alternateName")), str(lang.get("name")))
              : str(lang);
      out.body = str(article.get("articleBody"));
      return out;
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
      if (node == null || depth > 6) {
        return;
      }
      if (node.isArray()) {
        for (JsonNode n : node) {
          collect(n, out, depth + 1);
        }
      } else if (node.isObject()) {
        out.add(node);
        collect(node.get("@graph"), out, depth + 1);
        JsonNode main = node.get("mainEntity");
        if (main != null && main.isObject()) {
          collect(main, out, depth + 1);
        }
      }
    }

    private static final Set<String> ARTICLE_TYPES =
        Set.of(
            "article",
            "newsarticle",
            "reportagenewsarticle",
            "analysisnewsarticle",
            "opinionnewsarticle",
            "backgroundnewsarticle",
            "reviewnewsarticle",
            "askpublicnewsarticle",
            "blogposting",
            "liveblogposting",
            "socialmediaposting",
            "scholarlyarticle",
            "techarticle",
            "report");

    private static boolean isArticle(JsonNode o) {
      JsonNode type = o.get("@type");
      if (type == null) {
        return false;
      }
      if (type.isArray()) {
        for (JsonNode t : type) {
          if (t.isString() && ARTICLE_TYPES.contains(t.asString().toLowerCase(Locale.ROOT))) {
            return true;
          }
        }
        return false;
      }
      return type.isString() && ARTICLE_TYPES.contains(type.asString().toLowerCase(Locale.ROOT));
    }

    private static JsonNode resolve(JsonNode node, Map<String, JsonNode> byId) {
      if (node != null && node.isObject() && node.size() == 1 && node.has("@id")) {
        JsonNode target = byId.get(str(node.get("@id")));
        return target != null ? target : node;
      }
      return node;
    }

    private static String names(JsonNode author, Map<String, JsonNode> byId) {
      if (author == null) {
        return null;
      }
      Set<String> names = new LinkedHashSet<>();
      List<JsonNode> items = new ArrayList<>();
      if (author.isArray()) {
        author.forEach(items::add);
      } else {
        items.add(author);
      }
      for (JsonNode item : items) {
        JsonNode a = resolve(item, byId);
        String name = a != null && a.isObject() ? str(a.get("name")) : humanName(str(a));
        if (name != null) {
          names.add(name.strip());
        }
      }
      return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String idOf(JsonNode node) {
      if (node == null) {
        return null;
      }
      return node.isObject() ? first(str(node.get("@id")), str(node.get("url"))) : str(node);
    }

    private static String str(JsonNode node) {
      if (node == null || !node.isString()) {
        return null;
      }
      String s = node.asString();
      return s.isBlank() ? null : s.strip();
    }
  }
}
