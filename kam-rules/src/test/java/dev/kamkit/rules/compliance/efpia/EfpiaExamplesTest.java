package dev.kamkit.rules.compliance.efpia;

import static dev.kamkit.rules.compliance.EuFixture.fact;
import static dev.kamkit.rules.compliance.EuFixture.text;
import static dev.kamkit.rules.compliance.Severity.ERROR;
import static dev.kamkit.rules.compliance.Severity.INFO;
import static dev.kamkit.rules.compliance.efpia.Found.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.Fact;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.Messages;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.stakeholder.HcpIdentity;
import dev.kamkit.model.stakeholder.HcpProfession;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.rules.compliance.EuFixture;
import dev.kamkit.rules.compliance.ExchangeRate;
import dev.kamkit.rules.compliance.FactProblems;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.uk.LawfulBasis;
import dev.kamkit.rules.compliance.uk.UkFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Worked examples of classification, consent, R&amp;D, indirect transfers and currency. */
class EfpiaExamplesTest {
  static final LocalDate YEAR_END = LocalDate.of(2025, 12, 31);
  static final Currency EUR = Currency.getInstance("EUR");
  static final Arg CATEGORY_KEY = Arg.text(EfpiaFacts.CATEGORY.name());
  static final Arg HCP_CATEGORIES =
      Arg.list(
          Arg.text("event-registration-fees"),
          Arg.text("event-travel-and-accommodation"),
          Arg.text("service-fees"),
          Arg.text("service-related-expenses"));

  static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  static EfpiaPolicy.Builder policy() {
    return EfpiaPolicy.builder().putDisclosureCurrency("FR", EUR).mealsDisclosed(false);
  }

  static EfpiaPack pack() {
    return EfpiaPack.of(policy().build());
  }

  static EfpiaDisclosure only(EuFixture fixture) {
    List<EfpiaDisclosure> all = pack().disclosures(fixture.build(), YEAR_END);
    assertEquals(1, all.size(), all.toString());
    return all.get(0);
  }

  @Test
  void aConsultingFeeToAConsentingHcpIsNamedUnderFees() {
    EfpiaDisclosure d =
        only(
            EuFixture.in("FR")
                .hcp("h1")
                .pay("t1", "h1", "2025-03-01", "800.00 EUR", NatureOfPayment.CONSULTING_FEE)
                .pay("t2", "h1", "2025-04-01", "200.00 EUR", NatureOfPayment.HONORARIA));
    assertEquals(1, d.individuals().size());
    IndividualDisclosure row = d.individuals().get(0);
    assertEquals("Dr h1", row.name());
    assertEquals(RecipientType.HCP, row.type());
    assertEquals(Map.of(EfpiaCategory.SERVICE_FEES, Money.of("1000.00", "EUR")), row.amounts());
    assertEquals(List.of(), d.aggregates());
    assertEquals(Optional.empty(), d.researchAndDevelopment());
    assertEquals(LocalDate.of(2026, 6, 30), d.deadline());
    assertEquals("FR", d.country());
  }

  @Test
  void aGrantToTheOrganisationIsADonationNamedWithTheAccountName() {
    EfpiaDisclosure d =
        only(
            EuFixture.in("FR")
                .payOrganisation("t1", "2025-05-01", "5000.00 EUR", NatureOfPayment.GRANT, t -> t)
                .payOrganisation(
                    "t2",
                    "2025-06-01",
                    "1500.00 EUR",
                    NatureOfPayment.TRAVEL_AND_LODGING,
                    fact(EfpiaFacts.CATEGORY, EfpiaCategory.EVENT_SPONSORSHIP)));
    IndividualDisclosure row = d.individuals().get(0);
    assertEquals("Hôpital Saint-Louis", row.name());
    assertEquals(RecipientType.HCO, row.type());
    assertEquals(
        List.of(EfpiaCategory.DONATIONS_AND_GRANTS, EfpiaCategory.EVENT_SPONSORSHIP),
        List.copyOf(row.amounts().keySet()));
    assertEquals(Money.of("6500.00", "EUR"), row.total());
    assertEquals(Money.of("6500.00", "EUR"), d.total());
  }

