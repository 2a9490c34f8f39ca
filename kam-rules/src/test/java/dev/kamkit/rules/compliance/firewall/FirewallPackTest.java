package dev.kamkit.rules.compliance.firewall;

import static dev.kamkit.rules.compliance.firewall.FirewallFixture.AS_OF;
import static dev.kamkit.rules.compliance.firewall.FirewallFixture.KAM;
import static dev.kamkit.rules.compliance.firewall.FirewallFixture.MSL;
import static dev.kamkit.rules.compliance.firewall.FirewallFixture.REP;
import static dev.kamkit.rules.compliance.firewall.FirewallFixture.account;
import static dev.kamkit.rules.compliance.firewall.FirewallFixture.member;
import static dev.kamkit.rules.compliance.firewall.FirewallFixture.objective;
import static dev.kamkit.rules.compliance.firewall.FirewallFixture.withObjectives;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.plan.ObjectiveStatus;
import dev.kamkit.model.team.Division;
import dev.kamkit.model.team.Incentive;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.model.team.TeamMember;
import dev.kamkit.rules.compliance.ComplianceValidator;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.RuleDescriptor;
import dev.kamkit.rules.compliance.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The verified firewall rules: incentives of medical members, medical objectives. */
class FirewallPackTest {
  private static final FirewallPack PACK = FirewallPack.withDefaults();

  static TeamMember msl(Incentive... incentives) {
    return member(MSL, "Dana Ruiz", TeamFunction.MEDICAL_SCIENCE_LIAISON)
        .withIncentives(incentives);
  }

  private static List<Finding> findings(KeyAccount account) {
    return ComplianceValidator.of(List.of(PACK)).validate(account, AS_OF).findings();
  }

  private static List<String> rules(KeyAccount account) {
    return findings(account).stream().map(Finding::ruleId).toList();
  }

  @Test
  void anMslOnASalesQuotaIsAFindingThatNamesHerAndTheFix() {
    List<Finding> found =
        findings(account(msl(Incentive.OBJECTIVES_BONUS, Incentive.SALES_QUOTA)).build());
    assertEquals(1, found.size());
    Finding f = found.get(0);
    assertEquals("firewall.member.sales-incentive", f.ruleId());
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("msl", f.subjects().get(0).value());
    assertEquals(
        Message.of(
            FirewallCode.SALES_INCENTIVE,
            Arg.of(MSL, "Dana Ruiz"),
            Arg.of(TeamFunction.MEDICAL_SCIENCE_LIAISON),
            Arg.list(Arg.of(Incentive.SALES_QUOTA))),
        f.message());
  }

  @Test
  void everySalesIncentiveIsListedInOrder() {
    Finding f =
        findings(account(msl(Incentive.SALES_BASED_BONUS, Incentive.SALES_QUOTA)).build()).get(0);
    assertEquals(
        Arg.list(Arg.of(Incentive.SALES_QUOTA), Arg.of(Incentive.SALES_BASED_BONUS)),
        f.message().arg("incentives"));
  }

  @Test
  void objectivesPayAndUnrecordedIncentivesAreNotFindingsNorIsARepsQuota() {
    assertEquals(List.of(), rules(account(msl(Incentive.OBJECTIVES_BONUS)).build()));
    assertEquals(List.of(), rules(account(msl()).build()));
    assertEquals(
        List.of(),
        rules(
            account(
                    member(REP, "Sam Ortiz", TeamFunction.SALES)
                        .withIncentives(Incentive.SALES_QUOTA, Incentive.SALES_BASED_BONUS))
                .build()));
    assertEquals(
        List.of("firewall.member.sales-incentive"),
        rules(
            account(
                    member(MSL, "Dr. Lee", TeamFunction.MEDICAL_AFFAIRS)
                        .withIncentives(Incentive.SALES_BASED_BONUS))
                .build()));
  }

  @Test
  void aMemberWhoLeftBeforeTheDayIsNotJudgedOnIncentives() {
    TeamMember leavesToday = msl(Incentive.SALES_QUOTA).withLeftOn(AS_OF);
    assertEquals(List.of("firewall.member.sales-incentive"), rules(account(leavesToday).build()));
    assertEquals(List.of(), rules(account(leavesToday.withLeftOn(AS_OF.minusDays(1))).build()));
  }

