package dev.kamkit.model;

import static dev.kamkit.model.ReferenceCheckTest.assertDangling;
import static dev.kamkit.model.ReferenceCheckTest.assertNotAnIndicationOfProduct;
import static dev.kamkit.model.TestAccounts.INDICATION;
import static dev.kamkit.model.TestAccounts.KAM;
import static dev.kamkit.model.TestAccounts.NO_PRODUCT;
import static dev.kamkit.model.TestAccounts.NO_STAKEHOLDER;
import static dev.kamkit.model.TestAccounts.NO_TEAM_MEMBER;
import static dev.kamkit.model.TestAccounts.ONCOLOGIST;
import static dev.kamkit.model.TestAccounts.OTHER_INDICATION;
import static dev.kamkit.model.TestAccounts.OTHER_PRODUCT;
import static dev.kamkit.model.TestAccounts.PRODUCT;
import static dev.kamkit.model.TestAccounts.valid;
import static dev.kamkit.model.base.ModelAssertions.assertArgs;
import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelCheck.at;
import static dev.kamkit.model.base.ModelCode.DUPLICATE;
import static dev.kamkit.model.base.ModelCode.NOT_AN_INDICATION_OF_PROGRAM;
import static dev.kamkit.model.base.ModelCode.UNKNOWN_REFERENCE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.base.Referent;
import dev.kamkit.model.engagement.Channel;
import dev.kamkit.model.engagement.CompensationBasis;
import dev.kamkit.model.engagement.FormOfPayment;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.ProductDiscussion;
import dev.kamkit.model.engagement.ServiceAgreement;
import dev.kamkit.model.engagement.ServiceKind;
import dev.kamkit.model.engagement.SpeakerProgram;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.engagement.Venue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.MaterialId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.ServiceAgreementId;
import dev.kamkit.model.id.TargetListId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.portfolio.PromotionalMaterial;
import dev.kamkit.model.team.TargetList;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One test per reference the compliance data adds: target lists, promotional materials, speaker
 * programmes and service agreements. Each breaks one reference of the valid account.
 */
class ComplianceReferenceCheckTest {
  private static final LocalDate DAY = LocalDate.of(2026, 10, 14);
  private static final TargetListId LIST = TargetListId.of("list");
  private static final MaterialId MATERIAL = MaterialId.of("mat");
  private static final ServiceAgreementId AGREEMENT = ServiceAgreementId.of("sa");

  private static TargetList.Builder list() {
    return TargetList.builder().id(LIST).name("KOLs").builtBy(KAM).addStakeholder(ONCOLOGIST);
  }

  private static PromotionalMaterial.Builder material() {
    return PromotionalMaterial.builder()
        .id(MATERIAL)
        .title("Detail aid")
        .product(PRODUCT)
        .approvedOn(DAY.minusYears(1))
        .expiresOn(DAY.plusYears(1));
  }

  private static ServiceAgreement.Builder agreement() {
    return ServiceAgreement.builder()
        .id(AGREEMENT)
        .kind(ServiceKind.SPEAKING)
        .stakeholder(ONCOLOGIST)
        .compensationBasis(CompensationBasis.PER_SERVICE)
        .start(DAY.minusYears(1));
  }

  private static Interaction.Builder programme(SpeakerProgram program) {
    return Interaction.builder()
        .id(InteractionId.of("int"))
        .date(DAY)
        .channel(Channel.IN_PERSON)
        .addTeamMember(KAM)
        .addStakeholder(ONCOLOGIST)
        .purpose("Speaker programme")
        .speakerProgram(program);
  }

  private static SpeakerProgram.Builder talk() {
    return SpeakerProgram.builder().topic("Neutropenia").venue(Venue.MEETING_ROOM);
  }

  private static TransferOfValue.Builder fee() {
    return TransferOfValue.builder()
        .id(TransferOfValueId.of("tov"))
        .date(DAY)
        .amount(Money.of("1500.00", "USD"))
        .form(FormOfPayment.CASH_OR_CASH_EQUIVALENT)
        .nature(NatureOfPayment.CONSULTING_FEE)
        .recipient(ONCOLOGIST);
  }

  @Test
  void theLinkedComplianceDataBuilds() {
    KeyAccount account =
        valid()
            .addTargetList(list().addWorkedBy(KAM).build())
            .addPromotionalMaterial(material().addIndication(INDICATION).build())
            .addServiceAgreement(agreement().build())
            .addInteraction(
                programme(talk().speaker(ONCOLOGIST).speakerChosenBy(KAM).build())
                    .addMaterial(MATERIAL)
                    .build())
            .addTransfersOfValue(fee().agreement(AGREEMENT).build())
            .build();
    assertEquals(LIST, account.targetLists().get(0).id());
  }

  @Test
  void aTargetListIsBuiltAndWorkedByOurTeamAndNamesTheAccountsStakeholders() {
    assertDangling(
        valid().addTargetList(list().builtBy(NO_TEAM_MEMBER).build()),
        at("targetLists", 0, LIST).field("builtBy"),
        NO_TEAM_MEMBER,
        Referent.TEAM_MEMBER);
    assertDangling(
        valid().addTargetList(list().addWorkedBy(NO_TEAM_MEMBER).build()),
        at("targetLists", 0, LIST).field("workedBy").element(0, Arg.of(NO_TEAM_MEMBER)),
        NO_TEAM_MEMBER,
        Referent.TEAM_MEMBER);
    assertDangling(
        valid().addTargetList(list().addStakeholder(NO_STAKEHOLDER).build()),
        at("targetLists", 0, LIST).field("stakeholders").element(1, Arg.of(NO_STAKEHOLDER)),
        NO_STAKEHOLDER,
        Referent.STAKEHOLDER);
  }

