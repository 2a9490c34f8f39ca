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
import dev.kamkit.model.account.Account;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.InteractionStatus;
import dev.kamkit.model.engagement.ProductDiscussion;
import dev.kamkit.model.engagement.SpeakerProgram;
import dev.kamkit.model.engagement.Venue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.portfolio.Indication;
import dev.kamkit.model.portfolio.IndicationApproval;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.ProductKind;
import dev.kamkit.rules.compliance.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a speaker programme covers, its indications and its therapeutic area, against its products'
 * approvals in the account's country on the programme's day (21 U.S.C. 331(a), 352(f); OIG Special
 * Fraud Alert: Speaker Programs (2020); PhRMA Code section 7). Oncoxa's first-line indication is
 * approved in the US from 1 March 2026, its adjuvant one only in the EU.
 */
class OffLabelProgrammeCoverageTest {
  static final String TOPIC = "First-line NSCLC in practice";
  private static final ProductId CARDIVA = ProductId.of("cardiva");
  private static final IndicationId HFREF = IndicationId.of("hfref");

  static SpeakerProgram.Builder talk() {
    return SpeakerProgram.builder().topic(TOPIC).venue(Venue.MEETING_ROOM);
  }

  /** A programme on {@code day}, run by the MSL, discussing Oncoxa with no indication named. */
  static Interaction programme(LocalDate day, SpeakerProgram.Builder program) {
    return Interaction.builder()
        .from(call("msl", day, null, false))
        .speakerProgram(program.build())
        .build();
  }

  /**
   * The findings of the programme rules: the programmes here discuss Oncoxa, which the discussion
   * rules judge on their own (see {@link #aCommercialProgrammeIsJudgedAlongsideItsDiscussions()}).
   */
  private static List<Finding> findings(KeyAccount.Builder account, Interaction i) {
    return all(account, i).stream()
        .filter(
            f ->
                f.ruleId().equals(OffLabelRules.SPEAKER_PROGRAM_INDICATION.id())
                    || f.ruleId().equals(OffLabelRules.SPEAKER_PROGRAM_AREA.id()))
        .toList();
  }

  private static List<Finding> all(KeyAccount.Builder account, Interaction i) {
    return OffLabelPack.withDefaults().check(account.addInteraction(i).build(), AS_OF);
  }

  private static List<Finding> findings(Interaction i) {
    return findings(account(), i);
  }

  private static Message covers(OffLabelCode code, LocalDate day, Arg indication, Arg... after) {
    Arg[] args = new Arg[6 + after.length];
    args[0] = callArg("msl", day);
    args[1] = Arg.text(TOPIC);
    args[2] = ONCOXA_ARG;
    args[3] = indication;
    args[4] = US;
    args[5] = Arg.of(day);
    System.arraycopy(after, 0, args, 6, after.length);
    return Message.of(code, args);
  }

  @Test
  void anApprovedIndicationOnOrAfterItsApprovalIsNoFinding() {
    assertEquals(List.of(), findings(programme(APPROVED, talk().addIndications(FIRST_LINE))));
    assertEquals(List.of(), findings(programme(AS_OF, talk().addIndications(FIRST_LINE))));
  }

  @Test
  void theDayBeforeTheApprovalTheProgrammeCoversAnIndicationNotYetApproved() {
    LocalDate day = APPROVED.minusDays(1);
    List<Finding> found = findings(programme(day, talk().addIndications(FIRST_LINE)));
    assertEquals(
        List.of("offlabel.speaker-program.indication"),
        found.stream().map(Finding::ruleId).toList());
    assertEquals("ERROR", found.get(0).severity().name());
    assertEquals(
        covers(
            OffLabelCode.SPEAKER_PROGRAM_NOT_YET_APPROVED,
            day,
            Arg.of(FIRST_LINE, "First-line NSCLC"),
            Arg.of(APPROVED)),
        found.get(0).message());
    assertEquals("call-msl-" + day, found.get(0).subjects().get(0).value());
  }

  @Test
  void anIndicationApprovedOnlyInAnotherJurisdictionIsUnapprovedHere() {
    List<Finding> found = findings(programme(AS_OF, talk().addIndications(ADJUVANT)));
    assertEquals(
        List.of(covers(OffLabelCode.SPEAKER_PROGRAM_UNAPPROVED, AS_OF, ADJUVANT_ARG)),
        found.stream().map(Finding::message).toList());
    // the EU approval holds in an EU country: the same programme at a German account is fine
    Account riverside = account().build().account();
    assertEquals(
        List.of(),
        findings(
            account().account(Account.builder().from(riverside).country("DE").build()),
            programme(AS_OF, talk().addIndications(ADJUVANT))));
  }

