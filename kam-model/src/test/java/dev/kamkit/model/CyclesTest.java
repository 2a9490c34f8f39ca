package dev.kamkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CyclesTest {

  private static Map<String, String> parents(String... childParentPairs) {
    Map<String, String> parent = new HashMap<>();
    for (int i = 0; i < childParentPairs.length; i += 2) {
      parent.put(childParentPairs[i], childParentPairs[i + 1]);
    }
    return parent;
  }

  @Test
  void findsNothingInATree() {
    assertEquals(List.of(), Cycles.in(parents("b", "a", "c", "a", "d", "b")));
  }

  @Test
  void findsNothingInAnEmptyRelation() {
    assertEquals(List.of(), Cycles.in(Map.<String, String>of()));
  }

  @Test
  void stopsAtAParentOutsideTheRelation() {
    assertEquals(List.of(), Cycles.in(parents("hospital", "idn", "clinic", "hospital")));
  }

  @Test
  void findsASelfLoop() {
    assertEquals(List.of(List.of("a")), Cycles.in(parents("a", "a")));
  }

  @Test
  void findsATwoCycle() {
    assertEquals(List.of(List.of("a", "b")), Cycles.in(parents("a", "b", "b", "a")));
  }

  @Test
  void listsACycleInParentOrderFromItsSmallestId() {
    // c reports to a, a to b, b to c: starting from a, the chain runs a, b, c
    assertEquals(List.of(List.of("a", "b", "c")), Cycles.in(parents("c", "a", "a", "b", "b", "c")));
  }

  @Test
  void reportsACycleOnceNotOncePerMember() {
    assertEquals(1, Cycles.in(parents("a", "b", "b", "c", "c", "d", "d", "a")).size());
  }

  @Test
  void leavesOutTheTailThatLeadsIntoACycle() {
    // x reports into the cycle b -> c -> b without being on it
    assertEquals(List.of(List.of("b", "c")), Cycles.in(parents("x", "b", "b", "c", "c", "b")));
  }

  @Test
  void startsFromTheSmallestIdEvenWhenATailWithASmallerIdLeadsIn() {
    // a is not on the cycle but is visited first and enters it at c
    assertEquals(List.of(List.of("b", "c")), Cycles.in(parents("a", "c", "b", "c", "c", "b")));
  }

  @Test
  void keepsParentOrderWhenRotatingALongerCycleToItsSmallestId() {
    // the tail a enters the cycle b -> c -> d -> b at c
    assertEquals(
        List.of(List.of("b", "c", "d")),
        Cycles.in(parents("a", "c", "b", "c", "c", "d", "d", "b")));
  }

  @Test
  void reportsTheSameCycleTheSameWayWhateverElseIsInTheData() {
    Map<String, String> cycle = parents("m", "n", "n", "m");
    Map<String, String> withTail = new HashMap<>(cycle);
    withTail.put("a", "n");
    assertEquals(Cycles.in(cycle), Cycles.in(withTail));
  }

  @Test
  void findsEveryDisjointCycle() {
    assertEquals(
        List.of(List.of("a", "b"), List.of("c", "d", "e")),
        Cycles.in(parents("e", "c", "d", "e", "c", "d", "b", "a", "a", "b", "f", "a")));
  }
}