  @Test
  void aMaterialPromotesAProductOfTheAccountAndClaimsOnlyItsIndications() {
    assertDangling(
        valid().addPromotionalMaterial(material().product(NO_PRODUCT).build()),
        at("promotionalMaterials", 0, MATERIAL).field("product"),
        NO_PRODUCT,
        Referent.PRODUCT);
    // the second claim is the wrong one, and is named at its own place
    assertNotAnIndicationOfProduct(
        valid()
            .addPromotionalMaterial(
                material().addIndication(INDICATION).addIndication(OTHER_INDICATION).build()),
        at("promotionalMaterials", 0, MATERIAL)
            .field("indications")
            .element(1, Arg.of(OTHER_INDICATION)));
  }

  @Test
  void anInteractionUsesOnlyTheAccountsMaterials() {
    assertDangling(
        valid().addInteraction(programme(talk().build()).addMaterial(MATERIAL).build()),
        at("interactions", 0, InteractionId.of("int"))
            .field("materials")
            .element(0, Arg.of(MATERIAL)),
        MATERIAL,
        Referent.PROMOTIONAL_MATERIAL);
  }

  @Test
  void aSpeakerProgrammesSpeakerAndChooserAreInTheAccount() {
    assertDangling(
        valid().addInteraction(programme(talk().speaker(NO_STAKEHOLDER).build()).build()),
        at("interactions", 0, InteractionId.of("int")).field("speakerProgram").field("speaker"),
        NO_STAKEHOLDER,
        Referent.STAKEHOLDER);
    assertDangling(
        valid().addInteraction(programme(talk().speakerChosenBy(NO_TEAM_MEMBER).build()).build()),
        at("interactions", 0, InteractionId.of("int"))
            .field("speakerProgram")
            .field("speakerChosenBy"),
        NO_TEAM_MEMBER,
        Referent.TEAM_MEMBER);
  }

  private static Interaction.Builder discussing(SpeakerProgram program, ProductId... products) {
    Interaction.Builder i = programme(program);
    for (ProductId p : products) {
      i.addProductsDiscussed(ProductDiscussion.of(p, Optional.empty()));
    }
    return i;
  }

  @Test
  void aProgrammeCoversIndicationsOfTheProductsItDiscusses() {
    valid()
        .addInteraction(
            discussing(talk().addIndications(OTHER_INDICATION).build(), PRODUCT, OTHER_PRODUCT)
                .build())
        .build();
    ModelViolation v =
        assertSingleViolation(
            valid()
                    .addInteraction(
                        discussing(
                                talk().addIndications(INDICATION, OTHER_INDICATION).build(),
                                PRODUCT,
                                PRODUCT)
                            .build())
                ::build,
            NOT_AN_INDICATION_OF_PROGRAM,
            at("interactions", 0, InteractionId.of("int"))
                .field("speakerProgram")
                .field("indications")
                .element(1, Arg.of(OTHER_INDICATION)),
            "other-indication");
    assertArgs(v, Arg.list(Arg.of(PRODUCT))); // each product once
  }

  @Test
  void aProgrammeDiscussingNoProductCoversNoIndication() {
    ModelViolation v =
        assertSingleViolation(
            valid().addInteraction(discussing(talk().addIndications(INDICATION).build()).build())
                ::build,
            NOT_AN_INDICATION_OF_PROGRAM,
            at("interactions", 0, InteractionId.of("int"))
                .field("speakerProgram")
                .field("indications")
                .element(0, Arg.of(INDICATION)),
            "indication");
    assertArgs(v, Arg.list());
  }

  @Test
  void anUnknownProductOfAProgrammeIsReportedOnItsOwn() {
    assertSingleViolation(
        valid()
                .addInteraction(
                    discussing(talk().addIndications(INDICATION).build(), NO_PRODUCT).build())
            ::build,
        UNKNOWN_REFERENCE,
        at("interactions", 0, InteractionId.of("int"))
            .field("productsDiscussed")
            .element(0)
            .field("product"),
        "ghost");
  }

  @Test
  void aServiceAgreementsStakeholderIsInTheAccount() {
    assertDangling(
        valid().addServiceAgreement(agreement().stakeholder(NO_STAKEHOLDER).build()),
        at("serviceAgreements", 0, AGREEMENT).field("stakeholder"),
        NO_STAKEHOLDER,
        Referent.STAKEHOLDER);
    // an organisation provider may be the account's parent system, as for a transfer of value
    valid()
        .addServiceAgreement(
            agreement()
                .stakeholder(java.util.Optional.empty())
                .organisation(AccountId.of("idn"))
                .build())
        .build();
  }

  @Test
  void aTransferIsPaidUnderAnAgreementOfTheAccount() {
    assertDangling(
        valid().addTransfersOfValue(fee().agreement(AGREEMENT).build()),
        at("transfersOfValue", 0, TransferOfValueId.of("tov")).field("agreement"),
        AGREEMENT,
        Referent.SERVICE_AGREEMENT);
  }

  @Test
  void newIdsAreUnique() {
    assertSingleViolation(
        valid().addTargetLists(list().build(), list().build())::build,
        DUPLICATE,
        at("targetLists", 1, TargetListId.of("list")).field("id"),
        "list");
    assertSingleViolation(
        valid().addPromotionalMaterials(material().build(), material().build())::build,
        DUPLICATE,
        at("promotionalMaterials", 1, MaterialId.of("mat")).field("id"),
        "mat");
    assertSingleViolation(
        valid().addServiceAgreements(agreement().build(), agreement().build())::build,
        DUPLICATE,
        at("serviceAgreements", 1, ServiceAgreementId.of("sa")).field("id"),
        "sa");
  }
}