  @Test
  void transfersThatFitNoCategoryOfTheirRecipientAreFindings() {
    List<Finding> f =
        pack()
            .check(
                EuFixture.in("FR")
                    .hcp("h1")
                    .pay("t1", "h1", "2025-03-01", "300.00 EUR", NatureOfPayment.GRANT)
                    .pay("t2", "h1", "2025-03-02", "300.00 EUR", NatureOfPayment.TRAVEL_AND_LODGING)
                    .pay(
                        "t3",
                        "h1",
                        "2025-03-03",
                        "300.00 EUR",
                        NatureOfPayment.CONSULTING_FEE,
                        fact(EfpiaFacts.CATEGORY, EfpiaCategory.EVENT_SPONSORSHIP))
                    .build(),
                YEAR_END);
    assertEquals(
        List.of(
            expect(
                ERROR,
                "efpia.transfer.unclassified",
                List.of("h1", "t1"),
                EfpiaCode.UNCLASSIFIED_NATURE,
                Arg.of(NatureOfPayment.GRANT),
                Arg.of(RecipientType.HCP),
                CATEGORY_KEY,
                HCP_CATEGORIES),
            expect(
                ERROR,
                "efpia.transfer.unclassified",
                List.of("h1", "t2"),
                EfpiaCode.UNCLASSIFIED_NATURE,
                Arg.of(NatureOfPayment.TRAVEL_AND_LODGING),
                Arg.of(RecipientType.HCP),
                CATEGORY_KEY,
                HCP_CATEGORIES),
            expect(
                ERROR,
                "efpia.transfer.unclassified",
                List.of("h1", "t3"),
                EfpiaCode.UNCLASSIFIED_CATEGORY,
                Arg.of(EfpiaCategory.EVENT_SPONSORSHIP),
                Arg.of(RecipientType.HCP))),
        Found.of(f, "efpia.transfer.unclassified"));
    assertEquals(
        "EFPIA Disclosure Code, disclosure categories (Lexology; Alcon methodological note)",
        f.get(0).source());
  }

  @Test
  void eachCategoryCodeSettlesATravelTransferForAnHcp() {
    EfpiaDisclosure d =
        only(
            EuFixture.in("FR")
                .hcp("h1")
                .pay(
                    "t1",
                    "h1",
                    "2025-03-01",
                    "100.00 EUR",
                    NatureOfPayment.TRAVEL_AND_LODGING,
                    fact(EfpiaFacts.CATEGORY, EfpiaCategory.EVENT_TRAVEL_AND_ACCOMMODATION))
                .pay(
                    "t2",
                    "h1",
                    "2025-03-01",
                    "20.00 EUR",
                    NatureOfPayment.TRAVEL_AND_LODGING,
                    fact(EfpiaFacts.CATEGORY, EfpiaCategory.SERVICE_RELATED_EXPENSES))
                .pay(
                    "t3",
                    "h1",
                    "2025-03-01",
                    "3.00 EUR",
                    NatureOfPayment.EDUCATION,
                    fact(EfpiaFacts.CATEGORY, EfpiaCategory.EVENT_REGISTRATION_FEES)));
    assertEquals(
        Map.of(
            EfpiaCategory.EVENT_REGISTRATION_FEES, Money.of("3.00", "EUR"),
            EfpiaCategory.EVENT_TRAVEL_AND_ACCOMMODATION, Money.of("100.00", "EUR"),
            EfpiaCategory.SERVICE_RELATED_EXPENSES, Money.of("20.00", "EUR")),
        d.individuals().get(0).amounts());
  }

  @Test
  void aPersonWhoIsNotAnHcpIsOutOfScope() {
    List<Finding> f =
        pack()
            .check(
                EuFixture.in("FR")
                    .nonHcp("b1")
                    .pay("t1", "b1", "2025-03-01", "300.00 EUR", NatureOfPayment.CONSULTING_FEE)
                    .build(),
                YEAR_END);
    assertEquals(
        List.of(
            expect(
                INFO,
                "efpia.transfer.out-of-scope",
                List.of("b1", "t1"),
                EfpiaCode.OUT_OF_SCOPE_NOT_HCP,
                Arg.of(StakeholderId.of("b1"), "Mx b1"))),
        Found.of(f, "efpia.transfer.out-of-scope"));
    assertEquals(List.of(), pack().disclosures(EuFixture.in("FR").nonHcp("b1").build(), YEAR_END));
  }

  @Test
  void transfersBeforeTheFirstPeriodAreOutOfScope() {
    EuFixture fixture =
        EuFixture.in("FR")
            .hcp("h1")
            .pay("t1", "h1", "2014-12-31", "300.00 EUR", NatureOfPayment.CONSULTING_FEE)
            .pay("t2", "h1", "2015-01-01", "300.00 EUR", NatureOfPayment.CONSULTING_FEE);
    List<Finding> f = pack().check(fixture.build(), YEAR_END);
    assertEquals(
        List.of(
            expect(
                INFO,
                "efpia.transfer.out-of-scope",
                List.of("t1"),
                EfpiaCode.OUT_OF_SCOPE_BEFORE_FIRST_PERIOD,
                Arg.of(LocalDate.of(2014, 12, 31)),
                Arg.year(2015))),
        Found.of(f, "efpia.transfer.out-of-scope"));
    assertEquals(
        List.of(2015),
        pack().disclosures(fixture.build(), YEAR_END).stream().map(d -> d.year()).toList());
  }

