package dev.kamkit.model.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormularyStatusTest {

  @Test
  void preferredOnFormularyAndRestrictedAreListed() {
    assertEquals(
        List.of(
            FormularyStatus.PREFERRED, FormularyStatus.ON_FORMULARY, FormularyStatus.RESTRICTED),
        Arrays.stream(FormularyStatus.values()).filter(FormularyStatus::isListed).toList());
  }
}
