package org.geokg.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.geokg.actor.Actor;
import org.geokg.actor.Mention;
import org.geokg.article.Article;
import org.geokg.event.CodedEvent;
import org.geokg.event.PloverType;
import org.geokg.ingest.ArticlePipeline;
import tools.jackson.databind.JsonNode;

/**
 * Scores the event and actor stages against a PLOVER gold file (a JSON array of records with
 * {@code text}, {@code date}, {@code event}, and {@code source}/{@code target} lists of
 * {@code {actorText, code}}), by the metric of {@code shared/notes/metrics.md}:
 *
 * <ul>
 *   <li>A gold event is found (type level) when the system emits, for its sentence, an event of the
 *       same PLOVER type; (full triple) when that event's source code is among the gold source codes
 *       and its target code among the gold target codes, any target when gold has none (and, by the
 *       same reading, any source when gold lists none: one record).
 *   <li>Emitted events are counted once per sentence, PLOVER type, source code and target code (the
 *       metric sees codes, not actors); each that matches no gold event is a false positive. A
 *       symmetric relation ("met with", "agreed with") has no direction and matches either way.
 *   <li>Actor recall by code: per sentence, the gold source and target codes (distinct) found among
 *       the codes of the actors mentioned in it, summed over sentences.
 * </ul>
 *
 * <p>The gold codes are CAMEO country codes, mostly equal to ISO 3166-1 alpha-3; the three in this
 * data that are not ({@code JAP}, {@code ITL}, {@code VTN}) are mapped to ISO here, the only place
 * that knows CAMEO codes. Codes with no ISO counterpart ({@code IMG} militarised group, {@code ISM}
 * Islamic militants, {@code NGO}) stay as they are and can never be matched.
 *
 * <p>Thread-safe: each {@link #run} uses its own workers.
 */
public final class PloverBenchmark {

  private static final Map<String, String> CAMEO_TO_ISO = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");

  /** One gold record. */
  public record GoldRecord(String id, String text, LocalDate date, PloverType type, Set<String> sources,
      Set<String> targets) {
    public GoldRecord {
      sources = Set.copyOf(sources);
      targets = Set.copyOf(targets);
    }
  }

  /** One emitted event as the metric sees it; a symmetric one ("met with") has no direction. */
  public record Emitted(PloverType type, String sourceCode, String targetCode, boolean symmetric) {}

  /** What the system produced for one record. */
  public record Outcome(GoldRecord gold, List<Emitted> emitted, Set<String> actorCodes, long nanos) {
    public Outcome {
      emitted = List.copyOf(emitted);
      actorCodes = Set.copyOf(actorCodes);
    }

    public boolean typeFound() {
      return emitted.stream().anyMatch(e -> e.type() == gold.type());
    }

    public boolean tripleFound() {
      return emitted.stream().anyMatch(this::matchesTriple);
    }

    boolean matchesTriple(Emitted e) {
      return e.type() == gold.type()
          && (matches(e.sourceCode(), e.targetCode()) || e.symmetric() && matches(e.targetCode(), e.sourceCode()));
    }

    private boolean matches(String source, String target) {
      return (gold.sources().isEmpty() || source != null && gold.sources().contains(source))
          && (gold.targets().isEmpty() || target != null && gold.targets().contains(target));
    }

    Set<String> goldCodes() {
      Set<String> all = new LinkedHashSet<>(gold.sources());
      all.addAll(gold.targets());
      return all;
    }
  }

  /** Counts for precision, recall and F1. */
  public record Counts(int found, int gold, int correct, int emitted) {
    public double precision() {
      return emitted == 0 ? 0 : (double) correct / emitted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) found / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Counts plus(Counts o) {
      return new Counts(found + o.found, gold + o.gold, correct + o.correct, emitted + o.emitted);
    }
  }

  /** The scores of one run. */
  public record Report(List<Outcome> outcomes, Map<PloverType, Counts> typeLevel,
      Map<PloverType, Counts> tripleLevel, int actorCodesFound, int actorCodesGold, double secondsPerSentence) {

    public Counts typeOverall() {
      return typeLevel.values().stream().reduce(new Counts(0, 0, 0, 0), Counts::plus);
    }

    public Counts tripleOverall() {
      return tripleLevel.values().stream().reduce(new Counts(0, 0, 0, 0), Counts::plus);
    }

    public double actorRecall() {
      return actorCodesGold == 0 ? 0 : (double) actorCodesFound / actorCodesGold;
    }
  }

  private final ArticlePipeline pipeline;