  @Test
  void hcpsWithoutConsentAreAggregatedWithTheirShareOfRecipients() {
    EfpiaDisclosure d =
        only(
            EuFixture.in("FR")
                .hcp("h1")
                .hcp("h2")
                .hcp("h3", Optional.empty())
                .hcp("h4", Optional.of(false))
                .pay("t1", "h1", "2025-03-01", "100.00 EUR", NatureOfPayment.CONSULTING_FEE)
                .pay("t2", "h2", "2025-03-01", "200.00 EUR", NatureOfPayment.CONSULTING_FEE)
                .pay("t3", "h3", "2025-03-01", "300.00 EUR", NatureOfPayment.CONSULTING_FEE)
                .pay(
                    "t4",
                    "h3",
                    "2025-03-02",
                    "40.00 EUR",
                    NatureOfPayment.TRAVEL_AND_LODGING,
                    fact(EfpiaFacts.CATEGORY, EfpiaCategory.SERVICE_RELATED_EXPENSES)));
    assertEquals(2, d.individuals().size());
    AggregateDisclosure fees = d.aggregates().get(0);
    assertEquals(EfpiaCategory.SERVICE_FEES, fees.category());
    assertEquals(1, fees.recipients());
    assertEquals(3, fees.allRecipients());
    assertEquals(new BigDecimal("33.33"), fees.share());
    assertEquals(new BigDecimal("66.67"), fees.namedShare());
    assertEquals(Money.of("300.00", "EUR"), fees.amount());
    AggregateDisclosure expenses = d.aggregates().get(1);
    assertEquals(EfpiaCategory.SERVICE_RELATED_EXPENSES, expenses.category());
    assertEquals(new BigDecimal("100.00"), expenses.share());
    assertEquals(new BigDecimal("0.00"), expenses.namedShare());
    assertEquals(Money.of("40.00", "EUR"), expenses.amount());
    assertEquals(2, d.aggregates().size());
  }

  @Test
  void consentIsReportedWhenItIsMissingOrRefused() {
    List<Finding> f =
        pack()
            .check(
                EuFixture.in("FR")
                    .hcp("h3", Optional.empty())
                    .hcp("h4", Optional.of(false))
                    .pay("t3", "h3", "2025-03-01", "300.00 EUR", NatureOfPayment.CONSULTING_FEE)
                    .pay("t4", "h4", "2025-03-01", "400.00 EUR", NatureOfPayment.CONSULTING_FEE)
                    .pay("t5", "h4", "2025-03-02", "400.00 EUR", NatureOfPayment.CONSULTING_FEE)
                    .build(),
                YEAR_END);
    assertEquals(
        List.of(
            expect(
                INFO,
                "efpia.consent.aggregated",
                List.of("h3", "t3"),
                EfpiaCode.AGGREGATED_NOT_RECORDED,
                Arg.of(StakeholderId.of("h3"), "Dr h3"),
                Arg.of(1),
                Arg.year(2025)),
            expect(
                INFO,
                "efpia.consent.aggregated",
                List.of("h4", "t4", "t5"),
                EfpiaCode.AGGREGATED_REFUSED,
                Arg.of(StakeholderId.of("h4"), "Dr h4"),
                Arg.of(2),
                Arg.year(2025))),
        Found.of(f, "efpia.consent.aggregated"));
  }

  @Test
  void partialConsentIsAFindingAndTheHcpIsAggregated() {
    EuFixture fixture =
        EuFixture.in("FR")
            .hcp("h1")
            .pay("t1", "h1", "2025-03-01", "100.00 EUR", NatureOfPayment.CONSULTING_FEE)
            .pay(
                "t2",
                "h1",
                "2025-04-01",
                "50.00 EUR",
                NatureOfPayment.CONSULTING_FEE,
                fact(EfpiaFacts.CONSENT, false));
    List<Finding> f = pack().check(fixture.build(), YEAR_END);
    assertEquals(
        List.of(
            expect(
                ERROR,
                "efpia.consent.partial",
                List.of("h1", "t1", "t2"),
                EfpiaCode.PARTIAL_CONSENT,
                Arg.of(StakeholderId.of("h1"), "Dr h1"),
                Arg.of(1),
                Arg.of(2),
                Arg.year(2025))),
        Found.of(f, "efpia.consent.partial"));
    EfpiaDisclosure d = only(fixture);
    assertEquals(List.of(), d.individuals());
    assertEquals(Money.of("150.00", "EUR"), d.aggregates().get(0).amount());
    assertEquals(List.of(), Found.of(f, "efpia.consent.aggregated"));
  }

