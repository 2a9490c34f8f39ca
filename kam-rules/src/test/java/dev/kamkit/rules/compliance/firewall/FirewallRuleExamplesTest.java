package dev.kamkit.rules.compliance.firewall;

import static dev.kamkit.rules.compliance.firewall.FirewallFixture.AS_OF;
import static dev.kamkit.rules.compliance.firewall.FirewallFixture.KAM;
import static dev.kamkit.rules.compliance.firewall.FirewallFixture.MSL;
import static dev.kamkit.rules.compliance.firewall.FirewallFixture.ONCOXA;
import static dev.kamkit.rules.compliance.firewall.FirewallFixture.REP;
import static dev.kamkit.rules.compliance.firewall.FirewallFixture.account;
import static dev.kamkit.rules.compliance.firewall.FirewallFixture.call;
import static dev.kamkit.rules.compliance.firewall.FirewallFixture.discussed;
import static dev.kamkit.rules.compliance.firewall.FirewallFixture.objective;
import static dev.kamkit.rules.compliance.firewall.FirewallFixture.withObjectives;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.TargetListId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.team.Division;
import dev.kamkit.model.team.Incentive;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.rules.compliance.PackRuleExamplesContract;
import dev.kamkit.rules.compliance.RulePack;
import java.time.LocalDate;
import java.util.List;

/**
 * A worked example for every rule of the firewall pack; the opt-in rule runs with the host's
 * opt-in, the rule on by default with the defaults.
 */
public class FirewallRuleExamplesTest extends PackRuleExamplesContract {
  private static final FirewallPack PACK = FirewallPack.withDefaults();

  @Override
  protected RulePack pack() {
    return PACK;
  }

  @Override
  protected List<Example> examples() {
    KeyAccount quota = account(FirewallPackTest.msl(Incentive.SALES_QUOTA)).build();
    KeyAccount kamOwned =
        withObjectives(
            account(), objective("kol-plan").division(Division.MEDICAL).owner(KAM).build());
    KeyAccount repDirected =
        withObjectives(
            account(),
            objective("kol-plan").division(Division.MEDICAL).owner(MSL).directedBy(REP).build());
    KeyAccount kamList = account().addTargetList(TypicalPracticesTest.list(KAM, MSL)).build();
    KeyAccount jointCall =
        account()
            .addInteraction(call("c1", REP, MSL).addProductsDiscussed(discussed(ONCOXA)).build())
            .build();
    return List.of(
        example(
            PACK,
            quota,
            AS_OF,
            FirewallRules.SALES_INCENTIVE,
            List.of(TeamMemberId.of("msl")),
            FirewallCode.SALES_INCENTIVE,
            Arg.of(TeamMemberId.of("msl"), "Dana Ruiz"),
            Arg.of(TeamFunction.MEDICAL_SCIENCE_LIAISON),
            Arg.list(Arg.of(Incentive.SALES_QUOTA))),
        example(
            PACK,
            kamOwned,
            AS_OF,
            FirewallRules.OBJECTIVE_COMMERCIAL_OWNER,
            List.of(ObjectiveId.of("kol-plan"), TeamMemberId.of("kam")),
            FirewallCode.OBJECTIVE_COMMERCIAL_OWNER,
            Arg.of(ObjectiveId.of("kol-plan"), "Objective kol-plan"),
            Arg.of(TeamMemberId.of("kam"), "Jordan Blake"),
            Arg.of(TeamFunction.KEY_ACCOUNT_MANAGER)),
        example(
            PACK,
            repDirected,
            AS_OF,
            FirewallRules.OBJECTIVE_COMMERCIAL_DIRECTION,
            List.of(ObjectiveId.of("kol-plan"), TeamMemberId.of("rep")),
            FirewallCode.OBJECTIVE_COMMERCIAL_DIRECTION,
            Arg.of(ObjectiveId.of("kol-plan"), "Objective kol-plan"),
            Arg.of(TeamMemberId.of("rep"), "Sam Ortiz"),
            Arg.of(TeamFunction.SALES)),
        example(
            PACK,
            kamList,
            AS_OF,
            FirewallRules.SALES_BUILT_TARGET_LIST,
            List.of(TargetListId.of("tl-kam"), TeamMemberId.of("msl")),
            FirewallCode.SALES_BUILT_TARGET_LIST,
            Arg.of(TeamMemberId.of("msl"), "Dana Ruiz"),
            Arg.of(TeamFunction.MEDICAL_SCIENCE_LIAISON),
            Arg.of(TargetListId.of("tl-kam"), "Formulary influencers"),
            Arg.of(TeamMemberId.of("kam"), "Jordan Blake"),
            Arg.of(TeamFunction.KEY_ACCOUNT_MANAGER)),
        example(
            FirewallFixture.ALL_PRACTICES,
            jointCall,
            AS_OF,
            FirewallRules.MEDICAL_ON_PROMOTIONAL_CALL,
            List.of(InteractionId.of("c1"), TeamMemberId.of("msl")),
            FirewallCode.MEDICAL_ON_PROMOTIONAL_CALL,
            Arg.of(TeamMemberId.of("msl"), "Dana Ruiz"),
            Arg.of(TeamFunction.MEDICAL_SCIENCE_LIAISON),
            Arg.of(InteractionId.of("c1")),
            Arg.of(LocalDate.parse("2026-11-22")),
            Arg.list(Arg.of(TeamMemberId.of("rep"), "Sam Ortiz")),
            Arg.list(Arg.of(PromotionalSign.DISCUSSED_OUR_PRODUCTS))));
  }
}
