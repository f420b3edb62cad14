package org.geokg.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The field's verb vocabulary: which PLOVER type a verb expresses in the PETRARCH CAMEO verb
 * dictionary ({@code event/cameo/CAMEO.2.0.txt}), alone or with a given object word ("rush aid" is
 * AID), CAMEO codes mapped to PLOVER by {@code event/cameo/CAMEO2PLOVER-2021.txt}. Read once; the
 * verbs of one block (a WordNet synonym set) share its patterns.
 *
 * <p>Immutable after loading: thread-safe.
 */
public final class CameoVerbs {

  private static final Pattern CODE = Pattern.compile("\\[([0-9:]*)\\]");
  private static final Pattern PLOVER_LINE = Pattern.compile("^(\\d+):\\s*([A-Z]+)");
  /** Roots the 2021 table gives no line of their own (shared/notes/metrics.md). */
  private static final Map<String, PloverType> ROOTS = Map.of("02", PloverType.REQUEST, "09", PloverType.ACCUSE,
      "10", PloverType.REQUEST, "11", PloverType.ACCUSE, "18", PloverType.ASSAULT, "19", PloverType.ASSAULT,
      "20", PloverType.ASSAULT);

  /** A verb's object pattern: the first plain word after the verb, and the type it gives. */
  public record ObjectPattern(String word, PloverType type) {}

  /** What the dictionary says of one verb lemma. */
  public record Entry(PloverType type, List<ObjectPattern> patterns) {
    public Entry {
      patterns = List.copyOf(patterns);
    }
  }

  private final Map<String, Entry> verbs;

  private CameoVerbs(Map<String, Entry> verbs) {
    this.verbs = Map.copyOf(verbs);
  }

  private static volatile CameoVerbs shared;

  /** The shipped dictionaries, read once per process. */
  public static CameoVerbs fromClasspath() {
    CameoVerbs c = shared;
    if (c == null) {
      synchronized (CameoVerbs.class) {
        if (shared == null) {
          shared = read(open("event/cameo/CAMEO2PLOVER-2021.txt"), open("event/cameo/CAMEO.2.0.txt"));
        }
        c = shared;
      }
    }
    return c;
  }

  private static InputStream open(String resource) {
    InputStream in = CameoVerbs.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    return in;
  }

  /** Reads a CAMEO-to-PLOVER table and a PETRARCH verb dictionary. */
  static CameoVerbs read(InputStream ploverTable, InputStream verbDictionary) {
    Map<String, PloverType> plover = new HashMap<>();
    for (String line : lines(ploverTable)) {
      Matcher m = PLOVER_LINE.matcher(line);
      if (m.find()) {
        try {
          plover.putIfAbsent(m.group(1), PloverType.valueOf(m.group(2)));
        } catch (IllegalArgumentException e) {
          // a mode or context word, not a type: no PLOVER event
        }
      }
    }
    Map<String, Entry> out = new HashMap<>();
    List<String> blockVerbs = new ArrayList<>();
    Map<String, PloverType> verbTypes = new HashMap<>();
    List<ObjectPattern> patterns = new ArrayList<>();
    PloverType blockType = null;
    for (String raw : lines(verbDictionary)) {
      String line = raw.replaceAll("#.*", "").strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("---")) {
        flush(out, blockVerbs, verbTypes, patterns, blockType);
        blockVerbs.clear();
        verbTypes.clear();
        patterns.clear();
        blockType = type(code(line), plover);
      } else if (line.startsWith("-")) {
        String words = line.substring(1).replaceAll("\\[.*", "");
        int star = words.indexOf('*');
        PloverType t = type(code(line), plover);
        if (star >= 0 && t != null) {
          for (String w : words.substring(star + 1).trim().split("\\s+")) {
            String plain = w.replaceAll("[(){}$%+]", "").toLowerCase(Locale.ROOT);
            if (!plain.isEmpty() && !w.startsWith("&") && plain.matches("[a-z_]+")) {
              patterns.add(new ObjectPattern(plain.replace('_', ' '), t));
              break;
            }
          }
        }
      } else if (Character.isLetter(line.charAt(0))) {
        String verb = line.split("[\\s{\\[]")[0].toLowerCase(Locale.ROOT);
        if (verb.matches("[a-z]+")) {
          blockVerbs.add(verb);
          PloverType t = type(code(line), plover);
          if (t != null) {
            verbTypes.put(verb, t);
          }
        }
      }
    }
    flush(out, blockVerbs, verbTypes, patterns, blockType);
    return new CameoVerbs(out);
  }

  private static void flush(Map<String, Entry> out, List<String> verbs, Map<String, PloverType> verbTypes,
      List<ObjectPattern> patterns, PloverType blockType) {
    for (String v : verbs) {
      PloverType t = verbTypes.getOrDefault(v, blockType);
      Entry old = out.get(v);
      List<ObjectPattern> all = new ArrayList<>(patterns);
      if (old != null) {
        all.addAll(old.patterns());
        t = t != null ? t : old.type();
      }
      out.put(v, new Entry(t, all));
    }
  }

  private static String code(String line) {
    Matcher m = CODE.matcher(line);
    if (!m.find()) {
      return null;
    }
    for (String part : m.group(1).split(":")) {
      if (!part.isEmpty()) {
        return part; // "042:043": the source's act; ":173": only the target's
      }
    }
    return null;
  }

  private static PloverType type(String code, Map<String, PloverType> plover) {
    if (code == null || code.length() < 2) {
      return null;
    }
    for (int n = code.length(); n >= 2; n--) {
      PloverType t = plover.get(code.substring(0, n));
      if (t != null) {
        return t;
      }
    }
    return ROOTS.get(code.substring(0, 2));
  }

  private static List<String> lines(InputStream in) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the dictionary says of {@code lemma} (lower case), if it lists it. */
  public Optional<Entry> lookup(String lemma) {
    return Optional.ofNullable(verbs.get(lemma));
  }

  /** How many verbs it lists. */
  public int size() {
    return verbs.size();
  }
}
