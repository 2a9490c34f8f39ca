package dev.kamkit.model;

import static dev.kamkit.model.TestAccounts.ACTION;
import static dev.kamkit.model.TestAccounts.BODY;
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
import static dev.kamkit.model.TestAccounts.UNIT;
import static dev.kamkit.model.TestAccounts.action;
import static dev.kamkit.model.TestAccounts.plan;
import static dev.kamkit.model.TestAccounts.stakeholder;
import static dev.kamkit.model.TestAccounts.valid;
import static dev.kamkit.model.base.ModelAssertions.assertArgs;
import static dev.kamkit.model.base.ModelAssertions.assertHasViolation;
import static dev.kamkit.model.base.ModelAssertions.assertInvalid;
import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCheck.at;
import static dev.kamkit.model.base.ModelCode.ACTION_CYCLE;
import static dev.kamkit.model.base.ModelCode.DUPLICATE;
import static dev.kamkit.model.base.ModelCode.NOT_AN_INDICATION;
import static dev.kamkit.model.base.ModelCode.REPORTING_CYCLE;
import static dev.kamkit.model.base.ModelCode.UNKNOWN_REFERENCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.account.Account;
import dev.kamkit.model.account.ClinicalUnit;
import dev.kamkit.model.account.Site;
import dev.kamkit.model.account.SiteKind;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.Channel;
import dev.kamkit.model.engagement.FormOfPayment;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.ActionId;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.SiteId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.portfolio.FormularyEntry;
import dev.kamkit.model.portfolio.FormularyStatus;
import dev.kamkit.model.portfolio.WhitespaceCell;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import dev.kamkit.model.stakeholder.Influence;
import dev.kamkit.model.stakeholder.StakeholderInfluence;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.model.team.TeamMember;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyAccountTest {
  private static final LocalDate REVIEW = LocalDate.of(2022, 5, 11);
  private static final LocalDate LISTED = LocalDate.of(2022, 7, 13);
  private static final LocalDate PREFERRED = LocalDate.of(2024, 9, 11);

  private static FormularyEntry entry(ProductId product, FormularyStatus status, LocalDate from) {
    return FormularyEntry.builder().product(product).status(status).effectiveFrom(from).build();
  }

  private static WhitespaceCell cell(ProductId product, ClinicalUnitId unit) {
    return WhitespaceCell.builder()
        .product(product)
        .clinicalUnit(unit)
        .status(WhitespaceStatus.OPEN)
        .build();
  }

  @Test
  void isIdentifiedByItsAccount() {
    assertEquals(TestAccounts.ACCOUNT, valid().build().id());
  }

  @Test
  void looksThingsUpById() {
    KeyAccount account = valid().build();
    assertEquals("pharmacist", account.stakeholder(PHARMACIST).get().name());
    assertEquals(Optional.empty(), account.stakeholder(NO_STAKEHOLDER));
    assertEquals(KAM, account.teamMember(KAM).get().id());
    assertEquals(Optional.empty(), account.teamMember(NO_TEAM_MEMBER));
    assertEquals(PRODUCT, account.product(PRODUCT).get().id());
    assertEquals(Optional.empty(), account.product(NO_PRODUCT));
    assertEquals(BODY, account.decisionBody(BODY).get().id());
    assertEquals(Optional.empty(), account.decisionBody(NO_BODY));
  }

  @Test
  void listsTheRelationshipsHeldWithOneStakeholder() {
    TeamMember msl =
        TeamMember.builder()
            .id(TeamMemberId.of("msl"))
            .name("MSL")
            .function(TeamFunction.MEDICAL_SCIENCE_LIAISON)
            .build();
    KeyAccount account =
        valid()
            .addTeam(msl)
            .addRelationship(TestAccounts.relationship(msl.id(), ONCOLOGIST))
            .build();
    assertEquals(2, account.relationshipsWith(ONCOLOGIST).size());
    assertEquals(List.of(), account.relationshipsWith(PHARMACIST));
  }

  @Test
  void formularyStatusIsTheLatestEntryInEffectOnTheDay() {
    KeyAccount account =
        valid()
            .addFormulary(
                entry(PRODUCT, FormularyStatus.ON_FORMULARY, PREFERRED),
                entry(PRODUCT, FormularyStatus.UNDER_REVIEW, REVIEW),
                entry(PRODUCT, FormularyStatus.RESTRICTED, LISTED),
                entry(TestAccounts.OTHER_PRODUCT, FormularyStatus.PREFERRED, REVIEW))
            .build();
    assertEquals(Optional.empty(), account.formularyStatus(PRODUCT, REVIEW.minusDays(1)));
    assertEquals(FormularyStatus.UNDER_REVIEW, statusOn(account, REVIEW));
    assertEquals(FormularyStatus.UNDER_REVIEW, statusOn(account, LISTED.minusDays(1)));
    assertEquals(FormularyStatus.RESTRICTED, statusOn(account, LISTED));
    assertEquals(FormularyStatus.RESTRICTED, statusOn(account, PREFERRED.minusDays(1)));
    assertEquals(FormularyStatus.ON_FORMULARY, statusOn(account, PREFERRED));
    assertEquals(FormularyStatus.ON_FORMULARY, statusOn(account, LocalDate.of(2099, 1, 1)));
    assertEquals(Optional.empty(), account.formularyStatus(NO_PRODUCT, PREFERRED));
  }

  private static FormularyStatus statusOn(KeyAccount account, LocalDate day) {
    return account.formularyStatus(PRODUCT, day).orElseThrow().status();
  }

  @Test
  void reportsEveryBrokenReferenceAtOnce() {
    Interaction call =
        Interaction.builder()
            .id(InteractionId.of("call"))
            .date(LISTED)
            .channel(Channel.PHONE)
            .addTeamMembers(KAM, NO_TEAM_MEMBER)
            .addStakeholder(NO_STAKEHOLDER)
            .purpose("Follow-up")
            .build();
    TransferOfValue meal =
        TransferOfValue.builder()
            .id(TransferOfValueId.of("meal"))
            .date(LISTED)
            .amount(Money.of("40", "USD"))
            .form(FormOfPayment.IN_KIND_ITEMS_AND_SERVICES)
            .nature(NatureOfPayment.FOOD_AND_BEVERAGE)
            .recipient(NO_STAKEHOLDER)
            .build();
    KeyAccount.Builder broken =
        valid()
            .addStakeholder(
                stakeholder(StakeholderId.of("new"))
                    .withReportsTo(NO_STAKEHOLDER)
                    .withSite(NO_SITE))
            .addRelationship(TestAccounts.relationship(NO_TEAM_MEMBER, NO_STAKEHOLDER))
            .addWhitespace(cell(NO_PRODUCT, UNIT), cell(PRODUCT, NO_UNIT))
            .addWhitespace(
                WhitespaceCell.builder()
                    .product(PRODUCT)
                    .clinicalUnit(UNIT)
                    .status(WhitespaceStatus.SOLD)
                    .indication(OTHER_INDICATION)
                    .build())
            .addFormulary(
                FormularyEntry.builder()
                    .product(PRODUCT)
                    .status(FormularyStatus.ON_FORMULARY)
                    .effectiveFrom(LISTED)
                    .decidedBy(NO_BODY)
                    .build())
            .plan(plan().owner(NO_TEAM_MEMBER).build())
            .addInteraction(call)
            .addTransfersOfValue(meal);
    InvalidModelException e = assertInvalid(broken::build);
    assertEquals(12, e.violations().size(), e.getMessage());
    assertHasViolation(
        e,
        UNKNOWN_REFERENCE,
        at("stakeholders", 2, StakeholderId.of("new")).field("reportsTo"),
        "ghost");
    assertHasViolation(
        e,
        UNKNOWN_REFERENCE,
        at("stakeholders", 2, StakeholderId.of("new")).field("site"),
        "ghost");
    assertHasViolation(
        e,
        UNKNOWN_REFERENCE,
        at("relationships", 1, List.of(NO_TEAM_MEMBER, NO_STAKEHOLDER)).field("teamMember"),
        "ghost");
    assertHasViolation(
        e,
        UNKNOWN_REFERENCE,
        at("relationships", 1, List.of(NO_TEAM_MEMBER, NO_STAKEHOLDER)).field("stakeholder"),
        "ghost");
    assertHasViolation(
        e,
        UNKNOWN_REFERENCE,
        at("whitespace", 0, List.of(NO_PRODUCT, UNIT)).field("product"),
        "ghost");
    assertHasViolation(
        e,
        UNKNOWN_REFERENCE,
        at("whitespace", 1, List.of(PRODUCT, NO_UNIT)).field("clinicalUnit"),
        "ghost");
    assertHasViolation(
        e,
        NOT_AN_INDICATION,
        at("whitespace", 2, List.of(PRODUCT, UNIT)).field("indication"),
        "other-indication");
    assertHasViolation(
        e,
        UNKNOWN_REFERENCE,
        at("formulary", 0, List.of(PRODUCT, LISTED)).field("decidedBy"),
        "ghost");
    assertHasViolation(e, UNKNOWN_REFERENCE, path("plan", "owner"), "ghost");
    assertHasViolation(
        e,
        UNKNOWN_REFERENCE,
        at("interactions", 0, InteractionId.of("call"))
            .field("teamMembers")
            .element(1, Arg.of(NO_TEAM_MEMBER)),
        "ghost");
    assertHasViolation(
        e,
        UNKNOWN_REFERENCE,
        at("interactions", 0, InteractionId.of("call"))
            .field("stakeholders")
            .element(0, Arg.of(NO_STAKEHOLDER)),
        "ghost");
    assertHasViolation(
        e,
        UNKNOWN_REFERENCE,
        at("transfersOfValue", 0, TransferOfValueId.of("meal")).field("recipient"),
        "ghost");
    assertTrue(e.getMessage().startsWith("12 violations:"), e.getMessage());
  }

  @Test
  void rejectsDuplicateIdsOfEveryKind() {
    Interaction call =
        Interaction.builder()
            .id(InteractionId.of("call"))
            .date(LISTED)
            .channel(Channel.PHONE)
            .addTeamMember(KAM)
            .purpose("Follow-up")
            .build();
    TransferOfValue grant =
        TransferOfValue.builder()
            .id(TransferOfValueId.of("grant"))
            .date(LISTED)
            .amount(Money.of("40", "USD"))
            .form(FormOfPayment.CASH_OR_CASH_EQUIVALENT)
            .nature(NatureOfPayment.GRANT)
            .recipient(PHARMACIST)
            .build();
    KeyAccount.Builder duplicated =
        valid()
            .addStakeholder(stakeholder(PHARMACIST).withName("Another pharmacist"))
            .addDecisionBody(TestAccounts.body())
            .addTeam(TestAccounts.kam())
            .addProduct(TestAccounts.product(PRODUCT, TestAccounts.INDICATION))
            .addInteractions(call, call)
            .addTransfersOfValue(grant, grant)
            .addRelationship(TestAccounts.relationship(KAM, ONCOLOGIST))
            .addInfluences(
                StakeholderInfluence.of(PHARMACIST, ONCOLOGIST, Influence.LOW),
                StakeholderInfluence.of(PHARMACIST, ONCOLOGIST, Influence.HIGH))
            .addWhitespace(cell(PRODUCT, UNIT), cell(PRODUCT, UNIT))
            .addFormulary(
                entry(PRODUCT, FormularyStatus.PREFERRED, LISTED),
                entry(PRODUCT, FormularyStatus.NON_FORMULARY, LISTED));
    InvalidModelException e = assertInvalid(duplicated::build);
    assertHasViolation(e, DUPLICATE, at("stakeholders", 2, PHARMACIST).field("id"), "pharmacist");
    assertHasViolation(
        e, DUPLICATE, at("decisionBodies", 1, TestAccounts.BODY).field("id"), "body");
    assertHasViolation(e, DUPLICATE, at("team", 1, KAM).field("id"), "kam");
    assertHasViolation(e, DUPLICATE, at("products", 2, PRODUCT).field("id"), "product");
    assertHasViolation(
        e, DUPLICATE, at("interactions", 1, InteractionId.of("call")).field("id"), "call");
    assertHasViolation(
        e,
        DUPLICATE,
        at("transfersOfValue", 1, TransferOfValueId.of("grant")).field("id"),
        "grant");
    assertHasViolation(
        e, DUPLICATE, at("relationships", 1, List.of(KAM, ONCOLOGIST)), "[kam, oncologist]");
    assertHasViolation(
        e,
        DUPLICATE,
        at("influences", 1, List.of(PHARMACIST, ONCOLOGIST)),
        "[pharmacist, oncologist]");
    assertHasViolation(
        e, DUPLICATE, at("whitespace", 1, List.of(PRODUCT, UNIT)), "[product, unit]");
    assertHasViolation(
        e, DUPLICATE, at("formulary", 1, List.of(PRODUCT, LISTED)), "[product, 2022-07-13]");
    assertEquals(10, e.violations().size(), e.getMessage());
  }

  @Test
  void distinctCellsWhoseIdsContainTheSeparatorAreNotDuplicates() {
    Account account =
        TestAccounts.account()
            .withSites(
                Site.builder()
                    .id(SiteId.of("s"))
                    .name("Site")
                    .kind(SiteKind.HOSPITAL)
                    .addClinicalUnits(unit("b"), unit("xb"))
                    .build());
    KeyAccount keyAccount =
        valid()
            .account(account)
            .products(
                List.of(
                    TestAccounts.product(ProductId.of("a"), TestAccounts.INDICATION),
                    TestAccounts.product(ProductId.of("ax"), TestAccounts.OTHER_INDICATION)))
            .addWhitespace(
                cell(ProductId.of("ax"), ClinicalUnitId.of("b")),
                cell(ProductId.of("a"), ClinicalUnitId.of("xb")))
            .build();
    assertEquals(2, keyAccount.whitespace().size());
  }

  @Test
  void distinctRelationshipsWhoseIdsContainTheArrowAreNotDuplicates() {
    TeamMember arrow =
        TestAccounts.kam().withId(TeamMemberId.of("kam->")).withName("Arrow in the id");
    KeyAccount account =
        valid()
            .addStakeholders(
                stakeholder(StakeholderId.of("->x")), stakeholder(StakeholderId.of("x")))
            .addTeam(arrow)
            .addRelationships(
                TestAccounts.relationship(KAM, StakeholderId.of("->x")),
                TestAccounts.relationship(arrow.id(), StakeholderId.of("x")))
            .build();
    assertEquals(3, account.relationships().size());
  }

  private static ClinicalUnit unit(String id) {
    return ClinicalUnit.builder().id(ClinicalUnitId.of(id)).name(id).build();
  }

  @Test
  void rejectsAReportingLineThatFormsACycle() {
    StakeholderId a = StakeholderId.of("a");
    StakeholderId b = StakeholderId.of("b");
    StakeholderId c = StakeholderId.of("c");
    ModelViolation v =
        assertSingleViolation(
            valid()
                    .addStakeholders(
                        stakeholder(c).withReportsTo(a),
                        stakeholder(a).withReportsTo(b),
                        stakeholder(b).withReportsTo(c),
                        stakeholder(StakeholderId.of("z")).withReportsTo(a))
                ::build,
            REPORTING_CYCLE,
            at("stakeholders", 3, a).field("reportsTo"),
            "b");
    assertArgs(v, Arg.list(Arg.of(a), Arg.of(b), Arg.of(c)));
  }

  @Test
  void acceptsAReportingTreeOfAnyDepth() {
    KeyAccount account =
        valid()
            .addStakeholders(
                stakeholder(StakeholderId.of("ceo")),
                stakeholder(StakeholderId.of("cmo")).withReportsTo(StakeholderId.of("ceo")),
                stakeholder(StakeholderId.of("chief")).withReportsTo(StakeholderId.of("cmo")))
            .build();
    assertEquals(5, account.stakeholders().size());
  }

  @Test
  void rejectsParentActionsThatFormACycle() {
    ActionId sub = ActionId.of("sub");
    ModelViolation v =
        assertSingleViolation(
            valid()
                    .plan(
                        plan()
                            .actions(
                                List.of(
                                    action(ACTION).parent(sub).build(),
                                    action(sub).parent(ACTION).build()))
                            .build())
                ::build,
            ACTION_CYCLE,
            path("plan").then(at("actions", 0, ACTION)).field("parent"),
            "sub");
    assertArgs(v, Arg.list(Arg.of(ACTION), Arg.of(sub)));
  }

  @Test
  void rejectsAnIndicationThatBelongsToAnotherProduct() {
    ModelViolation v =
        assertSingleViolation(
            valid()
                    .addWhitespace(
                        WhitespaceCell.builder()
                            .product(PRODUCT)
                            .clinicalUnit(UNIT)
                            .status(WhitespaceStatus.OPEN)
                            .indication(OTHER_INDICATION)
                            .build())
                ::build,
            NOT_AN_INDICATION,
            at("whitespace", 0, List.of(PRODUCT, UNIT)).field("indication"),
            "other-indication");
    assertArgs(v, Arg.of(PRODUCT));
  }
}
