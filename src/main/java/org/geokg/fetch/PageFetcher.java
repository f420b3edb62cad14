package org.geokg.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.geokg.fetch.FetchBodySubscriber.Outcome;

/**
 * Fetches article pages by URL, defensively: every URL, including each redirect target, must pass a
 * {@link UrlGuard}; bodies are capped in size (also after gzip decompression); only HTML, XHTML and
 * plain-text pages are accepted; the whole fetch is bounded in time.
 *
 * <p>{@link #fetch(URI)} never throws for network or protocol problems; it returns {@link
 * FetchResult.Failed} with a one-line reason. Redirects (301, 302, 303, 307, 308) are followed here, not
 * by the HTTP client, up to {@link FetchSettings#maxRedirects()}, always as GET.
 *
 * <p><b>DNS rebinding.</b> {@link java.net.http.HttpClient} cannot be told which address to connect
 * to: it resolves the host itself, and pinning the checked address would need either a JVM-wide
 * resolver or a rewritten URL with a forged Host header, which the client forbids and which breaks
 * TLS certificate checks. So the guard re-checks every hop just before it is sent, and by default it
 * resolves with {@link InetAddress#getAllByName}, the same lookup (and the same JVM address cache,
 * {@code networkaddress.cache.ttl}, 30 s unless configured) that the client then uses: within a
 * fetch, which is shorter than that, the client connects to an address the guard has checked. An
 * attacker who controls DNS can still win if the cache TTL is set to 0 or expires between check and
 * connect; deployments that need more should also block private ranges at the network level.
 *
 * <p>Thread-safe: one instance serves concurrent fetches. {@link #close()} stops the underlying
 * client.
 */
public final class PageFetcher implements AutoCloseable {

