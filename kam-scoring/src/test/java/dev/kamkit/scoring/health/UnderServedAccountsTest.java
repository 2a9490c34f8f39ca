package dev.kamkit.scoring.health;

import static dev.kamkit.scoring.health.Checks.END;
import static dev.kamkit.scoring.health.Checks.USD;
import static dev.kamkit.scoring.health.Checks.assertMessage;
import static dev.kamkit.scoring.health.Checks.assertNumber;
import static dev.kamkit.scoring.health.Checks.codes;
import static dev.kamkit.scoring.health.Checks.money;
import static dev.kamkit.scoring.health.Checks.nested;
import static dev.kamkit.scoring.health.Checks.number;
import static dev.kamkit.scoring.health.Checks.subjects;
import static dev.kamkit.scoring.health.Fixtures.AS_OF;
import static dev.kamkit.scoring.health.Fixtures.BRONCHO;
import static dev.kamkit.scoring.health.Fixtures.ONCOLOGY;
import static dev.kamkit.scoring.health.Fixtures.ONKO;
import static dev.kamkit.scoring.health.Fixtures.bare;
import static dev.kamkit.scoring.health.Fixtures.cell;
import static dev.kamkit.scoring.health.Fixtures.interaction;
import static dev.kamkit.scoring.health.Fixtures.profile;
import static dev.kamkit.scoring.health.Fixtures.year;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.account.Account;
import dev.kamkit.model.account.AnnualVolume;
import dev.kamkit.model.account.ClinicalUnit;
import dev.kamkit.model.account.Site;
import dev.kamkit.model.account.SiteKind;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.InteractionStatus;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.SiteId;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Under-served accounts: activity well below what their potential warrants (Veeva Business
 * Consulting, "Unlocking True KAM Transformation").
 */
class UnderServedAccountsTest {
  /** The default activity window's length, the {@code days} argument. */
  private static final Arg YEAR = Arg.of(365);

  private static final Arg ONKOVIR = Checks.product(ONKO, "Onkovir");
  private static final Arg BRONCHAFIN = Checks.product(BRONCHO, "Bronchafin");
  private static final Arg ONCOLOGY_UNIT = Arg.of(ClinicalUnitId.of(ONCOLOGY), "Oncology");

  private final UnderServedAccounts assessor = UnderServedAccounts.withDefaults();

  /** Judges every account with potential, not only the high-value ones. */
  private final UnderServedAccounts everyone =
      UnderServedAccounts.of(
          UnderServedPolicy.defaults().withHighValueFromAverage(BigDecimal.ZERO));

  private static List<String> underServed(UnderServedReport report) {
    return report.underServed().stream().map(a -> a.account().value()).toList();
  }

