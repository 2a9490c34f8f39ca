package dev.kamkit.model;

import dev.kamkit.model.account.Account;
import dev.kamkit.model.account.AccountKind;
import dev.kamkit.model.account.ClinicalUnit;
import dev.kamkit.model.account.Site;
import dev.kamkit.model.account.SiteKind;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.committee.DecisionBodyKind;
import dev.kamkit.model.committee.DecisionScope;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.ActionId;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.NeedId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.SiteId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.plan.AccountNeed;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Action;
import dev.kamkit.model.plan.NeedCategory;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.portfolio.Indication;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.ProductKind;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.team.Relationship;
import dev.kamkit.model.team.RelationshipStrength;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.model.team.TeamMember;

/**
 * A small, valid key account with one of each thing a reference can point at, for tests that break
 * one reference at a time. Nothing here is realistic on purpose: the realistic accounts are in
 * {@code dev.kamkit.model.testing.SeedAccounts}.
 */
final class TestAccounts {
  static final AccountId ACCOUNT = AccountId.of("acct");
  static final SiteId SITE = SiteId.of("site");
  static final ClinicalUnitId UNIT = ClinicalUnitId.of("unit");
  static final StakeholderId PHARMACIST = StakeholderId.of("pharmacist");
  static final StakeholderId ONCOLOGIST = StakeholderId.of("oncologist");
  static final DecisionBodyId BODY = DecisionBodyId.of("body");
  static final TeamMemberId KAM = TeamMemberId.of("kam");
  static final ProductId PRODUCT = ProductId.of("product");
  static final IndicationId INDICATION = IndicationId.of("indication");
  static final ProductId OTHER_PRODUCT = ProductId.of("other-product");
  static final IndicationId OTHER_INDICATION = IndicationId.of("other-indication");
  static final ObjectiveId OBJECTIVE = ObjectiveId.of("objective");
  static final NeedId NEED = NeedId.of("need");
  static final ActionId ACTION = ActionId.of("action");

  /** Ids that are nowhere in the account. */
  static final StakeholderId NO_STAKEHOLDER = StakeholderId.of("ghost");

  static final TeamMemberId NO_TEAM_MEMBER = TeamMemberId.of("ghost");
  static final SiteId NO_SITE = SiteId.of("ghost");
  static final ClinicalUnitId NO_UNIT = ClinicalUnitId.of("ghost");
  static final DecisionBodyId NO_BODY = DecisionBodyId.of("ghost");
  static final ProductId NO_PRODUCT = ProductId.of("ghost");
  static final ObjectiveId NO_OBJECTIVE = ObjectiveId.of("ghost");
  static final NeedId NO_NEED = NeedId.of("ghost");
  static final ActionId NO_ACTION = ActionId.of("ghost");

  private TestAccounts() {}

  static Account account() {
    return account(ACCOUNT);
  }

  static Account account(AccountId id) {
    return Account.builder()
        .id(id)
        .name("Account " + id)
        .kind(AccountKind.HOSPITAL)
        .country("US")
        .addSite(
            Site.builder()
                .id(SITE)
                .name("Site")
                .kind(SiteKind.HOSPITAL)
                .addClinicalUnit(ClinicalUnit.builder().id(UNIT).name("Oncology").build())
                .build())
        .build();
  }

  static Stakeholder stakeholder(StakeholderId id) {
    return Stakeholder.builder()
        .id(id)
        .name(id.value())
        .function(StakeholderFunction.CLINICAL)
        .build();
  }

  static TeamMember kam() {
    return TeamMember.builder()
        .id(KAM)
        .name("Key account manager")
        .function(TeamFunction.KEY_ACCOUNT_MANAGER)
        .build();
  }

  static Product product(ProductId id, IndicationId indication) {
    return Product.builder()
        .id(id)
        .name(id.value())
        .kind(ProductKind.DRUG)
        .therapeuticArea("Oncology")
        .addIndication(Indication.builder().id(indication).name(indication.value()).build())
        .build();
  }

  static DecisionBody body() {
    return DecisionBody.builder()
        .id(BODY)
        .name("P&T")
        .kind(DecisionBodyKind.PHARMACY_AND_THERAPEUTICS)
        .scope(DecisionScope.SYSTEM)
        .build();
  }

  static Relationship relationship(TeamMemberId member, StakeholderId stakeholder) {
    return Relationship.builder()
        .teamMember(member)
        .stakeholder(stakeholder)
        .strength(RelationshipStrength.WORKING)
        .build();
  }

  /** A plan with one need, one objective and one action, all linked. */
  static AccountPlan.Builder plan() {
    return AccountPlan.builder()
        .name("Plan")
        .addNeed(
            AccountNeed.builder()
                .id(NEED)
                .description("Cost")
                .category(NeedCategory.COST_CONTAINMENT)
                .build())
        .addObjective(Objective.builder().id(OBJECTIVE).title("List the product").build())
        .addAction(action(ACTION).addObjective(OBJECTIVE).build());
  }

  static Action.Builder action(ActionId id) {
    return Action.builder().id(id).title("Action " + id);
  }

  /** The valid account: every list has one element that every reference can point at. */
  static KeyAccount.Builder valid() {
    return KeyAccount.builder()
        .account(account())
        .addStakeholders(stakeholder(PHARMACIST), stakeholder(ONCOLOGIST))
        .addDecisionBody(body())
        .addTeam(kam())
        .addRelationship(relationship(KAM, ONCOLOGIST))
        .addProducts(product(PRODUCT, INDICATION), product(OTHER_PRODUCT, OTHER_INDICATION));
  }
}
