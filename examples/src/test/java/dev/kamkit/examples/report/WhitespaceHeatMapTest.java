package dev.kamkit.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Site names shortened to what tells them apart, as the heat map labels its row groups. */
class WhitespaceHeatMapTest {
  @Test
  void theWordsEverySiteSharesAtTheStartAndTheEndGo() {
    assertEquals(
        List.of("Memorial", "St. Luke's", "Cedar Grove"),
        WhitespaceHeatMap.shortNames(
            List.of(
                "Riverside Memorial Hospital",
                "Riverside St. Luke's Hospital",
                "Riverside Cedar Grove Hospital")));
  }

  @Test
  void aSingleSiteOrANameThatWouldBeLeftEmptyKeepsItsName() {
    assertEquals(
        List.of("Harbor Point Medical Center"),
        WhitespaceHeatMap.shortNames(List.of("Harbor Point Medical Center")));
    assertEquals(
        List.of("Campus", "Nord"), WhitespaceHeatMap.shortNames(List.of("Campus", "Campus Nord")));
  }
}