  /** A benchmark of what {@code pipeline} would store, each record's sentence read as one article. */
  public PloverBenchmark(ArticlePipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** Reads a gold file; records without text or with an unknown event type are an error. */
  public static List<GoldRecord> read(Path file) {
    JsonNode root = GoldFiles.array(file, "records");
    List<GoldRecord> out = new ArrayList<>();
    int i = 0;
    for (JsonNode r : root) {
      i++;
      String text = r.path("text").asString("").strip();
      String event = r.path("event").asString("");
      if (text.isEmpty()) {
        throw new IllegalArgumentException(file + ": record " + i + " has no text");
      }
      PloverType type;
      try {
        type = PloverType.valueOf(event.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ": record " + i + " has unknown event '" + event + "'");
      }
      LocalDate date = null;
      String d = r.path("date").asString("");
      if (!d.isBlank()) {
        try {
          date = LocalDate.parse(d.strip());
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException(file + ": record " + i + " has a bad date '" + d + "'");
        }
      }
      out.add(new GoldRecord(r.path("id").asString("#" + i), text, date, type, codes(r.path("source")),
          codes(r.path("target"))));
    }
    return out;
  }

  private static Set<String> codes(JsonNode actors) {
    Set<String> out = new LinkedHashSet<>();
    if (actors.isArray()) {
      for (JsonNode a : actors) {
        String c = a.path("code").asString("").strip().toUpperCase(Locale.ROOT);
        if (!c.isEmpty()) {
          out.add(CAMEO_TO_ISO.getOrDefault(c, c));
        }
      }
    }
    return out;
  }

  /** Runs the stages over {@code gold} on {@code threads} workers and scores them. */
  public Report run(List<GoldRecord> gold, int threads) {
    long start = System.nanoTime();
    List<Outcome> outcomes = GoldFiles.inParallel(gold, threads, this::outcome, "benchmark");
    double perSentence = gold.isEmpty() ? 0 : (System.nanoTime() - start) / 1e9 / gold.size();
    return score(outcomes, perSentence);
  }

  private Outcome outcome(GoldRecord g) {
    long t0 = System.nanoTime();
    // A record is one sentence, not a page: it becomes the article's one paragraph directly (the text
    // reader would take a short sentence for a headline).
    ArticlePipeline.Analysis r = pipeline.analyse(new Article(null, null, null, null, g.date(), null, List.of(g.text())));
    Set<Emitted> emitted = new LinkedHashSet<>();
    for (CodedEvent e : CodedEvent.of(r.events(), r.actors())) {
      if (!e.negated()) {
        emitted.add(new Emitted(e.plover(), e.source().code(), e.target() == null ? null : e.target().code(),
            e.type().symmetric()));
      }
    }
    Set<String> codes = new LinkedHashSet<>();
    for (Mention m : r.actors().mentions()) {
      Actor a = r.actors().actor(m.actorKey());
      if (a.code() != null) {
        codes.add(a.code());
      }
    }
    return new Outcome(g, new ArrayList<>(emitted), codes, System.nanoTime() - t0);
  }

  static Report score(List<Outcome> outcomes, double secondsPerSentence) {
    Map<PloverType, int[]> type = new EnumMap<>(PloverType.class);
    Map<PloverType, int[]> triple = new EnumMap<>(PloverType.class);
    for (PloverType t : PloverType.values()) {
      type.put(t, new int[4]);
      triple.put(t, new int[4]);
    }
    int codesFound = 0;
    int codesGold = 0;
    for (Outcome o : outcomes) {
      PloverType gt = o.gold().type();
      type.get(gt)[1]++;
      triple.get(gt)[1]++;
      if (o.typeFound()) {
        type.get(gt)[0]++;
      }
      if (o.tripleFound()) {
        triple.get(gt)[0]++;
      }
      for (Emitted e : o.emitted()) {
        type.get(e.type())[3]++;
        triple.get(e.type())[3]++;
        if (e.type() == gt) {
          type.get(e.type())[2]++;
        }
        if (o.matchesTriple(e)) {
          triple.get(e.type())[2]++;
        }
      }
      for (String c : o.goldCodes()) {
        codesGold++;
        if (o.actorCodes().contains(c)) {
          codesFound++;
        }
      }
    }
    return new Report(outcomes, counts(type), counts(triple), codesFound, codesGold, secondsPerSentence);
  }

  private static Map<PloverType, Counts> counts(Map<PloverType, int[]> raw) {
    Map<PloverType, Counts> out = new EnumMap<>(PloverType.class);
    raw.forEach((t, c) -> out.put(t, new Counts(c[0], c[1], c[2], c[3])));
    return out;
  }
}
