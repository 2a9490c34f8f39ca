package dev.kamkit.scoring.whitespace;

import static dev.kamkit.scoring.fixtures.AccountFixture.AS_OF;
import static dev.kamkit.scoring.fixtures.CodedReasons.assertCoded;
import static dev.kamkit.scoring.fixtures.CodedReasons.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.portfolio.Indication;
import dev.kamkit.model.portfolio.IndicationApproval;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.ProductKind;
import dev.kamkit.model.portfolio.WhitespaceCell;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.fixtures.AccountFixture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WhitespaceScorerTest {
  private static final ProductId ONCOXA = ProductId.of("oncoxa");
  private static final ProductId CARDIA = ProductId.of("cardia");
  private final WhitespaceScorer scorer = WhitespaceScorer.withDefaults();

  private static Product product(ProductId id, LocalDate approvedOn) {
    return Product.builder()
        .id(id)
        .name(id.value())
        .kind(ProductKind.BIOLOGICAL)
        .therapeuticArea("Oncology")
        .addIndication(
            Indication.builder()
                .id(IndicationId.of(id.value() + "-1"))
                .name("First line")
                .addApproval(
                    IndicationApproval.builder().jurisdiction("US").approvedOn(approvedOn).build())
                .build())
        .build();
  }

  private static WhitespaceCell cell(ProductId p, int unit, WhitespaceStatus status, String value) {
    WhitespaceCell.Builder c =
        WhitespaceCell.builder()
            .product(p)
            .clinicalUnit(ClinicalUnitId.of("onc-" + unit))
            .status(status);
    return (value == null ? c : c.estimatedValue(Money.of(value, "USD"))).build();
  }

  private static CellRef cellRef(int unit) {
    return CellRef.of(ONCOXA, ClinicalUnitId.of("onc-" + unit));
  }

  private static KeyAccount grid(WhitespaceCell... cells) {
    return AccountFixture.largeIdn()
        .with(
            a ->
                a.addProducts(
                        product(ONCOXA, LocalDate.of(2020, 1, 1)),
                        product(CARDIA, AS_OF.plusDays(1)))
                    .addWhitespace(cells))
        .build();
  }

  @Test
  void penetrationCountsOnlyCellsWhereTheProductIsApproved() {
    WhitespaceResult result =
        scorer.score(
            grid(
                cell(ONCOXA, 1, WhitespaceStatus.SOLD, null),
                cell(ONCOXA, 2, WhitespaceStatus.OPEN, "250000"),
                cell(ONCOXA, 3, WhitespaceStatus.NOT_INDICATED, null),
                cell(ONCOXA, 4, WhitespaceStatus.SOLD, null),
                cell(CARDIA, 1, WhitespaceStatus.OPEN, "900000")),
            AS_OF);

    assertEquals(new BigDecimal("66.67"), result.penetration().orElseThrow().value());
    assertEquals(Map.of(WhitespaceStatus.SOLD, 2, WhitespaceStatus.OPEN, 1), result.addressable());
    assertEquals(2, result.excluded().size());
    // cells in product order: cardia before oncoxa
    assertCoded(
        "whitespace.cell.excluded.unapproved",
        Effect.GAP,
        result.excluded().get(0),
        ref(CARDIA, "cardia"),
        ref(ClinicalUnitId.of("onc-1"), "Oncology"),
        Arg.text("US"),
        Arg.of(AS_OF));
    assertEquals(List.of(CARDIA, ClinicalUnitId.of("onc-1")), result.excluded().get(0).subjects());
    assertEquals("whitespace.cell.excluded.not-indicated", result.excluded().get(1).code());
  }

  @Test
  void opportunitiesAreRankedByValueThenClosenessToASale() {
    WhitespaceResult result =
        scorer.score(
            grid(
                cell(ONCOXA, 1, WhitespaceStatus.OPEN, "100000"),
                cell(ONCOXA, 2, WhitespaceStatus.COMPETITOR_HELD, "400000"),
                cell(ONCOXA, 3, WhitespaceStatus.IN_EVALUATION, null),
                cell(ONCOXA, 4, WhitespaceStatus.OPEN, null),
                cell(ONCOXA, 5, WhitespaceStatus.IN_EVALUATION, "100000")),
            AS_OF);
    assertEquals(
        List.of("onc-2", "onc-5", "onc-1", "onc-3", "onc-4"),
        result.opportunities().stream().map(o -> o.clinicalUnit().value()).toList());
    // a competitor-held cell whose holder is not recorded is worded by its status
    assertCoded(
        "whitespace.opportunity.valued",
        result.opportunities().get(0).description(),
        ref(ONCOXA, "oncoxa"),
        ref(ClinicalUnitId.of("onc-2"), "Oncology"),
        Arg.of(WhitespaceStatus.COMPETITOR_HELD),
        Arg.of(Money.of("400000", "USD")));
    assertEquals(
        List.of(
            "whitespace.opportunity.valued",
            "whitespace.opportunity.valued",
            "whitespace.opportunity.valued",
            "whitespace.opportunity",
            "whitespace.opportunity"),
        result.opportunities().stream().map(o -> o.description().code().code()).toList());
  }

  @Test
  void thePolicyDecidesHowEqualValuesRank() {
    KeyAccount account =
        grid(
            cell(ONCOXA, 1, WhitespaceStatus.OPEN, "100000"),
            cell(ONCOXA, 2, WhitespaceStatus.COMPETITOR_HELD, "100000"),
            cell(ONCOXA, 3, WhitespaceStatus.IN_EVALUATION, "100000"));
    assertEquals(
        List.of("onc-3", "onc-1", "onc-2"),
        scorer.score(account, AS_OF).opportunities().stream()
            .map(o -> o.clinicalUnit().value())
            .toList());
    WhitespacePolicy displacementFirst =
        WhitespacePolicy.defaults()
            .withVersion("acme-whitespace-2")
            .withClosestToSale(
                WhitespaceStatus.COMPETITOR_HELD,
                WhitespaceStatus.IN_EVALUATION,
                WhitespaceStatus.OPEN);
    WhitespaceResult result = WhitespaceScorer.of(displacementFirst).score(account, AS_OF);
    assertEquals(
        List.of("onc-2", "onc-3", "onc-1"),
        result.opportunities().stream().map(o -> o.clinicalUnit().value()).toList());
    assertEquals("acme-whitespace-2", result.policyVersion());
  }

  @Test
  void aGridWithNothingAddressableHasNoPenetration() {
    assertEquals(
        Optional.empty(),
        scorer.score(grid(cell(CARDIA, 1, WhitespaceStatus.OPEN, null)), AS_OF).penetration());
  }

  @Test
  void conversionComparesTwoSnapshotsCellByCell() {
    KeyAccount before =
        grid(
            cell(ONCOXA, 1, WhitespaceStatus.OPEN, null),
            cell(ONCOXA, 2, WhitespaceStatus.IN_EVALUATION, null),
            cell(ONCOXA, 3, WhitespaceStatus.SOLD, null),
            cell(ONCOXA, 4, WhitespaceStatus.OPEN, null));
    KeyAccount after =
        grid(
            cell(ONCOXA, 1, WhitespaceStatus.SOLD, null),
            cell(ONCOXA, 2, WhitespaceStatus.IN_EVALUATION, null),
            cell(ONCOXA, 3, WhitespaceStatus.COMPETITOR_HELD, null),
            cell(ONCOXA, 4, WhitespaceStatus.SOLD, null));
    Conversion conversion = scorer.conversion(before, AS_OF.minusMonths(6), after, AS_OF);
    assertEquals(List.of(cellRef(1), cellRef(4)), List.copyOf(conversion.converted()));
    assertEquals(List.of(cellRef(3)), List.copyOf(conversion.lost()));
    assertEquals(List.of(cellRef(2)), List.copyOf(conversion.stillOpen()));
    assertEquals(Optional.of(new BigDecimal("66.7")), conversion.conversionRate());
  }

  @Test
  void valuesInDifferentCurrenciesAreGroupedByCurrencyNotConverted() {
    WhitespaceResult result =
        scorer.score(
            grid(
                cell(ONCOXA, 1, WhitespaceStatus.OPEN, "900000"),
                WhitespaceCell.builder()
                    .product(ONCOXA)
                    .clinicalUnit(ClinicalUnitId.of("onc-2"))
                    .status(WhitespaceStatus.OPEN)
                    .estimatedValue(Money.of("100000", "EUR"))
                    .build(),
                cell(ONCOXA, 3, WhitespaceStatus.OPEN, "950000")),
            AS_OF);
    // EUR sorts before USD whatever the amounts; within USD the larger value comes first
    assertEquals(
        List.of("onc-2", "onc-3", "onc-1"),
        result.opportunities().stream().map(o -> o.clinicalUnit().value()).toList());
  }
}
