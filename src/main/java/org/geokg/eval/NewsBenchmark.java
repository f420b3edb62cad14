package org.geokg.eval;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.geokg.actor.Actor;
import org.geokg.article.ArticleInput;
import org.geokg.event.Modality;
import org.geokg.event.Relation;
import org.geokg.ingest.ArticlePipeline;
import tools.jackson.databind.JsonNode;

/**
 * Scores what the pipeline would store against a news event gold file ({@code
 * shared/benchmarks/events/news-dev.json}: articles whose lead sentences are annotated with every PLOVER
 * event between two named actors), by the metric of {@code shared/notes/metrics.md}, the same as the
 * reference scorer {@code shared/tools/score-news-events.py}:
 *
 * <ul>
 *   <li>Each article's whole text goes through {@link ArticlePipeline#read} and {@link
 *       ArticlePipeline#analyse}, as {@code POST /api/articles} with its text, title and date would;
 *       its predictions are the relations of the graph the writer would store.
 *   <li>A predicted edge is scored when one of its sentences overlaps an annotated lead sentence (token
 *       overlap at least 0.6) and it is asserted; a gold event counts when its mode is asserted.
 *   <li>Per article, gold triples (type, source, target) are deduplicated; each gold triple is matched
 *       by at most one edge; every other scored edge is a false positive. CONSULT, AGREE and COOPERATE
 *       match in either direction.
 *   <li>{@code named}: a person must be the same person (distinctive name tokens of one contained in
 *       the other's); other actors match by name or by equal country/IGO code. {@code coded}: equal
 *       codes match whatever the kinds.
 * </ul>
 *
 * <p>Thread-safe: each {@link #run} uses its own workers.
 */
public final class NewsBenchmark {

  private static final Set<String> SYMMETRIC = Set.of("CONSULT", "AGREE", "COOPERATE");
  /** Name tokens that do not tell one actor from another (the reference scorer's list). */
  private static final Set<String> GENERIC = Set.of("the", "of", "and", "government", "military", "forces", "force",
      "troops", "police", "army", "ministry", "department", "office", "officials", "official", "people", "civilians",
      "state", "president", "minister", "court", "group", "party", "us", "u", "s");
  private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+");

  /** An actor as gold and predictions give it. */
  public record Party(String name, String kind, String code) {}

  /** One annotated event; {@code mode} is asserted, intended, negated or hypothetical. */
  public record GoldEvent(String type, Party source, Party target, String mode, String why) {}

  /** One annotated sentence of an article's lead. */
  public record GoldSentence(int i, String text, List<GoldEvent> events) {
    public GoldSentence {
      events = List.copyOf(events);
    }
  }

  /** One gold article: its whole text and its annotated lead sentences. */
  public record GoldArticle(String article, String title, LocalDate publishedAt, String text,
      List<GoldSentence> sentences) {
    public GoldArticle {
      sentences = List.copyOf(sentences);
    }
  }

  /** One predicted edge in the reference scorer's format. */
  public record Edge(String article, List<String> sentences, String plover, Party source, Party target,
      boolean negated, Modality modality, double confidence) {
    public Edge {
      sentences = List.copyOf(sentences);
    }

    boolean asserted() {
      return !negated && modality == Modality.ASSERTED;
    }
  }

  /** Counts at one level. */
  public record Counts(int tp, int fp, int fn) {
    public double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Counts plus(Counts o) {
      return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }
  }

  /** A scoring error: a gold event missed, or a scored edge that matched none. */
  public record Error(boolean miss, String article, String type, String source, String target, String detail) {}

  /** A scored edge, whether it matched gold, for reliability by confidence. */
  public record Judged(Edge edge, boolean right) {}

  /** The scores of one level: overall, per type, the errors, and each scored edge judged. */
  public record Level(Counts overall, Map<String, Counts> perType, List<Error> errors, List<Judged> judged) {}

  /** What the pipeline would store for one article: its edges and its actors. */
  public record Prediction(String article, List<Edge> edges, List<Party> actors) {
    public Prediction {
      edges = List.copyOf(edges);
      actors = List.copyOf(actors);
    }
  }

  /**
   * Actor coding ({@code shared/tools/score-news-actors.py}): of the actors of gold asserted events
   * that have a country or IGO code (groups aside, once per article by name and code), how many have a
   * stored actor of that name in the article ({@code found}), and how many of those one with that code
   * ({@code right}); {@code misses} says what each miss got.
   */
  public record ActorScore(int total, int found, int right, List<String> misses) {
    public ActorScore {
      misses = List.copyOf(misses);
    }