  /**
   * Disclosure UK names an HCP whose lawful basis is legitimate interests without their consent
   * (ABPI has encouraged that basis since December 2021); consent, or no basis, leaves the consent
   * rule as it is, and the UK's basis means nothing in France. A transfer's own refusal still wins.
   */
  @Test
  void inTheUkAnHcpDisclosedOnLegitimateInterestsIsNamedWithoutConsent() {
    EfpiaPack uk =
        EfpiaPack.of(
            EfpiaPolicy.builder()
                .putDisclosureCurrency("GB", Currency.getInstance("GBP"))
                .putDisclosureCurrency("FR", EUR)
                .mealsDisclosed(false)
                .build());
    for (String country : List.of("GB", "FR")) {
      String money = country.equals("GB") ? " GBP" : " EUR";
      EuFixture fixture =
          EuFixture.in(country)
              .stakeholder(basis("li", LawfulBasis.LEGITIMATE_INTERESTS))
              .stakeholder(basis("consent", LawfulBasis.CONSENT))
              .hcp("none", Optional.empty())
              .pay("t1", "li", "2025-03-01", "100.00" + money, NatureOfPayment.CONSULTING_FEE)
              .pay("t2", "consent", "2025-03-01", "200.00" + money, NatureOfPayment.CONSULTING_FEE)
              .pay("t3", "none", "2025-03-01", "300.00" + money, NatureOfPayment.CONSULTING_FEE)
              .pay(
                  "t4",
                  "li",
                  "2025-03-02",
                  "50.00" + money,
                  NatureOfPayment.CONSULTING_FEE,
                  t -> t);
      List<EfpiaDisclosure> all = uk.disclosures(fixture.build(), YEAR_END);
      assertEquals(1, all.size(), all.toString());
      List<String> named =
          all.get(0).individuals().stream().map(IndividualDisclosure::name).toList();
      assertEquals(country.equals("GB") ? List.of("Dr li") : List.of(), named, country);
      assertEquals(country.equals("GB") ? 2 : 3, all.get(0).aggregates().get(0).recipients());
    }
    EfpiaDisclosure refused =
        uk.disclosures(
                EuFixture.in("GB")
                    .stakeholder(basis("li", LawfulBasis.LEGITIMATE_INTERESTS))
                    .pay(
                        "t1",
                        "li",
                        "2025-03-01",
                        "100.00 GBP",
                        NatureOfPayment.CONSULTING_FEE,
                        fact(EfpiaFacts.CONSENT, false))
                    .build(),
                YEAR_END)
            .get(0);
    assertEquals(List.of(), refused.individuals());
  }

  /** A physician without recorded consent whose UK lawful basis is {@code basis}. */
  private static Stakeholder.Builder basis(String id, LawfulBasis basis) {
    return Stakeholder.builder()
        .id(StakeholderId.of(id))
        .name("Dr " + id)
        .function(StakeholderFunction.CLINICAL)
        .hcp(HcpIdentity.builder().profession(HcpProfession.PHYSICIAN).build())
        .addFact(Fact.of(UkFacts.LAWFUL_BASIS, basis));
  }

  @Test
  void aTransfersOwnConsentWinsOverTheIdentity() {
    EfpiaDisclosure d =
        only(
            EuFixture.in("FR")
                .hcp("h1", Optional.empty())
                .pay(
                    "t1",
                    "h1",
                    "2025-03-01",
                    "100.00 EUR",
                    NatureOfPayment.CONSULTING_FEE,
                    fact(EfpiaFacts.CONSENT, true)));
    assertEquals(1, d.individuals().size());
  }

  @Test
  void researchAndDevelopmentIsDisclosedInAggregateOnly() {
    EuFixture fixture =
        EuFixture.in("FR")
            .hcp("h1", Optional.empty())
            .pay(
                "t1",
                "h1",
                "2025-03-01",
                "1000.00 EUR",
                NatureOfPayment.TRAVEL_AND_LODGING,
                fact(EfpiaFacts.RESEARCH_AND_DEVELOPMENT, true))
            .payOrganisation(
                "t2",
                "2025-03-01",
                "2000.00 EUR",
                NatureOfPayment.GRANT,
                fact(EfpiaFacts.RESEARCH_AND_DEVELOPMENT, true))
            .pay(
                "t3",
                "h1",
                "2025-03-01",
                "5.00 EUR",
                NatureOfPayment.CONSULTING_FEE,
                fact(EfpiaFacts.RESEARCH_AND_DEVELOPMENT, false));
    EfpiaDisclosure d = only(fixture);
    assertEquals(Optional.of(Money.of("3000.00", "EUR")), d.researchAndDevelopment());
    assertEquals(List.of(), d.individuals());
    assertEquals(1, d.aggregates().size());
    assertEquals(Money.of("3005.00", "EUR"), d.total());
    List<Finding> f = pack().check(fixture.build(), YEAR_END);
    assertEquals(1, Found.of(f, "efpia.consent.aggregated").size());
    assertEquals(
        List.of(
            expect(
                INFO,
                "efpia.disclosure.summary",
                List.of("acc-eu"),
                EfpiaCode.SUMMARY_OPEN,
                Arg.year(2025),
                Arg.text("FR"),
                Arg.of(0),
                Arg.of(0),
                Arg.of(1),
                Arg.of(Message.of(EfpiaCode.RESEARCH_AMOUNT, Arg.of(eur("3000.00")))),
                Arg.of(eur("3005.00")),
                Arg.of(LocalDate.of(2026, 6, 30)))),
        Found.of(f, "efpia.disclosure.summary"));
  }