  @Test
  void aWithdrawnApprovalNamesItsWithdrawalFromThatDayOn() {
    LocalDate withdrawn = AS_OF.minusDays(10);
    IndicationApproval approval =
        IndicationApproval.builder()
            .jurisdiction("US")
            .approvedOn(APPROVED)
            .withdrawnOn(withdrawn)
            .build();
    assertEquals(
        List.of(),
        findings(
            withFirstLine(approval),
            programme(withdrawn.minusDays(1), talk().addIndications(FIRST_LINE))));
    KeyAccount.Builder a = withFirstLine(approval);
    assertEquals(
        List.of(
            covers(
                OffLabelCode.SPEAKER_PROGRAM_WITHDRAWN,
                withdrawn,
                Arg.of(FIRST_LINE, "First-line NSCLC"),
                Arg.of(withdrawn))),
        findings(a, programme(withdrawn, talk().addIndications(FIRST_LINE))).stream()
            .map(Finding::message)
            .toList());
  }

  @Test
  void aLaterApprovalOutranksAnEarlierWithdrawal() {
    LocalDate withdrawn = APPROVED.plusMonths(2);
    LocalDate again = APPROVED.plusMonths(6);
    KeyAccount.Builder a =
        withFirstLine(
            IndicationApproval.builder()
                .jurisdiction("US")
                .approvedOn(APPROVED)
                .withdrawnOn(withdrawn)
                .build(),
            IndicationApproval.builder().jurisdiction("US").approvedOn(again).build());
    LocalDate day = withdrawn.plusDays(1);
    assertEquals(
        List.of(
            covers(
                OffLabelCode.SPEAKER_PROGRAM_NOT_YET_APPROVED,
                day,
                Arg.of(FIRST_LINE, "First-line NSCLC"),
                Arg.of(again))),
        findings(a, programme(day, talk().addIndications(FIRST_LINE))).stream()
            .map(Finding::message)
            .toList());
  }

  @Test
  void ofTwoApprovalsStillToComeTheFirstIsNamedWhateverTheirOrder() {
    IndicationApproval sooner =
        IndicationApproval.builder().jurisdiction("US").approvedOn(AS_OF.plusDays(10)).build();
    IndicationApproval later =
        IndicationApproval.builder().jurisdiction("US").approvedOn(AS_OF.plusDays(40)).build();
    Message expected =
        covers(
            OffLabelCode.SPEAKER_PROGRAM_NOT_YET_APPROVED,
            AS_OF,
            Arg.of(FIRST_LINE, "First-line NSCLC"),
            Arg.of(AS_OF.plusDays(10)));
    for (KeyAccount.Builder a :
        List.of(withFirstLine(sooner, later), withFirstLine(later, sooner))) {
      assertEquals(
          List.of(expected),
          findings(a, programme(AS_OF, talk().addIndications(FIRST_LINE))).stream()
              .map(Finding::message)
              .toList());
    }
  }

  @Test
  void ofTwoWithdrawnApprovalsTheLastWithdrawalIsNamedWhateverTheirOrder() {
    IndicationApproval first =
        IndicationApproval.builder()
            .jurisdiction("US")
            .approvedOn(APPROVED)
            .withdrawnOn(AS_OF.minusDays(20))
            .build();
    IndicationApproval second =
        IndicationApproval.builder()
            .jurisdiction("US")
            .approvedOn(APPROVED.plusDays(1))
            .withdrawnOn(AS_OF.minusDays(10))
            .build();
    Message expected =
        covers(
            OffLabelCode.SPEAKER_PROGRAM_WITHDRAWN,
            AS_OF,
            Arg.of(FIRST_LINE, "First-line NSCLC"),
            Arg.of(AS_OF.minusDays(10)));
    for (KeyAccount.Builder a :
        List.of(withFirstLine(first, second), withFirstLine(second, first))) {
      assertEquals(
          List.of(expected),
          findings(a, programme(AS_OF, talk().addIndications(FIRST_LINE))).stream()
              .map(Finding::message)
              .toList());
    }
  }

  @Test
  void eachCoveredIndicationIsJudgedInIdOrder() {
    List<Finding> found =
        findings(programme(APPROVED.minusDays(1), talk().addIndications(FIRST_LINE, ADJUVANT)));
    assertEquals(
        List.of(
            OffLabelCode.SPEAKER_PROGRAM_UNAPPROVED.code(),
            OffLabelCode.SPEAKER_PROGRAM_NOT_YET_APPROVED.code()),
        found.stream().map(f -> f.message().code().code()).toList());
  }

  @Test
  void aCommercialProgrammeIsJudgedAlongsideItsDiscussions() {
    // the rep discussed the adjuvant use and the programme covers it: two records, two findings
    Interaction i =
        Interaction.builder()
            .from(call("rep", AS_OF, ADJUVANT, false))
            .speakerProgram(talk().addIndications(ADJUVANT).build())
            .build();
    assertEquals(
        List.of(
            "offlabel.interaction.unapproved-indication", "offlabel.speaker-program.indication"),
        all(account(), i).stream().map(Finding::ruleId).toList());
  }

