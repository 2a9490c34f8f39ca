package dev.kamkit.archfixtures;

/** Fixture: writes to the console, which pure code must not. */
public final class Prints {
  private Prints() {}

  /** Breaks the rule. */
  public static void shout() {
    System.out.println("kamkit");
  }
}
