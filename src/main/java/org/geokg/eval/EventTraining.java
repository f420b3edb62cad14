package org.geokg.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.geokg.actor.Actor;
import org.geokg.article.Article;
import org.geokg.event.Modality;
import org.geokg.event.PairCandidate;
import org.geokg.event.PairModel;
import org.geokg.event.PloverType;
import org.geokg.ingest.ArticlePipeline;
import org.geokg.nlp.LinearModelTrainer;

/**
 * Trains the event classifier ({@link PairModel}) on news gold files annotated by the guideline
 * ({@code shared/benchmarks/events/news-train.json}). Each gold article runs through the pipeline; every
 * candidate pair of an annotated sentence is an example, labelled with the PLOVER type of the asserted
 * gold event whose source and target its actors match (the scorer's named matching; CONSULT, AGREE and
 * COOPERATE either way round), else {@code NONE}. Cross-validation holds out whole years (stories of
 * one day continue each other, so folds by item would leak) and scores the held-out edges as the news
 * benchmark does, for each threshold.
 */
public final class EventTraining {

  /** Labels of the model: NONE and every PLOVER type. */
  static final List<String> LABELS = labels();

  private static List<String> labels() {
    List<String> l = new ArrayList<>();
    l.add(PairModel.NONE);
    l.add(PairModel.EVENT);
    for (PloverType t : PloverType.values()) {
      l.add(t.name());
    }
    return List.copyOf(l);
  }

  /** One labelled candidate pair: where it is, who, its features and its gold label. */
  public record Example(String article, int year, String sentence, String sourceKey, NewsBenchmark.Party source,
      String targetKey, NewsBenchmark.Party target, List<String> features, String label) {
    public Example {
      features = List.copyOf(features);
    }
  }

  /** Precision, recall and F1 at one threshold, and the held-out edges judged. */
  public record Point(double threshold, NewsBenchmark.Counts counts, NewsBenchmark.Level named) {}

  private final ArticlePipeline pipeline;

  public EventTraining(ArticlePipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** The labelled candidate pairs of the gold articles' annotated sentences. */
  public List<Example> examples(List<NewsBenchmark.GoldArticle> gold, int threads) {
    List<Example> out = new ArrayList<>();
    GoldFiles.inParallel(gold, threads, this::examples, "training").forEach(out::addAll);
    return out;
  }

  private List<Example> examples(NewsBenchmark.GoldArticle a) {
    // Each annotated item is a paragraph of its own: the text reader would drop the short ones.
    List<String> paragraphs = a.text().contains("\n\n") ? List.of(a.text().split("\n\n+")) : List.of(a.text());
    Article article = new Article(null, a.title(), null, null, a.publishedAt(), null,
        paragraphs.stream().filter(p -> !p.isBlank()).toList());
    ArticlePipeline.Analysis analysis = pipeline.analyse(article);
    int year = a.publishedAt() == null ? 0 : a.publishedAt().getYear();
    List<Example> out = new ArrayList<>();
    List<Integer> qualities = new ArrayList<>();
    for (PairCandidate c : analysis.events().candidates()) {
      String text = analysis.text().sentences().get(c.sentence()).text();
      NewsBenchmark.GoldSentence item = null;
      for (NewsBenchmark.GoldSentence s : a.sentences()) {
        if (NewsBenchmark.overlap(text, s.text()) >= 0.6) {
          item = s;
          break;
        }
      }
      if (item == null) {
        continue; // not annotated: neither positive nor negative
      }
      NewsBenchmark.Party src = party(analysis.actors().actor(c.source().actorKey()));
      NewsBenchmark.Party tgt = party(analysis.actors().actor(c.target().actorKey()));
      String label = PairModel.NONE;
      int quality = 0;
      for (NewsBenchmark.GoldEvent e : item.events()) {
        if (!e.mode().equals("asserted") || !LABELS.contains(e.type())) {
          continue;
        }
        int q = Math.max(quality(e.source(), src, e.target(), tgt),
            symmetric(e.type()) ? quality(e.source(), tgt, e.target(), src) : 0);
        if (q > quality) {
          quality = q;
          label = e.type();
        }
      }
      if (quality == 1) {
        label = SKIP; // both actors matched by country code alone: too loose to learn from either way
      }
      qualities.add(quality);
      out.add(new Example(a.article(), year, text, c.source().actorKey(), src, c.target().actorKey(), tgt,
          c.features(), label));
    }
    return specificOnly(out, qualities);
  }

  /**
   * How well a pair matches a gold event's actors: 0 not at all; 1 by country code only; 2 one actor
   * by name; 3 both by name (a person matches by name only).
   */
  private static int quality(NewsBenchmark.Party gs, NewsBenchmark.Party s, NewsBenchmark.Party gt,
      NewsBenchmark.Party t) {
    if (!NewsBenchmark.actorMatch(gs, s, false) || !NewsBenchmark.actorMatch(gt, t, false)) {
      return 0;
    }
    return 1 + (NewsBenchmark.nameMatch(gs.name(), s.name()) ? 1 : 0) + (NewsBenchmark.nameMatch(gt.name(), t.name()) ? 1 : 0);
  }

  /**
   * When several pairs of one sentence match the same event (Iraq and the Iraqi government both match
   * a gold "Iraq"), only the best-matching ones are examples of it; the others are left out of training
   * (neither the event nor no event), since the scorer counts a second edge as false.
   */
  private static List<Example> specificOnly(List<Example> examples, List<Integer> qualities) {
    Map<String, Integer> best = new HashMap<>();
    for (int i = 0; i < examples.size(); i++) {
      Example e = examples.get(i);
      if (!e.label().equals(PairModel.NONE) && !e.label().equals(SKIP)) {
        best.merge(e.sentence() + "|" + e.label(), qualities.get(i), Math::max);
      }
    }
    List<Example> out = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      Example e = examples.get(i);
      boolean weaker = !e.label().equals(PairModel.NONE) && !e.label().equals(SKIP) && qualities.get(i) < best.get(e.sentence() + "|" + e.label());
      out.add(weaker ? new Example(e.article(), e.year(), e.sentence(), e.sourceKey(), e.source(), e.targetKey(),
          e.target(), e.features(), SKIP) : e);
    }
    return out;
  }

