package dev.kamkit.model.team;

import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCode.BLANK;
import static dev.kamkit.model.base.ModelCode.TARGET_LIST_EMPTY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TargetListId;
import dev.kamkit.model.id.TeamMemberId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TargetListTest {
  private static TargetList.Builder kols() {
    return TargetList.builder()
        .id(TargetListId.of("tl-1"))
        .name("Oncology KOLs 2026")
        .builtBy(TeamMemberId.of("kam"));
  }

  @Test
  void aListNamesAtLeastOneStakeholder() {
    TargetList list = kols().addStakeholder(StakeholderId.of("chen")).build();
    assertEquals(Set.of(), list.workedBy());
    assertSingleViolation(() -> kols().build(), TARGET_LIST_EMPTY, path("stakeholders"), "[]");
  }

  @Test
  void aListHasAName() {
    assertSingleViolation(
        () -> kols().name(" ").addStakeholder(StakeholderId.of("chen")).build(),
        BLANK,
        path("name"),
        "\" \"");
  }

  @Test
  void salesQuotasAndSalesBonusesAreSalesBasedAndObjectivesBonusesAreNot() {
    assertTrue(Incentive.SALES_QUOTA.isSalesBased());
    assertTrue(Incentive.SALES_BASED_BONUS.isSalesBased());
    assertFalse(Incentive.OBJECTIVES_BONUS.isSalesBased());
    TeamMember msl =
        TeamMember.builder()
            .id(TeamMemberId.of("msl"))
            .name("Dr. Amara Osei")
            .function(TeamFunction.MEDICAL_SCIENCE_LIAISON)
            .addIncentive(Incentive.OBJECTIVES_BONUS)
            .build();
    assertFalse(msl.hasSalesIncentive());
    assertTrue(msl.withIncentives(Set.of(Incentive.SALES_QUOTA)).hasSalesIncentive());
  }
}
