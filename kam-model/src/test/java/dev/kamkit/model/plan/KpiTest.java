package dev.kamkit.model.plan;

import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCode.BLANK;
import static dev.kamkit.model.base.ModelCode.KPI_MEASURED_WITHOUT_VALUE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.id.KpiId;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KpiTest {
  private static final LocalDate SEP_30 = LocalDate.of(2026, 9, 30);

  private static Kpi.Builder share() {
    return Kpi.builder()
        .id(KpiId.of("kpi-share"))
        .name("Oncoxa share of first-line NSCLC starts")
        .kind(KpiKind.LAGGING)
        .perspective(KpiPerspective.COMPANY);
  }

  @Test
  void countsInPlainNumbersUnlessSaidOtherwise() {
    assertEquals(KpiUnit.NUMBER, share().build().unit());
  }

  @Test
  void keepsTargetAndCurrentExactly() {
    Kpi kpi =
        share()
            .unit(KpiUnit.PERCENT)
            .target(new BigDecimal("45"))
            .current(new BigDecimal("31.5"))
            .measuredOn(SEP_30)
            .build();
    assertEquals(new BigDecimal("31.5"), kpi.current().get());
  }

  @Test
  void aMeasurementDateNeedsAValue() {
    assertSingleViolation(
        () -> share().measuredOn(SEP_30).build(),
        KPI_MEASURED_WITHOUT_VALUE,
        path("measuredOn"),
        "2026-09-30");
  }

  @Test
  void rejectsABlankName() {
    assertSingleViolation(() -> share().name(" ").build(), BLANK, path("name"), "\" \"");
  }
}