  private static final Set<String> PAGE_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain");
  private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml",
      "application/rdf+xml", "application/xml", "text/xml", "application/feed+json");
  private static final String ACCEPT =
      "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1";

  private final FetchSettings settings;
  private final UrlGuard guard;
  private final HttpClient client;

  /** A fetcher that resolves host names with the JVM's resolver. */
  public PageFetcher(FetchSettings settings) {
    this(settings, UrlGuard::systemResolve);
  }

  /**
   * A fetcher whose guard resolves host names with {@code resolver} (for tests, or a resolver shared
   * with the JVM's); the HTTP client itself still resolves through the JVM.
   */
  public PageFetcher(FetchSettings settings, Function<String, List<InetAddress>> resolver) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.guard = new UrlGuard(settings.allowedHosts(), resolver);
    this.client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER) // each hop must pass the guard first
            .connectTimeout(settings.connectTimeout())
            .proxy(HttpClient.Builder.NO_PROXY)
            .build();
  }

  /** Fetches a page, following redirects; see the class comment for what is refused. */
  public FetchResult fetch(URI url) {
    return fetch(url, PAGE_TYPES);
  }

  /** Fetches an RSS or Atom feed: as {@link #fetch} but accepting XML feed types instead of pages. */
  public FetchResult fetchFeed(URI url) {
    return fetch(url, FEED_TYPES);
  }

  private FetchResult fetch(URI url, Set<String> acceptedTypes) {
    Objects.requireNonNull(url, "url");
    long deadline = System.nanoTime() + settings.timeout().toNanos();
    URI current = requestable(url);
    URI previous = null;
    Set<URI> visited = new HashSet<>();
    for (int redirects = 0; ; redirects++) {
      switch (guard.check(current)) {
        case UrlGuard.Verdict.Refused refused -> {
          return new FetchResult.Failed(
              previous == null
                  ? refused.reason()
                  : refused.reason() + " (redirected from " + UrlGuard.display(previous) + ")", true);
        }
        case UrlGuard.Verdict.Allowed allowed -> visited.add(current);
      }
      Hop hop = exchange(current, deadline, acceptedTypes);
      switch (hop) {
        case Hop.Done done -> {
          return done.result();
        }
        case Hop.Received received -> {
          return page(current, received);
        }
        case Hop.Redirect redirect -> {
          URI next = resolveLocation(current, redirect.location());
          if (next == null) {
            return failed(current, " redirected to an invalid URL: " + redirect.location());
          }
          if (visited.contains(next)) {
            return failed(url, " redirects in a loop (back to " + UrlGuard.display(next) + ")");
          }
          if (redirects >= settings.maxRedirects()) {
            return failed(url, " redirected more than " + settings.maxRedirects() + " times");
          }
          previous = current;
          current = next;
        }
      }
    }
  }

  /** Stops the HTTP client, aborting fetches still running. */
  @Override
  public void close() {
    client.shutdownNow();
  }

  /** What one request/response exchange led to. */
  private sealed interface Hop {
    record Done(FetchResult result) implements Hop {}

    record Redirect(String location) implements Hop {}

    /** A body to decode; decoding happens on the caller's thread, not the client's. */
    record Received(String mediaType, String charset, boolean gzip, Outcome outcome) implements Hop {}
  }

  private Hop exchange(URI uri, long deadline, Set<String> acceptedTypes) {
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) {
      return new Hop.Done(timedOut(uri));
    }
    HttpRequest request;
    try {
      HttpRequest.Builder builder =
          HttpRequest.newBuilder(uri)
              .GET()
              .timeout(Duration.ofNanos(remaining))
              .header("User-Agent", settings.userAgent())
              .header("Accept", ACCEPT)
              .header("Accept-Encoding", "gzip");
      if ("http".equalsIgnoreCase(uri.getScheme())) {
        builder.version(HttpClient.Version.HTTP_1_1); // no h2c upgrade dance with plain-text servers
      }
      request = builder.build();
    } catch (IllegalArgumentException e) {
      return new Hop.Done(failed(uri, " cannot be fetched: " + e.getMessage()));
    }
    CompletableFuture<HttpResponse<Hop>> future = client.sendAsync(request, info -> handle(uri, info, acceptedTypes));
    try {
      // The request timeout only covers the response headers; this one also covers the body.
      return future.get(remaining, TimeUnit.NANOSECONDS).body();
    } catch (TimeoutException e) {
      future.cancel(true);
      return new Hop.Done(timedOut(uri));
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      return new Hop.Done(failed(uri, ": fetch interrupted"));
    } catch (ExecutionException e) {
      return new Hop.Done(describe(uri, e.getCause()));
    }
  }

  /** Decides from the status line and headers whether the body is worth reading. */
  private HttpResponse.BodySubscriber<Hop> handle(
      URI uri, HttpResponse.ResponseInfo info, Set<String> acceptedTypes) {
    int status = info.statusCode();
    HttpHeaders headers = info.headers();
    if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
      Optional<String> location = headers.firstValue("location");
      return skip(
          location.isPresent() && !location.get().isBlank()
              ? new Hop.Redirect(location.get().strip())
              : new Hop.Done(
                  failed(uri, " answered " + FetchMessages.status(status) + " without a Location header")));
    }
    if (status < 200 || status > 299 || status == 204 || status == 205) {
      return skip(new Hop.Done(failed(uri, " answered " + FetchMessages.status(status))));
    }
    String contentType = headers.firstValue("content-type").orElse(null);
    String mediaType = contentType == null ? null : mediaTypeOf(contentType);
    if (mediaType != null && !acceptedTypes.contains(mediaType)) {
      String expected = acceptedTypes == FEED_TYPES ? "an RSS or Atom feed" : "an HTML or text page";
      return skip(new Hop.Done(failed(uri, " is " + mediaType + ", not " + expected)));
    }
    String encoding = headers.firstValue("content-encoding").orElse("identity").strip().toLowerCase(Locale.ROOT);
    boolean gzip = encoding.equals("gzip") || encoding.equals("x-gzip");
    if (!gzip && !encoding.equals("identity") && !encoding.isEmpty()) {
      return skip(new Hop.Done(failed(uri, " sent an unsupported content encoding (" + encoding + ")")));
    }
    long length;
    try {
      length = headers.firstValueAsLong("content-length").orElse(-1);
    } catch (NumberFormatException e) {
      length = -1; // a broken header; the subscriber's cap still applies
    }
    if (length > settings.maxBytes()) {
      return skip(new Hop.Done(tooLarge(uri)));
    }
    String charset = contentType == null ? null : charsetOf(contentType);
    return HttpResponse.BodySubscribers.mapping(
        FetchBodySubscriber.upTo(settings.maxBytes()),
        outcome -> new Hop.Received(mediaType, charset, gzip, outcome));
  }

  private static HttpResponse.BodySubscriber<Hop> skip(Hop hop) {
    return HttpResponse.BodySubscribers.mapping(FetchBodySubscriber.skipping(), skipped -> hop);
  }

  private FetchResult page(URI uri, Hop.Received received) {
    byte[] bytes =
        switch (received.outcome()) {
          case Outcome.Complete complete -> complete.bytes();
          case Outcome.TooLarge tooLarge -> null;
          case Outcome.Skipped skipped -> throw new IllegalStateException("a page body is never skipped");
        };
    if (bytes == null) {
      return tooLarge(uri);
    }
    if (received.gzip()) {
      try {
        bytes = FetchBodies.gunzip(bytes, settings.maxBytes());
      } catch (CappedReads.TooLargeException e) {
        return tooLarge(uri);
      } catch (IOException e) {
        return failed(uri, " sent a corrupt gzip body");
      }
    }
    if (bytes.length == 0) {
      return failed(uri, " answered with an empty page");
    }
    String mediaType = received.mediaType();
    Charset charset = FetchBodies.charsetOf(bytes, received.charset(), !"text/plain".equals(mediaType));
    String text = FetchBodies.decode(bytes, charset);
    if (mediaType == null) {
      // No Content-Type: accept only what plainly is an HTML document rather than guess further.
      if (!FetchBodies.looksLikeHtml(text)) {
        return failed(uri, " sent no content type and does not look like HTML");
      }
      mediaType = "text/html";
    }
    return new FetchResult.Page(uri, mediaType, text);
  }

  private FetchResult describe(URI uri, Throwable error) {
    Throwable e = error;
    while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
      e = e.getCause();
    }
    String host = uri.getHost() + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
    return switch (e) {
      case HttpConnectTimeoutException t ->
          failed(uri, ": could not connect to " + host + " within " + FetchMessages.duration(settings.connectTimeout()));
      case HttpTimeoutException t -> timedOut(uri);
      case ConnectException c ->
          failed(uri, ": could not connect to " + host + (detail(c).isEmpty() ? " (connection refused)" : detail(c)));
      case UnknownHostException u -> failed(uri, ": " + uri.getHost() + " could not be resolved");
      case UnresolvedAddressException u -> failed(uri, ": " + uri.getHost() + " could not be resolved");
      case SSLHandshakeException s -> failed(uri, ": TLS handshake with " + host + " failed" + detail(s));
      case SSLException s -> failed(uri, ": TLS error with " + host + detail(s));
      case IOException io -> failed(uri, ": fetch failed" + detail(io));
      default -> failed(uri, ": fetch failed (" + e.getClass().getSimpleName() + detail(e) + ")");
    };
  }

  private static String detail(Throwable t) {
    String message = t.getMessage();
    return message == null || message.isBlank() ? "" : " (" + message.strip() + ")";
  }

  private FetchResult.Failed timedOut(URI uri) {
    return new FetchResult.Failed(
        "fetching " + UrlGuard.display(uri) + " timed out after " + FetchMessages.duration(settings.timeout()));
  }

  private FetchResult.Failed tooLarge(URI uri) {
    return new FetchResult.Failed(
        "page at " + UrlGuard.display(uri) + " is larger than " + FetchMessages.size(settings.maxBytes()));
  }

  private static FetchResult.Failed failed(URI uri, String rest) {
    return new FetchResult.Failed(UrlGuard.display(uri) + rest);
  }

  /** "text/html; charset=UTF-8" → "text/html". */
  static String mediaTypeOf(String contentType) {
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
  }

  /** The charset parameter of a Content-Type, or null. */
  static String charsetOf(String contentType) {
    String[] parts = contentType.split(";");
    for (int i = 1; i < parts.length; i++) {
      String[] kv = parts[i].split("=", 2);
      if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("charset")) {
        return kv[1].strip().replace("\"", "");
      }
    }
    return null;
  }

  /** The URL without fragment (never sent) and with a path, so relative redirects resolve right. */
  static URI requestable(URI uri) {
    String text = uri.toString();
    int hash = text.indexOf('#');
    if (hash >= 0) {
      text = text.substring(0, hash);
    }
    try {
      URI result = URI.create(text);
      if (result.isAbsolute() && !result.isOpaque() && result.getRawAuthority() != null
          && (result.getRawPath() == null || result.getRawPath().isEmpty())) {
        result =
            URI.create(result.getScheme() + "://" + result.getRawAuthority() + "/"
                + (result.getRawQuery() == null ? "" : "?" + result.getRawQuery()));
      }
      return result;
    } catch (IllegalArgumentException e) {
      return uri; // leave odd URLs as they are; the guard or the client will turn them down
    }
  }

  private static URI resolveLocation(URI base, String location) {
    try {
      return requestable(base.resolve(new URI(location)));
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }
}
