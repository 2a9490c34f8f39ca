package dev.kamkit.scoring.whitespace;

import static dev.kamkit.scoring.fixtures.AccountFixture.AS_OF;
import static dev.kamkit.scoring.fixtures.CodedReasons.assertCoded;
import static dev.kamkit.scoring.fixtures.CodedReasons.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.Account;
import dev.kamkit.model.account.ClinicalUnit;
import dev.kamkit.model.account.Site;
import dev.kamkit.model.account.SiteKind;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Messages;
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
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The words of a whitespace analysis: why a cell is left out, what each opportunity is, and how far
 * each product has penetrated the units where it is indicated.
 */
class WhitespaceWordsTest {
  private static final ProductId ONCOXA = ProductId.of("oncoxa");
  private static final ProductId RIVAL = ProductId.of("rival");
  private final WhitespaceScorer scorer = WhitespaceScorer.withDefaults();

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

  private static Arg oncoxaRef() {
    return ref(ONCOXA, "Oncoxa");
  }

  /** The fixture's oncology unit {@code n}; every one of them is called Oncology. */
  private static Arg unit(int n) {
    return ref(ClinicalUnitId.of("onc-" + n), "Oncology");
  }

  private static List<String> words(List<Reason> reasons, Locale locale) {
    Messages messages = Messages.in(locale);
    return reasons.stream().map(x -> messages.format(x.message())).toList();
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
    assertEquals(3, r.excluded().size());
    Reason first = r.excluded().get(0);
    assertCoded("whitespace.cell.excluded.not-indicated", Effect.GAP, first, oncoxaRef(), unit(2));
    assertEquals(List.of(ONCOXA, ClinicalUnitId.of("onc-2")), first.subjects());
    Reason second = r.excluded().get(1);
    assertCoded(
        "whitespace.cell.excluded.unapproved-indication",
        Effect.GAP,
        second,
        oncoxaRef(),
        unit(3),
        ref(IndicationId.of("second-line"), "second-line"),
        Arg.text("US"),
        Arg.of(AS_OF));
    assertEquals(List.of(ONCOXA, ClinicalUnitId.of("onc-3")), second.subjects());
    Reason third = r.excluded().get(2);
    assertCoded(
        "whitespace.cell.excluded.competitor", Effect.GAP, third, ref(RIVAL, "Rivalis"), unit(1));
    assertEquals(List.of(RIVAL, ClinicalUnitId.of("onc-1")), third.subjects());
    assertEquals(1, r.opportunities().size());

    // the words, in each language
    assertEquals(
        List.of(
            "Oncoxa in Oncology: not indicated there",
            "Oncoxa in Oncology: no approval in force in US on 2026-11-22 for indication"
                + " second-line",
            "Rivalis in Oncology: a competitor's product is not our whitespace"),
        words(r.excluded(), Locale.ENGLISH));
    assertEquals(
        List.of(
            "Oncoxa in der Fachabteilung Oncology: dort nicht indiziert",
            "Oncoxa in der Fachabteilung Oncology: am 22.11.2026 keine gültige Zulassung für die"
                + " Indikation second-line (Land: US)",
            "Rivalis in der Fachabteilung Oncology: ein Wettbewerbsprodukt ist nicht unser"
                + " Whitespace"),
        words(r.excluded(), Locale.GERMAN));
    assertEquals(
        List.of(
            "Oncoxa, service Oncology : non indiqué dans ce service",
            "Oncoxa, service Oncology : aucune autorisation en vigueur au 22/11/2026 pour"
                + " l’indication second-line (pays : US)",
            "Rivalis, service Oncology : le produit d’un concurrent n’est pas notre potentiel"),
        words(r.excluded(), Locale.FRENCH));
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
            cell(ONCOXA, 2, WhitespaceStatus.IN_EVALUATION, c -> c),
            cell(ONCOXA, 3, WhitespaceStatus.COMPETITOR_HELD, c -> c.competitorProduct("Rivalis")));
    assertEquals(3, r.opportunities().size());
    assertCoded(
        "whitespace.opportunity.competitor",
        r.opportunities().get(2).description(),
        oncoxaRef(),
        unit(3),
        Arg.text("Rivalis"));
    assertCoded(
        "whitespace.opportunity.competitor.valued",
        r.opportunities().get(0).description(),
        oncoxaRef(),
        unit(1),
        Arg.text("Rivalis"),
        Arg.of(Money.of("250000", "USD")));
    assertCoded(
        "whitespace.opportunity",
        r.opportunities().get(1).description(),
        oncoxaRef(),
        unit(2),
        Arg.of(WhitespaceStatus.IN_EVALUATION));
    Messages german = Messages.in(Locale.GERMAN);
    assertEquals(
        List.of(
            "Oncoxa in Oncology: held by Rivalis, worth 250,000.00\u00a0USD",
            "Oncoxa in der Fachabteilung Oncology: belegt durch Rivalis, Wert 250.000,00\u00a0USD",
            "Oncoxa, service Oncology : détenu par Rivalis, valeur 250\u202f000,00\u00a0USD"),
        List.of(
            r.opportunities().get(0).description().toString(),
            german.format(r.opportunities().get(0).description()),
            Messages.in(Locale.FRENCH).format(r.opportunities().get(0).description())));
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
    assertCoded("whitespace.title", open.title());
    assertCoded("whitespace.component.product", open.component("oncoxa").label(), oncoxaRef());
    Reason r = open.component("oncoxa").reasons().get(0);
    assertCoded("whitespace.product.open", Effect.GAP, r, oncoxaRef(), Arg.of(1), Arg.of(3));
    assertEquals(List.of(ONCOXA), r.subjects());
    assertEquals(
        "Whitespace penetration: 33.3 / 100\n"
            + "  Oncoxa: 33.3 of 100.0\n"
            + "    [GAP] Oncoxa is sold in 1 of the 3 clinical units where it is indicated",
        open.explain());
    assertEquals(
        "Whitespace-Durchdringung: 33,3 / 100\n"
            + "  Oncoxa: 33,3 von 100,0\n"
            + "    [LÜCKE] Oncoxa ist in 1 von 3 Fachabteilungen im Einsatz, in denen es indiziert"
            + " ist",
        open.explain(Locale.GERMAN));
    assertEquals(
        "Pénétration du potentiel (whitespace) : 33,3 / 100\n"
            + "  Oncoxa : 33,3 sur 100,0\n"
            + "    [LACUNE] Oncoxa est vendu dans 1 des 3 services cliniques où il est indiqué",
        open.explain(Locale.FRENCH));

    Score saturated =
        score(cell(ONCOXA, 1, WhitespaceStatus.SOLD, c -> c)).penetration().orElseThrow();
    Reason s = saturated.component("oncoxa").reasons().get(0);
    assertCoded(
        "whitespace.product.saturated", Effect.STRENGTH, s, oncoxaRef(), Arg.of(1), Arg.of(1));
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
                                    .specialty("Oncology")
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
    List<Opportunity> open = scorer.score(account, AS_OF).opportunities();
    assertEquals(1, open.size());
    assertCoded(
        "whitespace.opportunity",
        open.get(0).description(),
        oncoxaRef(),
        ref(ClinicalUnitId.of("haem-1"), "Haematology"),
        Arg.of(WhitespaceStatus.OPEN));
  }
}
