package dev.kamkit.model.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class InitiativeStatusTest {

  @Test
  void onlyLaunchedAndCompletedInitiativesCountAsLaunched() {
    assertEquals(
        List.of(InitiativeStatus.LAUNCHED, InitiativeStatus.COMPLETED),
        Arrays.stream(InitiativeStatus.values()).filter(InitiativeStatus::isLaunched).toList());
  }
}
