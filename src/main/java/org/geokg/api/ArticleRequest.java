package org.geokg.api;

/**
 * Body of {@code POST /api/articles}: a URL to fetch, or a page's HTML or plain text (with the URL
 * it came from, if known), and optionally its title and publication date (YYYY-MM-DD).
 */
public record ArticleRequest(String url, String html, String text, String title, String publishedAt) {}
