package dev.kamkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickStartTest {

  @Test
  void theDecisionMapShowsTheRetiringChampionAndTheCfoNobodyHolds() {
    String map = QuickStart.describe(QuickStart.riverside());
    assertTrue(
        map.startsWith("Riverside Health System (INTEGRATED_DELIVERY_NETWORK, 2 stakeholders)"));
    assertTrue(
        map.contains(
            "Dr. Ada Okafor, Chief of Oncology: [CLINICAL_CHAMPION], sits on System P&T Committee,"
                + " RETIRING 2027-03-31, held by Jordan Reyes (STRONG)"),
        map);
    assertTrue(
        map.contains(
            "Erik Lindqvist, Chief Financial Officer: [ECONOMIC_BUYER], held by nobody of ours"),
        map);
  }

  @Test
  void theProgramPrintsBothBrokenReferences() {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      QuickStart.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String printed = buffer.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("Relationship coverage: 47.8 / 100"), printed);
    assertTrue(
        printed.contains(
            "[GAP] Economic buyer Erik Lindqvist is mapped but nobody of ours holds them actively"),
        printed);
    assertTrue(printed.contains("Status RED: Single-threaded on our side"), printed);
    assertTrue(
        printed.contains("points: Jordan Reyes to engage Erik Lindqvist (economic buyer)"),
        printed);
    assertTrue(printed.contains("2 violations:"), printed);
    assertTrue(printed.contains("relationships[nobody, ghost].teamMember = nobody"), printed);
    assertTrue(printed.contains("relationships[nobody, ghost].stakeholder = ghost"), printed);
    assertEquals(1, printed.split("held by nobody of ours", -1).length - 1, printed);
  }
}
