package org.geokg.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/** Turns received body bytes into text: decompression with a size cap, charset detection, decoding. */
final class FetchBodies {

  private FetchBodies() {}

  /**
   * Inflates a gzip body, stopping as soon as the output passes {@code maxBytes}: a gzip bomb costs at
   * most the cap in memory and the time to inflate it.
   */
  static byte[] gunzip(byte[] compressed, long maxBytes) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed), 8192)) {
      return CappedReads.readAll(in, maxBytes);
    }
  }

  // WHATWG prescan: a <meta charset> or http-equiv content="...; charset=..." in the first 1024 bytes.
  private static final int PRESCAN_BYTES = 1024;
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:+\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML_START =
      Pattern.compile("^\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body)\\b", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  // Browsers decode these labels as windows-1252 (a superset); news sites labelled latin-1 often
  // contain cp1252 quotes and dashes, so we do the same.
  private static final Set<String> LATIN1_LABELS =
      Set.of("iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "cp819", "ibm819", "us-ascii", "ascii",
          "iso-ir-100", "csisolatin1", "x-user-defined");

  /**
   * The charset to decode with: a byte order mark wins, then the Content-Type charset, then (for HTML)
   * a meta declaration near the start, then UTF-8.
   */
  static Charset charsetOf(byte[] body, String headerCharset, boolean html) {
    Charset bom = bomCharset(body);
    if (bom != null) {
      return bom;
    }
    Charset fromHeader = lookup(headerCharset);
    if (fromHeader != null) {
      return fromHeader;
    }
    if (html) {
      String head = new String(body, 0, Math.min(body.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      if (m.find()) {
        Charset fromMeta = lookup(m.group(1));
        // A byte-oriented page cannot truly be UTF-16; the HTML standard reads such labels as UTF-8.
        if (fromMeta != null && !fromMeta.name().startsWith("UTF-16")) {
          return fromMeta;
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  /** Decodes, dropping a byte order mark; malformed bytes become U+FFFD. */
  static String decode(byte[] body, Charset charset) {
    int skip = 0;
    if (charset.equals(StandardCharsets.UTF_8) && startsWith(body, 0xEF, 0xBB, 0xBF)) {
      skip = 3;
    } else if (charset.name().startsWith("UTF-16") && (startsWith(body, 0xFE, 0xFF) || startsWith(body, 0xFF, 0xFE))) {
      skip = 2;
    }
    return new String(body, skip, body.length - skip, charset);
  }

  /** For a response without Content-Type: whether the text starts like an HTML document. */
  static boolean looksLikeHtml(String text) {
    String head = text.length() > PRESCAN_BYTES ? text.substring(0, PRESCAN_BYTES) : text;
    return HTML_START.matcher(head).find();
  }

  static Charset lookup(String label) {
    if (label == null) {
      return null;
    }
    String l = label.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
    if (l.isEmpty()) {
      return null;
    }
    if (LATIN1_LABELS.contains(l) && Charset.isSupported("windows-1252")) {
      return Charset.forName("windows-1252");
    }
    try {
      return Charset.forName(l);
    } catch (IllegalArgumentException e) { // illegal or unsupported name: ignore the label
      return null;
    }
  }

  private static Charset bomCharset(byte[] b) {
    if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
      return StandardCharsets.UTF_8;
    }
    if (startsWith(b, 0xFE, 0xFF)) {
      return StandardCharsets.UTF_16BE;
    }
    if (startsWith(b, 0xFF, 0xFE)) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
