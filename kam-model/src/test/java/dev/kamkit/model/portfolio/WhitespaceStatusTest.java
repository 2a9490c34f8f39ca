package dev.kamkit.model.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhitespaceStatusTest {

  @Test
  void everyCellButANotIndicatedOneIsAddressable() {
    assertEquals(
        List.of(WhitespaceStatus.NOT_INDICATED),
        Arrays.stream(WhitespaceStatus.values()).filter(s -> !s.isAddressable()).toList());
  }
}
