package dev.kamkit.rules.compliance.offlabel;

import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.ADJUVANT;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.ADJUVANT_ARG;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.APPROVED;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.AS_OF;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.FIRST_LINE;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.ONCOXA;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.ONCOXA_ARG;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.US;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.account;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.call;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.callArg;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.FormOfPayment;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.SpeakerProgram;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.engagement.Venue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.portfolio.Indication;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.ProductKind;
import dev.kamkit.rules.compliance.Finding;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A payment's therapeutic area against its products' approved indications (FDA guidance on
 * unapproved uses (2025) and on unsolicited requests (2011 draft)), and speaker programmes, which
 * are never a reply to an unsolicited request.
 */
class OffLabelPaymentsAndProgrammesTest {
  private static final OffLabelPack PACK = OffLabelPack.withDefaults();
  private static final ProductId RIVALIX = ProductId.of("rivalix");

  static TransferOfValue.Builder fee(LocalDate day, String area) {
    return TransferOfValue.builder()
        .id(TransferOfValueId.of("fee-" + day))
        .date(day)
        .amount(Money.of("500.00", "USD"))
        .form(FormOfPayment.CASH_OR_CASH_EQUIVALENT)
        .nature(NatureOfPayment.CONSULTING_FEE)
        .recipient(StakeholderId.of("dr-hale"))
        .addRelatedProduct(ONCOXA)
        .therapeuticArea(area);
  }

  private static List<Finding> findings(KeyAccount.Builder account) {
    return PACK.check(account.build(), AS_OF);
  }

  private static List<Finding> paid(TransferOfValue.Builder transfer) {
    return findings(account().addTransfersOfValue(transfer.build()));
  }

  @Test
  void theAreaOfAnApprovedIndicationMatchesIgnoringCaseAndBlanks() {
    assertEquals(List.of(), paid(fee(APPROVED, " oncology ")));
    assertEquals(List.of(), paid(fee(AS_OF, "ONCOLOGY")));
  }

  @Test
  void beforeTheFirstApprovalNoAreaMatches() {
    List<Finding> found = paid(fee(APPROVED.minusDays(1), "Oncology"));
    assertEquals(1, found.size());
    assertEquals("offlabel.payment.therapeutic-area", found.get(0).ruleId());
    LocalDate day = APPROVED.minusDays(1);
    assertEquals(
        Message.of(
            OffLabelCode.PAYMENT_AREA_NONE_APPROVED,
            Arg.of(TransferOfValueId.of("fee-" + day)),
            Arg.of(day),
            Arg.text("Oncology"),
            Arg.list(ONCOXA_ARG),
            US),
        found.get(0).message());
    assertEquals("WARNING", found.get(0).severity().name());
  }

  @Test
  void anotherAreaIsAFindingThatListsTheApprovedOnes() {
    List<Finding> found = paid(fee(AS_OF, "Cardiology"));
    assertEquals(cardiologyFee(), found.get(0).message());
    assertEquals("fee-2026-11-22", found.get(0).subjects().get(0).value());
  }

  @Test
  void anIndicationsOwnAreaReplacesItsProducts() {
    Product oncoxa = account().build().product(ONCOXA).orElseThrow();
    Product thoracic =
        Product.builder()
            .from(oncoxa)
            .indications(
                oncoxa.indications().stream()
                    .map(
                        i ->
                            i.id().equals(FIRST_LINE)
                                ? Indication.builder()
                                    .from(i)
                                    .therapeuticArea("Thoracic oncology")
                                    .build()
                                : i)
                    .toList())
            .build();
    KeyAccount.Builder a = account().products(List.of(thoracic));
    assertEquals(
        List.of("offlabel.payment.therapeutic-area"),
        findings(a.addTransfersOfValue(fee(AS_OF, "Oncology").build())).stream()
            .map(Finding::ruleId)
            .toList());
    assertEquals(
        List.of(),
        findings(
            account()
                .products(List.of(thoracic))
                .addTransfersOfValue(fee(AS_OF, "Thoracic Oncology").build())));
  }