  /** A registration fee t1, and t2 recording the same 600 EUR as counted in t1. */
  static EuFixture countedTwice() {
    return EuFixture.in("FR")
        .hcp("h1")
        .pay(
            "t1",
            "h1",
            "2025-03-01",
            "600.00 EUR",
            NatureOfPayment.EDUCATION,
            fact(EfpiaFacts.CATEGORY, EfpiaCategory.EVENT_REGISTRATION_FEES))
        .pay(
            "t2",
            "h1",
            "2025-03-01",
            "600.00 EUR",
            NatureOfPayment.CONSULTING_FEE,
            fact(EfpiaFacts.COUNTED_IN, "t1"));
  }

  @Test
  void anIndirectTransferRecordedTwiceIsCountedOnce() {
    EuFixture fixture = countedTwice();
    assertEquals(Money.of("600.00", "EUR"), only(fixture).total());
    assertEquals(
        List.of(
            expect(
                INFO,
                "efpia.indirect.counted-once",
                List.of("t2", "t1"),
                EfpiaCode.COUNTED_ONCE,
                Arg.of(TransferOfValueId.of("t1")))),
        Found.of(pack().check(fixture.build(), YEAR_END), "efpia.indirect.counted-once"));
  }

  @Test
  void aCountedInReferenceThatCannotBeFollowedIsAFindingAndTheTransferStays() {
    EuFixture fixture =
        EuFixture.in("FR")
            .hcp("h1")
            .pay(
                "t1",
                "h1",
                "2025-03-01",
                "1.00 EUR",
                NatureOfPayment.CONSULTING_FEE,
                fact(EfpiaFacts.COUNTED_IN, "nope"))
            .pay(
                "t2",
                "h1",
                "2025-03-01",
                "2.00 EUR",
                NatureOfPayment.CONSULTING_FEE,
                fact(EfpiaFacts.COUNTED_IN, "t2"))
            .pay(
                "t3",
                "h1",
                "2025-03-01",
                "4.00 EUR",
                NatureOfPayment.CONSULTING_FEE,
                fact(EfpiaFacts.COUNTED_IN, "t1"));
    assertEquals(Money.of("7.00", "EUR"), only(fixture).total());
    Arg key = Arg.text(EfpiaFacts.COUNTED_IN.name());
    assertEquals(
        List.of(
            expect(
                ERROR,
                "efpia.indirect.counted-in-invalid",
                List.of("t1"),
                EfpiaCode.COUNTED_IN_UNKNOWN,
                key,
                Arg.text("nope")),
            expect(
                ERROR,
                "efpia.indirect.counted-in-invalid",
                List.of("t2"),
                EfpiaCode.COUNTED_IN_ITSELF,
                key,
                Arg.of(TransferOfValueId.of("t2"))),
            expect(
                ERROR,
                "efpia.indirect.counted-in-invalid",
                List.of("t3"),
                EfpiaCode.COUNTED_IN_COUNTED_ELSEWHERE,
                key,
                Arg.of(TransferOfValueId.of("t1")))),
        Found.of(pack().check(fixture.build(), YEAR_END), "efpia.indirect.counted-in-invalid"));
  }

  @Test
  void aGroupTransferIsSplitByHeadcountAmongItsHcps() {
    EuFixture fixture =
        EuFixture.in("FR")
            .hcp("h1")
            .hcp("h2")
            .nonHcp("b1")
            .transfer(
                EuFixture.tov("t1", "2025-03-01", "100.00 EUR", NatureOfPayment.TRAVEL_AND_LODGING)
                    .addAttendees(
                        StakeholderId.of("h2"), StakeholderId.of("h1"), StakeholderId.of("b1"))
                    .headcount(4)
                    .addFact(
                        Fact.of(
                            EfpiaFacts.CATEGORY, EfpiaCategory.EVENT_TRAVEL_AND_ACCOMMODATION)));
    EfpiaDisclosure d = only(fixture);
    assertEquals(List.of("Dr h1", "Dr h2"), d.individuals().stream().map(r -> r.name()).toList());
    assertEquals(Money.of("25.00", "EUR"), d.individuals().get(0).total());
    assertEquals(Money.of("50.00", "EUR"), d.total());
  }

