package org.geokg.system;

/** A start-up failure the user can act on; its message is one line meant to be shown as it is. */
public final class StartupException extends RuntimeException {
  public StartupException(String message, Throwable cause) {
    super(message, cause);
  }
}