  @Test
  void paymentsWithoutAnAreaOrWithoutOurProductsAreNotJudged() {
    assertEquals(
        List.of(),
        paid(fee(APPROVED.minusDays(1), "Oncology").therapeuticArea(java.util.Optional.empty())));
    assertEquals(List.of(), paid(fee(AS_OF, "Cardiology").relatedProducts(List.of())));
    KeyAccount.Builder withRival = account().addProduct(rivalix());
    assertEquals(
        List.of(),
        findings(
            withRival.addTransfersOfValue(
                fee(AS_OF, "Cardiology").relatedProducts(List.of(RIVALIX)).build())));
    List<Finding> mixed =
        findings(
            account()
                .addProduct(rivalix())
                .addTransfersOfValue(
                    fee(AS_OF, "Cardiology").relatedProducts(List.of(RIVALIX, ONCOXA)).build()));
    assertEquals(1, mixed.size());
    assertEquals(cardiologyFee(), mixed.get(0).message());
  }

  /** The fee of 22 November recording cardiology: only oncology is approved for Oncoxa. */
  private static Message cardiologyFee() {
    return Message.of(
        OffLabelCode.PAYMENT_AREA_UNMATCHED,
        Arg.of(TransferOfValueId.of("fee-2026-11-22")),
        Arg.of(AS_OF),
        Arg.text("Cardiology"),
        Arg.list(ONCOXA_ARG),
        US,
        Arg.list(Arg.text("Oncology")));
  }

  private static Product rivalix() {
    return Product.builder()
        .id(RIVALIX)
        .name("Rivalix")
        .kind(ProductKind.BIOLOGICAL)
        .therapeuticArea("Cardiology")
        .competitor(true)
        .build();
  }

  static Interaction programme(String member, boolean unsolicited) {
    return Interaction.builder()
        .from(call(member, AS_OF, ADJUVANT, unsolicited))
        .speakerProgram(
            SpeakerProgram.builder()
                .topic("Adjuvant NSCLC update")
                .venue(Venue.MEETING_ROOM)
                .build())
        .build();
  }

  private static List<String> rules(Interaction i) {
    return findings(account().addInteraction(i)).stream().map(Finding::ruleId).toList();
  }

  @Test
  void aSpeakerProgrammeIsNeverAReplyToAnUnsolicitedRequest() {
    List<Finding> found = findings(account().addInteraction(programme("msl", true)));
    assertEquals(
        List.of("offlabel.speaker-program.unapproved"),
        found.stream().map(Finding::ruleId).toList());
    assertEquals(
        Message.of(
            OffLabelCode.SPEAKER_PROGRAM_INDICATION,
            callArg("msl", AS_OF),
            Arg.text("Adjuvant NSCLC update"),
            ONCOXA_ARG,
            ADJUVANT_ARG,
            US,
            Arg.of(AS_OF)),
        found.get(0).message());
    assertEquals(List.of(), rules(call("msl", AS_OF, ADJUVANT, true)));
  }

  @Test
  void otherProgrammesAreJudgedOnceByTheInteractionRules() {
    assertEquals(
        List.of("offlabel.interaction.unapproved-indication"), rules(programme("rep", false)));
    assertEquals(
        List.of("offlabel.interaction.no-unsolicited-request"), rules(programme("msl", false)));
    Interaction joint =
        Interaction.builder()
            .from(programme("msl", true))
            .addTeamMember(TeamMemberId.of("rep"))
            .build();
    assertEquals(List.of("offlabel.interaction.commercial-answered-request"), rules(joint));
  }

  @Test
  void anOnLabelProgrammeIsNotAFinding() {
    Interaction onLabel =
        Interaction.builder()
            .from(call("msl", AS_OF, FIRST_LINE, true))
            .speakerProgram(
                SpeakerProgram.builder().topic("First line").venue(Venue.VIRTUAL).build())
            .build();
    assertEquals(List.of(), rules(onLabel));
  }
}
