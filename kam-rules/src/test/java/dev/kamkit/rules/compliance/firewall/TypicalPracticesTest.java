package dev.kamkit.rules.compliance.firewall;

import static dev.kamkit.rules.compliance.firewall.FirewallFixture.AS_OF;
import static dev.kamkit.rules.compliance.firewall.FirewallFixture.HALE;
import static dev.kamkit.rules.compliance.firewall.FirewallFixture.KAM;
import static dev.kamkit.rules.compliance.firewall.FirewallFixture.MED;
import static dev.kamkit.rules.compliance.firewall.FirewallFixture.MSL;
import static dev.kamkit.rules.compliance.firewall.FirewallFixture.ONCOXA;
import static dev.kamkit.rules.compliance.firewall.FirewallFixture.REP;
import static dev.kamkit.rules.compliance.firewall.FirewallFixture.RIVALIX;
import static dev.kamkit.rules.compliance.firewall.FirewallFixture.account;
import static dev.kamkit.rules.compliance.firewall.FirewallFixture.call;
import static dev.kamkit.rules.compliance.firewall.FirewallFixture.discussed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.InteractionStatus;
import dev.kamkit.model.engagement.SpeakerProgram;
import dev.kamkit.model.engagement.Venue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.MaterialId;
import dev.kamkit.model.id.TargetListId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.portfolio.PromotionalMaterial;
import dev.kamkit.model.team.TargetList;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.rules.compliance.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The opt-in typical practices: sales-built target lists and medical on promotional calls. */
class TypicalPracticesTest {
  private static final FirewallPack ALL = FirewallFixture.ALL_PRACTICES;

  static TargetList list(TeamMemberId builtBy, TeamMemberId... workedBy) {
    return TargetList.builder()
        .id(TargetListId.of("tl-" + builtBy))
        .name("Formulary influencers")
        .builtBy(builtBy)
        .addWorkedBy(workedBy)
        .addStakeholder(HALE)
        .build();
  }

  private static List<String> rules(FirewallPack pack, KeyAccount account) {
    return pack.check(account, AS_OF).stream().map(Finding::ruleId).toList();
  }

  @Test
  void anMslWorkingTheKamsListIsAFindingUnlessTheHostSwitchesItOff() {
    KeyAccount a = account().addTargetList(list(KAM, REP, MSL)).build();
    assertEquals(
        List.of("firewall.target-list.sales-built"), rules(FirewallPack.withDefaults(), a));
    assertEquals(
        List.of(),
        rules(
            FirewallPack.of(
                FirewallPolicy.builder()
                    .salesBuiltTargetLists(false)
                    .medicalOnPromotionalCalls(true)
                    .build()),
            a));
    List<Finding> found = ALL.check(a, AS_OF);
    assertEquals(1, found.size());
    assertEquals("firewall.target-list.sales-built", found.get(0).ruleId());
    assertEquals("WARNING", found.get(0).severity().name());
    assertEquals(
        List.of("tl-kam", "msl"), found.get(0).subjects().stream().map(id -> id.value()).toList());
    assertEquals(
        Message.of(
            FirewallCode.SALES_BUILT_TARGET_LIST,
            Arg.of(MSL, "Dana Ruiz"),
            Arg.of(TeamFunction.MEDICAL_SCIENCE_LIAISON),
            Arg.of(TargetListId.of("tl-kam"), "Formulary influencers"),
            Arg.of(KAM, "Jordan Blake"),
            Arg.of(TeamFunction.KEY_ACCOUNT_MANAGER)),
        found.get(0).message());
  }

  @Test
  void eachMedicalWorkerIsOneFindingInIdOrderAndMedicalListsAreNone() {
    assertEquals(
        List.of("med", "msl"),
        ALL.check(account().addTargetList(list(REP, MSL, MED)).build(), AS_OF).stream()
            .map(f -> f.subjects().get(1).value())
            .toList());
    assertEquals(List.of(), rules(ALL, account().addTargetList(list(MSL, MSL, REP)).build()));
  }