  /** An account with FY2025 net revenue (USD) and {@code calls} completed interactions. */
  static KeyAccount account(String id, String revenueUsd, int calls) {
    List<Interaction> interactions = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      interactions.add(interaction(id + "-call-" + i, AS_OF.minusDays(i)));
    }
    return profile(bare(id), p -> p.addAnnualVolumes(year(2025, 1, revenueUsd)))
        .withInteractions(interactions);
  }

  /**
   * Ten accounts: five high-value ones worth 1,000,000 USD each and five worth 200,000. Four
   * high-value accounts get twenty calls each, the small ones four each; one high-value account,
   * h5, gets three.
   */
  static Portfolio oneInFive() {
    List<KeyAccount> accounts = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      accounts.add(account("h" + i, "1000000.00", i == 5 ? 3 : 20));
      accounts.add(account("s" + i, "200000.00", 4));
    }
    return Portfolio.builder().accounts(accounts).build();
  }

  @Test
  void oneInFiveHighValueAccountsIsUnderCalled() {
    UnderServedReport report = assessor.assess(oneInFive(), AS_OF);
    assertEquals(10, report.accounts().size());
    assertEquals(5, report.highValueCount());
    assertEquals(Money.of("6000000.00", "USD"), report.totalPotential());
    assertEquals(103, report.totalInteractions());
    assertEquals(1, report.underServed().size());
    AccountFocus h5 = report.underServed().get(0);
    assertEquals(AccountId.of("h5"), h5.account());
    assertNumber("0.166667", h5.potentialShare());
    assertNumber("0.029126", h5.activityShare());
    assertNumber("0.174757", h5.focus().orElseThrow());
    assertNumber("17.2", h5.expectedInteractions());
    assertEquals(14, h5.shortfall());
    assertEquals(List.of("health.focus.under-served"), codes(h5.reasons()));
    assertEquals(Effect.RISK, h5.reasons().get(0).effect());
    assertEquals(List.of("h5"), subjects(h5.reasons().get(0)));
    assertMessage(
        h5.reasons().get(0).message(),
        HealthCode.FOCUS_UNDER_SERVED,
        account("h5"),
        number("0.166667"),
        madeOf("1000000.00", "0.00"),
        number("0.029126"),
        Arg.of(3),
        Arg.of(103),
        YEAR,
        END,
        Arg.of(14));
    assertTrue(
        report
            .explain()
            .startsWith(
                "1 of 5 high-value accounts under-served (10 accounts"
                    + " judged, 0 left out)\n  Account h5 holds 16.7%"),
        report.explain());
  }

  @Test
  void theOthersAreInLineWithTheirPotential() {
    UnderServedReport report = assessor.assess(oneInFive(), AS_OF);
    AccountFocus h1 = report.account(AccountId.of("h1")).orElseThrow();
    assertTrue(h1.highValue());
    assertFalse(h1.underServed());
    assertEquals(List.of("health.focus.in-line"), codes(h1.reasons()));
    assertMessage(
        h1.reasons().get(0).message(),
        HealthCode.FOCUS_IN_LINE,
        account("h1"),
        number("0.166667"),
        madeOf("1000000.00", "0.00"),
        number("0.194175"),
        Arg.of(20),
        Arg.of(103),
        YEAR,
        END);
    assertEquals(Effect.STRENGTH, h1.reasons().get(0).effect());
    AccountFocus s1 = report.account(AccountId.of("s1")).orElseThrow();
    assertFalse(s1.highValue());
    assertEquals(0, s1.shortfall());
  }

  @Test
  void theMostUnderServedComesFirstThenTheLargestShortfall() {
    Portfolio portfolio =
        Portfolio.builder()
            .addAccounts(
                account("a", "1000000.00", 2),
                account("b", "1000000.00", 1),
                account("c", "1000000.00", 40),
                account("d", "2000000.00", 4))
            .build();
    UnderServedReport report = everyone.assess(portfolio, AS_OF);
    // a and d receive the same share of activity for their share of potential; d's shortfall
    // (about 15 interactions) is larger than a's (about 7)
    assertEquals(List.of("b", "d", "a"), underServed(report));
    assertEquals(15, report.underServed().get(1).shortfall());
    assertEquals(7, report.underServed().get(2).shortfall());
  }

  @Test
  void aLowValueAccountBelowItsShareIsNamedButNotFlagged() {
    Portfolio portfolio =
        Portfolio.builder()
            .addAccounts(
                account("big", "900000.00", 50),
                account("mid", "600000.00", 40),
                account("small", "100000.00", 0))
            .build();
    UnderServedReport report = assessor.assess(portfolio, AS_OF);
    assertTrue(report.underServed().isEmpty());
    AccountFocus small = report.account(AccountId.of("small")).orElseThrow();
    assertEquals(List.of("health.focus.below-potential"), codes(small.reasons()));
    assertEquals(Effect.GAP, small.reasons().get(0).effect());
    assertMessage(
        small.reasons().get(0).message(),
        HealthCode.FOCUS_BELOW_POTENTIAL,
        account("small"),
        number("0.062500"),
        madeOf("100000.00", "0.00"),
        number("0.000000"),
        Arg.of(0),
        Arg.of(90),
        YEAR,
        END,
        number("1"));
    UnderServedReport all = everyone.assess(portfolio, AS_OF);
    assertEquals(
        List.of(AccountId.of("small")),
        all.underServed().stream().map(AccountFocus::account).toList());
  }

  @Test
  void potentialAddsUnsoldWhitespaceAndLeavesOtherCurrenciesOut() {
    KeyAccount account =
        account("a", "500000.00", 1)
            .withWhitespace(
                cell(ONKO, WhitespaceStatus.OPEN, "100000.00 USD"),
                cell(BRONCHO, WhitespaceStatus.COMPETITOR_HELD, "30000.00 EUR"));
    KeyAccount sold =
        account("b", "500000.00", 1)
            .withWhitespace(
                cell(ONKO, WhitespaceStatus.SOLD, "100000.00 USD"),
                cell(BRONCHO, WhitespaceStatus.IN_EVALUATION, "1.00 USD")
                    .withEstimatedValue(Optional.empty()));
    UnderServedReport report =
        assessor.assess(Portfolio.builder().addAccounts(account, sold).build(), AS_OF);
    AccountFocus a = report.account(AccountId.of("a")).orElseThrow();
    assertEquals(Money.of("600000.00", "USD"), a.potential());
    assertEquals(
        List.of("health.focus.in-line", "health.potential.other-currency"), codes(a.reasons()));
    assertMessage(
        a.reasons().get(1).message(),
        HealthCode.POTENTIAL_OTHER_CURRENCY,
        Arg.list(
            nested(
                HealthCode.POTENTIAL_CELL_VALUED,
                BRONCHAFIN,
                ONCOLOGY_UNIT,
                money("30000.00 EUR"))),
        USD);
    assertMessage(
        ((Arg.Nested) a.reasons().get(0).message().arg("potential")).value(),
        HealthCode.POTENTIAL_MADE_OF,
        money("600000.00 USD"),
        Arg.year(2025),
        money("500000.00 USD"),
        money("100000.00 USD"));
    AccountFocus b = report.account(AccountId.of("b")).orElseThrow();
    assertEquals(Money.of("500000.00", "USD"), b.potential());
    assertMessage(
        b.reasons().get(1).message(),
        HealthCode.POTENTIAL_UNVALUED,
        Arg.list(nested(HealthCode.POTENTIAL_CELL, BRONCHAFIN, ONCOLOGY_UNIT)));
    assertEquals(List.of(BRONCHO, ONCOLOGY), subjects(b.reasons().get(1)));
  }

  @Test
  void anAccountWithoutKnownPotentialIsLeftOutWithTheReason() {
    Portfolio portfolio =
        Portfolio.builder().addAccounts(account("a", "100.00", 1), bare("unknown")).build();
    UnderServedReport report = assessor.assess(portfolio, AS_OF);
    assertEquals(1, report.accounts().size());
    assertEquals(List.of("health.potential.unknown"), codes(report.notAssessed()));
    assertMessage(
        report.notAssessed().get(0).message(),
        HealthCode.POTENTIAL_UNKNOWN,
        account("unknown"),
        nested(HealthCode.FISCAL_NO_REVENUE, Arg.year(2025)),
        USD);
    assertEquals(List.of("unknown"), subjects(report.notAssessed().get(0)));
  }

  @Test
  void onlyCompletedInteractionsInTheWindowCount() {
    KeyAccount account =
        account("a", "100.00", 0)
            .withInteractions(
                interaction("edge", AS_OF.minusDays(365)),
                interaction("too-old", AS_OF.minusDays(366)),
                interaction("future", AS_OF.plusDays(1)),
                interaction("planned", AS_OF).withStatus(InteractionStatus.PLANNED),
                interaction("cancelled", AS_OF).withStatus(InteractionStatus.CANCELLED));
    UnderServedReport report =
        assessor.assess(Portfolio.builder().addAccounts(account).build(), AS_OF);
    assertEquals(1, report.accounts().get(0).interactions());
  }

  @Test
  void withoutAnyActivityNobodyIsFlaggedAndTheReportSaysWhy() {
    Portfolio portfolio =
        Portfolio.builder()
            .addAccounts(account("a", "100.00", 0), account("b", "300.00", 0))
            .build();
    UnderServedReport report = assessor.assess(portfolio, AS_OF);
    assertTrue(report.underServed().isEmpty());
    assertEquals(List.of("health.focus.portfolio.no-activity"), codes(report.notes()));
    assertEquals(Effect.RISK, report.notes().get(0).effect());
    assertMessage(report.notes().get(0).message(), HealthCode.PORTFOLIO_NO_ACTIVITY, YEAR, END);
    assertTrue(report.accounts().get(0).focus().isEmpty());
    assertEquals(List.of("health.focus.no-activity"), codes(report.accounts().get(0).reasons()));
    assertMessage(
        report.accounts().get(0).reasons().get(0).message(),
        HealthCode.FOCUS_NO_ACTIVITY,
        account("a"),
        number("0.250000"),
        madeOf("100.00", "0.00"),
        YEAR,
        END);
  }

  @Test
  void defaultsFollowSeed004() {
    UnderServedPolicy policy = UnderServedPolicy.defaults();
    assertEquals(365, policy.activityWindowDays());
    assertNumber("0.5", policy.underServedBelow());
    assertNumber("1", policy.highValueFromAverage());
    assertThrows(InvalidModelException.class, () -> policy.withUnderServedBelow(BigDecimal.ZERO));
  }

  @Test
  void anAccountAtExactlyTheMarksIsHighValueButNotUnderServed() {
    // both hold exactly the average potential (the high-value mark); a's share of activity (1 of
    // 4) is exactly half its share of potential, which is not below half
    Portfolio portfolio =
        Portfolio.builder()
            .addAccounts(account("a", "100.00", 1), account("b", "100.00", 3))
            .build();
    UnderServedReport report = assessor.assess(portfolio, AS_OF);
    AccountFocus a = report.account(AccountId.of("a")).orElseThrow();
    assertTrue(a.highValue());
    assertTrue(report.account(AccountId.of("b")).orElseThrow().highValue());
    assertFalse(a.underServed());
    assertEquals(List.of("health.focus.in-line"), codes(a.reasons()));
  }

  @Test
  void anAccountWithoutPotentialIsNeverHighValueEvenWhenEveryAccountIsJudged() {
    Portfolio portfolio =
        Portfolio.builder()
            .addAccounts(account("big", "1000000.00", 10), account("zero", "0.00", 0))
            .build();
    AccountFocus zero =
        everyone.assess(portfolio, AS_OF).account(AccountId.of("zero")).orElseThrow();
    assertFalse(zero.highValue());
    assertFalse(zero.underServed());
    assertTrue(zero.focus().isEmpty());
    assertEquals(List.of("health.focus.no-potential"), codes(zero.reasons()));
    assertMessage(
        zero.reasons().get(0).message(),
        HealthCode.FOCUS_NO_POTENTIAL,
        account("zero"),
        money("0.00 USD"),
        Arg.of(0));
  }

  @Test
  void aPortfolioWithoutPotentialJudgesNobodyAgainstIt() {
    Portfolio portfolio =
        Portfolio.builder().addAccounts(account("a", "0.00", 2), account("b", "0.00", 1)).build();
    UnderServedReport report = assessor.assess(portfolio, AS_OF);
    assertEquals(List.of("health.focus.portfolio.no-potential"), codes(report.notes()));
    assertMessage(report.notes().get(0).message(), HealthCode.PORTFOLIO_NO_POTENTIAL);
    assertEquals(Effect.GAP, report.notes().get(0).effect());
    AccountFocus a = report.account(AccountId.of("a")).orElseThrow();
    assertFalse(a.highValue());
    assertTrue(a.focus().isEmpty());
    assertNumber("0", a.potentialShare());
    assertNumber("0.0", a.expectedInteractions());
    assertMessage(
        a.reasons().get(0).message(),
        HealthCode.FOCUS_NO_POTENTIAL,
        account("a"),
        money("0.00 USD"),
        Arg.of(2));
  }

  @Test
  void withNoAccountJudgedOnlyThatIsNoted() {
    UnderServedReport report =
        assessor.assess(Portfolio.builder().addAccounts(bare("unknown")).build(), AS_OF);
    assertEquals(List.of("health.focus.nothing-judged"), codes(report.notes()));
    assertMessage(report.notes().get(0).message(), HealthCode.PORTFOLIO_NOTHING_JUDGED, USD);
  }

  @Test
  void equalFocusAndShortfallRankTheLargerPotentialFirst() {
    // x and y get no call; next to the big account both warrant 0.0 interactions (rounded), so
    // focus and shortfall tie and the larger potential, y's, comes first
    Portfolio portfolio =
        Portfolio.builder()
            .addAccounts(
                account("big", "10000000.00", 1),
                account("x", "100.00", 0),
                account("y", "101.00", 0))
            .build();
    UnderServedReport report = everyone.assess(portfolio, AS_OF);
    assertEquals(List.of("y", "x"), underServed(report));
  }

  /** The fixtures' account {@code id}, named "Account id". */
  private static Arg account(String id) {
    return Arg.of(AccountId.of(id), "Account " + id);
  }

  /** A potential of FY2025 net revenue plus unsold whitespace, both in USD. */
  private static Arg madeOf(String revenue, String whitespace) {
    Money r = Money.parse(revenue + " USD");
    Money w = Money.parse(whitespace + " USD");
    return nested(
        HealthCode.POTENTIAL_MADE_OF, Arg.of(r.plus(w)), Arg.year(2025), Arg.of(r), Arg.of(w));
  }

  /** A product row of fiscal year 2025 with the given net revenue, or only units when null. */
  private static AnnualVolume productRow(String product, String revenue) {
    AnnualVolume.Builder row =
        AnnualVolume.builder()
            .fiscalYear(2025)
            .product(ProductId.of(product))
            .units(BigDecimal.ONE);
    return (revenue == null ? row : row.netRevenue(Money.parse(revenue))).build();
  }

  @Test
  void withoutAnAccountTotalTheProductRowsAddUpToTheNetRevenue() {
    KeyAccount rows =
        profile(
            bare("rows"),
            p ->
                p.addAnnualVolumes(
                    productRow(ONKO, "300.00 USD"), productRow(BRONCHO, "200.00 USD")));
    KeyAccount foreign =
        profile(
            bare("foreign"),
            p ->
                p.addAnnualVolumes(
                    productRow(ONKO, "300.00 USD"), productRow(BRONCHO, "200.00 EUR")));
    KeyAccount partial =
        profile(
            bare("partial"),
            p -> p.addAnnualVolumes(productRow(ONKO, "300.00 USD"), productRow(BRONCHO, null)));
    UnderServedReport report =
        assessor.assess(Portfolio.builder().addAccounts(rows, foreign, partial).build(), AS_OF);
    assertEquals(
        Money.of("500.00", "USD"), report.account(AccountId.of("rows")).orElseThrow().potential());
    assertEquals(
        List.of(
            Message.of(
                HealthCode.POTENTIAL_UNKNOWN,
                account("foreign"),
                nested(HealthCode.FISCAL_OTHER_CURRENCY, Arg.year(2025), Arg.text("EUR"), USD),
                USD),
            Message.of(
                HealthCode.POTENTIAL_UNKNOWN,
                account("partial"),
                nested(HealthCode.FISCAL_NO_REVENUE, Arg.year(2025)),
                USD)),
        report.notAssessed().stream().map(Reason::message).toList());
  }

  @Test
  void whitespaceAloneMakesAPotentialAndTheReasonSaysSo() {
    KeyAccount account = bare("w").withWhitespace(cell(ONKO, WhitespaceStatus.OPEN, "1000.00 USD"));
    AccountFocus w =
        assessor
            .assess(Portfolio.builder().addAccounts(account).build(), AS_OF)
            .account(AccountId.of("w"))
            .orElseThrow();
    assertEquals(Money.of("1000.00", "USD"), w.potential());
    assertEquals(
        List.of("health.focus.no-activity", "health.potential.no-revenue"), codes(w.reasons()));
    assertMessage(
        w.reasons().get(1).message(),
        HealthCode.POTENTIAL_NO_REVENUE,
        nested(HealthCode.FISCAL_NO_REVENUE, Arg.year(2025)));
    assertEquals(List.of("w"), subjects(w.reasons().get(1)));
    assertEquals(
        nested(HealthCode.POTENTIAL_WHITESPACE_ONLY, money("1000.00 USD")),
        w.reasons().get(0).message().arg("potential"));
  }

  @Test
  void potentialNamesEachCellByItsOwnUnitAndLeavesCompetitorsCellsOut() {
    KeyAccount base = account("a", "500000.00", 1);
    KeyAccount account =
        KeyAccount.builder()
            .from(base)
            .addProducts(Fixtures.product("rival", "Rivalis").withCompetitor(true))
            .build()
            .withAccount(
                Account.builder()
                    .from(base.account())
                    .addSite(
                        Site.builder()
                            .id(SiteId.of("heart"))
                            .name("Heart centre")
                            .kind(SiteKind.HOSPITAL)
                            .addClinicalUnit(
                                ClinicalUnit.builder()
                                    .id(ClinicalUnitId.of("cardio"))
                                    .name("Cardiology")
                                    .build())
                            .build())
                    .build())
            .withWhitespace(
                cell(ONKO, WhitespaceStatus.OPEN, "20000.00 EUR")
                    .withClinicalUnit(ClinicalUnitId.of("cardio")),
                cell(ONKO, WhitespaceStatus.OPEN, "5000.00 EUR"),
                cell(BRONCHO, WhitespaceStatus.OPEN, "10000.00 EUR")
                    .withClinicalUnit(ClinicalUnitId.of("cardio")),
                cell("rival", WhitespaceStatus.OPEN, "100000.00 USD"));
    AccountFocus a =
        assessor
            .assess(Portfolio.builder().addAccounts(account).build(), AS_OF)
            .account(AccountId.of("a"))
            .orElseThrow();
    // the competitor's cell is not our whitespace
    assertEquals(Money.of("500000.00", "USD"), a.potential());
    Reason foreign = a.reasons().get(1);
    Arg cardiology = Arg.of(ClinicalUnitId.of("cardio"), "Cardiology");
    assertMessage(
        foreign.message(),
        HealthCode.POTENTIAL_OTHER_CURRENCY,
        Arg.list(
            nested(HealthCode.POTENTIAL_CELL_VALUED, BRONCHAFIN, cardiology, money("10000.00 EUR")),
            nested(HealthCode.POTENTIAL_CELL_VALUED, ONKOVIR, cardiology, money("20000.00 EUR")),
            nested(HealthCode.POTENTIAL_CELL_VALUED, ONKOVIR, ONCOLOGY_UNIT, money("5000.00 EUR"))),
        USD);
    assertEquals(List.of(BRONCHO, "cardio", ONKO, "cardio", ONCOLOGY), subjects(foreign));
  }
}
