package dev.kamkit.rules.compliance.firewall;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.Account;
import dev.kamkit.model.account.AccountKind;
import dev.kamkit.model.engagement.Channel;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.ProductDiscussion;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.ProductKind;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.model.team.TeamMember;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Riverside with a KAM, a rep, an MSL and a medical director, Oncoxa and a rival's product. */
final class FirewallFixture {
  private FirewallFixture() {}

  /** The pack with both typical practices switched on. */
  static final FirewallPack ALL_PRACTICES =
      FirewallPack.of(
          FirewallPolicy.builder()
              .salesBuiltTargetLists(true)
              .medicalOnPromotionalCalls(true)
              .build());

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
  static final TeamMemberId KAM = TeamMemberId.of("kam");
  static final TeamMemberId REP = TeamMemberId.of("rep");
  static final TeamMemberId MSL = TeamMemberId.of("msl");
  static final TeamMemberId MED = TeamMemberId.of("med");
  static final ProductId ONCOXA = ProductId.of("oncoxa");
  static final ProductId RIVALIX = ProductId.of("rivalix");
  static final StakeholderId HALE = StakeholderId.of("dr-hale");

  static TeamMember member(TeamMemberId id, String name, TeamFunction function) {
    return TeamMember.builder().id(id).name(name).function(function).build();
  }

  static KeyAccount.Builder account(TeamMember... team) {
    List<TeamMember> given = Arrays.asList(team);
    KeyAccount.Builder a =
        KeyAccount.builder()
            .account(
                Account.builder()
                    .id(AccountId.of("riverside"))
                    .name("Riverside")
                    .kind(AccountKind.HOSPITAL)
                    .country("US")
                    .build())
            .addStakeholder(
                Stakeholder.builder()
                    .id(HALE)
                    .name("Dr. Hale")
                    .function(StakeholderFunction.CLINICAL)
                    .build())
            .addProducts(product(ONCOXA, "Oncoxa", false), product(RIVALIX, "Rivalix", true))
            .addAllTeam(given);
    for (TeamMember m :
        List.of(
            member(KAM, "Jordan Blake", TeamFunction.KEY_ACCOUNT_MANAGER),
            member(REP, "Sam Ortiz", TeamFunction.SALES),
            member(MSL, "Dana Ruiz", TeamFunction.MEDICAL_SCIENCE_LIAISON),
            member(MED, "Dr. Lee", TeamFunction.MEDICAL_AFFAIRS))) {
      if (given.stream().noneMatch(g -> g.id().equals(m.id()))) {
        a.addTeam(m);
      }
    }
    return a;
  }

  private static Product product(ProductId id, String name, boolean competitor) {
    return Product.builder()
        .id(id)
        .name(name)
        .kind(ProductKind.BIOLOGICAL)
        .therapeuticArea("Oncology")
        .competitor(competitor)
        .build();
  }

  static Interaction.Builder call(String id, TeamMemberId... members) {
    return Interaction.builder()
        .id(InteractionId.of(id))
        .date(AS_OF)
        .channel(Channel.IN_PERSON)
        .addTeamMembers(members)
        .addStakeholder(HALE)
        .purpose("Formulary review")
        .rationale("Pharmacy asked for evidence");
  }

  static ProductDiscussion discussed(ProductId product) {
    return ProductDiscussion.of(product, java.util.Optional.empty());
  }

  static KeyAccount withObjectives(KeyAccount.Builder account, Objective... objectives) {
    return account
        .plan(AccountPlan.builder().name("Plan").addObjectives(objectives).build())
        .build();
  }

  static Objective.Builder objective(String id) {
    return Objective.builder().id(ObjectiveId.of(id)).title("Objective " + id);
  }
}
