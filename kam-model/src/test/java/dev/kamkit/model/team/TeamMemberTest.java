package dev.kamkit.model.team;

import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCode.ATTRIBUTE_KEY;
import static dev.kamkit.model.base.ModelCode.BLANK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.id.TeamMemberId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TeamMemberTest {
  private static final LocalDate LEFT = LocalDate.of(2025, 12, 31);

  private static TeamMember.Builder member(TeamFunction function) {
    return TeamMember.builder().id(TeamMemberId.of("m-1")).name("Jordan Blake").function(function);
  }

  @Test
  void isActiveUpToAndIncludingItsLastDay() {
    TeamMember leaver = member(TeamFunction.SALES).leftOn(LEFT).build();
    assertTrue(leaver.isActiveOn(LEFT));
    assertFalse(leaver.isActiveOn(LEFT.plusDays(1)));
    assertTrue(member(TeamFunction.SALES).build().isActiveOn(LocalDate.of(2099, 1, 1)));
  }

  @Test
  void sitsOnTheSideOfTheFirewallItsFunctionDoes() {
    assertEquals(Division.MEDICAL, member(TeamFunction.MEDICAL_SCIENCE_LIAISON).build().division());
    assertEquals(Division.COMMERCIAL, member(TeamFunction.KEY_ACCOUNT_MANAGER).build().division());
  }

  @Test
  void rejectsABlankNameOrAttributeKey() {
    assertSingleViolation(
        () -> member(TeamFunction.SALES).name("").build(), BLANK, path("name"), "\"\"");
    assertSingleViolation(
        () -> member(TeamFunction.SALES).putAttribute("", AttributeValue.flag(true)).build(),
        ATTRIBUTE_KEY,
        path("attributes").entry(""),
        "\"\"");
  }
}
