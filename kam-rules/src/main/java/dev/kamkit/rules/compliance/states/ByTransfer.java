package dev.kamkit.rules.compliance.states;

import dev.kamkit.model.id.KamId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The shares of one transfer, for findings about the transfer and everyone it went to: a group meal
 * is one finding naming every attendee concerned.
 *
 * @param first the first share, which carries the transfer and its per-person value
 * @param people every share of the transfer, one per person
 */
record ByTransfer(StateShare first, List<StateShare> people) {

  /** The shares grouped by transfer, in the order of each transfer's first share. */
  static List<ByTransfer> group(Stream<StateShare> shares) {
    Map<String, List<StateShare>> byId = new LinkedHashMap<>();
    shares.forEach(
        s -> byId.computeIfAbsent(s.transferId().value(), k -> new ArrayList<>()).add(s));
    return byId.values().stream().map(p -> new ByTransfer(p.get(0), List.copyOf(p))).toList();
  }

  /** The transfer, then each person. */
  List<KamId> subjects() {
    List<KamId> subjects = new ArrayList<>();
    subjects.add(first.transferId());
    people.forEach(s -> subjects.add(s.recipient().id()));
    return subjects;
  }

  /** {@code Meal m1 on 2025-03-31}. */
  String meal() {
    return "Meal " + first.transferId() + " on " + first.transfer().date();
  }

  /** {@code Dr A [a], Dr B [b]}. */
  String who() {
    return people.stream().map(StateShare::who).collect(Collectors.joining(", "));
  }
}
