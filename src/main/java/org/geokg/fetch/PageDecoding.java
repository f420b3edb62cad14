package org.geokg.fetch;

/**
 * Bytes of a page or text file to text, as browsers do: byte-order mark, then the declared charset
 * (HTTP header, WARC record), then an HTML {@code <meta charset>} in the first bytes, else UTF-8;
 * bytes invalid in that charset become U+FFFD rather than failing. Stateless and thread-safe.
 */
public final class PageDecoding {
  private PageDecoding() {}

  /**
   * @param bytes the raw bytes
   * @param declaredCharset charset named by the transport, or null
   * @param html whether to look for a {@code <meta>} charset declaration
   */
  public static String decode(byte[] bytes, String declaredCharset, boolean html) {
    return FetchBodies.decode(bytes, FetchBodies.charsetOf(bytes, declaredCharset, html));
  }
}
