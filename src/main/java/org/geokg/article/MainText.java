package org.geokg.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the main text of a page (readability-like): removes chrome, scores containers by the
 * paragraphs they hold, picks the best one with its good siblings, and returns its paragraphs in
 * document order without duplicates and trailing boilerplate.
 *
 * <p>Works on (and mutates) the given body element; stateless otherwise, so thread-safe for distinct
 * documents. Never recurses over the tree, so deeply nested input cannot overflow the stack.
 */
final class MainText {

  private MainText() {}

  /** How aggressively chrome is removed before scoring; the relaxed pass is the fallback. */
  enum Mode {
    STRICT,
    RELAXED
  }

  // ---- tag sets ----

  private static final Set<String> ALWAYS_DROP =
      Set.of(
          "script", "style", "noscript", "iframe", "svg", "template", "button", "input", "select",
          "textarea", "object", "embed", "canvas", "video", "audio", "link", "meta", "nav", "aside",
          "figcaption", "dialog", "map", "math", "head", "title", "option", "label");

  /** Dropped unless they hold real paragraphs (some sites wrap the whole page in a form). */
  private static final Set<String> DROP_IF_SMALL = Set.of("footer", "header", "form", "figure");

  private static final Set<String> BLOCK =
      Set.of(
          "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
          "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tbody", "thead", "tr", "td", "th",
          "figure", "header", "footer", "hr", "address", "center", "body", "details", "summary",
          "caption", "tfoot", "fieldset", "legend", "hgroup");

  /** Paragraphs at least this long are dropped when they repeat anywhere on the page. */
  private static final int LONG_REPEAT = 200;

  private static final double SIBLING_MAX_LINK_DENSITY = 0.25;

  /** How far up the tree the container search looks, so that deep nesting costs linear time. */
  private static final int MAX_CLIMB = 40;

  /** Class/id text beyond this is not looked at (hostile pages carry megabyte attributes). */
  private static final int MAX_HINT_CHARS = 500;

  private static final Set<String> TABLE_PARTS = Set.of("tr", "td", "th", "tbody", "thead", "tfoot");

  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  private static final Set<String> PROTECTED = Set.of("html", "body", "article", "main");

  // ---- class / id hints ----

  /** Substrings of class/id that mark page chrome. */
  private static final String[] CHROME_SUBSTRINGS = {
    "comment", "disqus", "share", "sharing", "social", "related", "promo", "newsletter", "subscri",
    "sidebar", "footer", "breadcrumb", "advert", "sponsor", "cookie", "consent", "gdpr", "modal",
    "popup", "caption", "credit", "byline", "outbrain", "taboola", "recommend", "signup", "sign-up",
    "masthead", "skip-link", "skiplink", "pagination", "pager", "toolbar", "tooltip", "trending",
    "most-popular", "mostpopular", "more-stories", "read-more", "readmore", "author-bio", "authorbio",
    "visually-hidden", "visuallyhidden", "sr-only", "screen-reader", "screenreader", "slideshow",
    "gallery", "overlay", "donate", "nocontent", "no-content", "playlist", "topics",
    "keywords", "inline-link", "print-only"
  };

  /** Whole class/id tokens that mark page chrome (too short to match as substrings). */
  private static final Set<String> CHROME_TOKENS =
      Set.of(
          "nav", "navbar", "navigation", "menu", "header", "ad", "ads", "adv", "adslot", "dfp",
          "tags", "tag", "widget", "banner", "hidden", "hide", "meta", "bio", "author", "authors",
          "date", "timestamp", "dateline", "icon", "logo", "search", "login", "alert", "video",
          "player", "audio", "img", "figure", "media", "tools", "utility",
          "utilities", "links", "toc", "rail", "aside", "kicker", "eyebrow", "label",
          "byline", "disclaimer", "correction", "note", "notes", "teaser", "teasers", "cta", "button", "btn", "form", "poll", "quiz", "rating", "feedback",
          "supplemental", "extra", "extras", "sticky", "flyout", "dropdown", "offscreen");

  private static final Set<String> CHROME_ROLES =
      Set.of(
          "navigation", "banner", "complementary", "contentinfo", "menu", "menubar", "dialog",
          "alertdialog", "alert", "search", "tablist", "toolbar", "tooltip", "note");

