package org.geokg.cli;

/** Lets tests of other packages read the one-line explanation the launcher prints. */
public final class MainAccess {
  private MainAccess() {}

  public static int run(String[] args, java.io.PrintStream out, java.io.PrintStream err) {
    return Main.run(args, out, err);
  }

  public static String explain(Throwable e) {
    return Main.explain(e);
  }

  /** What reading {@code file} as an ingest input throws, or null when it reads. */
  public static Exception readFile(java.nio.file.Path file) {
    try {
      IngestCommand.read(file);
      return null;
    } catch (java.io.IOException e) {
      return e;
    }
  }
}
