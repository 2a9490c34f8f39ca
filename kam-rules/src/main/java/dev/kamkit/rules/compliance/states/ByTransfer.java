package dev.kamkit.rules.compliance.states;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.KamId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /** The transfer, and its day: how a meal finding names the meal. */
  Arg[] meal() {
    return new Arg[] {Arg.of(first.transferId()), Arg.of(first.transfer().date())};
  }

  /** How many people it went to, and who, by name. */
  Arg[] who() {
    return new Arg[] {Arg.of(people.size()), Arg.list(people, StateShare::who)};
  }

  /** The arguments of each group, in order, as one array. */
  static Arg[] concat(Arg[]... groups) {
    return Arrays.stream(groups).flatMap(Arrays::stream).toArray(Arg[]::new);
  }
}
