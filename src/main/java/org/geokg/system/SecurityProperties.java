package org.geokg.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may use the API ({@code geokg.security.*}). Authentication is on when an API key or a user is
 * configured (from the environment or a config file outside the repository, never committed):
 * then writes (ingest, merge, delete, feed settings) need the key ({@code X-API-Key} header or
 * {@code Authorization: Bearer}) or HTTP basic auth, and reads too unless {@code open-reads}.
 *
 * @param apiKey the API key, or empty
 * @param username a basic-auth user, or empty
 * @param password that user's password
 * @param openReads whether read endpoints stay open while writes need authentication
 */
@ConfigurationProperties("geokg.security")
public record SecurityProperties(String apiKey, String username, String password, @DefaultValue("true") boolean openReads) {

  public SecurityProperties {
    apiKey = blankToNull(apiKey);
    username = blankToNull(username);
    password = blankToNull(password);
    if (username != null && password == null) {
      throw new IllegalArgumentException("geokg.security.username is set but geokg.security.password is not");
    }
    if (apiKey != null && apiKey.length() < 16) {
      throw new IllegalArgumentException("geokg.security.api-key must be at least 16 characters");
    }
  }

  /** Whether any credential is configured. */
  public boolean enabled() {
    return apiKey != null || username != null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