  @Test
  void amountsInAnotherCurrencyNeedAHostRateOfTheSameYear() {
    EuFixture fixture =
        EuFixture.in("FR")
            .hcp("h1")
            .pay("t1", "h1", "2025-03-01", "100.00 USD", NatureOfPayment.CONSULTING_FEE)
            .pay("t2", "h1", "2025-01-01", "10.00 USD", NatureOfPayment.CONSULTING_FEE);
    EfpiaPack noRate =
        EfpiaPack.of(
            policy()
                .addRate(ExchangeRate.of("USD", "EUR", LocalDate.of(2024, 12, 1), "0.5"))
                .build());
    assertEquals(
        List.of(
            expect(
                ERROR,
                "efpia.amount.no-rate",
                List.of("t2"),
                EfpiaCode.NO_RATE,
                Arg.of(Money.of("10.00", "USD")),
                Arg.of(LocalDate.of(2025, 1, 1)),
                Arg.text("EUR"),
                Arg.year(2025)),
            expect(
                ERROR,
                "efpia.amount.no-rate",
                List.of("t1"),
                EfpiaCode.NO_RATE,
                Arg.of(Money.of("100.00", "USD")),
                Arg.of(LocalDate.of(2025, 3, 1)),
                Arg.text("EUR"),
                Arg.year(2025))),
        Found.of(noRate.check(fixture.build(), YEAR_END), "efpia.amount.no-rate"));
    EfpiaPack rated =
        EfpiaPack.of(
            policy()
                .addRate(ExchangeRate.of("USD", "EUR", LocalDate.of(2025, 1, 1), "0.9215"))
                .addRate(ExchangeRate.of("USD", "EUR", LocalDate.of(2025, 3, 2), "2"))
                .build());
    List<EfpiaDisclosure> d = rated.disclosures(fixture.build(), YEAR_END);
    // 100 x 0.9215 = 92.15; 10 x 0.9215 = 9.215, half up 9.22
    assertEquals(Money.of("101.37", "EUR"), d.get(0).total());
  }

  @Test
  void aCountryWithoutADisclosureCurrencyIsAConfigurationFinding() {
    List<Finding> f =
        pack()
            .check(
                EuFixture.in("DE")
                    .hcp("h1")
                    .pay("t1", "h1", "2025-03-01", "100.00 EUR", NatureOfPayment.CONSULTING_FEE)
                    .build(),
                YEAR_END);
    assertEquals(
        List.of(
            expect(
                ERROR,
                "efpia.configuration.currency-missing",
                List.of("acc-eu"),
                EfpiaCode.CURRENCY_MISSING,
                Arg.text("DE"))),
        Found.all(f));
  }

  @Test
  void mealsWaitForTheHostsSettingAndFollowIt() {
    EuFixture fixture =
        EuFixture.in("FR")
            .hcp("h1")
            .pay("t1", "h1", "2025-03-01", "30.00 EUR", NatureOfPayment.FOOD_AND_BEVERAGE)
            .pay(
                "t2",
                "h1",
                "2025-03-02",
                "30.00 EUR",
                NatureOfPayment.FOOD_AND_BEVERAGE,
                fact(EfpiaFacts.CATEGORY, EfpiaCategory.EVENT_TRAVEL_AND_ACCOMMODATION));
    EfpiaPack unset = EfpiaPack.of(EfpiaPolicy.builder().putDisclosureCurrency("FR", EUR).build());
    assertEquals(
        List.of(
            expect(
                ERROR,
                "efpia.configuration.meals-setting-missing",
                List.of("t1", "t2"),
                EfpiaCode.MEALS_SETTING_MISSING,
                Arg.of(2))),
        Found.all(unset.check(fixture.build(), YEAR_END)));
    assertEquals(
        List.of(
            expect(
                INFO,
                "efpia.transfer.out-of-scope",
                List.of("t1"),
                EfpiaCode.OUT_OF_SCOPE_MEAL,
                Arg.of(eur("30.00"))),
            expect(
                INFO,
                "efpia.transfer.out-of-scope",
                List.of("t2"),
                EfpiaCode.OUT_OF_SCOPE_MEAL,
                Arg.of(eur("30.00")))),
        Found.of(pack().check(fixture.build(), YEAR_END), "efpia.transfer.out-of-scope"));
    assertEquals(List.of(), pack().disclosures(fixture.build(), YEAR_END));
    EfpiaPack disclosed = EfpiaPack.of(policy().mealsDisclosed(true).build());
    List<Finding> f = disclosed.check(fixture.build(), YEAR_END);
    assertEquals(
        List.of(
            expect(
                ERROR,
                "efpia.transfer.unclassified",
                List.of("h1", "t1"),
                EfpiaCode.UNCLASSIFIED_NATURE,
                Arg.of(NatureOfPayment.FOOD_AND_BEVERAGE),
                Arg.of(RecipientType.HCP),
                CATEGORY_KEY,
                HCP_CATEGORIES)),
        Found.of(f, "efpia.transfer.unclassified"));
    assertEquals(
        Money.of("30.00", "EUR"), disclosed.disclosures(fixture.build(), YEAR_END).get(0).total());
  }