  @Test
  void anMslJoiningARepsProductCallIsAFindingOnlyWhenTheHostOptsIn() {
    KeyAccount a =
        account()
            .addInteraction(call("c1", REP, MSL).addProductsDiscussed(discussed(ONCOXA)).build())
            .build();
    assertEquals(List.of(), rules(FirewallPack.withDefaults(), a));
    assertEquals(
        List.of(),
        rules(FirewallPack.of(FirewallPolicy.builder().salesBuiltTargetLists(true).build()), a));
    List<Finding> found = ALL.check(a, AS_OF);
    assertEquals(1, found.size());
    assertEquals("firewall.interaction.medical-on-promotional-call", found.get(0).ruleId());
    assertEquals(
        List.of("c1", "msl"), found.get(0).subjects().stream().map(id -> id.value()).toList());
    assertEquals(
        Message.of(
            FirewallCode.MEDICAL_ON_PROMOTIONAL_CALL,
            Arg.of(MSL, "Dana Ruiz"),
            Arg.of(TeamFunction.MEDICAL_SCIENCE_LIAISON),
            Arg.of(InteractionId.of("c1")),
            Arg.of(AS_OF),
            Arg.list(Arg.of(REP, "Sam Ortiz")),
            Arg.list(Arg.of(PromotionalSign.DISCUSSED_OUR_PRODUCTS))),
        found.get(0).message());
  }

  @Test
  void materialsAndSpeakerProgrammesMakeACallPromotional() {
    MaterialId aid = MaterialId.of("aid");
    KeyAccount a =
        account()
            .addPromotionalMaterial(
                PromotionalMaterial.builder()
                    .id(aid)
                    .title("Detail aid")
                    .product(ONCOXA)
                    .approvedOn(AS_OF.minusYears(1))
                    .expiresOn(AS_OF.plusYears(1))
                    .build())
            .addInteraction(
                call("c1", KAM, MSL, MED)
                    .addMaterial(aid)
                    .speakerProgram(
                        SpeakerProgram.builder().topic("Update").venue(Venue.MEETING_ROOM).build())
                    .build())
            .build();
    List<Finding> found = ALL.check(a, AS_OF);
    assertEquals(
        List.of("med", "msl"), found.stream().map(f -> f.subjects().get(1).value()).toList());
    assertEquals(
        Message.of(
            FirewallCode.MEDICAL_ON_PROMOTIONAL_CALL,
            Arg.of(MED, "Dr. Lee"),
            Arg.of(TeamFunction.MEDICAL_AFFAIRS),
            Arg.of(InteractionId.of("c1")),
            Arg.of(AS_OF),
            Arg.list(Arg.of(KAM, "Jordan Blake")),
            Arg.list(
                Arg.of(PromotionalSign.USED_PROMOTIONAL_MATERIALS),
                Arg.of(PromotionalSign.SPEAKER_PROGRAMME))),
        found.get(0).message());
  }

  @Test
  void nonPromotionalJointCallsMedicalCallsAndCancelledCallsAreNotFindings() {
    KeyAccount a =
        account()
            .addInteractions(
                call("rival-only", REP, MSL).addProductsDiscussed(discussed(RIVALIX)).build(),
                call("nothing", REP, MSL).build(),
                call("medical", MSL, MED).addProductsDiscussed(discussed(ONCOXA)).build(),
                call("sales", REP, KAM).addProductsDiscussed(discussed(ONCOXA)).build(),
                call("cancelled", REP, MSL)
                    .addProductsDiscussed(discussed(ONCOXA))
                    .status(InteractionStatus.CANCELLED)
                    .build())
            .build();
    assertEquals(List.of(), ALL.check(a, AS_OF));
    KeyAccount planned =
        account()
            .addInteraction(
                call("planned", REP, MSL)
                    .addProductsDiscussed(discussed(ONCOXA))
                    .status(InteractionStatus.PLANNED)
                    .build())
            .build();
    assertEquals(List.of("firewall.interaction.medical-on-promotional-call"), rules(ALL, planned));
  }
}
