package dev.kamkit.scoring.whitespace;

import static dev.kamkit.scoring.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.Account;
import dev.kamkit.model.account.ClinicalUnit;
import dev.kamkit.model.account.Site;
import dev.kamkit.model.account.SiteKind;
import dev.kamkit.model.base.Money;
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
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.Score;
import dev.kamkit.scoring.fixtures.AccountFixture;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The words of a whitespace analysis: why a cell is left out, what each opportunity is, and how far
 * each product has penetrated the units where it is indicated.
 */
class WhitespaceWordsTest {
  private static final ProductId ONCOXA = ProductId.of("oncoxa");
  private static final ProductId RIVAL = ProductId.of("rival");
  private final WhitespaceScorer scorer = WhitespaceScorer.create();

  /** Oncoxa: first line approved in the US since 2020, second line only from 2027. */
  private static Product oncoxa() {
    return Product.builder()
        .id(ONCOXA)
        .name("Oncoxa")
        .kind(ProductKind.BIOLOGICAL)
        .therapeuticArea("Oncology")
        .addIndications(
            indication("first-line", LocalDate.of(2020, 1, 1)),
            indication("second-line", LocalDate.of(2027, 1, 1)))
        .build();
  }

  private static Indication indication(String id, LocalDate approvedOn) {
    return Indication.builder()
        .id(IndicationId.of(id))
        .name(id)
        .addApproval(IndicationApproval.builder().jurisdiction("US").approvedOn(approvedOn).build())
        .build();
  }

  private static Product rival() {
    return Product.builder()
        .id(RIVAL)
        .name("Rivalis")
        .kind(ProductKind.BIOLOGICAL)
        .therapeuticArea("Oncology")
        .competitor(true)
        .addIndications(indication("rival-1", LocalDate.of(2020, 1, 1)))
        .build();
  }

  private static WhitespaceCell cell(
      ProductId p, int unit, WhitespaceStatus status, UnaryOperator<WhitespaceCell.Builder> more) {
    return more.apply(
            WhitespaceCell.builder()
                .product(p)
                .clinicalUnit(ClinicalUnitId.of("onc-" + unit))
                .status(status))
        .build();
  }

  private WhitespaceResult score(WhitespaceCell... cells) {
    KeyAccount account =
        AccountFixture.largeIdn()
            .with(a -> a.addProducts(oncoxa(), rival()).addWhitespace(cells))
            .build();
    return scorer.score(account, AS_OF);
  }

  @Test
  void eachExcludedCellSaysWhy() {
    WhitespaceResult r =
        score(
            cell(RIVAL, 1, WhitespaceStatus.OPEN, c -> c),
            cell(ONCOXA, 2, WhitespaceStatus.NOT_INDICATED, c -> c),
            cell(
                ONCOXA,
                3,
                WhitespaceStatus.OPEN,
                c -> c.indication(IndicationId.of("second-line"))),
            cell(
                ONCOXA,
                4,
                WhitespaceStatus.OPEN,
                c -> c.indication(IndicationId.of("first-line"))));
    assertEquals(
        List.of(
            "Oncoxa in Oncology (onc-2): not indicated there",
            "Oncoxa in Oncology (onc-3): no approval in force in US on 2026-11-22 for indication"
                + " second-line",
            "Rivalis in Oncology (onc-1): a competitor's product is not our whitespace"),
        r.excluded().stream().map(x -> x.message().toString()).toList());
    Reason first = r.excluded().get(0);
    assertEquals("whitespace.cell.excluded", first.code());
    assertEquals(Effect.GAP, first.effect());
    assertEquals(List.of(ONCOXA, ClinicalUnitId.of("onc-2")), first.subjects());
    assertEquals(1, r.opportunities().size());
  }

  @Test
  void anOpportunityNamesItsStatusValueAndHolder() {
    WhitespaceResult r =
        score(
            cell(
                ONCOXA,
                1,
                WhitespaceStatus.COMPETITOR_HELD,
                c -> c.estimatedValue(Money.of("250000", "USD")).competitorProduct("Rivalis")),
            cell(ONCOXA, 2, WhitespaceStatus.IN_EVALUATION, c -> c));
    assertEquals(
        List.of(
            "Oncoxa in Oncology (onc-1) is competitor held, worth 250000.00 USD, held by Rivalis",
            "Oncoxa in Oncology (onc-2) is in evaluation"),
        r.opportunities().stream().map(Opportunity::description).toList());
  }

  @Test
  void penetrationIsSoldCellsOverIndicatedCellsPerProduct() {
    Score open =
        score(
                cell(ONCOXA, 1, WhitespaceStatus.SOLD, c -> c),
                cell(ONCOXA, 2, WhitespaceStatus.OPEN, c -> c),
                cell(ONCOXA, 3, WhitespaceStatus.OPEN, c -> c))
            .penetration()
            .orElseThrow();
    Reason r = open.component("oncoxa").reasons().get(0);
    assertEquals("whitespace.product.open", r.code());
    assertEquals(Effect.GAP, r.effect());
    assertEquals(
        "Oncoxa is sold in 1 of the 3 clinical units where it is indicated",
        r.message().toString());
    assertEquals(List.of(ONCOXA), r.subjects());

    Score saturated =
        score(cell(ONCOXA, 1, WhitespaceStatus.SOLD, c -> c)).penetration().orElseThrow();
    Reason s = saturated.component("oncoxa").reasons().get(0);
    assertEquals("whitespace.product.saturated", s.code());
    assertEquals(Effect.STRENGTH, s.effect());
  }

  @Test
  void opportunitiesOfEqualValueRankInEvaluationThenOpenThenCompetitorHeld() {
    WhitespaceResult r =
        score(
            cell(ONCOXA, 1, WhitespaceStatus.COMPETITOR_HELD, c -> c),
            cell(ONCOXA, 2, WhitespaceStatus.OPEN, c -> c),
            cell(ONCOXA, 3, WhitespaceStatus.IN_EVALUATION, c -> c));
    assertEquals(
        List.of("onc-3", "onc-2", "onc-1"),
        r.opportunities().stream().map(o -> o.clinicalUnit().value()).toList());
  }

  @Test
  void aCellIsNamedAfterItsOwnClinicalUnit() {
    Account idn = AccountFixture.largeIdn().build().account();
    KeyAccount account =
        KeyAccount.builder()
            .account(
                Account.builder()
                    .from(idn)
                    .addSite(
                        Site.builder()
                            .id(SiteId.of("cancer-centre"))
                            .name("Cancer Centre")
                            .kind(SiteKind.HOSPITAL)
                            .addClinicalUnit(
                                ClinicalUnit.builder()
                                    .id(ClinicalUnitId.of("haem-1"))
                                    .name("Haematology")
                                    .build())
                            .build())
                    .build())
            .addProducts(oncoxa())
            .addWhitespace(
                WhitespaceCell.builder()
                    .product(ONCOXA)
                    .clinicalUnit(ClinicalUnitId.of("haem-1"))
                    .status(WhitespaceStatus.OPEN)
                    .build())
            .build();
    assertEquals(
        List.of("Oncoxa in Haematology (haem-1) is open"),
        scorer.score(account, AS_OF).opportunities().stream()
            .map(Opportunity::description)
            .toList());
  }
}
