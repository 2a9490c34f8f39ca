package dev.kamkit.model;

import static dev.kamkit.model.TestAccounts.ACCOUNT;
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
import static dev.kamkit.model.base.ModelAssertions.assertArgs;
import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCheck.at;
import static dev.kamkit.model.base.ModelCode.NOT_AN_INDICATION;
import static dev.kamkit.model.base.ModelCode.UNKNOWN_REFERENCE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.account.AccountProfile;
import dev.kamkit.model.account.AnnualVolume;
import dev.kamkit.model.account.Contract;
import dev.kamkit.model.account.ContractKind;
import dev.kamkit.model.account.ContractStatus;
import dev.kamkit.model.base.FieldPath;
import dev.kamkit.model.base.ModelSubject;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.base.Referent;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.committee.DecisionBodyKind;
import dev.kamkit.model.committee.DecisionScope;
import dev.kamkit.model.engagement.Channel;
import dev.kamkit.model.engagement.FormOfPayment;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.ProductDiscussion;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.ContractId;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.KamId;
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
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One test per kind of reference outside the plan: each breaks exactly one reference of the
 * otherwise valid {@link TestAccounts#valid()} account and expects exactly that one reported.
 */
class ReferenceCheckTest {
  private static final StakeholderId NEWCOMER = StakeholderId.of("newcomer");
  private static final LocalDate DAY = LocalDate.of(2026, 10, 14);
  private static final InteractionId INTERACTION = InteractionId.of("int");
  private static final TransferOfValueId TRANSFER = TransferOfValueId.of("tov");

  /**
   * Asserts that building reports exactly one broken reference: {@code id} at {@code path}, which
   * names no {@code what} of the account.
   */
  static ModelViolation assertDangling(
      KeyAccount.Builder account, FieldPath path, KamId id, Referent what) {
    ModelViolation v = assertSingleViolation(account::build, UNKNOWN_REFERENCE, path, id.value());
    assertEquals(ModelSubject.of("KeyAccount", Arg.of(ACCOUNT)), v.subject());
    assertEquals(Optional.of(Arg.of(id)), v.value());
    assertArgs(v, Arg.of(what));
    return v;
  }

  /** Asserts that building reports {@code other-indication} as not an indication of product. */
  static void assertNotAnIndicationOfProduct(KeyAccount.Builder account, FieldPath path) {
    ModelViolation v =
        assertSingleViolation(account::build, NOT_AN_INDICATION, path, "other-indication");
    assertEquals(Optional.of(Arg.of(OTHER_INDICATION)), v.value());
    assertArgs(v, Arg.of(PRODUCT));
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
        at("stakeholders", 2, NEWCOMER).field("reportsTo"),
        NO_STAKEHOLDER,
        Referent.STAKEHOLDER);
  }

  @Test
  void aStakeholdersSiteMustBeInTheAccount() {
    assertDangling(
        valid().addStakeholder(stakeholder(NEWCOMER).withSite(NO_SITE)),
        at("stakeholders", 2, NEWCOMER).field("site"),
        NO_SITE,
        Referent.SITE);
  }

  @Test
  void aStakeholdersClinicalUnitMustBeInTheAccount() {
    assertDangling(
        valid().addStakeholder(stakeholder(NEWCOMER).withClinicalUnit(NO_UNIT)),
        at("stakeholders", 2, NEWCOMER).field("clinicalUnit"),
        NO_UNIT,
        Referent.CLINICAL_UNIT);
  }

  @Test
  void aCommitteeSeatMustBeOnABodyOfTheAccount() {
    assertDangling(
        valid()
            .addStakeholder(
                stakeholder(NEWCOMER)
                    .withCommitteeMemberships(
                        CommitteeMembership.of(NO_BODY, CommitteeRole.CHAIR))),
        at("stakeholders", 2, NEWCOMER)
            .field("committeeMemberships")
            .element(0, Arg.of(NO_BODY))
            .field("decisionBody"),
        NO_BODY,
        Referent.DECISION_BODY);
  }

  @Test
  void bothEndsOfAnInfluenceMustBeStakeholdersOfTheAccount() {
    assertDangling(
        valid().addInfluence(StakeholderInfluence.of(NO_STAKEHOLDER, PHARMACIST, Influence.HIGH)),
        at("influences", 0, List.of(NO_STAKEHOLDER, PHARMACIST)).field("influencer"),
        NO_STAKEHOLDER,
        Referent.STAKEHOLDER);
    assertDangling(
        valid().addInfluence(StakeholderInfluence.of(PHARMACIST, NO_STAKEHOLDER, Influence.HIGH)),
        at("influences", 0, List.of(PHARMACIST, NO_STAKEHOLDER)).field("influenced"),
        NO_STAKEHOLDER,
        Referent.STAKEHOLDER);
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
    assertDangling(
        valid().addDecisionBody(vac),
        at("decisionBodies", 1, vac.id()).field("site"),
        NO_SITE,
        Referent.SITE);
    valid().addDecisionBody(vac.withSite(SITE)).build();
  }

  @Test
  void aRelationshipMustJoinOurTeamMemberAndTheirStakeholder() {
    assertDangling(
        valid().addRelationship(TestAccounts.relationship(NO_TEAM_MEMBER, PHARMACIST)),
        at("relationships", 1, List.of(NO_TEAM_MEMBER, PHARMACIST)).field("teamMember"),
        NO_TEAM_MEMBER,
        Referent.TEAM_MEMBER);
    assertDangling(
        valid().addRelationship(TestAccounts.relationship(KAM, NO_STAKEHOLDER)),
        at("relationships", 1, List.of(KAM, NO_STAKEHOLDER)).field("stakeholder"),
        NO_STAKEHOLDER,
        Referent.STAKEHOLDER);
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
    assertDangling(
        account,
        path("account", "profile")
            .field("contracts")
            .element(0, Arg.of(ContractId.of("c-1")))
            .field("products")
            .element(1, Arg.of(NO_PRODUCT)),
        NO_PRODUCT,
        Referent.PRODUCT);
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
    assertDangling(
        account,
        path("account", "profile")
            .field("annualVolumes")
            .element(0, Arg.of(2025), Arg.of(NO_PRODUCT))
            .field("product"),
        NO_PRODUCT,
        Referent.PRODUCT);
  }

  @Test
  void aWhitespaceCellCrossesAProductWithAUnitOfTheAccount() {
    assertDangling(
        valid().addWhitespace(cell(NO_PRODUCT).build()),
        at("whitespace", 0, List.of(NO_PRODUCT, UNIT)).field("product"),
        NO_PRODUCT,
        Referent.PRODUCT);
    assertDangling(
        valid().addWhitespace(cell(PRODUCT).clinicalUnit(NO_UNIT).build()),
        at("whitespace", 0, List.of(PRODUCT, NO_UNIT)).field("clinicalUnit"),
        NO_UNIT,
        Referent.CLINICAL_UNIT);
  }

  @Test
  void aWhitespaceCellsIndicationMustBeAnIndicationOfItsProduct() {
    valid().addWhitespace(cell(PRODUCT).indication(INDICATION).build()).build();
    ModelViolation v =
        assertSingleViolation(
            valid().addWhitespace(cell(PRODUCT).indication(OTHER_INDICATION).build())::build,
            NOT_AN_INDICATION,
            at("whitespace", 0, List.of(PRODUCT, UNIT)).field("indication"),
            "other-indication");
    assertArgs(v, Arg.of(PRODUCT));
  }

  @Test
  void anIndicationOfAnUnknownProductIsReportedOnlyAsTheUnknownProduct() {
    assertDangling(
        valid().addWhitespace(cell(NO_PRODUCT).indication(INDICATION).build()),
        at("whitespace", 0, List.of(NO_PRODUCT, UNIT)).field("product"),
        NO_PRODUCT,
        Referent.PRODUCT);
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
        at("formulary", 0, List.of(NO_PRODUCT, DAY)).field("product"),
        NO_PRODUCT,
        Referent.PRODUCT);
    assertDangling(
        valid().addFormulary(entry.withDecidedBy(NO_BODY)),
        at("formulary", 0, List.of(PRODUCT, DAY)).field("decidedBy"),
        NO_BODY,
        Referent.DECISION_BODY);
  }

  @Test
  void anInteractionsParticipantsAreOurTeamAndTheirStakeholders() {
    assertDangling(
        valid().addInteraction(interaction().addTeamMember(NO_TEAM_MEMBER).build()),
        at("interactions", 0, INTERACTION).field("teamMembers").element(1, Arg.of(NO_TEAM_MEMBER)),
        NO_TEAM_MEMBER,
        Referent.TEAM_MEMBER);
    assertDangling(
        valid().addInteraction(interaction().addStakeholder(NO_STAKEHOLDER).build()),
        at("interactions", 0, INTERACTION).field("stakeholders").element(1, Arg.of(NO_STAKEHOLDER)),
        NO_STAKEHOLDER,
        Referent.STAKEHOLDER);
  }

  @Test
  void anInteractionsCommitteeMustBeABodyOfTheAccount() {
    assertDangling(
        valid().addInteraction(interaction().decisionBody(NO_BODY).build()),
        at("interactions", 0, INTERACTION).field("decisionBody"),
        NO_BODY,
        Referent.DECISION_BODY);
  }

  @Test
  void aProductDiscussedMustBeAProductOfTheAccountWithItsOwnIndication() {
    assertDangling(
        valid()
            .addInteraction(
                interaction()
                    .addProductsDiscussed(ProductDiscussion.of(NO_PRODUCT, Optional.empty()))
                    .build()),
        at("interactions", 0, INTERACTION).field("productsDiscussed").element(0).field("product"),
        NO_PRODUCT,
        Referent.PRODUCT);
    ProductDiscussion wrongIndication =
        ProductDiscussion.of(PRODUCT, Optional.of(IndicationId.of("other-indication")));
    assertNotAnIndicationOfProduct(
        valid().addInteraction(interaction().addProductsDiscussed(wrongIndication).build()),
        at("interactions", 0, INTERACTION)
            .field("productsDiscussed")
            .element(0)
            .field("indication"));
  }

  @Test
  void aTransferOfValueGoesToStakeholdersOfTheAccount() {
    assertDangling(
        valid().addTransfersOfValue(meal().recipient(NO_STAKEHOLDER).build()),
        at("transfersOfValue", 0, TRANSFER).field("recipient"),
        NO_STAKEHOLDER,
        Referent.STAKEHOLDER);
    assertDangling(
        valid().addTransfersOfValue(meal().addAttendees(PHARMACIST, NO_STAKEHOLDER).build()),
        at("transfersOfValue", 0, TRANSFER).field("attendees").element(1, Arg.of(NO_STAKEHOLDER)),
        NO_STAKEHOLDER,
        Referent.STAKEHOLDER);
  }

  @Test
  void aTransferOfValueRelatesToProductsAndAnInteractionOfTheAccount() {
    assertDangling(
        valid()
            .addTransfersOfValue(
                meal().recipient(PHARMACIST).addRelatedProduct(NO_PRODUCT).build()),
        at("transfersOfValue", 0, TRANSFER).field("relatedProducts").element(0, Arg.of(NO_PRODUCT)),
        NO_PRODUCT,
        Referent.PRODUCT);
    assertDangling(
        valid()
            .addTransfersOfValue(
                meal().recipient(PHARMACIST).interaction(InteractionId.of("ghost")).build()),
        at("transfersOfValue", 0, TRANSFER).field("interaction"),
        InteractionId.of("ghost"),
        Referent.INTERACTION);
    valid()
        .addInteraction(interaction().build())
        .addTransfersOfValue(
            meal().recipient(PHARMACIST).interaction(InteractionId.of("int")).build())
        .build();
  }
}
