package dev.kamkit.model.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ActionStatusTest {

  @Test
  void onlyCompletedAndCancelledActionsAreClosed() {
    Set<ActionStatus> closed =
        Arrays.stream(ActionStatus.values())
            .filter(ActionStatus::isClosed)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(ActionStatus.class)));
    assertEquals(EnumSet.of(ActionStatus.COMPLETED, ActionStatus.CANCELLED), closed);
  }
}