  @Test
  void cancelledProgrammesAndCompetitorsAreNotJudged() {
    Interaction cancelled =
        Interaction.builder()
            .from(programme(AS_OF, talk().addIndications(ADJUVANT).therapeuticArea("Cardiology")))
            .status(InteractionStatus.CANCELLED)
            .build();
    assertEquals(List.of(), findings(cancelled));
    Interaction rivalOnly =
        Interaction.builder()
            .from(programme(AS_OF, talk().addIndications(HFREF).therapeuticArea("Neurology")))
            .productsDiscussed(List.of(ProductDiscussion.of(CARDIVA, Optional.empty())))
            .build();
    assertEquals(List.of(), findings(account().addProduct(cardiva(true)), rivalOnly));
  }

  @Test
  void theAreaOfAnApprovedIndicationMatchesIgnoringCaseAndBlanks() {
    assertEquals(List.of(), findings(programme(AS_OF, talk().therapeuticArea(" oncology "))));
    assertEquals(List.of(), findings(programme(APPROVED, talk().therapeuticArea("ONCOLOGY"))));
  }

  @Test
  void beforeAnyApprovalNoAreaMatches() {
    LocalDate day = APPROVED.minusDays(1);
    List<Finding> found = findings(programme(day, talk().therapeuticArea("Oncology")));
    assertEquals(
        List.of("offlabel.speaker-program.therapeutic-area"),
        found.stream().map(Finding::ruleId).toList());
    assertEquals("WARNING", found.get(0).severity().name());
    assertEquals(
        Message.of(
            OffLabelCode.SPEAKER_PROGRAM_AREA_NONE_APPROVED,
            callArg("msl", day),
            Arg.text(TOPIC),
            Arg.of(day),
            Arg.text("Oncology"),
            Arg.list(ONCOXA_ARG),
            US),
        found.get(0).message());
  }

  @Test
  void anotherAreaListsTheApprovedOnesOfEachProductInIdOrder() {
    Interaction both =
        Interaction.builder()
            .from(programme(AS_OF, talk().therapeuticArea("Neurology")))
            .addProductsDiscussed(ProductDiscussion.of(CARDIVA, Optional.of(HFREF)))
            .build();
    List<Finding> found = findings(account().addProduct(cardiva(false)), both);
    assertEquals(
        List.of(
            Message.of(
                OffLabelCode.SPEAKER_PROGRAM_AREA_UNMATCHED,
                callArg("msl", AS_OF),
                Arg.text(TOPIC),
                Arg.of(AS_OF),
                Arg.text("Neurology"),
                Arg.list(Arg.of(CARDIVA, "Cardiva"), ONCOXA_ARG),
                US,
                Arg.list(Arg.text("Cardiology"), Arg.text("Oncology")))),
        found.stream().map(Finding::message).toList());
    // a programme in cardiology is in an area one of its products is approved in
    Interaction cardiology =
        Interaction.builder()
            .from(both)
            .speakerProgram(talk().therapeuticArea("Cardiology").build())
            .build();
    assertEquals(List.of(), findings(account().addProduct(cardiva(false)), cardiology));
  }

  @Test
  void aProgrammeRecordingNeitherIsNotJudgedByTheseRules() {
    assertEquals(List.of(), findings(programme(APPROVED.minusDays(1), talk())));
  }

  /** The fixture with Oncoxa's first-line indication approved as {@code approvals} say. */
  private static KeyAccount.Builder withFirstLine(IndicationApproval... approvals) {
    Product oncoxa = account().build().product(ONCOXA).orElseThrow();
    Indication firstLine =
        Indication.builder()
            .from(oncoxa.indication(FIRST_LINE).orElseThrow())
            .approvals(List.of(approvals))
            .build();
    return account().products(List.of(replace(oncoxa, firstLine)));
  }

  private static Product replace(Product product, Indication indication) {
    return Product.builder()
        .from(product)
        .indications(
            product.indications().stream()
                .map(i -> i.id().equals(indication.id()) ? indication : i)
                .toList())
        .build();
  }

  /** Cardiva, in cardiology, approved in the US for heart failure since 2020. */
  private static Product cardiva(boolean competitor) {
    return Product.builder()
        .id(CARDIVA)
        .name("Cardiva")
        .kind(ProductKind.DRUG)
        .therapeuticArea("Cardiology")
        .competitor(competitor)
        .addIndication(
            Indication.builder()
                .id(HFREF)
                .name("HFrEF")
                .addApproval(
                    IndicationApproval.builder()
                        .jurisdiction("US")
                        .approvedOn(LocalDate.of(2020, 1, 1))
                        .build())
                .build())
        .build();
  }
}
