package dev.kamkit.rules.compliance.france;

import static dev.kamkit.rules.compliance.EuFixture.all;
import static dev.kamkit.rules.compliance.EuFixture.findings;
import static dev.kamkit.rules.compliance.EuFixture.number;
import static dev.kamkit.rules.compliance.EuFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.rules.compliance.EuFixture;
import dev.kamkit.rules.compliance.ExchangeRate;
import dev.kamkit.rules.compliance.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Worked examples of the France pack, with the boundary of every threshold. */
class FranceExamplesTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 31);
  private static final FrancePack PACK =
      FrancePack.of(FrancePolicy.builder().publicationTest(PublicationTest.AT_OR_ABOVE).build());
  private static final String AUTH = "france.lea.authorisation-missing";
  private static final String NEGL = "france.lea.not-negligible";

  private static UnaryOperator<TransferOfValue.Builder> kind(String code) {
    return text(FranceAttributes.KIND, code);
  }

  /** The findings of one rule over transfers of {@code amount} each, with {@code adjust}. */
  private static List<String> one(
      String rule,
      NatureOfPayment nature,
      UnaryOperator<TransferOfValue.Builder> adjust,
      String... amounts) {
    EuFixture f = EuFixture.in("FR").hcp("h1");
    for (int n = 0; n < amounts.length; n++) {
      f.pay("t" + (n + 1), "h1", "2025-03-0" + (n + 1), amounts[n] + " EUR", nature, adjust);
    }
    return findings(PACK.check(f.build(), AS_OF), rule);
  }

  private static List<String> one(
      String rule, UnaryOperator<TransferOfValue.Builder> adjust, String... amounts) {
    return one(rule, NatureOfPayment.FOOD_AND_BEVERAGE, adjust, amounts);
  }

  @Test
  void aMealIsAuthorisedAbove50EurosNotAt() {
    assertEquals(List.of(), one(AUTH, kind("meal"), "50.00"));
    assertEquals(
        List.of(
            "ERROR france.lea.authorisation-missing [h1, t1]: hospitality, per meal: 50.01 EUR for"
                + " 1 meal is above 50.00 EUR per meal; an authorisation is needed (not a"
                + " declaration) and no fr.authorisation is recorded (Loi anti-cadeaux (CSP"
                + " L1453-3 ff.), in force 1 October 2020 (Vigier; Hogan Lovells FR; EMFPS))"),
        one(AUTH, kind("meal"), "50.01"));
  }

  @Test
  void unitsMultiplyThePerUnitThresholds() {
    assertEquals(
        List.of(), one(AUTH, all(kind("meal"), number(FranceAttributes.UNITS, "2")), "100.00"));
    assertEquals(
        1, one(AUTH, all(kind("meal"), number(FranceAttributes.UNITS, "2")), "100.01").size());
    assertEquals(List.of(), one(AUTH, kind("night"), "150.00"));
    assertTrue(
        one(AUTH, all(kind("night"), number(FranceAttributes.UNITS, "3")), "450.01")
            .get(0)
            .contains(
                "hospitality, per night: 450.01 EUR for 3 nights is above 150.00 EUR per night"));
    assertEquals(List.of(), one(AUTH, kind("snack"), "15.00"));
    assertEquals(1, one(AUTH, kind("snack"), "15.01").size());
  }

  @Test
  void anAuthorisationReferenceSatisfiesTheThreshold() {
    assertEquals(
        List.of(),
        one(AUTH, all(kind("meal"), text(FranceAttributes.AUTHORISATION, "CNOM-1")), "80.00"));
  }

  @Test
  void registrationTrainingAndResearchGifts() {
    assertEquals(List.of(), one(AUTH, NatureOfPayment.EDUCATION, kind("registration"), "1000.00"));
    assertTrue(
        one(AUTH, NatureOfPayment.EDUCATION, kind("registration"), "1000.01")
            .get(0)
            .contains("a registration fee of 1000.01 EUR is above 1000.00 EUR"));
    assertEquals(List.of(), one(AUTH, NatureOfPayment.EDUCATION, kind("training"), "1000.00"));
    assertTrue(
        one(AUTH, NatureOfPayment.EDUCATION, kind("training"), "1000.01")
            .get(0)
            .contains("training funding of 1000.01 EUR is above 1000.00 EUR"));
    assertEquals(List.of(), one(AUTH, NatureOfPayment.GRANT, kind("research-gift"), "5000.00"));
    assertTrue(
        one(AUTH, NatureOfPayment.GRANT, kind("research-gift"), "5000.01")
            .get(0)
            .contains("a research gift to an HCP of 5000.01 EUR is above 5000.00 EUR"));
  }

  @Test
  void aResearchGiftToAnAssociationHasTheHigherThreshold() {
    EuFixture at =
        EuFixture.in("FR")
            .payOrganisation(
                "t1", "2025-03-01", "8000.00 EUR", NatureOfPayment.GRANT, kind("research-gift"));
    assertEquals(List.of(), findings(PACK.check(at.build(), AS_OF), AUTH));
    EuFixture above =
        EuFixture.in("FR")
            .payOrganisation(
                "t1", "2025-03-01", "8000.01 EUR", NatureOfPayment.GRANT, kind("research-gift"));
    assertEquals(
        List.of(
            "ERROR france.lea.authorisation-missing [acc-eu, t1]: a research gift to an"
                + " association of 8000.01 EUR is above 8000.00 EUR; an authorisation is needed"
                + " (not a declaration) and no fr.authorisation is recorded (Loi anti-cadeaux (CSP"
                + " L1453-3 ff.), in force 1 October 2020 (Vigier; Hogan Lovells FR; EMFPS))"),
        findings(PACK.check(above.build(), AS_OF), AUTH));
  }

  @Test
  void hospitalityForOneEventIsTotalledAgainst2000Euros() {
    UnaryOperator<TransferOfValue.Builder> night =
        all(
            kind("night"),
            number(FranceAttributes.UNITS, "4"),
            text(FranceAttributes.EVENT, "JFHOD"));
    UnaryOperator<TransferOfValue.Builder> registration =
        all(kind("registration"), text(FranceAttributes.EVENT, "JFHOD"));
    EuFixture at =
        EuFixture.in("FR")
            .hcp("h1")
            .pay("t1", "h1", "2025-03-01", "600.00 EUR", NatureOfPayment.TRAVEL_AND_LODGING, night)
            .pay("t2", "h1", "2025-03-01", "1000.00 EUR", NatureOfPayment.EDUCATION, registration)
            .pay("t3", "h1", "2025-03-02", "400.00 EUR", NatureOfPayment.TRAVEL_AND_LODGING, night);
    assertEquals(List.of(), findings(PACK.check(at.build(), AS_OF), AUTH));
    EuFixture above =
        at.pay(
            "t4",
            "h1",
            "2025-03-03",
            "0.01 EUR",
            NatureOfPayment.TRAVEL_AND_LODGING,
            all(
                kind("snack"),
                text(FranceAttributes.EVENT, "JFHOD"),
                text(FranceAttributes.AUTHORISATION, "A-1")));
    assertEquals(
        List.of(
            "ERROR france.lea.authorisation-missing [h1, t1, t2, t3]: the event JFHOD totals"
                + " 2000.01 EUR for h1, above 2000.00 EUR; an authorisation is needed (not a"
                + " declaration) and no fr.authorisation is recorded (Loi anti-cadeaux (CSP"
                + " L1453-3 ff.), in force 1 October 2020 (Vigier; Hogan Lovells FR; EMFPS))"),
        findings(PACK.check(above.build(), AS_OF), AUTH));
  }

  @Test
  void feesAreJudgedPerHourPerHalfDayAndPerConvention() {
    UnaryOperator<TransferOfValue.Builder> fourHours = number(FranceAttributes.HOURS, "4");
    assertEquals(List.of(), one(AUTH, NatureOfPayment.CONSULTING_FEE, fourHours, "800.00"));
    assertTrue(
        one(AUTH, NatureOfPayment.CONSULTING_FEE, fourHours, "800.01")
            .get(0)
            .contains("fee for service: 800.01 EUR for 4 hours is above 200.00 EUR per hour"));
    UnaryOperator<TransferOfValue.Builder> twoHalfDays = number(FranceAttributes.HALF_DAYS, "2");
    assertEquals(List.of(), one(AUTH, NatureOfPayment.HONORARIA, twoHalfDays, "1600.00"));
    assertEquals(1, one(AUTH, NatureOfPayment.HONORARIA, twoHalfDays, "1600.01").size());
    UnaryOperator<TransferOfValue.Builder> convention =
        all(number(FranceAttributes.HALF_DAYS, "2"), text(FranceAttributes.CONVENTION, "C-7"));
    assertEquals(
        List.of(), one(AUTH, NatureOfPayment.CONSULTING_FEE, convention, "1000.00", "1000.00"));
    assertEquals(
        List.of(
            "ERROR france.lea.authorisation-missing [h1, t1, t2]: the convention C-7 totals"
                + " 2000.01 EUR for h1, above 2000.00 EUR; an authorisation is needed (not a"
                + " declaration) and no fr.authorisation is recorded (Loi anti-cadeaux (CSP"
                + " L1453-3 ff.), in force 1 October 2020 (Vigier; Hogan Lovells FR; EMFPS))"),
        one(AUTH, NatureOfPayment.CONSULTING_FEE, convention, "1000.00", "1000.01"));
  }

  @Test
  void aFeeWithoutItsDurationIsAWarning() {
    assertEquals(
        List.of(
            "WARNING france.lea.fee-duration-missing [h1, t1]: a fee of 300.00 EUR records neither"
                + " fr.hours nor fr.halfDays, so the 200.00 EUR an hour and 800.00 EUR a half-day"
                + " thresholds cannot be judged (Loi anti-cadeaux (CSP L1453-3 ff.), in force 1"
                + " October 2020 (Vigier; Hogan Lovells FR; EMFPS))"),
        one(
            "france.lea.fee-duration-missing",
            NatureOfPayment.SPEAKER_MEDICAL_EDUCATION,
            t -> t,
            "300.00"));
  }

  @Test
  void aTransferWithoutItsKindIsAWarning() {
    assertEquals(
        List.of(
            "WARNING france.lea.kind-missing [t1]: no fr.kind is recorded, so the anti-gift"
                + " thresholds cannot be judged; use one of night, meal, snack, registration, fee,"
                + " training, research-gift, impromptu-meal, book, sample (Loi anti-cadeaux (CSP"
                + " L1453-3 ff.), in force 1 October 2020 (Vigier; Hogan Lovells FR; EMFPS))"),
        one("france.lea.kind-missing", t -> t, "80.00"));
  }

  @Test
  void theAntiGiftLawAppliesFrom1October2020() {
    EuFixture f =
        EuFixture.in("FR")
            .hcp("h1")
            .pay(
                "t1",
                "h1",
                "2020-09-30",
                "80.00 EUR",
                NatureOfPayment.FOOD_AND_BEVERAGE,
                kind("meal"))
            .pay(
                "t2",
                "h1",
                "2020-10-01",
                "80.00 EUR",
                NatureOfPayment.FOOD_AND_BEVERAGE,
                kind("meal"))
            .pay("t3", "h1", "2020-09-30", "80.00 EUR", NatureOfPayment.GIFT)
            .pay(
                "t4",
                "h1",
                "2020-09-30",
                "40.00 EUR",
                NatureOfPayment.GIFT,
                kind("impromptu-meal"));
    List<Finding> found = PACK.check(f.build(), AS_OF);
    assertEquals(
        List.of("ERROR", "INFO", "INFO", "INFO", "INFO"),
        found.stream().map(x -> x.severity().name()).sorted().toList());
    assertTrue(findings(found, AUTH).get(0).contains("[h1, t2]"));
  }

  @Test
  void theThirdImpromptuMealOfAYearIsNotNegligible() {
    UnaryOperator<TransferOfValue.Builder> impromptu = kind("impromptu-meal");
    assertEquals(List.of(), one(NEGL, impromptu, "30.00", "30.00"));
    assertEquals(
        List.of(
            "ERROR france.lea.not-negligible [h1, t3]: impromptu meal of 12.00 EUR on 2025-03-03"
                + " is not négligeable: the 3rd or later impromptu meal for h1 in 2025 (at most 2 a"
                + " year); it needs an authorisation and no fr.authorisation is recorded (Loi"
                + " anti-cadeaux (CSP L1453-3 ff.), in force 1 October 2020 (Vigier; Hogan Lovells"
                + " FR; EMFPS))"),
        one(NEGL, impromptu, "30.00", "30.00", "12.00"));
    // a meal above 30 EUR is not négligeable and does not use up the allowance
    List<String> over = one(NEGL, impromptu, "30.01", "30.00", "30.00");
    assertEquals(1, over.size());
    assertTrue(
        over.get(0)
            .contains(
                "[h1, t1]: impromptu meal of 30.01 EUR on 2025-03-01 is not négligeable: above"
                    + " 30.00 EUR"));
  }

  @Test
  void theImpromptuMealAllowanceIsPerCalendarYearAndPerBeneficiary() {
    UnaryOperator<TransferOfValue.Builder> impromptu = kind("impromptu-meal");
    EuFixture f =
        EuFixture.in("FR")
            .hcp("h1")
            .hcp("h2")
            .pay(
                "t1", "h1", "2025-12-30", "20.00 EUR", NatureOfPayment.FOOD_AND_BEVERAGE, impromptu)
            .pay(
                "t2", "h1", "2025-12-31", "20.00 EUR", NatureOfPayment.FOOD_AND_BEVERAGE, impromptu)
            .pay(
                "t3", "h1", "2026-01-01", "20.00 EUR", NatureOfPayment.FOOD_AND_BEVERAGE, impromptu)
            .pay(
                "t4", "h2", "2025-12-31", "20.00 EUR", NatureOfPayment.FOOD_AND_BEVERAGE, impromptu)
            .pay(
                "t5",
                "h1",
                "2025-12-31",
                "20.00 EUR",
                NatureOfPayment.FOOD_AND_BEVERAGE,
                all(impromptu, text(FranceAttributes.AUTHORISATION, "A-9")));
    assertEquals(List.of(), findings(PACK.check(f.build(), AS_OF), NEGL));
  }

  @Test
  void booksAreNegligibleUpTo150EurosAYear() {
    UnaryOperator<TransferOfValue.Builder> book = kind("book");
    assertEquals(
        List.of(),
        one(NEGL, NatureOfPayment.GIFT, book, "30.00", "30.00", "30.00", "30.00", "30.00"));
    List<String> sixth =
        one(NEGL, NatureOfPayment.GIFT, book, "30.00", "30.00", "30.00", "30.00", "30.00", "0.01");
    assertEquals(1, sixth.size());
    assertTrue(
        sixth
            .get(0)
            .contains(
                "[h1, t6]: book of 0.01 EUR on 2025-03-06 is not négligeable: books for h1 in 2025"
                    + " would total 150.01 EUR, above 150.00 EUR"),
        sixth.get(0));
    assertTrue(one(NEGL, NatureOfPayment.GIFT, book, "30.01").get(0).contains("above 30.00 EUR"));
  }

  @Test
  void atMostThreeSamplesOf20EurosAYear() {
    UnaryOperator<TransferOfValue.Builder> sample = kind("sample");
    assertEquals(List.of(), one(NEGL, NatureOfPayment.GIFT, sample, "20.00", "20.00", "20.00"));
    List<String> fourth =
        one(NEGL, NatureOfPayment.GIFT, sample, "20.00", "20.00", "20.00", "1.00");
    assertEquals(1, fourth.size());
    assertTrue(
        fourth
            .get(0)
            .contains(
                "[h1, t4]: sample or demonstration unit of 1.00 EUR on 2025-03-04 is not"
                    + " négligeable: the 4th or later sample for h1 in 2025 (at most 3 a year)"),
        fourth.get(0));
    assertTrue(one(NEGL, NatureOfPayment.GIFT, sample, "20.01").get(0).contains("above 20.00 EUR"));
  }

  @Test
  void avantagesOf10EurosArePublishedAsTheHostChooses() {
    EuFixture f =
        EuFixture.in("FR")
            .hcp("h1")
            .pay("t1", "h1", "2025-03-01", "9.99 EUR", NatureOfPayment.GIFT, kind("book"))
            .pay("t2", "h1", "2025-03-02", "10.00 EUR", NatureOfPayment.GIFT, kind("book"))
            .pay("t3", "h1", "2025-03-03", "10.01 EUR", NatureOfPayment.GIFT, kind("book"));
    String publish = "france.transparency.publish";
    assertEquals(
        List.of(
            "INFO france.transparency.publish [h1, t2]: avantage of 10.00 EUR TTC on 2025-03-02 is"
                + " at the 10.00 EUR threshold: published on Transparence Santé (Transparence des"
                + " liens, CSP L1453-1 ff. (Loi Bertrand; Leem))",
            "INFO france.transparency.publish [h1, t3]: avantage of 10.01 EUR TTC on 2025-03-03 is"
                + " above the 10.00 EUR threshold: published on Transparence Santé (Transparence"
                + " des liens, CSP L1453-1 ff. (Loi Bertrand; Leem))"),
        findings(PACK.check(f.build(), AS_OF), publish));
    FrancePack above =
        FrancePack.of(FrancePolicy.builder().publicationTest(PublicationTest.ABOVE).build());
    assertEquals(1, findings(above.check(f.build(), AS_OF), publish).size());
    FrancePack unset = FrancePack.of(FrancePolicy.builder().build());
    List<Finding> u = unset.check(f.build(), AS_OF);
    assertEquals(1, findings(u, publish).size());
    assertEquals(
        List.of(
            "ERROR france.configuration.publication-test-missing [t2]: 1 avantages of exactly"
                + " 10.00 EUR are not judged: whether the threshold is > or >= 10 EUR is"
                + " unverified, so the host must set FrancePolicy.publicationTest (Transparence"
                + " des liens, CSP L1453-1 ff. (Loi Bertrand; Leem))"),
        findings(u, "france.configuration.publication-test-missing"));
  }

  @Test
  void aConventionIsPublishedWhateverItsAmount() {
    assertEquals(
        List.of(
            "INFO france.transparency.publish [h1, t1]: convention C-1 (1.00 EUR on 2025-03-01) is"
                + " published on Transparence Santé whatever its amount (Transparence des liens,"
                + " CSP L1453-1 ff. (Loi Bertrand; Leem))"),
        one(
            "france.transparency.publish",
            NatureOfPayment.CONSULTING_FEE,
            all(text(FranceAttributes.CONVENTION, "C-1"), number(FranceAttributes.HOURS, "1")),
            "1.00"));
  }

  @Test
  void otherCurrenciesNeedAHostRateIntoEuros() {
    EuFixture f =
        EuFixture.in("FR")
            .hcp("h1")
            .pay(
                "t1",
                "h1",
                "2025-03-01",
                "60.00 USD",
                NatureOfPayment.FOOD_AND_BEVERAGE,
                kind("meal"));
    assertEquals(
        List.of(
            "ERROR france.amount.no-eur-rate [t1]: 60.00 USD on 2025-03-01 has no host-supplied EUR"
                + " rate for 2025 (Transparence des liens, CSP L1453-1 ff. (Loi Bertrand; Leem);"
                + " Loi anti-cadeaux (CSP L1453-3 ff.), in force 1 October 2020 (Vigier; Hogan"
                + " Lovells FR; EMFPS))"),
        PACK.check(f.build(), AS_OF).stream().map(Finding::toString).toList());
    FrancePack rated =
        FrancePack.of(
            FrancePolicy.builder()
                .publicationTest(PublicationTest.ABOVE)
                .addRate(ExchangeRate.of("USD", "EUR", LocalDate.of(2025, 1, 1), "0.9"))
                .build());
    // 60 USD x 0.9 = 54.00 EUR, above the 50 EUR meal threshold
    assertTrue(findings(rated.check(f.build(), AS_OF), AUTH).get(0).contains("54.00 EUR"));
  }

  @Test
  void badAttributesAreFindings() {
    EuFixture f =
        EuFixture.in("FR")
            .hcp("h1")
            .pay(
                "t1",
                "h1",
                "2025-03-01",
                "5.00 EUR",
                NatureOfPayment.FOOD_AND_BEVERAGE,
                all(
                    kind("dinner"),
                    number(FranceAttributes.UNITS, "1.5"),
                    number(FranceAttributes.HOURS, "0"),
                    text("fr.unit", "2")));
    assertEquals(
        List.of(
            "fr.unit is not a key read here; known keys are fr.kind, fr.units, fr.hours,"
                + " fr.halfDays, fr.event, fr.convention, fr.authorisation",
            "fr.kind \"dinner\" is not one of night, meal, snack, registration, fee, training,"
                + " research-gift, impromptu-meal, book, sample",
            "fr.hours must be a positive number, was the number 0",
            "fr.units 1.5 is not a whole number"),
        PACK.check(f.build(), AS_OF).stream()
            .filter(x -> x.ruleId().equals("france.attribute.invalid"))
            .map(Finding::message)
            .toList());
  }

  @Test
  void accountsOutsideFranceAndTransfersAfterAsOfAreNotJudged() {
    EuFixture de =
        EuFixture.in("DE")
            .hcp("h1")
            .pay(
                "t1",
                "h1",
                "2025-03-01",
                "80.00 EUR",
                NatureOfPayment.FOOD_AND_BEVERAGE,
                kind("meal"));
    assertEquals(List.of(), PACK.check(de.build(), AS_OF));
    EuFixture fr =
        EuFixture.in("FR")
            .hcp("h1")
            .pay(
                "t1",
                "h1",
                "2025-03-01",
                "80.00 EUR",
                NatureOfPayment.FOOD_AND_BEVERAGE,
                kind("meal"));
    assertEquals(List.of(), PACK.check(fr.build(), LocalDate.of(2025, 2, 28)));
  }

  @Test
  void aGroupMealIsJudgedOnEachPersonsShare() {
    EuFixture f =
        EuFixture.in("FR")
            .hcp("h1")
            .hcp("h2")
            .transfer(
                EuFixture.tov("t1", "2025-03-01", "150.03 EUR", NatureOfPayment.FOOD_AND_BEVERAGE)
                    .addAttendees(
                        dev.kamkit.model.id.StakeholderId.of("h1"),
                        dev.kamkit.model.id.StakeholderId.of("h2"))
                    .headcount(3)
                    .putAttribute(
                        FranceAttributes.KIND, dev.kamkit.model.base.AttributeValue.text("meal")));
    // 150.03 / 3 = 50.01 each
    assertEquals(2, findings(PACK.check(f.build(), AS_OF), AUTH).size());
  }

  @Test
  void thePolicyRefusesRatesIntoOtherCurrencies() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () ->
                FrancePolicy.builder()
                    .addRate(ExchangeRate.of("USD", "GBP", LocalDate.of(2025, 1, 1), "0.8"))
                    .rounding(java.math.RoundingMode.UNNECESSARY)
                    .build());
    assertTrue(e.getMessage().contains("must all convert into EUR"), e.getMessage());
    assertTrue(e.getMessage().contains("UNNECESSARY"), e.getMessage());
  }

  @Test
  void anEventTotalCountsHospitalityAndRegistrationPerBeneficiaryOnly() {
    UnaryOperator<TransferOfValue.Builder> event = text(FranceAttributes.EVENT, "ESMO");
    EuFixture f =
        EuFixture.in("FR")
            .hcp("h1")
            .hcp("h2")
            .pay(
                "t1",
                "h1",
                "2025-03-01",
                "1500.00 EUR",
                NatureOfPayment.TRAVEL_AND_LODGING,
                all(kind("night"), number(FranceAttributes.UNITS, "10"), event))
            .pay(
                "t2",
                "h1",
                "2025-03-01",
                "600.00 EUR",
                NatureOfPayment.EDUCATION,
                all(kind("registration"), event))
            .pay(
                "t3",
                "h1",
                "2025-03-01",
                "1000.00 EUR",
                NatureOfPayment.EDUCATION,
                all(kind("training"), event))
            .pay(
                "t4",
                "h2",
                "2025-03-01",
                "1900.00 EUR",
                NatureOfPayment.TRAVEL_AND_LODGING,
                all(kind("night"), number(FranceAttributes.UNITS, "20"), event));
    List<String> found = findings(PACK.check(f.build(), AS_OF), AUTH);
    assertEquals(1, found.size(), found.toString());
    assertTrue(
        found.get(0).contains("[h1, t1, t2]: the event ESMO totals 2100.00 EUR for h1"),
        found.get(0));
    assertEquals(
        FrancePolicy.builder().build(), FrancePack.of(FrancePolicy.builder().build()).policy());
  }

  @Test
  void thePolicyRefusesTwoRatesForTheSameDay() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () ->
                FrancePolicy.builder()
                    .addRate(ExchangeRate.of("USD", "EUR", LocalDate.of(2025, 1, 1), "0.8"))
                    .addRate(ExchangeRate.of("USD", "EUR", LocalDate.of(2025, 1, 1), "0.9"))
                    .build());
    assertTrue(e.getMessage().contains("USD->EUR from 2025-01-01"), e.getMessage());
  }
}
