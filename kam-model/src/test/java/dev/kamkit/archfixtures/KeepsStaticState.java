package dev.kamkit.archfixtures;

import java.util.ArrayList;
import java.util.List;

/** Fixture: keeps mutable state in static fields, which pure code must not. */
public final class KeepsStaticState {
  private KeepsStaticState() {}

  /** Breaks the rule: not final. */
  public static int counter;

  /** Breaks the rule: final, but a mutable type. */
  public static final ArrayList<String> SEEN = new ArrayList<>();

  /** Keeps the rule. */
  public static final List<String> CONSTANTS = List.of("a");
}
