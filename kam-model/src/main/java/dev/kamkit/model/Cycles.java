package dev.kamkit.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds cycles in a parent relation: reporting lines, action hierarchies, account hierarchies. */
final class Cycles {
  private Cycles() {}

  /**
   * The cycles in {@code parent} (child to parent), each once, as the ids on it in order from its
   * smallest id, so the same data always reports the same cycles.
   */
  static <K extends Comparable<K>> List<List<K>> in(Map<K, K> parent) {
    List<List<K>> cycles = new ArrayList<>();
    Set<K> done = new HashSet<>();
    parent.keySet().stream()
        .sorted()
        .forEach(
            start -> {
              Set<K> path = new LinkedHashSet<>();
              K at = start;
              while (at != null && !done.contains(at) && path.add(at)) {
                at = parent.get(at);
              }
              if (at != null && path.contains(at)) {
                List<K> cycle = new ArrayList<>();
                boolean on = false;
                for (K k : path) {
                  on |= k.equals(at);
                  if (on) {
                    cycle.add(k);
                  }
                }
                // a tail with a smaller id may enter the cycle anywhere: start it at its smallest
                // id
                Collections.rotate(cycle, -cycle.indexOf(Collections.min(cycle)));
                cycles.add(cycle);
              }
              done.addAll(path);
            });
    return cycles;
  }
}