  /** The label of a pair left out of training (see {@link #specificOnly}). */
  static final String SKIP = "SKIP";

  private static boolean symmetric(String type) {
    return type.equals("CONSULT") || type.equals("AGREE") || type.equals("COOPERATE");
  }

  private static NewsBenchmark.Party party(Actor a) {
    return new NewsBenchmark.Party(a.name(), a.kind().name(), a.code());
  }

  /** A model trained on {@code examples}: the detector on every example, the typer on the events. */
  public static PairModel train(List<Example> examples, double sigma, int minCount, double threshold,
      List<String> provenance) {
    List<Example> used = examples.stream().filter(e -> !e.label().equals(SKIP)).toList();
    Map<String, double[]> detector = LinearModelTrainer.train(used.stream()
        .map(e -> new LinearModelTrainer.Example(e.features(),
            e.label().equals(PairModel.NONE) ? PairModel.NONE : PairModel.EVENT))
        .toList(), LABELS.subList(0, 2), sigma, minCount);
    List<String> types = LABELS.subList(2, LABELS.size());
    Map<String, double[]> typer = LinearModelTrainer.train(used.stream()
        .filter(e -> !e.label().equals(PairModel.NONE))
        .map(e -> new LinearModelTrainer.Example(e.features(), e.label()))
        .toList(), types, sigma, minCount);
    Map<String, double[]> weights = new HashMap<>();
    detector.forEach((f, w) -> System.arraycopy(w, 0, weights.computeIfAbsent(f, x -> new double[LABELS.size()]), 0, 2));
    typer.forEach((f, w) -> System.arraycopy(w, 0, weights.computeIfAbsent(f, x -> new double[LABELS.size()]), 2,
        types.size()));
    return new PairModel(LABELS, weights, threshold, provenance);
  }

  /**
   * Cross-validated figures: {@code folds} folds of whole years; for each threshold, the held-out edges
   * of every fold scored together against the held-out gold.
   */
  public static List<Point> crossValidate(List<NewsBenchmark.GoldArticle> gold, List<Example> examples, int folds,
      double sigma, int minCount, double[] thresholds) {
    Map<String, Integer> yearOf = new HashMap<>();
    examples.forEach(e -> yearOf.put(e.article(), e.year()));
    List<List<NewsBenchmark.Edge>> byThreshold = new ArrayList<>();
    for (int t = 0; t < thresholds.length; t++) {
      byThreshold.add(new ArrayList<>());
    }
    for (int fold = 0; fold < folds; fold++) {
      int k = fold;
      List<Example> train = examples.stream().filter(e -> Math.floorMod(e.year(), folds) != k).toList();
      List<Example> test = examples.stream().filter(e -> Math.floorMod(e.year(), folds) == k).toList();
      PairModel model = train(train, sigma, minCount, 0.5, List.of());
      for (int t = 0; t < thresholds.length; t++) {
        byThreshold.get(t).addAll(edges(model.withThreshold(thresholds[t]), test));
      }
    }
    List<Point> out = new ArrayList<>();
    for (int t = 0; t < thresholds.length; t++) {
      NewsBenchmark.Level named = NewsBenchmark.score(gold, NewsBenchmark.ofEdges(byThreshold.get(t)), 0).named();
      out.add(new Point(thresholds[t], named.overall(), named));
    }
    return out;
  }

  /**
   * The edges a model makes of examples, merged per article like the event stage merges them: one per
   * type and pair (either order for symmetric types), confidence combined as independent evidence.
   */
  static List<NewsBenchmark.Edge> edges(PairModel model, List<Example> examples) {
    Map<String, List<Hit>> merged = new LinkedHashMap<>();
    for (Example e : examples) {
      model.events(e.features()).forEach(d -> {
        String s = e.sourceKey();
        String t = e.targetKey();
        if (symmetric(d.type().name()) && s.compareTo(t) > 0) {
          String x = s;
          s = t;
          t = x;
        }
        merged.computeIfAbsent(e.article() + "|" + d.type() + "|" + s + "|" + t, x -> new ArrayList<>())
            .add(new Hit(e, d));
      });
    }
    List<NewsBenchmark.Edge> out = new ArrayList<>();
    for (List<Hit> group : merged.values()) {
      Hit first = group.get(0);
      double miss = 1;
      List<String> sentences = new ArrayList<>();
      for (Hit h : group) {
        miss *= 1 - h.decision().probability();
        if (!sentences.contains(h.example().sentence())) {
          sentences.add(h.example().sentence());
        }
      }
      out.add(new NewsBenchmark.Edge(first.example().article(), sentences, first.decision().type().name(),
          first.example().source(), first.example().target(), false, Modality.ASSERTED, Math.min(0.99, 1 - miss)));
    }
    return out;
  }

  /** An event the model decided for one example. */
  private record Hit(Example example, PairModel.Decision decision) {}

  /** A one-line summary of a point. */
  public static String line(Point p) {
    NewsBenchmark.Counts c = p.counts();
    return String.format(Locale.ROOT, "threshold %.3f: P %.3f R %.3f F1 %.3f (tp %d, fp %d, fn %d)", p.threshold(),
        c.precision(), c.recall(), c.f1(), c.tp(), c.fp(), c.fn());
  }
}