  @Test
  void thePackAppliesInTheEuEeaAndUkAndWhereTheHostAddsIt() {
    for (String country : List.of("GB", "NO", "IS", "LI", "FR", "GR")) {
      assertTrue(EfpiaPolicy.builder().build().appliesIn(country), country);
    }
    for (String country : List.of("US", "CH", "EL")) {
      assertTrue(!EfpiaPolicy.builder().build().appliesIn(country), country);
    }
    EuFixture swiss =
        EuFixture.in("CH")
            .hcp("h1")
            .pay("t1", "h1", "2025-03-01", "100.00 CHF", NatureOfPayment.CONSULTING_FEE);
    assertEquals(List.of(), pack().check(swiss.build(), YEAR_END));
    EfpiaPack withSwiss =
        EfpiaPack.of(
            policy()
                .addAdditionalCountries("CH")
                .putDisclosureCurrency("CH", Currency.getInstance("CHF"))
                .build());
    assertEquals(1, withSwiss.disclosures(swiss.build(), YEAR_END).size());
  }

  @Test
  void transfersAfterAsOfAreNotJudged() {
    EuFixture fixture =
        EuFixture.in("FR")
            .hcp("h1")
            .pay("t1", "h1", "2025-03-02", "100.00 EUR", NatureOfPayment.CONSULTING_FEE);
    assertEquals(List.of(), pack().check(fixture.build(), LocalDate.of(2025, 3, 1)));
    assertEquals(1, pack().disclosures(fixture.build(), LocalDate.of(2025, 3, 2)).size());
  }

  @Test
  void badAttributesAreFindingsAndReadAsAbsent() {
    List<Finding> f =
        pack()
            .check(
                EuFixture.in("FR")
                    .hcp("h1")
                    .pay(
                        "t1",
                        "h1",
                        "2025-03-01",
                        "100.00 EUR",
                        NatureOfPayment.CONSULTING_FEE,
                        EuFixture.all(
                            text(EfpiaFacts.CATEGORY.name(), "fees"),
                            text(EfpiaFacts.CONSENT.name(), "yes"),
                            text("efpia.categry", "service-fees")))
                    .build(),
                YEAR_END);
    assertEquals(
        List.of(
            expect(
                ERROR,
                "efpia.attribute.invalid",
                List.of("t1"),
                EfpiaCode.ATTRIBUTE_INVALID,
                Arg.list(
                    FactProblems.moved("efpia.category"),
                    FactProblems.unknown("efpia.categry", EfpiaFacts.TRANSFER_KEYS),
                    FactProblems.moved("efpia.consent")))),
        Found.of(f, "efpia.attribute.invalid"));
    // the nature still classifies it, and the identity's consent names it
    assertEquals(1, Found.of(f, "efpia.disclosure.summary").size());
    assertEquals(List.of(), Found.of(f, "efpia.consent.aggregated"));
  }

  @Test
  void namedRowsAreInNameOrderHcosFirstThenById() {
    EuFixture fixture =
        EuFixture.in("FR")
            .stakeholder(named("a", "Zoé Martin"))
            .stakeholder(named("c", "Adam Petit"))
            .stakeholder(named("b", "Adam Petit"))
            .payOrganisation("t0", "2025-03-01", "1.00 EUR", NatureOfPayment.GRANT, t -> t)
            .transfer(
                EuFixture.tov("t4", "2025-03-01", "1.00 EUR", NatureOfPayment.GRANT)
                    .organisation(dev.kamkit.model.id.AccountId.of("acc-aaa")));
    for (String id : List.of("a", "b", "c")) {
      fixture.pay("t-" + id, id, "2025-03-01", "10.00 EUR", NatureOfPayment.CONSULTING_FEE);
    }
    EfpiaDisclosure d = only(fixture);
    assertEquals(
        List.of("Hôpital Saint-Louis", "acc-aaa", "Adam Petit", "Adam Petit", "Zoé Martin"),
        d.individuals().stream().map(IndividualDisclosure::name).toList());
    assertEquals("b", d.individuals().get(2).recipient().value());
    Message summary =
        Found.of(pack().check(fixture.build(), YEAR_END), "efpia.disclosure.summary")
            .get(0)
            .message();
    assertEquals(Arg.of(2), summary.arg("hcos"));
    assertEquals(Arg.of(3), summary.arg("hcps"));
    assertEquals(Arg.of(0), summary.arg("aggregates"));
    assertEquals(Arg.of(Message.of(EfpiaCode.RESEARCH_NONE)), summary.arg("research"));
  }

