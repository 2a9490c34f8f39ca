package dev.kamkit.rules.compliance.france;

import static dev.kamkit.rules.compliance.EuFixture.all;
import static dev.kamkit.rules.compliance.EuFixture.fact;
import static dev.kamkit.rules.compliance.EuFixture.number;
import static dev.kamkit.rules.compliance.EuFixture.text;
import static dev.kamkit.rules.compliance.Severity.ERROR;
import static dev.kamkit.rules.compliance.Severity.INFO;
import static dev.kamkit.rules.compliance.Severity.WARNING;
import static dev.kamkit.rules.compliance.france.Found.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.base.Fact;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.rules.compliance.EuFixture;
import dev.kamkit.rules.compliance.ExchangeRate;
import dev.kamkit.rules.compliance.FactProblems;
import dev.kamkit.rules.compliance.Finding;
import java.math.BigDecimal;
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
  private static final Arg KEY = Arg.text(FranceFacts.AUTHORISATION.name());
  private static final String DECL = "france.lea.declaration-missing";

  /** The declaration route: a convention and a declaration, or an authorisation. */
  private static final Arg DECLARE =
      Arg.of(
          Message.of(FranceCode.ROUTE_DECLARATION, Arg.text(FranceFacts.DECLARATION.name()), KEY));

  /** The authorisation route, above a threshold. */
  private static final Arg AUTHORISE = Arg.of(Message.of(FranceCode.ROUTE_AUTHORISATION, KEY));

  private static final Arg H1 = Arg.of(StakeholderId.of("h1"), "Dr h1");

  private static Arg eur(String amount) {
    return Arg.of(Money.of(amount, "EUR"));
  }

  private static Arg n(String number) {
    return Arg.of(new BigDecimal(number));
  }

  private static Arg day(String date) {
    return Arg.of(LocalDate.parse(date));
  }

  /** An authorisation-missing finding about h1's transfers. */
  private static Found auth(List<String> subjects, FranceCode code, Arg... args) {
    return expect(ERROR, AUTH, subjects, code, args);
  }

  /** A not-négligeable finding about h1's transfer. */
  private static Found negl(String transfer, FranceCode code, Arg... args) {
    return expect(ERROR, NEGL, List.of("h1", transfer), code, args);
  }

  private static UnaryOperator<TransferOfValue.Builder> kind(String code) {
    return fact(FranceFacts.KIND, FrenchKind.ofCode(code).orElseThrow());
  }

  /** The findings of one rule over transfers of {@code amount} each, with {@code adjust}. */
  private static List<Found> one(
      String rule,
      NatureOfPayment nature,
      UnaryOperator<TransferOfValue.Builder> adjust,
      String... amounts) {
    EuFixture f = EuFixture.in("FR").hcp("h1");
    for (int n = 0; n < amounts.length; n++) {
      f.pay("t" + (n + 1), "h1", "2025-03-0" + (n + 1), amounts[n] + " EUR", nature, adjust);
    }
    return Found.of(PACK.check(f.build(), AS_OF), rule);
  }

  private static List<Found> one(
      String rule, UnaryOperator<TransferOfValue.Builder> adjust, String... amounts) {
    return one(rule, NatureOfPayment.FOOD_AND_BEVERAGE, adjust, amounts);
  }

  @Test
  void aMealIsAuthorisedAbove50EurosNotAt() {
    assertEquals(List.of(), one(AUTH, kind("meal"), "50.00"));
    assertEquals(
        List.of(
            auth(
                List.of("h1", "t1"),
                FranceCode.AUTHORISATION_MEALS,
                eur("50.01"),
                n("1"),
                eur("50.00"),
                KEY)),
        one(AUTH, kind("meal"), "50.01"));
    assertEquals(
        "Loi anti-cadeaux, CSP L1453-3 ff. (1 October 2020; Vigier; Hogan Lovells FR; EMFPS)",
        PACK
            .check(
                EuFixture.in("FR")
                    .hcp("h1")
                    .pay(
                        "t1",
                        "h1",
                        "2025-03-01",
                        "50.01 EUR",
                        NatureOfPayment.FOOD_AND_BEVERAGE,
                        kind("meal"))
                    .build(),
                AS_OF)
            .stream()
            .filter(x -> x.ruleId().equals(AUTH))
            .findFirst()
            .orElseThrow()
            .source());
  }

  @Test
  void unitsMultiplyThePerUnitThresholds() {
    assertEquals(List.of(), one(AUTH, all(kind("meal"), fact(FranceFacts.UNITS, 2L)), "100.00"));
    assertEquals(
        List.of(
            auth(
                List.of("h1", "t1"),
                FranceCode.AUTHORISATION_MEALS,
                eur("100.01"),
                n("2"),
                eur("50.00"),
                KEY)),
        one(AUTH, all(kind("meal"), fact(FranceFacts.UNITS, 2L)), "100.01"));
    assertEquals(List.of(), one(AUTH, kind("night"), "150.00"));
    assertEquals(
        List.of(
            auth(
                List.of("h1", "t1"),
                FranceCode.AUTHORISATION_NIGHTS,
                eur("450.01"),
                n("3"),
                eur("150.00"),
                KEY)),
        one(AUTH, all(kind("night"), fact(FranceFacts.UNITS, 3L)), "450.01"));
    assertEquals(List.of(), one(AUTH, kind("snack"), "15.00"));
    assertEquals(
        List.of(
            auth(
                List.of("h1", "t1"),
                FranceCode.AUTHORISATION_SNACKS,
                eur("15.01"),
                n("1"),
                eur("15.00"),
                KEY)),
        one(AUTH, kind("snack"), "15.01"));
  }

  @Test
  void anAuthorisationReferenceSatisfiesTheThreshold() {
    assertEquals(
        List.of(),
        one(AUTH, all(kind("meal"), fact(FranceFacts.AUTHORISATION, "CNOM-1")), "80.00"));
  }

  @Test
  void registrationTrainingAndResearchGifts() {
    assertEquals(List.of(), one(AUTH, NatureOfPayment.EDUCATION, kind("registration"), "1000.00"));
    assertEquals(
        List.of(
            auth(
                List.of("h1", "t1"),
                FranceCode.AUTHORISATION_REGISTRATION,
                eur("1000.01"),
                eur("1000.00"),
                KEY)),
        one(AUTH, NatureOfPayment.EDUCATION, kind("registration"), "1000.01"));
    assertEquals(List.of(), one(AUTH, NatureOfPayment.EDUCATION, kind("training"), "1000.00"));
    assertEquals(
        List.of(
            auth(
                List.of("h1", "t1"),
                FranceCode.AUTHORISATION_TRAINING,
                eur("1000.01"),
                eur("1000.00"),
                KEY)),
        one(AUTH, NatureOfPayment.EDUCATION, kind("training"), "1000.01"));
    assertEquals(List.of(), one(AUTH, NatureOfPayment.GRANT, kind("research-gift"), "5000.00"));
    assertEquals(
        List.of(
            auth(
                List.of("h1", "t1"),
                FranceCode.AUTHORISATION_RESEARCH_GIFT_HCP,
                eur("5000.01"),
                eur("5000.00"),
                KEY)),
        one(AUTH, NatureOfPayment.GRANT, kind("research-gift"), "5000.01"));
  }

  @Test
  void aResearchGiftToAnAssociationHasTheHigherThreshold() {
    EuFixture at =
        EuFixture.in("FR")
            .payOrganisation(
                "t1", "2025-03-01", "8000.00 EUR", NatureOfPayment.GRANT, kind("research-gift"));
    assertEquals(List.of(), Found.of(PACK.check(at.build(), AS_OF), AUTH));
    EuFixture above =
        EuFixture.in("FR")
            .payOrganisation(
                "t1", "2025-03-01", "8000.01 EUR", NatureOfPayment.GRANT, kind("research-gift"));
    assertEquals(
        List.of(
            auth(
                List.of("acc-eu", "t1"),
                FranceCode.AUTHORISATION_RESEARCH_GIFT_ASSOCIATION,
                eur("8000.01"),
                eur("8000.00"),
                KEY)),
        Found.of(PACK.check(above.build(), AS_OF), AUTH));
  }

  @Test
  void hospitalityForOneEventIsTotalledAgainst2000Euros() {
    UnaryOperator<TransferOfValue.Builder> night =
        all(kind("night"), fact(FranceFacts.UNITS, 4L), fact(FranceFacts.EVENT, "JFHOD"));
    UnaryOperator<TransferOfValue.Builder> registration =
        all(kind("registration"), fact(FranceFacts.EVENT, "JFHOD"));
    EuFixture at =
        EuFixture.in("FR")
            .hcp("h1")
            .pay("t1", "h1", "2025-03-01", "600.00 EUR", NatureOfPayment.TRAVEL_AND_LODGING, night)
            .pay("t2", "h1", "2025-03-01", "1000.00 EUR", NatureOfPayment.EDUCATION, registration)
            .pay("t3", "h1", "2025-03-02", "400.00 EUR", NatureOfPayment.TRAVEL_AND_LODGING, night);
    assertEquals(List.of(), Found.of(PACK.check(at.build(), AS_OF), AUTH));
    EuFixture above =
        at.pay(
            "t4",
            "h1",
            "2025-03-03",
            "0.01 EUR",
            NatureOfPayment.TRAVEL_AND_LODGING,
            all(
                kind("snack"),
                fact(FranceFacts.EVENT, "JFHOD"),
                fact(FranceFacts.AUTHORISATION, "A-1")));
    assertEquals(
        List.of(
            auth(
                List.of("h1", "t1", "t2", "t3"),
                FranceCode.AUTHORISATION_EVENT_TOTAL,
                Arg.text("JFHOD"),
                eur("2000.01"),
                H1,
                eur("2000.00"),
                KEY)),
        Found.of(PACK.check(above.build(), AS_OF), AUTH));
  }

  @Test
  void feesAreJudgedPerHourPerHalfDayAndPerConvention() {
    UnaryOperator<TransferOfValue.Builder> fourHours = fact(FranceFacts.HOURS, new BigDecimal("4"));
    assertEquals(List.of(), one(AUTH, NatureOfPayment.CONSULTING_FEE, fourHours, "800.00"));
    assertEquals(
        List.of(
            auth(
                List.of("h1", "t1"),
                FranceCode.AUTHORISATION_HOURS,
                eur("800.01"),
                n("4"),
                eur("200.00"),
                KEY)),
        one(AUTH, NatureOfPayment.CONSULTING_FEE, fourHours, "800.01"));
    UnaryOperator<TransferOfValue.Builder> twoHalfDays =
        fact(FranceFacts.HALF_DAYS, new BigDecimal("2"));
    assertEquals(List.of(), one(AUTH, NatureOfPayment.HONORARIA, twoHalfDays, "1600.00"));
    assertEquals(
        List.of(
            auth(
                List.of("h1", "t1"),
                FranceCode.AUTHORISATION_HALF_DAYS,
                eur("1600.01"),
                n("2"),
                eur("800.00"),
                KEY)),
        one(AUTH, NatureOfPayment.HONORARIA, twoHalfDays, "1600.01"));
    UnaryOperator<TransferOfValue.Builder> convention =
        all(fact(FranceFacts.HALF_DAYS, new BigDecimal("2")), fact(FranceFacts.CONVENTION, "C-7"));
    assertEquals(
        List.of(), one(AUTH, NatureOfPayment.CONSULTING_FEE, convention, "1000.00", "1000.00"));
    assertEquals(
        List.of(
            auth(
                List.of("h1", "t1", "t2"),
                FranceCode.AUTHORISATION_CONVENTION_TOTAL,
                Arg.text("C-7"),
                eur("2000.01"),
                H1,
                eur("2000.00"),
                KEY)),
        one(AUTH, NatureOfPayment.CONSULTING_FEE, convention, "1000.00", "1000.01"));
  }

  @Test
  void aFeeWithoutItsDurationIsAWarning() {
    assertEquals(
        List.of(
            expect(
                WARNING,
                "france.lea.fee-duration-missing",
                List.of("h1", "t1"),
                FranceCode.FEE_DURATION_MISSING,
                eur("300.00"),
                Arg.text("fr.hours"),
                Arg.text("fr.halfDays"),
                eur("200.00"),
                eur("800.00"))),
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
            expect(
                WARNING,
                "france.lea.kind-missing",
                List.of("t1"),
                FranceCode.KIND_MISSING,
                Arg.text("fr.kind"),
                Arg.list(
                    List.of(
                        "night",
                        "meal",
                        "snack",
                        "registration",
                        "fee",
                        "training",
                        "research-gift",
                        "impromptu-meal",
                        "book",
                        "sample"),
                    Arg::text))),
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
    assertEquals(
        List.of(
            auth(
                List.of("h1", "t2"),
                FranceCode.AUTHORISATION_MEALS,
                eur("80.00"),
                n("1"),
                eur("50.00"),
                KEY)),
        Found.of(found, AUTH));
  }

  @Test
  void theThirdImpromptuMealOfAYearIsNotNegligible() {
    UnaryOperator<TransferOfValue.Builder> impromptu = kind("impromptu-meal");
    assertEquals(List.of(), one(NEGL, impromptu, "30.00", "30.00"));
    assertEquals(
        List.of(
            negl(
                "t3",
                FranceCode.NOT_NEGLIGIBLE_IMPROMPTU_MEALS,
                eur("12.00"),
                day("2025-03-03"),
                H1,
                Arg.year(2025),
                Arg.of(2),
                DECLARE)),
        one(NEGL, impromptu, "30.00", "30.00", "12.00"));
    // a meal above 30 EUR is not négligeable and does not use up the allowance
    assertEquals(
        List.of(
            negl(
                "t1",
                FranceCode.NOT_NEGLIGIBLE_ABOVE_LIMIT,
                Arg.of(FrenchKind.IMPROMPTU_MEAL),
                eur("30.01"),
                day("2025-03-01"),
                eur("30.00"),
                DECLARE)),
        one(NEGL, impromptu, "30.01", "30.00", "30.00"));
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
                all(impromptu, fact(FranceFacts.AUTHORISATION, "A-9")));
    assertEquals(List.of(), Found.of(PACK.check(f.build(), AS_OF), NEGL));
  }

  @Test
  void booksAreNegligibleUpTo150EurosAYear() {
    UnaryOperator<TransferOfValue.Builder> book = kind("book");
    assertEquals(
        List.of(),
        one(NEGL, NatureOfPayment.GIFT, book, "30.00", "30.00", "30.00", "30.00", "30.00"));
    assertEquals(
        List.of(
            negl(
                "t6",
                FranceCode.NOT_NEGLIGIBLE_BOOKS,
                eur("0.01"),
                day("2025-03-06"),
                H1,
                Arg.year(2025),
                eur("150.01"),
                eur("150.00"),
                DECLARE)),
        one(NEGL, NatureOfPayment.GIFT, book, "30.00", "30.00", "30.00", "30.00", "30.00", "0.01"));
    assertEquals(
        List.of(
            negl(
                "t1",
                FranceCode.NOT_NEGLIGIBLE_ABOVE_LIMIT,
                Arg.of(FrenchKind.BOOK),
                eur("30.01"),
                day("2025-03-01"),
                eur("30.00"),
                DECLARE)),
        one(NEGL, NatureOfPayment.GIFT, book, "30.01"));
  }

  @Test
  void atMostThreeSamplesOf20EurosAYear() {
    UnaryOperator<TransferOfValue.Builder> sample = kind("sample");
    assertEquals(List.of(), one(NEGL, NatureOfPayment.GIFT, sample, "20.00", "20.00", "20.00"));
    assertEquals(
        List.of(
            negl(
                "t4",
                FranceCode.NOT_NEGLIGIBLE_SAMPLES,
                eur("1.00"),
                day("2025-03-04"),
                H1,
                Arg.year(2025),
                Arg.of(3),
                DECLARE)),
        one(NEGL, NatureOfPayment.GIFT, sample, "20.00", "20.00", "20.00", "1.00"));
    assertEquals(
        List.of(
            negl(
                "t1",
                FranceCode.NOT_NEGLIGIBLE_ABOVE_LIMIT,
                Arg.of(FrenchKind.SAMPLE),
                eur("20.01"),
                day("2025-03-01"),
                eur("20.00"),
                DECLARE)),
        one(NEGL, NatureOfPayment.GIFT, sample, "20.01"));
  }

  @Test
  void beyondTheAllowanceAnImpromptuMealIsDeclaredOrAbove50EurosAuthorised() {
    UnaryOperator<TransferOfValue.Builder> impromptu = kind("impromptu-meal");
    UnaryOperator<TransferOfValue.Builder> declared =
        all(impromptu, fact(FranceFacts.DECLARATION, "D-1"));
    // the third of 12 EUR is declared: no authorisation needed
    EuFixture f =
        EuFixture.in("FR")
            .hcp("h1")
            .pay(
                "t1", "h1", "2025-03-01", "30.00 EUR", NatureOfPayment.FOOD_AND_BEVERAGE, impromptu)
            .pay(
                "t2", "h1", "2025-03-02", "30.00 EUR", NatureOfPayment.FOOD_AND_BEVERAGE, impromptu)
            .pay(
                "t3", "h1", "2025-03-03", "12.00 EUR", NatureOfPayment.FOOD_AND_BEVERAGE, declared);
    assertEquals(List.of(), Found.of(PACK.check(f.build(), AS_OF), NEGL));
    // at 50 EUR, the threshold of a meal, a declaration still does; above it, only an authorisation
    assertEquals(List.of(), one(NEGL, declared, "50.00"));
    List<Found> above = one(NEGL, declared, "50.01");
    assertEquals(
        List.of(
            negl(
                "t1",
                FranceCode.NOT_NEGLIGIBLE_ABOVE_LIMIT,
                Arg.of(FrenchKind.IMPROMPTU_MEAL),
                eur("50.01"),
                day("2025-03-01"),
                eur("30.00"),
                AUTHORISE)),
        above);
    assertEquals(
        List.of(), one(NEGL, all(impromptu, fact(FranceFacts.AUTHORISATION, "A-1")), "50.01"));
  }

  @Test
  void anAdvantageWithinTheThresholdsIsDeclaredAndAboveThemAuthorised() {
    UnaryOperator<TransferOfValue.Builder> meal = kind("meal");
    assertEquals(
        List.of(
            expect(
                ERROR,
                DECL,
                List.of("h1", "t1"),
                FranceCode.DECLARATION_MISSING,
                Arg.of(FrenchKind.MEAL),
                eur("50.00"),
                day("2025-03-01"),
                H1,
                DECLARE)),
        one(DECL, meal, "50.00"));
    assertEquals(List.of(), one(DECL, all(meal, fact(FranceFacts.DECLARATION, "D-1")), "50.00"));
    // an authorisation is the stricter route, and serves
    assertEquals(List.of(), one(DECL, all(meal, fact(FranceFacts.AUTHORISATION, "A-1")), "50.00"));
    // above the threshold the route is the authorisation, judged by its own rule
    assertEquals(List.of(), one(DECL, meal, "50.01"));
    assertEquals(1, one(AUTH, meal, "50.01").size());
    // a fee of 150 EUR for an hour is declared; négligeable kinds within their limits are not
    assertEquals(
        1,
        one(
                DECL,
                NatureOfPayment.CONSULTING_FEE,
                fact(FranceFacts.HOURS, new BigDecimal("1")),
                "150.00")
            .size());
    assertEquals(List.of(), one(DECL, kind("impromptu-meal"), "30.00"));
  }

  @Test
  void hospitalityAboveTheEventTotalTakesTheAuthorisationRouteForEveryPart() {
    UnaryOperator<TransferOfValue.Builder> week =
        all(kind("night"), fact(FranceFacts.EVENT, "JFHOD"), fact(FranceFacts.UNITS, 7L));
    // twice 7 nights at 150 EUR: each at its threshold, together 2,100 EUR above the event's 2,000
    assertEquals(List.of(), one(DECL, week, "1050.00", "1050.00"));
    assertEquals(1, one(AUTH, week, "1050.00", "1050.00").size());
    // one week alone is within every threshold: declared
    assertEquals(
        List.of(List.of("h1", "t1")),
        one(DECL, week, "1050.00").stream().map(Found::subjects).toList());
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
    Found at =
        expect(
            INFO,
            publish,
            List.of("h1", "t2"),
            FranceCode.PUBLISH_AT_THRESHOLD,
            eur("10.00"),
            day("2025-03-02"),
            eur("10.00"));
    Found aboveIt =
        expect(
            INFO,
            publish,
            List.of("h1", "t3"),
            FranceCode.PUBLISH_ABOVE_THRESHOLD,
            eur("10.01"),
            day("2025-03-03"),
            eur("10.00"));
    List<Finding> atOrAbove = PACK.check(f.build(), AS_OF);
    assertEquals(List.of(at, aboveIt), Found.of(atOrAbove, publish));
    assertEquals(
        "Transparence des liens, CSP L1453-1 ff. (Loi Bertrand; Leem)", atOrAbove.get(0).source());
    FrancePack above =
        FrancePack.of(FrancePolicy.builder().publicationTest(PublicationTest.ABOVE).build());
    assertEquals(List.of(aboveIt), Found.of(above.check(f.build(), AS_OF), publish));
    FrancePack unset = FrancePack.withDefaults();
    List<Finding> u = unset.check(f.build(), AS_OF);
    assertEquals(List.of(aboveIt), Found.of(u, publish));
    assertEquals(
        List.of(
            expect(
                ERROR,
                "france.configuration.publication-test-missing",
                List.of("t2"),
                FranceCode.PUBLICATION_TEST_MISSING,
                Arg.of(1),
                eur("10.00"))),
        Found.of(u, "france.configuration.publication-test-missing"));
  }

  @Test
  void aConventionIsPublishedWhateverItsAmount() {
    assertEquals(
        List.of(
            expect(
                INFO,
                "france.transparency.publish",
                List.of("h1", "t1"),
                FranceCode.PUBLISH_CONVENTION,
                Arg.text("C-1"),
                eur("1.00"),
                day("2025-03-01"))),
        one(
            "france.transparency.publish",
            NatureOfPayment.CONSULTING_FEE,
            all(fact(FranceFacts.CONVENTION, "C-1"), fact(FranceFacts.HOURS, new BigDecimal("1"))),
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
            expect(
                ERROR,
                "france.amount.no-eur-rate",
                List.of("t1"),
                FranceCode.NO_EUR_RATE,
                Arg.of(Money.of("60.00", "USD")),
                day("2025-03-01"),
                Arg.year(2025))),
        Found.all(PACK.check(f.build(), AS_OF)));
    FrancePack rated =
        FrancePack.of(
            FrancePolicy.builder()
                .publicationTest(PublicationTest.ABOVE)
                .addRate(ExchangeRate.of("USD", "EUR", LocalDate.of(2025, 1, 1), "0.9"))
                .build());
    // 60 USD x 0.9 = 54.00 EUR, above the 50 EUR meal threshold
    assertEquals(
        List.of(
            auth(
                List.of("h1", "t1"),
                FranceCode.AUTHORISATION_MEALS,
                eur("54.00"),
                n("1"),
                eur("50.00"),
                KEY)),
        Found.of(rated.check(f.build(), AS_OF), AUTH));
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
                    text(FranceFacts.KIND.name(), "dinner"),
                    number(FranceFacts.UNITS.name(), "1.5"),
                    number(FranceFacts.HOURS.name(), "0"),
                    text("fr.unit", "2")));
    List<Found> found = Found.of(PACK.check(f.build(), AS_OF), "france.attribute.invalid");
    assertEquals(
        List.of(
            Message.of(
                FranceCode.ATTRIBUTE_INVALID,
                Arg.list(
                    FactProblems.moved("fr.hours"),
                    FactProblems.moved("fr.kind"),
                    FactProblems.unknown("fr.unit", FranceFacts.TRANSFER_KEYS),
                    FactProblems.moved("fr.units")))),
        found.stream().map(Found::message).toList());
    assertEquals(List.of(List.of("t1")), found.stream().map(Found::subjects).toList());
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
                    .addFact(Fact.of(FranceFacts.KIND, FrenchKind.MEAL)));
    // 150.03 / 3 = 50.01 each
    assertEquals(
        List.of(
            auth(
                List.of("h1", "t1"),
                FranceCode.AUTHORISATION_MEALS,
                eur("50.01"),
                n("1"),
                eur("50.00"),
                KEY),
            auth(
                List.of("h2", "t1"),
                FranceCode.AUTHORISATION_MEALS,
                eur("50.01"),
                n("1"),
                eur("50.00"),
                KEY)),
        Found.of(PACK.check(f.build(), AS_OF), AUTH));
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
    assertEquals(
        List.of(
            "rates[0].to " + Message.of(ModelCode.WRONG_CURRENCY, Arg.text("EUR")),
            "rounding " + Message.of(ModelCode.ROUNDING_UNNECESSARY)),
        e.violations().stream().map(v -> v.field() + " " + v.message()).sorted().toList());
  }

  @Test
  void anEventTotalCountsHospitalityAndRegistrationPerBeneficiaryOnly() {
    UnaryOperator<TransferOfValue.Builder> event = fact(FranceFacts.EVENT, "ESMO");
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
                all(kind("night"), fact(FranceFacts.UNITS, 10L), event))
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
                all(kind("night"), fact(FranceFacts.UNITS, 20L), event));
    assertEquals(
        List.of(
            auth(
                List.of("h1", "t1", "t2"),
                FranceCode.AUTHORISATION_EVENT_TOTAL,
                Arg.text("ESMO"),
                eur("2100.00"),
                H1,
                eur("2000.00"),
                KEY)),
        Found.of(PACK.check(f.build(), AS_OF), AUTH));
    assertEquals(FrancePolicy.builder().build(), FrancePack.withDefaults().policy());
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
    assertEquals(1, e.violations().size(), e.getMessage());
    assertEquals(ModelCode.DUPLICATE, e.violations().get(0).code());
    assertEquals("rates[USD, EUR, 2025-01-01]", e.violations().get(0).field());
  }
}