  @Test
  void aMedicalObjectiveOwnedByTheKamIsAFinding() {
    List<Finding> found =
        findings(
            withObjectives(
                account(), objective("kol-plan").division(Division.MEDICAL).owner(KAM).build()));
    assertEquals(1, found.size());
    assertEquals("firewall.objective.commercial-owner", found.get(0).ruleId());
    assertEquals(
        List.of("kol-plan", "kam"),
        found.get(0).subjects().stream().map(id -> id.value()).toList());
    assertEquals(
        Message.of(
            FirewallCode.OBJECTIVE_COMMERCIAL_OWNER,
            Arg.of(ObjectiveId.of("kol-plan"), "Objective kol-plan"),
            Arg.of(KAM, "Jordan Blake"),
            Arg.of(TeamFunction.KEY_ACCOUNT_MANAGER)),
        found.get(0).message());
  }

  @Test
  void aMedicalObjectiveDirectedBySalesIsAFinding() {
    List<Finding> found =
        findings(
            withObjectives(
                account(),
                objective("kol-plan")
                    .division(Division.MEDICAL)
                    .owner(MSL)
                    .directedBy(REP)
                    .build()));
    assertEquals(1, found.size());
    assertEquals("firewall.objective.commercial-direction", found.get(0).ruleId());
    assertEquals(
        List.of("kol-plan", "rep"),
        found.get(0).subjects().stream().map(id -> id.value()).toList());
    assertEquals(
        Message.of(
            FirewallCode.OBJECTIVE_COMMERCIAL_DIRECTION,
            Arg.of(ObjectiveId.of("kol-plan"), "Objective kol-plan"),
            Arg.of(REP, "Sam Ortiz"),
            Arg.of(TeamFunction.SALES)),
        found.get(0).message());
  }

  @Test
  void ownedAndDirectedByCommercialIsTwoFindings() {
    assertEquals(
        List.of("firewall.objective.commercial-direction", "firewall.objective.commercial-owner"),
        rules(
            withObjectives(
                account(),
                objective("o").division(Division.MEDICAL).owner(KAM).directedBy(REP).build())));
  }

  @Test
  void medicalObjectivesRunByMedicalCommercialOnesAndUnrecordedDivisionsAreNotFindings() {
    assertEquals(
        List.of(),
        rules(
            withObjectives(
                account(),
                objective("a").division(Division.MEDICAL).owner(MSL).directedBy(MSL).build(),
                objective("b").division(Division.MEDICAL).build(),
                objective("c").division(Division.COMMERCIAL).owner(REP).directedBy(KAM).build(),
                objective("d").owner(MSL).directedBy(REP).build())));
    assertEquals(List.of(), rules(account().build()));
  }

  @Test
  void cancelledObjectivesAreSkippedButAchievedOnesAreNot() {
    assertEquals(
        List.of(),
        rules(
            withObjectives(
                account(),
                objective("o")
                    .division(Division.MEDICAL)
                    .owner(KAM)
                    .status(ObjectiveStatus.CANCELLED)
                    .build())));
    assertEquals(
        List.of("firewall.objective.commercial-owner"),
        rules(
            withObjectives(
                account(),
                objective("o")
                    .division(Division.MEDICAL)
                    .owner(KAM)
                    .status(ObjectiveStatus.ACHIEVED)
                    .build())));
  }

  @Test
  void thePackDescribesItselfAndListsTheOptInRulesWhateverThePolicy() {
    assertEquals("firewall", PACK.id());
    assertEquals("Commercial / medical firewall", PACK.name().toString());
    assertEquals(FirewallPolicy.defaults(), PACK.policy());
    assertEquals(
        List.of(
            "firewall.member.sales-incentive",
            "firewall.objective.commercial-owner",
            "firewall.objective.commercial-direction",
            "firewall.target-list.sales-built",
            "firewall.interaction.medical-on-promotional-call"),
        PACK.rules().stream().map(RuleDescriptor::id).toList());
    assertEquals(
        PACK.rules(),
        FirewallPack.of(FirewallPolicy.builder().salesBuiltTargetLists(false).build()).rules());
    assertThrows(NullPointerException.class, () -> FirewallPack.of(null));
  }

  @Test
  void salesBuiltTargetListsAreCheckedByDefaultAndPromotionalCallsOnlyOnRequest() {
    FirewallPolicy defaults = FirewallPolicy.defaults();
    assertEquals(true, defaults.salesBuiltTargetLists());
    assertEquals(false, defaults.medicalOnPromotionalCalls());
  }
}