    public double foundShare() {
      return total == 0 ? 0 : (double) found / total;
    }

    public double rightShare() {
      return total == 0 ? 0 : (double) right / total;
    }
  }

  /** A run: the predictions of every article, their edges scored at both levels and their actors. */
  public record Report(List<Prediction> predictions, Level named, Level coded, ActorScore actors, int articles,
      int sentences, int goldEvents, double seconds) {
    public Report {
      predictions = List.copyOf(predictions);
    }

    /** Every predicted edge, article by article. */
    public List<Edge> edges() {
      return predictions.stream().flatMap(p -> p.edges().stream()).toList();
    }
  }

  private final ArticlePipeline pipeline;

  public NewsBenchmark(ArticlePipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** Reads a gold file; an article without key or text is an error. */
  public static List<GoldArticle> read(Path file) {
    JsonNode root = GoldFiles.array(file, "articles");
    List<GoldArticle> out = new ArrayList<>();
    int n = 0;
    for (JsonNode a : root) {
      n++;
      String key = a.path("article").asString("");
      if (key.isBlank()) {
        throw new IllegalArgumentException(file + ": article " + n + " has no key");
      }
      List<GoldSentence> sentences = new ArrayList<>();
      StringBuilder lead = new StringBuilder();
      for (JsonNode s : a.path("sentences")) {
        List<GoldEvent> events = new ArrayList<>();
        for (JsonNode e : s.path("events")) {
          events.add(new GoldEvent(e.path("type").asString(""), party(e.path("source")), party(e.path("target")),
              e.path("mode").asString("asserted"), e.path("why").asString("")));
        }
        sentences.add(new GoldSentence(s.path("i").asInt(), s.path("text").asString(""), events));
        lead.append(s.path("text").asString("")).append("\n\n");
      }
      // The briefs of the training set have no whole text: their annotated items are the text.
      String text = a.path("text").asString(lead.toString().strip());
      if (text.isBlank()) {
        throw new IllegalArgumentException(file + ": article " + key + " has no text");
      }
      LocalDate date = null;
      String d = a.path("publishedAt").asString("");
      if (!d.isBlank()) {
        try {
          date = LocalDate.parse(d.strip().substring(0, Math.min(10, d.strip().length())));
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException(file + ": article " + key + " has a bad date '" + d + "'");
        }
      }
      out.add(new GoldArticle(key, a.path("title").asString(null), date, text, sentences));
    }
    return out;
  }

  private static Party party(JsonNode p) {
    if (p == null || p.isMissingNode() || p.isNull()) {
      return null;
    }
    return new Party(p.path("name").asString(""), p.path("kind").asString(""), p.path("code").asString(null));
  }

  /** Runs the pipeline over the articles on {@code threads} workers and scores what it would store. */
  public Report run(List<GoldArticle> gold, int threads) {
    long start = System.nanoTime();
    List<Prediction> predictions = GoldFiles.inParallel(gold, threads, this::predict, "benchmark");
    return score(gold, predictions, (System.nanoTime() - start) / 1e9);
  }

  /**
   * The edges and actors the pipeline would store for one gold article (none when it reads no English
   * article).
   */
  public Prediction predict(GoldArticle a) {
    ArticleInput input = new ArticleInput(null, null, a.text(), a.title(), a.publishedAt());
    if (!(pipeline.read(input) instanceof ArticlePipeline.Reading.English english)) {
      return new Prediction(a.article(), List.of(), List.of());
    }
    ArticlePipeline.Analysis analysis = pipeline.analyse(english.article());
    List<Edge> edges = new ArrayList<>();
    for (Relation r : analysis.graph().relations()) {
      edges.add(new Edge(a.article(), r.sentences(), r.type().plover().name(),
          party(analysis.actors().actor(r.sourceKey())), party(analysis.actors().actor(r.targetKey())), r.negated(),
          r.modality(), r.confidence()));
    }
    // The actors the article names, under each of their names (an actor is found by its aliases as
    // by its name): not the sector agents only a dictionary role points to (0 mentions).
    List<Party> actors = analysis.graph().actors().entrySet().stream().filter(e -> e.getValue() > 0)
        .flatMap(e -> names(e.getKey())).toList();
    return new Prediction(a.article(), edges, actors);
  }

  private static Party party(Actor a) {
    return new Party(a.name(), a.kind().name(), a.code());
  }

  private static Stream<Party> names(Actor a) {
    return Stream.concat(Stream.of(a.name()), a.aliases().stream().sorted())
        .map(n -> new Party(n, a.kind().name(), a.code()));
  }

  /** Edges alone as predictions, one per article (for scoring edges made without the actor stage's list). */
  public static List<Prediction> ofEdges(List<Edge> edges) {
    Map<String, List<Edge>> byArticle = new LinkedHashMap<>();
    edges.forEach(e -> byArticle.computeIfAbsent(e.article(), k -> new ArrayList<>()).add(e));
    return byArticle.entrySet().stream().map(e -> new Prediction(e.getKey(), e.getValue(), List.of())).toList();
  }

  /** Scores the predictions against {@code gold}: edges at both levels, and actors. */
  public static Report score(List<GoldArticle> gold, List<Prediction> predictions, double seconds) {
    Map<String, List<Edge>> byArticle = new LinkedHashMap<>();
    Map<String, List<Party>> actorsByArticle = new LinkedHashMap<>();
    for (Prediction p : predictions) {
      byArticle.computeIfAbsent(p.article(), k -> new ArrayList<>()).addAll(p.edges());
      actorsByArticle.computeIfAbsent(p.article(), k -> new ArrayList<>()).addAll(p.actors());
    }
    int sentences = gold.stream().mapToInt(a -> a.sentences().size()).sum();
    Level named = score(gold, byArticle, false);
    Level coded = score(gold, byArticle, true);
    return new Report(predictions, named, coded, scoreActors(gold, actorsByArticle), gold.size(), sentences,
        named.overall().tp() + named.overall().fn(), seconds);
  }

  private static ActorScore scoreActors(List<GoldArticle> gold, Map<String, List<Party>> byArticle) {
    int total = 0;
    int found = 0;
    int right = 0;
    List<String> misses = new ArrayList<>();
    for (GoldArticle art : gold) {
      Set<List<String>> seen = new HashSet<>();
      List<Party> actors = byArticle.getOrDefault(art.article(), List.of());
      for (GoldSentence s : art.sentences()) {
        for (GoldEvent e : s.events()) {
          if (!e.mode().equals("asserted")) {
            continue;
          }
          for (Party g : Arrays.asList(e.source(), e.target())) {
            String c = g == null ? null : code(g);
            if (c == null || "GROUP".equalsIgnoreCase(g.kind()) || !seen.add(Arrays.asList(g.name(), c))) {
              continue;
            }
            total++;
            List<Party> named = actors.stream().filter(a -> nameMatch(g.name(), a.name())).toList();
            if (named.isEmpty()) {
              misses.add(g.name() + " gold " + c + ": no actor of that name");
            } else if (named.stream().anyMatch(a -> c.equals(code(a)))) {
              found++;
              right++;
            } else {
              found++;
              misses.add(g.name() + " gold " + c + ", got "
                  + named.stream().map(a -> a.name() + " " + a.code()).toList());
            }
          }
        }
      }
    }
    return new ActorScore(total, found, right, misses);
  }

  private static Level score(List<GoldArticle> gold, Map<String, List<Edge>> byArticle, boolean coded) {
    Counts overall = new Counts(0, 0, 0);
    Map<String, Counts> perType = new TreeMap<>();
    List<Error> errors = new ArrayList<>();
    List<Judged> judged = new ArrayList<>();
    for (GoldArticle art : gold) {
      List<String> lead = art.sentences().stream().map(GoldSentence::text).toList();
      List<GoldEvent> asserted = art.sentences().stream().flatMap(s -> s.events().stream())
          .filter(e -> e.mode().equals("asserted")).toList();
      List<Edge> scored = byArticle.getOrDefault(art.article(), List.of()).stream()
          .filter(Edge::asserted)
          .filter(p -> p.sentences().stream().anyMatch(ps -> lead.stream().anyMatch(ls -> overlap(ps, ls) >= 0.6)))
          .toList();
      List<GoldEvent> unique = new ArrayList<>();
      for (GoldEvent e : asserted) {
        if (unique.stream().noneMatch(u -> u.type().equals(e.type()) && actorMatch(u.source(), e.source(), false)
            && actorMatch(u.target(), e.target(), false))) {
          unique.add(e);
        }
      }
      Set<Integer> used = new HashSet<>();
      for (GoldEvent e : unique) {
        Integer hit = null;
        for (int i = 0; i < scored.size(); i++) {
          Edge p = scored.get(i);
          if (!p.plover().equals(e.type())) {
            continue;
          }
          boolean straight = actorMatch(e.source(), p.source(), coded) && actorMatch(e.target(), p.target(), coded);
          boolean swapped = SYMMETRIC.contains(e.type()) && actorMatch(e.source(), p.target(), coded)
              && actorMatch(e.target(), p.source(), coded);
          if (straight || swapped) {
            hit = i;
            if (!used.contains(i)) {
              break;
            }
          }
        }
        Counts c;
        if (hit == null) {
          c = new Counts(0, 0, 1);
          errors.add(new Error(true, art.article(), e.type(), name(e.source()), name(e.target()), e.why()));
        } else {
          used.add(hit);
          c = new Counts(1, 0, 0);
        }
        overall = overall.plus(c);
        perType.merge(e.type(), c, Counts::plus);
      }
      for (int i = 0; i < scored.size(); i++) {
        Edge p = scored.get(i);
        judged.add(new Judged(p, used.contains(i)));
        if (!used.contains(i)) {
          // every edge left unmatched is a false positive, a second edge for a matched triple too
          overall = overall.plus(new Counts(0, 1, 0));
          perType.merge(p.plover(), new Counts(0, 1, 0), Counts::plus);
          String first = p.sentences().isEmpty() ? "" : p.sentences().get(0);
          errors.add(new Error(false, art.article(), p.plover(), name(p.source()), name(p.target()),
              first.substring(0, Math.min(140, first.length()))));
        }
      }
    }
    return new Level(overall, perType, errors, judged);
  }

  private static String name(Party p) {
    return p == null ? null : p.name();
  }

  static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    if (s == null) {
      return out;
    }
    Matcher m = TOKEN.matcher(s.toLowerCase(Locale.ROOT).replace('’', '\''));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  static double overlap(String a, String b) {
    Set<String> ta = new HashSet<>(tokens(a));
    Set<String> tb = new HashSet<>(tokens(b));
    if (ta.isEmpty() || tb.isEmpty()) {
      return 0;
    }
    Set<String> both = new HashSet<>(ta);
    both.retainAll(tb);
    return (double) both.size() / Math.max(1, Math.min(ta.size(), tb.size()));
  }

  static boolean nameMatch(String a, String b) {
    Set<String> ta = distinctive(a);
    Set<String> tb = distinctive(b);
    if (ta.isEmpty() || tb.isEmpty()) {
      return tokens(a).equals(tokens(b)) && !tokens(a).isEmpty();
    }
    return tb.containsAll(ta) || ta.containsAll(tb);
  }

  private static Set<String> distinctive(String s) {
    Set<String> out = new HashSet<>();
    for (String t : tokens(s)) {
      if (!GENERIC.contains(t) && t.length() > 1) {
        out.add(t);
      }
    }
    return out;
  }

  private static String code(Party p) {
    String c = p.code() == null ? "" : p.code().toUpperCase(Locale.ROOT);
    c = c.substring(0, Math.min(3, c.length()));
    return c.length() == 3 && !c.equals("---") ? c : null;
  }

  static boolean actorMatch(Party g, Party p, boolean coded) {
    if (g == null || p == null) {
      return false;
    }
    if (nameMatch(g.name(), p.name())) {
      return true;
    }
    String gc = code(g);
    String pc = code(p);
    if (gc == null || !gc.equals(pc)) {
      return false;
    }
    return coded || !"PERSON".equalsIgnoreCase(g.kind()) && !"PERSON".equalsIgnoreCase(p.kind());
  }

  /** Edges by confidence band: how many were scored in each, and the share right. */
  public static Map<String, double[]> reliability(Level level, double[] bounds) {
    Map<String, double[]> out = new LinkedHashMap<>();
    double[] sorted = Arrays.copyOf(bounds, bounds.length);
    Arrays.sort(sorted);
    for (int b = sorted.length - 1; b >= 0; b--) {
      double lo = sorted[b];
      double hi = b == sorted.length - 1 ? 1.0 : sorted[b + 1];
      int n = 0;
      int right = 0;
      for (Judged j : level.judged()) {
        double c = j.edge().confidence();
        if (c >= lo && (c < hi || hi == 1.0 && c <= 1.0)) {
          n++;
          right += j.right() ? 1 : 0;
        }
      }
      out.put(String.format(Locale.ROOT, "[%.2f, %.2f%s", lo, hi, hi == 1.0 ? "]" : ")"),
          new double[] {n, n == 0 ? 0 : (double) right / n});
    }
    return out;
  }
}
