package dev.kamkit.model;

import static dev.kamkit.model.TestAccounts.BODY;
import static dev.kamkit.model.TestAccounts.INDICATION;
import static dev.kamkit.model.TestAccounts.KAM;
import static dev.kamkit.model.TestAccounts.NO_BODY;
import static dev.kamkit.model.TestAccounts.NO_PRODUCT;
import static dev.kamkit.model.TestAccounts.NO_SITE;
import static dev.kamkit.model.TestAccounts.NO_STAKEHOLDER;
import static dev.kamkit.model.TestAccounts.NO_TEAM_MEMBER;
import static dev.kamkit.model.TestAccounts.NO_UNIT;
import static dev.kamkit.model.TestAccounts.ONCOLOGIST;
import static dev.kamkit.model.TestAccounts.OTHER_INDICATION;
import static dev.kamkit.model.TestAccounts.PHARMACIST;
import static dev.kamkit.model.TestAccounts.PRODUCT;
import static dev.kamkit.model.TestAccounts.SITE;
import static dev.kamkit.model.TestAccounts.UNIT;
import static dev.kamkit.model.TestAccounts.stakeholder;
import static dev.kamkit.model.TestAccounts.valid;
import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.account.AccountProfile;
import dev.kamkit.model.account.AnnualVolume;
import dev.kamkit.model.account.Contract;
import dev.kamkit.model.account.ContractKind;
import dev.kamkit.model.account.ContractStatus;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.committee.DecisionBodyKind;
import dev.kamkit.model.committee.DecisionScope;
import dev.kamkit.model.engagement.Channel;
import dev.kamkit.model.engagement.FormOfPayment;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.ProductDiscussion;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.id.ContractId;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.portfolio.FormularyEntry;
import dev.kamkit.model.portfolio.FormularyStatus;
import dev.kamkit.model.portfolio.WhitespaceCell;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import dev.kamkit.model.stakeholder.CommitteeMembership;
import dev.kamkit.model.stakeholder.CommitteeRole;
import dev.kamkit.model.stakeholder.Influence;
import dev.kamkit.model.stakeholder.StakeholderInfluence;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One test per kind of reference outside the plan: each breaks exactly one reference of the
 * otherwise valid {@link TestAccounts#valid()} account and expects exactly that one reported.
 */
class ReferenceCheckTest {
  private static final StakeholderId NEWCOMER = StakeholderId.of("newcomer");
  private static final LocalDate DAY = LocalDate.of(2026, 10, 14);

  static ModelViolation assertDangling(
      KeyAccount.Builder account, String field, String value, String what) {
    ModelViolation v = assertSingleViolation(account::build, field, value);
    assertEquals("KeyAccount acct", v.subject());
    String article = "aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ";
    assertEquals("refers to " + article + what + " that is not in this account", v.problem());
    return v;
  }

  /** Asserts that building reports {@code other-indication} as not an indication of product. */
  static void assertNotAnIndicationOfProduct(KeyAccount.Builder account, String field) {
    ModelViolation v = assertSingleViolation(account::build, field, "other-indication");
    assertEquals("is not an indication of product product", v.problem());
  }

  private static WhitespaceCell.Builder cell(ProductId product) {
    return WhitespaceCell.builder()
        .product(product)
        .clinicalUnit(UNIT)
        .status(WhitespaceStatus.OPEN);
  }

  private static Interaction.Builder interaction() {
    return Interaction.builder()
        .id(InteractionId.of("int"))
        .date(DAY)
        .channel(Channel.IN_PERSON)
        .addTeamMember(KAM)
        .addStakeholder(ONCOLOGIST)
        .purpose("Formulary review preparation");
  }

  private static TransferOfValue.Builder meal() {
    return TransferOfValue.builder()
        .id(TransferOfValueId.of("tov"))
        .date(DAY)
        .amount(Money.of("42.00", "USD"))
        .form(FormOfPayment.IN_KIND_ITEMS_AND_SERVICES)
        .nature(NatureOfPayment.FOOD_AND_BEVERAGE);
  }

  @Test
  void theValidAccountBuilds() {
    assertEquals(2, valid().build().stakeholders().size());
  }

  @Test
  void aReportingLineMustEndInTheAccount() {
    assertDangling(
        valid().addStakeholder(stakeholder(NEWCOMER).withReportsTo(NO_STAKEHOLDER)),
        "stakeholders[newcomer].reportsTo",
        "ghost",
        "stakeholder");
  }

  @Test
  void aStakeholdersSiteMustBeInTheAccount() {
    assertDangling(
        valid().addStakeholder(stakeholder(NEWCOMER).withSite(NO_SITE)),
        "stakeholders[newcomer].site",
        "ghost",
        "site");
  }

  @Test
  void aStakeholdersClinicalUnitMustBeInTheAccount() {
    assertDangling(
        valid().addStakeholder(stakeholder(NEWCOMER).withClinicalUnit(NO_UNIT)),
        "stakeholders[newcomer].clinicalUnit",
        "ghost",
        "clinical unit");
  }

  @Test
  void aCommitteeSeatMustBeOnABodyOfTheAccount() {
    assertDangling(
        valid()
            .addStakeholder(
                stakeholder(NEWCOMER)
                    .withCommitteeMemberships(
                        CommitteeMembership.of(NO_BODY, CommitteeRole.CHAIR))),
        "stakeholders[newcomer].committeeMemberships",
        "ghost",
        "decision body");
  }

  @Test
  void bothEndsOfAnInfluenceMustBeStakeholdersOfTheAccount() {
    assertDangling(
        valid().addInfluence(StakeholderInfluence.of(NO_STAKEHOLDER, PHARMACIST, Influence.HIGH)),
        "influences[ghost->pharmacist].influencer",
        "ghost",
        "stakeholder");
    assertDangling(
        valid().addInfluence(StakeholderInfluence.of(PHARMACIST, NO_STAKEHOLDER, Influence.HIGH)),
        "influences[pharmacist->ghost].influenced",
        "ghost",
        "stakeholder");
  }

  @Test
  void aSiteLevelBodyMustBelongToASiteOfTheAccount() {
    DecisionBody vac =
        DecisionBody.builder()
            .id(DecisionBodyId.of("vac"))
            .name("VAC")
            .kind(DecisionBodyKind.VALUE_ANALYSIS)
            .scope(DecisionScope.SITE)
            .site(NO_SITE)
            .build();
    assertDangling(valid().addDecisionBody(vac), "decisionBodies[vac].site", "ghost", "site");
    valid().addDecisionBody(vac.withSite(SITE)).build();
  }

  @Test
  void aRelationshipMustJoinOurTeamMemberAndTheirStakeholder() {
    assertDangling(
        valid().addRelationship(TestAccounts.relationship(NO_TEAM_MEMBER, PHARMACIST)),
        "relationships[ghost->pharmacist].teamMember",
        "ghost",
        "team member");
    assertDangling(
        valid().addRelationship(TestAccounts.relationship(KAM, NO_STAKEHOLDER)),
        "relationships[kam->ghost].stakeholder",
        "ghost",
        "stakeholder");
  }

  @Test
  void aContractsProductsMustBeProductsOfTheAccount() {
    Contract contract =
        Contract.builder()
            .id(ContractId.of("c-1"))
            .name("Agreement")
            .kind(ContractKind.GPO)
            .status(ContractStatus.ACTIVE)
            .start(DAY)
            .end(DAY.plusYears(2))
            .addProducts(PRODUCT, NO_PRODUCT)
            .build();
    KeyAccount.Builder account =
        valid()
            .account(
                TestAccounts.account()
                    .withProfile(AccountProfile.builder().addContract(contract).build()));
    assertDangling(account, "account.profile.contracts[c-1].products", "ghost", "product");
  }

  @Test
  void anAnnualVolumesProductMustBeAProductOfTheAccount() {
    AnnualVolume volume =
        AnnualVolume.builder().fiscalYear(2025).product(NO_PRODUCT).units(BigDecimal.TEN).build();
    KeyAccount.Builder account =
        valid()
            .account(
                TestAccounts.account()
                    .withProfile(AccountProfile.builder().addAnnualVolume(volume).build()));
    assertDangling(account, "account.profile.annualVolumes[2025].product", "ghost", "product");
  }

  @Test
  void aWhitespaceCellCrossesAProductWithAUnitOfTheAccount() {
    assertDangling(
        valid().addWhitespace(cell(NO_PRODUCT).build()),
        "whitespace[ghost x unit].product",
        "ghost",
        "product");
    assertDangling(
        valid().addWhitespace(cell(PRODUCT).clinicalUnit(NO_UNIT).build()),
        "whitespace[product x ghost].clinicalUnit",
        "ghost",
        "clinical unit");
  }

  @Test
  void aWhitespaceCellsIndicationMustBeAnIndicationOfItsProduct() {
    valid().addWhitespace(cell(PRODUCT).indication(INDICATION).build()).build();
    ModelViolation v =
        assertSingleViolation(
            valid().addWhitespace(cell(PRODUCT).indication(OTHER_INDICATION).build())::build,
            "whitespace[product x unit].indication",
            "other-indication");
    assertEquals("is not an indication of product product", v.problem());
  }

  @Test
  void anIndicationOfAnUnknownProductIsReportedOnlyAsTheUnknownProduct() {
    assertDangling(
        valid().addWhitespace(cell(NO_PRODUCT).indication(INDICATION).build()),
        "whitespace[ghost x unit].product",
        "ghost",
        "product");
  }

  @Test
  void aFormularyEntryNamesAProductAndABodyOfTheAccount() {
    FormularyEntry entry =
        FormularyEntry.builder()
            .product(PRODUCT)
            .status(FormularyStatus.ON_FORMULARY)
            .effectiveFrom(DAY)
            .decidedBy(BODY)
            .build();
    valid().addFormulary(entry).build();
    assertDangling(
        valid().addFormulary(entry.withProduct(NO_PRODUCT)),
        "formulary[ghost@2026-10-14].product",
        "ghost",
        "product");
    assertDangling(
        valid().addFormulary(entry.withDecidedBy(NO_BODY)),
        "formulary[product@2026-10-14].decidedBy",
        "ghost",
        "decision body");
  }

  @Test
  void anInteractionsParticipantsAreOurTeamAndTheirStakeholders() {
    assertDangling(
        valid().addInteraction(interaction().addTeamMember(NO_TEAM_MEMBER).build()),
        "interactions[int].teamMembers",
        "ghost",
        "team member");
    assertDangling(
        valid().addInteraction(interaction().addStakeholder(NO_STAKEHOLDER).build()),
        "interactions[int].stakeholders",
        "ghost",
        "stakeholder");
  }

  @Test
  void anInteractionsCommitteeMustBeABodyOfTheAccount() {
    assertDangling(
        valid().addInteraction(interaction().decisionBody(NO_BODY).build()),
        "interactions[int].decisionBody",
        "ghost",
        "decision body");
  }

  @Test
  void aProductDiscussedMustBeAProductOfTheAccountWithItsOwnIndication() {
    assertDangling(
        valid()
            .addInteraction(
                interaction()
                    .addProductsDiscussed(ProductDiscussion.of(NO_PRODUCT, Optional.empty()))
                    .build()),
        "interactions[int].productsDiscussed",
        "ghost",
        "product");
    ProductDiscussion wrongIndication =
        ProductDiscussion.of(PRODUCT, Optional.of(IndicationId.of("other-indication")));
    assertNotAnIndicationOfProduct(
        valid().addInteraction(interaction().addProductsDiscussed(wrongIndication).build()),
        "interactions[int].productsDiscussed");
  }

  @Test
  void aTransferOfValueGoesToStakeholdersOfTheAccount() {
    assertDangling(
        valid().addTransfersOfValue(meal().recipient(NO_STAKEHOLDER).build()),
        "transfersOfValue[tov].recipient",
        "ghost",
        "stakeholder");
    assertDangling(
        valid().addTransfersOfValue(meal().addAttendees(PHARMACIST, NO_STAKEHOLDER).build()),
        "transfersOfValue[tov].attendees",
        "ghost",
        "stakeholder");
  }

  @Test
  void aTransferOfValueRelatesToProductsAndAnInteractionOfTheAccount() {
    assertDangling(
        valid()
            .addTransfersOfValue(
                meal().recipient(PHARMACIST).addRelatedProduct(NO_PRODUCT).build()),
        "transfersOfValue[tov].relatedProducts",
        "ghost",
        "product");
    assertDangling(
        valid()
            .addTransfersOfValue(
                meal().recipient(PHARMACIST).interaction(InteractionId.of("ghost")).build()),
        "transfersOfValue[tov].interaction",
        "ghost",
        "interaction");
    valid()
        .addInteraction(interaction().build())
        .addTransfersOfValue(
            meal().recipient(PHARMACIST).interaction(InteractionId.of("int")).build())
        .build();
  }
}
