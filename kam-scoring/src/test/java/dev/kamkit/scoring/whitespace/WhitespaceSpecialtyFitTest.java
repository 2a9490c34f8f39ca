package dev.kamkit.scoring.whitespace;

import static dev.kamkit.scoring.fixtures.AccountFixture.AS_OF;
import static dev.kamkit.scoring.fixtures.CodedReasons.assertCoded;
import static dev.kamkit.scoring.fixtures.CodedReasons.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.Account;
import dev.kamkit.model.account.AccountKind;
import dev.kamkit.model.account.ClinicalUnit;
import dev.kamkit.model.account.Site;
import dev.kamkit.model.account.SiteKind;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.SiteId;
import dev.kamkit.model.portfolio.Indication;
import dev.kamkit.model.portfolio.IndicationApproval;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.ProductKind;
import dev.kamkit.model.portfolio.WhitespaceCell;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import dev.kamkit.scoring.Effect;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Worked examples at the boundaries of the specialty fit: a cell that names no indication is
 * proposed only where the product's approved therapeutic areas fit the unit's specialty.
 */
class WhitespaceSpecialtyFitTest {
  private static final ProductId ONCOXA = ProductId.of("oncoxa");
  private static final IndicationId NSCLC = IndicationId.of("oncoxa-nsclc");
  private static final IndicationId MYELOMA = IndicationId.of("oncoxa-myeloma");
  private static final IndicationId HF = IndicationId.of("oncoxa-hf");

  /**
   * Oncoxa: lung cancer (Oncology, the product's area) approved in 2020, myeloma (its own area,
   * Haematology) approved on {@code AS_OF}, heart failure (Cardiology) approved the day after.
   */
  private static final Product PRODUCT =
      Product.builder()
          .id(ONCOXA)
          .name("Oncoxa")
          .kind(ProductKind.BIOLOGICAL)
          .therapeuticArea("Oncology")
          .addIndication(indication(NSCLC, null, LocalDate.of(2020, 1, 1)))
          .addIndication(indication(MYELOMA, "Haematology", AS_OF))
          .addIndication(indication(HF, "Cardiology", AS_OF.plusDays(1)))
          .build();

  private static Indication indication(IndicationId id, String area, LocalDate approvedOn) {
    Indication.Builder i =
        Indication.builder()
            .id(id)
            .name(id.value())
            .addApproval(
                IndicationApproval.builder().jurisdiction("US").approvedOn(approvedOn).build());
    return (area == null ? i : i.therapeuticArea(area)).build();
  }

  private static ClinicalUnit unit(String id, String specialty) {
    ClinicalUnit.Builder u = ClinicalUnit.builder().id(ClinicalUnitId.of(id)).name(id);
    return (specialty == null ? u : u.specialty(specialty)).build();
  }

  private static WhitespaceCell open(String unit) {
    return WhitespaceCell.builder()
        .product(ONCOXA)
        .clinicalUnit(ClinicalUnitId.of(unit))
        .status(WhitespaceStatus.OPEN)
        .build();
  }

  private static KeyAccount account(List<ClinicalUnit> units, WhitespaceCell... cells) {
    return KeyAccount.builder()
        .account(
            Account.builder()
                .id(AccountId.of("amc"))
                .name("Lakeshore University Hospital")
                .kind(AccountKind.ACADEMIC_MEDICAL_CENTRE)
                .country("US")
                .addSite(
                    Site.builder()
                        .id(SiteId.of("main"))
                        .name("Main campus")
                        .kind(SiteKind.HOSPITAL)
                        .addAllClinicalUnits(units)
                        .build())
                .build())
        .addProducts(PRODUCT)
        .addWhitespace(cells)
        .build();
  }

  private static List<String> proposed(WhitespaceResult result) {
    return result.opportunities().stream().map(o -> o.clinicalUnit().value()).toList();
  }

  @Test
  void aSpecialtyFitsAnApprovedAreaIgnoringCaseAndBlanks() {
    WhitespaceResult result =
        WhitespaceScorer.withDefaults()
            .score(account(List.of(unit("thoracic", "  ONCOLOGY ")), open("thoracic")), AS_OF);
    assertEquals(List.of("thoracic"), proposed(result));
    assertEquals(List.of(), result.excluded());
  }

