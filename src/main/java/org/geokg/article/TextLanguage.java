package org.geokg.article;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which language a text is written in, as far as geokg needs to know: whether its English models
 * can read it. Pages often declare the wrong language (an English template around a German story),
 * so the text decides: first its script, then, for Latin script, which language's commonest function
 * words it uses most (Grefenstette's short-word method). Only the first {@link #SAMPLE_WORDS} words are
 * read, so the cost is negligible next to NLP.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextLanguage {

  /** A language: ISO 639-1 {@code code} (null when only the script is known) and an English name. */
  public record Language(String code, String name) {
    public Language {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a language needs a name");
      }
    }

    public boolean isEnglish() {
      return "en".equals(code);
    }
  }

  static final int SAMPLE_WORDS = 2_000;

  /** Fewer function-word hits than this is no evidence for any language (tables, lists, headlines). */
  static final int MIN_HITS = 4;

  // The commonest function words of the languages most often met in news feeds, as written.
  private static final Map<String, List<String>> FUNCTION_WORDS = Map.ofEntries(
      Map.entry("en", List.of("the", "of", "and", "to", "in", "is", "that", "for", "it", "was", "on", "with", "he",
          "as", "by", "at", "from", "his", "are", "be", "has", "have", "not", "this", "but", "they", "were",
          "which", "an", "or", "its", "their", "had", "been", "will", "would", "who", "said", "she", "her", "we",
          "you", "after", "about", "than", "more", "also", "into", "over", "a")),
      Map.entry("de", List.of("der", "die", "und", "den", "das", "ist", "nicht", "mit", "sich", "des", "auf", "für",
          "ein", "eine", "einen", "dem", "im", "von", "zu", "auch", "es", "werden", "wird", "bei", "oder", "aus",
          "nach", "wie", "sind", "hat", "noch", "über", "durch", "sie", "wir", "ich", "dass", "einer")),
      Map.entry("fr", List.of("le", "la", "les", "de", "des", "et", "en", "du", "un", "une", "est", "que", "qui",
          "dans", "pour", "pas", "sur", "au", "par", "plus", "avec", "ce", "il", "elle", "sont", "ont", "aux",
          "cette", "mais", "nous", "vous", "été", "à")),
      Map.entry("es", List.of("el", "la", "los", "las", "de", "y", "en", "que", "del", "un", "una", "por", "con",
          "para", "es", "se", "su", "al", "lo", "como", "más", "pero", "sus", "le", "ha", "este", "esta", "fue",
          "son", "también", "sobre", "entre")),
      Map.entry("pt", List.of("o", "a", "os", "as", "de", "e", "do", "da", "dos", "das", "em", "no", "na", "um",
          "uma", "que", "para", "com", "por", "não", "se", "é", "ao", "mais", "foi", "como", "seu", "sua", "são",
          "nos", "pelo", "pela", "também")),
      Map.entry("it", List.of("il", "lo", "la", "i", "gli", "le", "di", "e", "che", "del", "della", "dei", "in",
          "un", "una", "per", "con", "non", "è", "si", "da", "al", "alla", "sono", "ma", "più", "come", "anche",
          "nel", "nella", "questo")),
      Map.entry("nl", List.of("de", "het", "een", "en", "van", "is", "dat", "op", "te", "in", "voor", "niet", "met",
          "zijn", "aan", "er", "ook", "als", "bij", "door", "maar", "om", "naar", "uit", "wordt", "dan", "nog",
          "werd", "hij", "worden")),
      Map.entry("id", List.of("yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak",
          "akan", "pada", "ke", "juga", "ada", "adalah", "oleh", "karena", "bisa", "atau", "sudah", "mereka",
          "kami", "saya", "telah", "lebih", "para", "sebagai")),
      Map.entry("tr", List.of("ve", "bir", "bu", "da", "de", "için", "ile", "çok", "olarak", "daha", "gibi", "olan",
          "ama", "sonra", "kadar", "değil", "ya", "mı", "ne", "her", "var", "şu")),
      Map.entry("pl", List.of("i", "w", "z", "na", "nie", "się", "do", "że", "to", "jest", "o", "jak", "po", "od",
          "za", "przez", "dla", "ale", "są", "tak", "czy", "być", "jego", "już")),
      Map.entry("sv", List.of("och", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den",
          "har", "de", "inte", "om", "ett", "var", "men", "från", "jag", "vi", "sig", "eller", "så")),
      Map.entry("da", List.of("og", "i", "at", "det", "er", "en", "til", "på", "af", "for", "med", "den", "de",
          "som", "har", "ikke", "et", "var", "fra", "han", "om", "vi", "men", "kan")),
      Map.entry("ro", List.of("și", "în", "de", "la", "cu", "pe", "un", "o", "care", "din", "pentru", "este",
          "nu", "să", "se", "mai", "ca", "au", "sau", "fost")),
      Map.entry("cs", List.of("a", "v", "se", "na", "je", "že", "s", "z", "do", "o", "to", "k", "ve", "jako", "ale",
          "i", "by", "jsou", "pro", "za", "po", "který")));

  /** For each function word, the languages it belongs to. */
  private static final Map<String, List<String>> LANGUAGES_OF = new HashMap<>();

  static {
    // One-letter words are left out: initials and abbreviations ("d.", "J. Smith") would count.
    FUNCTION_WORDS.forEach((lang, words) -> words.stream().filter(w -> w.length() > 1).forEach(
        w -> LANGUAGES_OF.merge(w, List.of(lang), (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList())));
  }

  /** The language usually written in a script that is not Latin. */
  private static final Map<UnicodeScript, String> SCRIPT_LANGUAGE = new EnumMap<>(Map.of(
      UnicodeScript.CYRILLIC, "ru", UnicodeScript.HAN, "zh", UnicodeScript.HANGUL, "ko",
      UnicodeScript.ARABIC, "ar", UnicodeScript.HEBREW, "he", UnicodeScript.GREEK, "el",
      UnicodeScript.DEVANAGARI, "hi", UnicodeScript.THAI, "th", UnicodeScript.BENGALI, "bn",
      UnicodeScript.TAMIL, "ta"));

  private static final Set<UnicodeScript> KANA = Set.of(UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA);

  private TextLanguage() {}

  /**
   * The language {@code text} is written in, or null when the text gives too little evidence
   * (a score table, a list of names, a line or two).
   */
  public static Language identify(String text) {
    Map<UnicodeScript, Integer> letters = new EnumMap<>(UnicodeScript.class);
    StringBuilder word = new StringBuilder();
    Map<String, Integer> hits = new HashMap<>();
    int words = 0;
    int total = 0;
    for (int i = 0; i <= text.length() && words < SAMPLE_WORDS; ) {
      int c = i < text.length() ? text.codePointAt(i) : ' ';
      if (Character.isLetter(c)) {
        letters.merge(UnicodeScript.of(c), 1, Integer::sum);
        total++;
        word.appendCodePoint(Character.toLowerCase(c));
      } else if (!word.isEmpty()) {
        words++;
        for (String lang : LANGUAGES_OF.getOrDefault(word.toString(), List.of())) {
          hits.merge(lang, 1, Integer::sum);
        }
        word.setLength(0);
      }
      i += Character.charCount(c);
    }
    if (total == 0) {
      return null;
    }
    if (letters.getOrDefault(UnicodeScript.LATIN, 0) * 2 < total) {
      return byScript(letters);
    }
    String best = null;
    int bestHits = 0;
    for (var e : hits.entrySet()) {
      // ties go to English, the language the models read
      if (e.getValue() > bestHits || e.getValue() == bestHits && "en".equals(e.getKey())) {
        best = e.getKey();
        bestHits = e.getValue();
      }
    }
    return bestHits < MIN_HITS ? null : language(best);
  }

  /**
   * Whether geokg's English models can read {@code article}: its text decides; when the text is
   * undecided, the page's declared language, and English when none is declared.
   */
  public static Language of(Article article) {
    Language byText = identify(article.text());
    if (byText != null) {
      return byText;
    }
    String declared = article.language();
    if (declared == null) {
      return null;
    }
    Locale locale = Locale.forLanguageTag(declared.replace('_', '-'));
    return locale.getLanguage().isEmpty() ? null : language(locale.getLanguage());
  }

  private static Language byScript(Map<UnicodeScript, Integer> letters) {
    UnicodeScript top = null;
    int most = 0;
    int kana = 0;
    for (var e : letters.entrySet()) {
      if (KANA.contains(e.getKey())) {
        kana += e.getValue();
      }
      if (e.getKey() != UnicodeScript.LATIN && e.getValue() > most) {
        top = e.getKey();
        most = e.getValue();
      }
    }
    if (kana > 0 && (top == UnicodeScript.HAN || KANA.contains(top))) {
      return language("ja");
    }
    String code = SCRIPT_LANGUAGE.get(top);
    if (code != null) {
      return language(code);
    }
    String script = top.name().charAt(0) + top.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
    return new Language(null, script + " script");
  }

  private static Language language(String code) {
    return new Language(code, Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH));
  }
}
