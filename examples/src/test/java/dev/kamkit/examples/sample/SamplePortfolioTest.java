package dev.kamkit.examples.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.json.KamJson;
import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.SpeakerProgram;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.pipeline.Opportunity;
import dev.kamkit.model.pipeline.OpportunityStage;
import dev.kamkit.model.testing.SeedAccounts;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.RuleDescriptor;
import dev.kamkit.rules.compliance.conduct.ConductPack;
import dev.kamkit.rules.compliance.offlabel.OffLabelPack;
import dev.kamkit.rules.compliance.openpayments.GeneralPaymentFields;
import dev.kamkit.rules.compliance.openpayments.GeneralPaymentRecord;
import dev.kamkit.rules.compliance.openpayments.OpenPaymentsPack;
import dev.kamkit.rules.compliance.openpayments.OpenPaymentsRules;
import dev.kamkit.rules.compliance.states.UsStatesPack;
import dev.kamkit.rules.compliance.states.UsStatesRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The bundled sample reads cleanly and is exactly what {@link SamplePortfolio} writes; {@code
 * -Dkamkit.writeSample=true} rewrites it.
 */
class SamplePortfolioTest {
  @Test
  void theBundledSampleReadsCleanlyAndIsUpToDate() throws IOException {
    if (Boolean.getBoolean("kamkit.writeSample")) {
      // surefire runs in the examples module; the path is from the repository root (the run after
      // this one reads the rewritten file from the class path)
      Files.writeString(
          Path.of("..").resolve(SamplePortfolio.FILE),
          SamplePortfolio.json(),
          StandardCharsets.UTF_8);
    }
    String bundled;
    try (InputStream in =
        SamplePortfolioTest.class.getResourceAsStream(
            "/dev/kamkit/examples/sample-portfolio.json")) {
      bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Portfolio read = KamJson.defaults().readPortfolio(bundled).portfolio();
    assertEquals(
        SamplePortfolio.json(),
        bundled,
        "sample-portfolio.json is stale: run SamplePortfolio.main from the repository root");
    assertEquals(SamplePortfolio.portfolio(), read);
    assertEquals(9, read.accounts().size());
  }

  @Test
  void theRiversideSpeakerProgrammeCoversAnApprovedIndicationInItsArea() {
    KeyAccount riverside = riverside();
    InteractionId id = InteractionId.of("riverside-int-crc-speaker-programme");
    SpeakerProgram program =
        riverside.interactions().stream()
            .filter(i -> i.id().equals(id))
            .map(Interaction::speakerProgram)
            .flatMap(Optional::stream)
            .findFirst()
            .orElseThrow();
    assertEquals(Optional.of("Oncology"), program.therapeuticArea());
    assertEquals(Set.of(SamplePortfolio.ONCOXA_CRC), program.indications());
    List<Finding> aboutIt =
        OffLabelPack.withDefaults().check(riverside, SeedAccounts.AS_OF).stream()
            .filter(f -> f.subjects().contains(id))
            .toList();
    assertEquals(List.of(), aboutIt);
  }

  /**
   * Riverside keeps a pipeline a plan review can work on: open and closed opportunities, one behind
   * the preferred listing objective and one serving no objective at all.
   */
  @Test
  void riversideHoldsAPipelineBothInAndOutsideThePlan() {
    KeyAccount riverside = riverside();
    List<Opportunity> pipeline = riverside.opportunities();
    assertEquals(4, pipeline.size());
    assertEquals(
        Set.of(OpportunityStage.NEGOTIATION, OpportunityStage.PROPOSAL, OpportunityStage.QUALIFIED),
        pipeline.stream()
            .filter(o -> !o.stage().isClosed())
            .map(Opportunity::stage)
            .collect(Collectors.toSet()));
    assertEquals(1, pipeline.stream().filter(o -> o.stage() == OpportunityStage.LOST).count());
    assertTrue(
        pipeline.stream()
            .anyMatch(
                o -> o.objectives().contains(ObjectiveId.of("riverside-obj-oncoxa-preferred"))));
    assertTrue(pipeline.stream().anyMatch(o -> o.objectives().isEmpty() && !o.stage().isClosed()));
  }

  /**
   * Riverside's Open Payments scenes come out as CMS would want them: the fee directed to a charity
   * is reported as a payment to the chief of oncology with the charity on the record and both
   * related products complete, Dr. Hale's salary is not reported, and no product lacks a fact.
   */
  @Test
  void riversidesRecordsNameTheCharityAndCompleteProductsAndLeaveOutTheSalary() {
    KeyAccount riverside = riverside();
    OpenPaymentsPack pack = OpenPaymentsPack.withDefaults();
    List<GeneralPaymentRecord> records = pack.generalPaymentRecords(riverside, SeedAccounts.AS_OF);
    GeneralPaymentRecord fee =
        records.stream()
            .filter(r -> r.transfer().value().equals("riverside-tov-advisory-fee-infusion"))
            .findFirst()
            .orElseThrow();
    assertEquals(StakeholderId.of("riverside-chief-of-oncology"), fee.recipient());
    assertEquals("Entity", fee.field(GeneralPaymentFields.THIRD_PARTY_INDICATOR));
    assertEquals(
        "Riverside Cancer Survivors Fund", fee.field(GeneralPaymentFields.THIRD_PARTY_NAME));
    assertEquals("Yes", fee.field(GeneralPaymentFields.CHARITY_INDICATOR));
    assertEquals(List.of("Covered", "Biological", "Oncoxa", "71234-0101-01", ""), slot(fee, 1));
    assertEquals(
        List.of("Covered", "Device", "Veniflo", "", SamplePortfolio.VENIFLO_DI), slot(fee, 2));
    assertTrue(
        records.stream().noneMatch(r -> r.recipient().equals(SamplePortfolio.DR_HALE)), "salary");
    List<Finding> findings = pack.check(riverside, SeedAccounts.AS_OF);
    assertTrue(
        findings.stream()
            .anyMatch(
                f ->
                    f.ruleId().equals(OpenPaymentsRules.EMPLOYEE_COMPENSATION_EXCLUDED.id())
                        && f.subjects().contains(SamplePortfolio.DR_HALE)),
        findings::toString);
    for (RuleDescriptor rule :
        List.of(
            OpenPaymentsRules.PRODUCT_FIELD_MISSING,
            OpenPaymentsRules.DEVICE_IDENTIFIER_MISSING,
            OpenPaymentsRules.PRODUCT_IDENTIFIER_NOT_APPLICABLE,
            OpenPaymentsRules.THIRD_PARTY_NAME_MISSING)) {
      assertTrue(findings.stream().noneMatch(f -> f.ruleId().equals(rule.id())), rule.id());
    }
    assertEquals(
        Set.of(ClinicalUnitId.of("riverside-memorial-infusion")),
        riverside.plan().orElseThrow().objectives().stream()
            .filter(o -> o.id().equals(SamplePortfolio.VENIFLO_MEMORIAL))
            .findFirst()
            .orElseThrow()
            .clinicalUnits());
  }

  /**
   * Northfield's transfers walk the Massachusetts and Vermont rules at their boundaries: the
   * speaker fee is disclosed and the $50.00 dinner share is not, the dinner is in the quarterly
   * meal report for the two Massachusetts practitioners only, and Vermont discloses the Rutland
   * oncologist's share, the permitted gift and the sample, bans nothing and misses the company's
   * registration. Open Payments reports the fee, the textbook and each covered recipient's dinner
   * share, but not the sample; the textbook is at the PhRMA Code's $100 limit, so conduct finds
   * nothing.
   */
  @Test
  void northfieldWalksTheMassachusettsAndVermontRules() {
    KeyAccount northfield =
        SamplePortfolio.portfolio().accounts().stream()
            .filter(a -> a.id().equals(SampleNewEnglandSystem.ID))
            .findFirst()
            .orElseThrow();
    Map<String, List<KamId>> states =
        UsStatesPack.withDefaults().check(northfield, SeedAccounts.AS_OF).stream()
            .collect(Collectors.toMap(Finding::ruleId, Finding::subjects));
    KamId chief = StakeholderId.of("northfield-chief-of-oncology");
    KamId np = StakeholderId.of("northfield-oncology-np");
    KamId fee = TransferOfValueId.of("northfield-tov-speaker-fee");
    KamId dinner = TransferOfValueId.of("northfield-tov-programme-dinner");
    KamId textbook = TransferOfValueId.of("northfield-tov-lavoie-textbook");
    KamId sample = TransferOfValueId.of("northfield-tov-cardiva-starter-packs");
    assertEquals(
        Map.of(
            UsStatesRules.MA_DISCLOSABLE.id(),
            List.of(chief, fee),
            UsStatesRules.MA_QUARTERLY_MEAL_REPORT.id(),
            List.of(dinner, chief, np),
            UsStatesRules.VT_DISCLOSURE.id(),
            List.of(sample, textbook, dinner),
            UsStatesRules.VT_REGISTRATION_MISSING.id(),
            List.of(sample, textbook, dinner)),
        states);
    Map<String, String> reported = new TreeMap<>();
    for (GeneralPaymentRecord r :
        OpenPaymentsPack.withDefaults().generalPaymentRecords(northfield, SeedAccounts.AS_OF)) {
      reported.put(
          r.transfer().value() + " " + r.recipient().value(),
          r.field(GeneralPaymentFields.TOTAL_AMOUNT_USD));
    }
    assertEquals(
        Map.of(
            "northfield-tov-speaker-fee northfield-chief-of-oncology", "2000.00",
            "northfield-tov-programme-dinner northfield-chief-of-oncology", "50.00",
            "northfield-tov-programme-dinner northfield-oncology-np", "50.00",
            "northfield-tov-programme-dinner northfield-gm-dr-lavoie", "50.00",
            "northfield-tov-lavoie-textbook northfield-gm-dr-lavoie", "100.00"),
        reported);
    assertEquals(List.of(), ConductPack.withDefaults().check(northfield, SeedAccounts.AS_OF));
  }

  /** Coverage, category, name, NDC and device identifier of a record's product slot {@code n}. */
  private static List<String> slot(GeneralPaymentRecord record, int n) {
    return List.of(
        record.field(GeneralPaymentFields.coveredIndicator(n)),
        record.field(GeneralPaymentFields.productCategory(n)),
        record.field(GeneralPaymentFields.productName(n)),
        record.field(GeneralPaymentFields.ndc(n)),
        record.field(GeneralPaymentFields.deviceIdentifier(n)));
  }

  /** The sample's Riverside. */
  private static KeyAccount riverside() {
    return SamplePortfolio.portfolio().accounts().stream()
        .filter(a -> a.id().equals(SeedAccounts.RIVERSIDE_HEALTH))
        .findFirst()
        .orElseThrow();
  }
}
