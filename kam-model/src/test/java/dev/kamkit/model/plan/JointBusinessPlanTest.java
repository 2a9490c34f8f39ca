package dev.kamkit.model.plan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.id.StakeholderId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JointBusinessPlanTest {

  @Test
  void isAgreedOnlyOnceTheCustomerAgreedIt() {
    JointBusinessPlan draft =
        JointBusinessPlan.builder().addCustomerSponsor(StakeholderId.of("quality-vp")).build();
    assertFalse(draft.isAgreed());
    assertTrue(draft.withAgreedOn(LocalDate.of(2026, 5, 12)).isAgreed());
  }
}