  @Test
  void aSpecialtyThatFitsNoApprovedAreaIsNotProposedAndSaysWhatWouldChangeIt() {
    // Cardiology is an area of Oncoxa, but heart failure is approved only from the day after.
    WhitespaceResult result =
        WhitespaceScorer.withDefaults()
            .score(account(List.of(unit("cardio", "Cardiology")), open("cardio")), AS_OF);
    assertEquals(List.of(), proposed(result));
    assertEquals(Map.of(), result.addressable());
    assertEquals(1, result.excluded().size());
    assertCoded(
        "whitespace.cell.excluded.specialty-misfit",
        Effect.GAP,
        result.excluded().get(0),
        ref(ONCOXA, "Oncoxa"),
        ref(ClinicalUnitId.of("cardio"), "cardio"),
        Arg.text("Cardiology"),
        Arg.list(List.of("Haematology", "Oncology"), Arg::text),
        Arg.list(List.of("Cardiology"), Arg::text));
    assertEquals(List.of(ONCOXA, ClinicalUnitId.of("cardio")), result.excluded().get(0).subjects());

    // the day heart failure is approved, the same cell fits
    WhitespaceResult nextDay =
        WhitespaceScorer.withDefaults()
            .score(
                account(List.of(unit("cardio", "Cardiology")), open("cardio")), AS_OF.plusDays(1));
    assertEquals(List.of("cardio"), proposed(nextDay));
  }

  @Test
  void anIndicationWithItsOwnAreaFitsFromTheDayItIsApproved() {
    KeyAccount account = account(List.of(unit("haem", "Haematology")), open("haem"));
    assertEquals(List.of("haem"), proposed(WhitespaceScorer.withDefaults().score(account, AS_OF)));
    WhitespaceResult dayBefore = WhitespaceScorer.withDefaults().score(account, AS_OF.minusDays(1));
    assertEquals(List.of(), proposed(dayBefore));
    assertEquals("whitespace.cell.excluded.specialty-misfit", dayBefore.excluded().get(0).code());
  }

  @Test
  void aUnitWithoutASpecialtyIsNotProposedForACellNamingNoIndication() {
    WhitespaceResult result =
        WhitespaceScorer.withDefaults()
            .score(account(List.of(unit("day-unit", null)), open("day-unit")), AS_OF);
    assertEquals(List.of(), proposed(result));
    assertCoded(
        "whitespace.cell.excluded.no-specialty",
        Effect.GAP,
        result.excluded().get(0),
        ref(ONCOXA, "Oncoxa"),
        ref(ClinicalUnitId.of("day-unit"), "day-unit"),
        Arg.list(List.of("Haematology", "Oncology"), Arg::text));
  }

  @Test
  void aCellNamingAnApprovedIndicationIsJudgedByItWhateverTheSpecialty() {
    WhitespaceCell named = WhitespaceCell.copyOf(open("cardio")).withIndication(NSCLC);
    WhitespaceCell noSpecialty = WhitespaceCell.copyOf(open("day-unit")).withIndication(NSCLC);
    WhitespaceResult result =
        WhitespaceScorer.withDefaults()
            .score(
                account(
                    List.of(unit("cardio", "Cardiology"), unit("day-unit", null)),
                    named,
                    noSpecialty),
                AS_OF);
    assertEquals(List.of("cardio", "day-unit"), proposed(result));
  }

  @Test
  void theHostsTableMakesAnotherSpecialtyFit() {
    KeyAccount account =
        account(List.of(unit("haem-onc", "Haematology-Oncology")), open("haem-onc"));
    WhitespaceResult byDefault = WhitespaceScorer.withDefaults().score(account, AS_OF);
    assertCoded(
        "whitespace.cell.excluded.specialty-misfit",
        Effect.GAP,
        byDefault.excluded().get(0),
        ref(ONCOXA, "Oncoxa"),
        ref(ClinicalUnitId.of("haem-onc"), "haem-onc"),
        Arg.text("Haematology-Oncology"),
        Arg.list(List.of("Haematology", "Oncology"), Arg::text),
        Arg.list(List.of("Haematology-Oncology"), Arg::text));

    WhitespacePolicy host =
        WhitespacePolicy.defaults()
            .withVersion("acme-whitespace-1")
            .withSpecialtyFit(
                SpecialtyFit.defaults()
                    .withAreasBySpecialty(Map.of("haematology-oncology", Set.of(" oncology"))));
    WhitespaceResult result = WhitespaceScorer.of(host).score(account, AS_OF);
    assertEquals(List.of("haem-onc"), proposed(result));
    assertEquals("acme-whitespace-1", result.policyVersion());
  }

  @Test
  void aCellThatDoesNotFitIsNotOpenToConversion() {
    KeyAccount before = account(List.of(unit("cardio", "Cardiology")), open("cardio"));
    KeyAccount after =
        account(
            List.of(unit("cardio", "Cardiology")),
            WhitespaceCell.copyOf(open("cardio")).withStatus(WhitespaceStatus.SOLD));
    Conversion conversion = WhitespaceScorer.withDefaults().conversion(before, AS_OF, after, AS_OF);
    assertTrue(conversion.converted().isEmpty());
    assertTrue(conversion.stillOpen().isEmpty());
  }
}
