package dev.kamkit.archfixtures;

import java.io.File;

/** Fixture: touches the file system, which pure code must not. */
public final class ReadsFiles {
  private ReadsFiles() {}

  /** Breaks the rule. */
  public static boolean exists(String path) {
    return new File(path).exists();
  }
}
