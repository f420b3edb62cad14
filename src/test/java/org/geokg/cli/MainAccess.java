package org.geokg.cli;

/** Lets tests of other packages read the one-line explanation the launcher prints. */
public final class MainAccess {
  private MainAccess() {}

  public static String explain(Throwable e) {
    return Main.explain(e);
  }
}
