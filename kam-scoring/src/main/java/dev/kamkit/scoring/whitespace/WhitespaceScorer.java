package dev.kamkit.scoring.whitespace;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.WhitespaceCell;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.Score;
import dev.kamkit.scoring.WeightedScore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Analyses the whitespace grid of an account: penetration, ranked opportunities and conversion.
 *
 * <p>A cell is addressable when the product is ours (not a tracked competitor product), the cell is
 * not marked {@link WhitespaceStatus#NOT_INDICATED}, and the product has an approval in force in
 * the account's country on {@code asOf}: for the indication the cell names, or for any indication
 * when it names none. Everything else is left out of penetration, with the reason, so that the grid
 * never invites off-label expansion.
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class WhitespaceScorer {
  /** How close a status is to a sale, for ranking opportunities of equal value. */
  private static final Comparator<WhitespaceStatus> CLOSEST_FIRST =
      Comparator.comparingInt(
          s -> s == WhitespaceStatus.IN_EVALUATION ? 0 : s == WhitespaceStatus.OPEN ? 1 : 2);

  private WhitespaceScorer() {}

  /** The whitespace scorer. */
  public static WhitespaceScorer create() {
    return new WhitespaceScorer();
  }

  /** Analyses {@code account}'s grid as of {@code asOf}. */
  public WhitespaceResult score(KeyAccount account, LocalDate asOf) {
    requireNonNull(account, "account");
    requireNonNull(asOf, "asOf");
    String country = account.account().country();
    Map<ProductId, List<WhitespaceCell>> byProduct = new TreeMap<>();
    Map<WhitespaceStatus, Integer> counts = new EnumMap<>(WhitespaceStatus.class);
    List<Reason> excluded = new ArrayList<>();
    List<Opportunity> opportunities = new ArrayList<>();
    List<WhitespaceCell> cells = account.whitespace().stream().sorted(CELL_ORDER).toList();
    for (WhitespaceCell cell : cells) {
      Product product = account.product(cell.product()).orElseThrow();
      Optional<String> why = exclusion(cell, product, country, asOf);
      if (why.isPresent()) {
        excluded.add(
            Reason.of(
                "whitespace.cell.excluded",
                Effect.GAP,
                describe(account, cell) + ": " + why.get(),
                List.of(cell.product(), cell.clinicalUnit())));
        continue;
      }
      byProduct.computeIfAbsent(cell.product(), k -> new ArrayList<>()).add(cell);
      counts.merge(cell.status(), 1, Integer::sum);
      if (cell.status() != WhitespaceStatus.SOLD) {
        opportunities.add(
            Opportunity.builder()
                .product(cell.product())
                .clinicalUnit(cell.clinicalUnit())
                .status(cell.status())
                .estimatedValue(cell.estimatedValue())
                .description(
                    describe(account, cell)
                        + " is "
                        + cell.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + cell.estimatedValue().map(v -> ", worth " + v).orElse("")
                        + cell.competitorProduct().map(c -> ", held by " + c).orElse(""))
                .build());
      }
    }
    opportunities.sort(OPPORTUNITY_ORDER);
    return WhitespaceResult.builder()
        .account(account.id())
        .asOf(asOf)
        .penetration(penetration(account, byProduct))
        .addressable(counts)
        .opportunities(opportunities)
        .excluded(excluded)
        .build();
  }

  private static Optional<Score> penetration(
      KeyAccount account, Map<ProductId, List<WhitespaceCell>> byProduct) {
    if (byProduct.isEmpty()) {
      return Optional.empty();
    }
    WeightedScore score = WeightedScore.named("whitespace penetration");
    byProduct.forEach(
        (productId, cells) -> {
          long sold = cells.stream().filter(c -> c.status() == WhitespaceStatus.SOLD).count();
          String name = account.product(productId).orElseThrow().name();
          List<Reason> reasons =
              List.of(
                  Reason.of(
                      sold == cells.size()
                          ? "whitespace.product.saturated"
                          : "whitespace.product.open",
                      sold == cells.size() ? Effect.STRENGTH : Effect.GAP,
                      name
                          + " is sold in "
                          + sold
                          + " of the "
                          + cells.size()
                          + " clinical units where it is indicated",
                      List.of(productId)));
          score.add(
              productId.value(),
              name,
              BigDecimal.valueOf(cells.size()),
              WeightedScore.ratio(sold, cells.size()),
              reasons);
        });
    return Optional.of(score.build());
  }

  private static Optional<String> exclusion(
      WhitespaceCell cell, Product product, String country, LocalDate asOf) {
    if (product.competitor()) {
      return Optional.of("a competitor's product is not our whitespace");
    }
    if (cell.status() == WhitespaceStatus.NOT_INDICATED) {
      return Optional.of("not indicated there");
    }
    boolean approved =
        cell.indication()
            .map(id -> product.indication(id).map(i -> i.isApproved(country, asOf)).orElse(false))
            .orElseGet(() -> product.isApprovedAnywhereIn(country, asOf));
    return approved
        ? Optional.empty()
        : Optional.of(
            "no approval in force in "
                + country
                + " on "
                + asOf
                + (cell.indication().map(i -> " for indication " + i).orElse("")));
  }

  /**
   * How the grid moved from {@code before} to {@code after}, each snapshot judged on its own date:
   * a cell counts as open to conversion only where it was addressable in the earlier snapshot.
   */
  public Conversion conversion(
      KeyAccount before, LocalDate beforeDate, KeyAccount after, LocalDate afterDate) {
    Map<CellRef, WhitespaceStatus> was = addressableCells(before, beforeDate);
    Map<CellRef, WhitespaceStatus> now = addressableCells(after, afterDate);
    Conversion.Builder conversion = Conversion.builder();
    was.forEach(
        (cell, status) -> {
          boolean soldNow = now.get(cell) == WhitespaceStatus.SOLD;
          if (status == WhitespaceStatus.SOLD) {
            if (!soldNow) {
              conversion.addLost(cell);
            }
          } else if (soldNow) {
            conversion.addConverted(cell);
          } else if (now.containsKey(cell)) {
            conversion.addStillOpen(cell);
          }
        });
    return conversion.build();
  }

  private static Map<CellRef, WhitespaceStatus> addressableCells(
      KeyAccount account, LocalDate asOf) {
    Map<CellRef, WhitespaceStatus> cells = new TreeMap<>();
    for (WhitespaceCell cell : account.whitespace()) {
      Product product = account.product(cell.product()).orElseThrow();
      if (exclusion(cell, product, account.account().country(), asOf).isEmpty()) {
        cells.put(CellRef.of(cell.product(), cell.clinicalUnit()), cell.status());
      }
    }
    return cells;
  }

  static String describe(KeyAccount account, WhitespaceCell cell) {
    String unit =
        account
            .account()
            .clinicalUnits()
            .filter(u -> u.id().equals(cell.clinicalUnit()))
            .findFirst()
            .orElseThrow()
            .name();
    return account.product(cell.product()).orElseThrow().name()
        + " in "
        + unit
        + " ("
        + cell.clinicalUnit()
        + ")";
  }

  static final Comparator<WhitespaceCell> CELL_ORDER =
      Comparator.comparing(WhitespaceCell::product).thenComparing(WhitespaceCell::clinicalUnit);

  private static final Comparator<Opportunity> OPPORTUNITY_ORDER =
      Comparator.comparing((Opportunity o) -> o.estimatedValue().isEmpty())
          .thenComparing(
              o ->
                  o.estimatedValue().map(Money::currency).map(Currency::getCurrencyCode).orElse(""))
          .thenComparing(
              o -> o.estimatedValue().map(Money::amount).orElse(BigDecimal.ZERO),
              Comparator.reverseOrder())
          .thenComparing(Opportunity::status, CLOSEST_FIRST)
          .thenComparing(Opportunity::product)
          .thenComparing(Opportunity::clinicalUnit);
}