  private static final Pattern POSITIVE =
      Pattern.compile(
          "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|news|prose|rich",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NEGATIVE =
      Pattern.compile(
          "-ad-|hidden|banner|combx|comment|com-|contact|foot|footnote|gdpr|masthead|media|meta"
              + "|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping"
              + "|tags|tool|widget|nav|menu|teaser|card|rail|recirc|newsletter|caption|byline",
          Pattern.CASE_INSENSITIVE);

  // ---- boilerplate lines ----

  /**
   * Short lines that are page furniture in any story. Anchored and specific, so that sentences which
   * merely start with the same word ("Share prices fell…", "Video shows…") are kept.
   */
  private static final Pattern BOILERPLATE_LINE =
      Pattern.compile(
          "^(advertisement|advertising|advert|ad|sponsored( content)?"
              + "|related( articles| stories| coverage| content| topics| links| news)?:?"
              + "|related (post|posts|reading|article|story|video):.*|you may also like\\b.*"
              + "|like this (story|article)\\b.*|read (more|next|also|the full story)\\b.*|see also\\b.*"
              + "|more (on|from|about) (this|the)\\b.*|sign up\\b.*|subscribe\\b.*"
              + "|share (this|on|via|the|article|story)\\b.*|share|follow (us|me|him|her)\\b.*"
              + "|click here\\b.*|(©|\\(c\\)|copyright)\\s*(©\\s*)?(\\d{4}|all rights).*"
              + "|all rights reserved.*|listen to (this|the) (article|story)\\b.*"
              + "|(recommended|trending)( for you| now| stories| articles)?|most (read|popular|viewed|shared)\\b.*"
              + "|newsletter|get (the|our) .*newsletter.*|continue reading\\b.*|skip (to|ad)\\b.*"
              + "|(show|hide|load) (more|comments)\\b.*|(\\d+ )?comments?( \\(\\d+\\))?:?|image \\d+ of \\d+"
              + "|(photo|image|video|audio|graphic)s?: .{0,80}|watch: .{0,80}|top stories|explore further"
              + "|we('| a)re sorry.*|this (video|content) is not available.*|supported by"
              + "|(updated|published|posted|last (updated|modified))\\b:?[^.!?]{0,60}\\d.{0,40})\\s*$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern CREDIT =
      Pattern.compile(
          "(\\([^()]{0,80}\\b(getty|afp|reuters|ap photo|epa|shutterstock|bloomberg|pool|xinhua"
              + "|associated press)\\b[^()]{0,80}\\)"
              + "|(photo(graph)?|image|picture|credit|illustration)s?( by|:)\\s*[^.]{0,80})\\s*\\.?$",
          Pattern.CASE_INSENSITIVE);

  /** A year: with few words around it, the line is a dateline. */
  private static final Pattern DATE_LINE = Pattern.compile("\\b(19|20)\\d{2}\\b");

  private static final Pattern TRAILING_CREDIT =
      Pattern.compile(
          "^\\(?((additional )?reporting|editing|writing|compiled|produced) by\\b"
              + "|contributed (reporting|to this (report|story|article))"
              + "|^(e-?mail|contact|reach|follow) .{0,120}(@|\\bon (twitter|facebook|instagram))"
              + "|^[\\w.+-]+@[\\w-]+\\.[\\w.]+$"
              + "|(subject to|protected by) copyright|all rights reserved|^(©|copyright\\b)"
              + "|\\bclick here\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern BYLINE_LINE =
      Pattern.compile("^(by|written by|reporting by|von|par|por)\\s.{0,80}$", Pattern.CASE_INSENSITIVE);

  // ---- per-element statistics ----

  /** Text statistics of an element's subtree: characters, characters in links, in paragraphs. */
  private static final class Stats {
    int text;
    int link;
    int para;
    int commas;
    int quoted;
    int articles;
    double score;
    boolean candidate;
  }

  static List<String> paragraphs(Element body, String title, Mode mode) {
    Map<Element, Stats> stats = computeStats(body);
    removeChrome(body, stats, stats.get(body), mode);
    stats = computeStats(body);
    List<Element> content = selectContent(body, stats, mode);
    List<Block> blocks = new ArrayList<>();
    for (Element e : content) {
      BlockCollector collector = new BlockCollector(blocks);
      NodeTraversor.traverse(collector, e);
      collector.flush();
    }
    return filter(blocks, title);
  }

  // ---- statistics ----

  private static Map<Element, Stats> computeStats(Element root) {
    List<Element> all = root.getAllElements();
    Map<Element, Stats> stats = new IdentityHashMap<>(all.size() * 2);
    for (Element e : all) {
      stats.put(e, new Stats());
    }
    // reverse pre-order visits every element after all its descendants
    for (int i = all.size() - 1; i >= 0; i--) {
      Element e = all.get(i);
      Stats s = stats.get(e);
      for (Node child : e.childNodes()) {
        if (child instanceof TextNode t) {
          String w = t.getWholeText();
          s.text += normalizedLength(w);
          s.commas += commas(w);
        }
      }
      String tag = e.normalName();
      if (tag.equals("a")) {
        s.link = s.text;
      }
      if (tag.equals("p") || tag.equals("pre") || tag.equals("blockquote")) {
        s.para = s.text;
      }
      if (tag.equals("blockquote")) {
        s.quoted = s.text;
      } else if (tag.equals("article")) {
        s.articles++;
      }
      Element parent = e.parent();
      if (parent != null && e != root) {
        Stats p = stats.get(parent);
        if (p != null) {
          p.text += s.text;
          p.link += s.link;
          p.para += s.para;
          p.commas += s.commas;
          p.quoted += s.quoted;
          p.articles += s.articles;
        }
      }
    }
    return stats;
  }

  static int normalizedLength(String s) {
    int n = 0;
    boolean prevSpace = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        if (!prevSpace) {
          n++;
          prevSpace = true;
        }
      } else {
        n++;
        prevSpace = false;
      }
    }
    return n;
  }

  private static int commas(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '，' || c == '、' || c == '،') {
        n++;
      }
    }
    return n;
  }

  // ---- chrome removal ----

  private static void removeChrome(Element body, Map<Element, Stats> stats, Stats total, Mode mode) {
    List<Element> doomed = new ArrayList<>();
    Set<Element> doomedSet = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : body.getAllElements()) {
      if (e == body) {
        continue;
      }
      Element parent = e.parent();
      if (parent != null && doomedSet.contains(parent)) {
        doomedSet.add(e); // inside something already dropped; mark so its descendants skip too
        continue;
      }
      if (isChrome(e, stats.get(e), total, mode)) {
        doomed.add(e);
        doomedSet.add(e);
      }
    }
    for (Element e : doomed) {
      e.remove();
    }
  }

  private static boolean isChrome(
      Element e, Stats s, Stats total, Mode mode) {
    String tag = e.normalName();
    if (ALWAYS_DROP.contains(tag)) {
      return true;
    }
    // an element holding most of the page's paragraph text (or, for pages without <p>, most of its
    // unlinked text) is the article, whatever its name
    boolean holdsArticle =
        (s.para > 0 && s.para >= total.para * 0.5)
            || (s.text - s.link > 0 && s.text - s.link >= (total.text - total.link) * 0.5);
    if (DROP_IF_SMALL.contains(tag) && s.para < 400 && !holdsArticle) {
      return true;
    }
    if (holdsArticle || PROTECTED.contains(tag)) {
      return false;
    }
    if (e.hasAttr("hidden")) {
      return true;
    }
    String style = e.attr("style");
    if (!style.isEmpty()) {
      String st = style.toLowerCase(Locale.ROOT).replace(" ", "");
      if (st.contains("display:none") || st.contains("visibility:hidden")) {
        return true;
      }
    }
    if ("true".equals(e.attr("aria-hidden")) && s.para < 200) {
      return true;
    }
    String role = e.attr("role");
    if (!role.isEmpty() && CHROME_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (mode == Mode.RELAXED) {
      return false;
    }
    String hints = e.className() + " " + e.id();
    if (hints.isBlank() || TABLE_PARTS.contains(tag) || tag.equals("a")) {
      // table rows and cells carry data-ish classes ("player-…", "date"); judge the table instead
      return false;
    }
    // embedded posts (tweets, quotes) sit in "social"/"embed" wrappers but are part of the story
    boolean mostlyQuote = s.text > 0 && s.quoted >= 0.6 * s.text;
    return !mostlyQuote && isChromeName(hints.length() > MAX_HINT_CHARS ? hints.substring(0, MAX_HINT_CHARS) : hints);
  }

  static boolean isChromeName(String classAndId) {
    String lower = classAndId.toLowerCase(Locale.ROOT);
    for (String sub : CHROME_SUBSTRINGS) {
      if (lower.contains(sub)) {
        return true;
      }
    }
    for (String token : tokens(classAndId)) {
      if (CHROME_TOKENS.contains(token)) {
        return true;
      }
    }
    return false;
  }

  /** Class/id tokens: split on punctuation and on camelCase boundaries, lower-cased. */
  private static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    char prev = ' ';
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isLetterOrDigit(c) || (Character.isUpperCase(c) && Character.isLowerCase(prev))) {
        if (!cur.isEmpty()) {
          out.add(cur.toString());
          cur.setLength(0);
        }
      }
      if (Character.isLetterOrDigit(c)) {
        cur.append(Character.toLowerCase(c));
      }
      prev = c;
    }
    if (!cur.isEmpty()) {
      out.add(cur.toString());
    }
    return out;
  }

  // ---- scoring ----

  private static List<Element> selectContent(Element body, Map<Element, Stats> stats, Mode mode) {
    List<Element> candidates = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      int len = paragraphLength(e, stats);
      if (len < 25) {
        continue;
      }
      Stats s = stats.get(e);
      double score = 1 + Math.min(s.commas, 20) + Math.min(len / 100, 3);
      // text sitting directly in a container beside blocks is a virtual paragraph of that container
      Element ancestor = isParagraphTag(e.normalName()) || !hasBlockChild(e) ? e.parent() : e;
      for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
        Stats a = stats.get(ancestor);
        if (a == null) {
          break; // above the body
        }
        if (!a.candidate) {
          a.candidate = true;
          a.score = initialScore(ancestor, mode);
          candidates.add(ancestor);
        }
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        a.score += score / divider;
      }
    }
    if (candidates.isEmpty()) {
      return List.of(body);
    }
    Element top = null;
    double topScore = Double.NEGATIVE_INFINITY;
    List<Element> ranked = new ArrayList<>();
    for (Element c : candidates) {
      Stats s = stats.get(c);
      s.score *= 1 - linkDensity(s);
      if (s.score > topScore) {
        topScore = s.score;
        top = c;
      }
      ranked.add(c);
    }
    ranked.sort((a, b) -> Double.compare(stats.get(b).score, stats.get(a).score));

    // readability: when several strong candidates share an ancestor with the top one, the article is
    // that ancestor (paragraphs split across sibling containers)
    List<Element> alternatives = new ArrayList<>();
    for (int i = 1; i < Math.min(5, ranked.size()); i++) {
      if (stats.get(ranked.get(i)).score >= topScore * 0.75) {
        alternatives.add(ranked.get(i));
      }
    }
    if (alternatives.size() >= 3) {
      Element parent = top.parent();
      for (int level = 0; parent != null && parent != body && level < MAX_CLIMB; level++) {
        if (stats.get(parent).articles >= 2) {
          break;
        }
        int containing = 0;
        for (Element alt : alternatives) {
          if (isAncestor(parent, alt)) {
            containing++;
          }
        }
        if (containing >= 3) {
          top = parent;
          break;
        }
        parent = parent.parent();
      }
    }
    // climb while the parent scores about as well (it holds the same article plus a little more)
    Stats topStats = stats.get(top);
    double last = topStats.candidate ? topStats.score : 0;
    double threshold = last / 3;
    Element parent = top.parent();
    while (parent != null && parent != body) {
      Stats ps = stats.get(parent);
      if (ps == null || !ps.candidate) {
        parent = parent.parent();
        continue;
      }
      if (ps.score < threshold) {
        break;
      }
      if (ps.score > last) {
        top = parent;
        break;
      }
      last = ps.score;
      parent = parent.parent();
    }
    while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
      top = top.parent();
    }

    top = expandToArticle(top, body, stats);

    // readability's sibling rule
    Element container = top.parent();
    if (container == null || top == body) {
      return List.of(top);
    }
    double siblingThreshold = Math.max(10, stats.get(top).score * 0.2);
    List<Element> out = new ArrayList<>();
    String topClass = top.className();
    int articlesInTop = stats.get(top).articles;
    boolean topIsArticle = articlesInTop == 1 || (articlesInTop == 0 && top.closest("article") != null);
    for (Element sibling : container.children()) {
      if (sibling == top) {
        out.add(sibling);
        continue;
      }
      Stats s = stats.get(sibling);
      if (s == null || (topIsArticle && s.articles > 0)) {
        continue; // another <article> beside ours is another story
      }
      double bonus = !topClass.isEmpty() && topClass.equals(sibling.className()) ? stats.get(top).score * 0.2 : 0;
      // link-heavy siblings are teaser lists even when they score
      if (s.candidate && s.score + bonus >= siblingThreshold && linkDensity(s) < SIBLING_MAX_LINK_DENSITY) {
        out.add(sibling);
      } else if (sibling.normalName().equals("p")
          || (!hasBlockChild(sibling) && paragraphLength(sibling, stats) > 0)) {
        double ld = linkDensity(s);
        String text = sibling.text();
        if (s.text > 80 && ld < 0.25) {
          out.add(sibling);
        } else if (s.text < 80 && s.text > 0 && ld == 0 && text.matches("(?s).*\\.( |$).*")) {
          out.add(sibling);
        }
      }
    }
    return out;
  }

  /**
   * Climbs from the chosen container to an ancestor when what the ancestor adds is itself mostly
   * plain paragraphs (an article split into several section containers), not links or chrome.
   */
  private static Element expandToArticle(Element top, Element body, Map<Element, Stats> stats) {
    Stats t = stats.get(top);
    Element best = top;
    int level = 0;
    for (Element a = top.parent(); a != null && a != body && level < 6; a = a.parent(), level++) {
      Stats s = stats.get(a);
      if (s == null || s.articles >= 2) {
        break; // outside the scored tree, or a listing of separate <article>s
      }
      int extraText = s.text - t.text;
      int extraPara = s.para - t.para;
      int extraLink = s.link - t.link;
      if (extraText <= 0) {
        best = a;
        continue;
      }
      if (extraPara >= 0.3 * t.para
          && extraLink < 0.2 * extraText
          && extraPara > 0.6 * extraText) {
        best = a;
        t = s;
      } else if (extraText > 0.5 * t.text) {
        break; // the ancestor is mostly something else
      }
    }
    return best;
  }


  /** Length of the text an element contributes as a paragraph, 0 if it is not paragraph-like. */
  private static int paragraphLength(Element e, Map<Element, Stats> stats) {
    String tag = e.normalName();
    Stats s = stats.get(e);
    switch (tag) {
      case "p", "pre", "td", "blockquote", "h2", "h3", "h4", "h5", "h6", "li" -> {
        return s.text - s.link / 2;
      }
      case "div", "section", "article", "span", "font", "dd" -> {
        // a container with text directly inside (paragraphs separated by <br>) counts as one
        int own = 0;
        boolean blockChild = false;
        for (Node child : e.childNodes()) {
          if (child instanceof TextNode t) {
            own += normalizedLength(t.getWholeText());
          } else if (child instanceof Element c) {
            if (BLOCK.contains(c.normalName())) {
              blockChild = true;
            } else if (!c.normalName().equals("a")) {
              own += stats.get(c).text;
            }
          }
        }
        return blockChild && own < 100 ? 0 : own;
      }
      default -> {
        return 0;
      }
    }
  }

  private static boolean isParagraphTag(String tag) {
    return switch (tag) {
      case "p", "pre", "td", "blockquote", "h2", "h3", "h4", "h5", "h6", "li" -> true;
      default -> false;
    };
  }

  private static boolean hasBlockChild(Element e) {
    for (Element c : e.children()) {
      if (BLOCK.contains(c.normalName())) {
        return true;
      }
    }
    return false;
  }

  private static double initialScore(Element e, Mode mode) {
    double score =
        switch (e.normalName()) {
          case "article" -> 10;
          case "div", "main" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    if ("articleBody".equalsIgnoreCase(e.attr("itemprop"))) {
      score += 50; // schema.org microdata marks the body explicitly
    }
    if (mode == Mode.STRICT) {
      score += classWeight(e.className()) + classWeight(e.id());
    }
    return score;
  }

  private static int classWeight(String name) {
    if (name.isEmpty()) {
      return 0;
    }
    int w = 0;
    if (NEGATIVE.matcher(name).find()) {
      w -= 25;
    }
    if (POSITIVE.matcher(name).find()) {
      w += 25;
    }
    return w;
  }

  private static double linkDensity(Stats s) {
    return s.text == 0 ? 0 : Math.min(1, (double) s.link / s.text);
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    int level = 0;
    for (Element p = e.parent(); p != null && level < MAX_CLIMB; p = p.parent(), level++) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  // ---- blocks ----

  /** A run of text between block boundaries, with the characters that sat inside links. */
  record Block(String text, int linkChars, String tag, boolean inList) {
    Block {
      if (text == null || text.isBlank()) {
        throw new IllegalArgumentException("a block needs text");
      }
    }

    double linkDensity() {
      return Math.min(1, (double) linkChars / text.length());
    }
  }

  /** Flattens a subtree into blocks in document order. */
  private static final class BlockCollector implements NodeVisitor {
    private final List<Block> out;
    private final StringBuilder text = new StringBuilder();
    private final List<String> blockStack = new ArrayList<>();
    private int linkDepth;
    private int linkChars;
    private int listDepth;
    private int brRun;

    BlockCollector(List<Block> out) {
      this.out = out;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        String s = t.getWholeText();
        int before = text.length();
        appendCollapsed(s);
        if (linkDepth > 0) {
          linkChars += text.length() - before;
        }
        if (!t.isBlank()) {
          brRun = 0;
        }
      } else if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("a")) {
          linkDepth++;
        } else if (tag.equals("br")) {
          brRun++;
          if (brRun >= 2) {
            flush();
          } else {
            text.append(' ');
          }
        } else if (tag.equals("td") || tag.equals("th")) {
          text.append(' '); // a table row reads as one line, its cells separated by spaces
        } else if (BLOCK.contains(tag)) {
          flush();
          blockStack.add(tag);
          if (tag.equals("li")) {
            listDepth++;
          }
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("a")) {
          linkDepth--;
        } else if (tag.equals("td") || tag.equals("th")) {
          text.append(' ');
        } else if (BLOCK.contains(tag)) {
          flush();
          if (!blockStack.isEmpty()) {
            blockStack.removeLast();
          }
          if (tag.equals("li")) {
            listDepth--;
          }
        }
      }
    }

    private void appendCollapsed(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
          if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
            text.append(' ');
          }
        } else {
          text.append(c);
        }
      }
    }

    void flush() {
      brRun = 0;
      String s = text.toString().strip();
      if (!s.isEmpty()) {
        String tag = blockStack.isEmpty() ? "div" : blockStack.getLast();
        out.add(new Block(s, Math.min(linkChars, s.length()), tag, listDepth > 0));
      }
      text.setLength(0);
      linkChars = 0;
    }
  }

  // ---- filtering ----

  /** Bylines, datelines, reading-time notes and kickers above the first paragraph. */
  private static boolean isLeadingChrome(Block b) {
    String text = b.text();
    if (text.length() >= 100) {
      return false;
    }
    return HEADINGS.contains(b.tag())
        || BYLINE_LINE.matcher(text).matches()
        || (DATE_LINE.matcher(text).find() && text.length() < 80 && ExtractionMetric.tokens(text).size() <= 12)
        || isFragment(text);
  }

  /**
   * Below the story: headings with nothing after them, link lists, short link-ish lines, credit
   * and contact lines, and stray labels.
   */
  private static boolean isTrailingChrome(Block b) {
    String text = b.text();
    double ld = b.linkDensity();
    return HEADINGS.contains(b.tag())
        || (text.length() < 100 && ld > 0.2)
        || (b.inList() && ld > 0.3)
        || (text.length() < 300 && TRAILING_CREDIT.matcher(text).find())
        || isFragment(text);
  }

  /** A few words without sentence punctuation: a label, not a paragraph. */
  private static boolean isFragment(String text) {
    if (text.length() >= 40) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    return ".!?…\"”»)".indexOf(last) < 0 && ExtractionMetric.tokens(text).size() <= 4;
  }

  private static List<String> filter(List<Block> blocks, String title) {
    List<Block> kept = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String previousKey = null;
    String normTitle = title == null ? null : title.strip().toLowerCase(Locale.ROOT);
    for (Block b : blocks) {
      String text = b.text();
      String key = text.toLowerCase(Locale.ROOT);
      // a long paragraph seen before, or any line repeated back to back, is a layout duplicate
      // (mobile/desktop copies, pull quotes); short lines legitimately recur (recipe steps, labels)
      boolean repeated = !seen.add(key);
      if (repeated && (text.length() >= LONG_REPEAT || key.equals(previousKey))) {
        continue;
      }
      previousKey = key;
      if (b.tag().equals("h1") || key.equals(normTitle)) {
        continue;
      }
      double ld = b.linkDensity();
      // link-heavy lines inside the story are usually real (product names, "more here" asides):
      // only drop what is nearly all link
      if (ld > 0.8) {
        continue;
      }
      if (text.length() < 160 && BOILERPLATE_LINE.matcher(text).matches()) {
        continue;
      }
      if (text.length() < 300 && CREDIT.matcher(text).find()) {
        continue;
      }
      kept.add(b);
    }
    while (!kept.isEmpty() && isLeadingChrome(kept.getFirst())) {
      kept.removeFirst();
    }
    while (!kept.isEmpty() && isTrailingChrome(kept.getLast())) {
      kept.removeLast();
    }
    List<String> out = new ArrayList<>(kept.size());
    for (Block b : kept) {
      out.add(b.text());
    }
    return out;
  }
}