  @Test
  void anOrganisationAndAPersonWhoseIdsReadAlikeAreTwoRecipients() {
    // ids of different kinds may share their text (a host's account and contact tables number
    // separately); the disclosure must not merge a hospital's grant into a physician's fees
    EuFixture fixture =
        EuFixture.in("FR")
            .stakeholder(named("x-1", "Zoé Martin"))
            .pay("t1", "x-1", "2025-03-01", "800.00 EUR", NatureOfPayment.CONSULTING_FEE)
            .transfer(
                EuFixture.tov("t2", "2025-04-01", "5000.00 EUR", NatureOfPayment.GRANT)
                    .organisation(dev.kamkit.model.id.AccountId.of("x-1")));
    EfpiaDisclosure d = only(fixture);
    assertEquals(
        List.of(RecipientType.HCO, RecipientType.HCP),
        d.individuals().stream().map(IndividualDisclosure::type).toList());
    assertEquals(
        Map.of(EfpiaCategory.DONATIONS_AND_GRANTS, Money.of("5000.00", "EUR")),
        d.individuals().get(0).amounts());
    assertEquals(
        Map.of(EfpiaCategory.SERVICE_FEES, Money.of("800.00", "EUR")),
        d.individuals().get(1).amounts());
    assertEquals("Zoé Martin", d.individuals().get(1).name());
  }

  private static dev.kamkit.model.stakeholder.Stakeholder.Builder named(String id, String name) {
    return dev.kamkit.model.stakeholder.Stakeholder.builder()
        .id(StakeholderId.of(id))
        .name(name)
        .function(dev.kamkit.model.stakeholder.StakeholderFunction.CLINICAL)
        .hcp(
            dev.kamkit.model.stakeholder.HcpIdentity.builder()
                .profession(dev.kamkit.model.stakeholder.HcpProfession.PHYSICIAN)
                .disclosureConsent(true)
                .build());
  }

  @Test
  void categoriesHaveTheCodesHeadingsAndLines() {
    assertEquals(EfpiaHeading.SERVICES, EfpiaCategory.SERVICE_FEES.heading());
    assertEquals(EfpiaHeading.EVENTS, EfpiaCategory.EVENT_SPONSORSHIP.heading());
    assertEquals(EfpiaHeading.DONATIONS_AND_GRANTS, EfpiaCategory.DONATIONS_AND_GRANTS.heading());
    Messages english = Messages.english();
    assertEquals("Fees for Service and Consultancy", english.name(EfpiaHeading.SERVICES));
    assertEquals(
        "Fees for Service and Consultancy: Fees", english.name(EfpiaCategory.SERVICE_FEES));
    assertEquals("Donations and Grants", english.name(EfpiaCategory.DONATIONS_AND_GRANTS));
    assertEquals("service-fees", EfpiaCategory.SERVICE_FEES.code());
    assertEquals(Optional.of(EfpiaCategory.SERVICE_FEES), EfpiaCategory.ofCode("service-fees"));
    assertEquals(Optional.empty(), EfpiaCategory.ofCode("fees"));
    assertTrue(!EfpiaCategory.EVENT_SPONSORSHIP.appliesTo(RecipientType.HCP));
    EfpiaPolicy policy = policy().build();
    assertEquals(policy, EfpiaPack.of(policy).policy());
    assertEquals("efpia", EfpiaPack.of(policy).id());
    assertEquals("EFPIA Disclosure Code", EfpiaPack.of(policy).name().toString());
  }

  @Test
  void disclosureRowsRefuseImpossibleValues() {
    assertThrows(
        InvalidModelException.class,
        () ->
            IndividualDisclosure.builder()
                .recipient(StakeholderId.of("h1"))
                .type(RecipientType.HCP)
                .name("Dr h1")
                .build());
    assertThrows(
        InvalidModelException.class,
        () ->
            AggregateDisclosure.builder()
                .category(EfpiaCategory.SERVICE_FEES)
                .recipients(2)
                .allRecipients(1)
                .amount(Money.of("1.00", "EUR"))
                .build());
    assertThrows(
        InvalidModelException.class,
        () ->
            AggregateDisclosure.builder()
                .category(EfpiaCategory.SERVICE_FEES)
                .recipients(0)
                .allRecipients(1)
                .amount(Money.of("1.00", "EUR"))
                .build());
    // the first period may be recorded as published
    EfpiaPolicy.builder().putPublication(2015, LocalDate.of(2016, 1, 1)).build();
  }
}
