package dev.kamkit.scoring.whitespace;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.ClinicalUnit;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.portfolio.Indication;
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
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Analyses the whitespace grid of an account: penetration, ranked opportunities and conversion.
 *
 * <p>A cell is addressable when the product is ours (not a tracked competitor product), the cell is
 * not marked {@link WhitespaceStatus#NOT_INDICATED}, and the product has an approval in force in
 * the account's country on {@code asOf}: for the indication the cell names, or, when it names none,
 * for some indication whose therapeutic area {@linkplain SpecialtyFit fits} the clinical unit's
 * specialty (the {@link WhitespacePolicy#specialtyFit() policy's} fit; a unit without a recorded
 * specialty fits nothing, since nothing shows the product is on label there). Everything else is
 * left out of penetration, with the reason, so that the grid never invites off-label expansion.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class WhitespaceScorer {
  private final WhitespacePolicy policy;
  private final Comparator<Opportunity> opportunityOrder;

  private WhitespaceScorer(WhitespacePolicy policy) {
    this.policy = requireNonNull(policy, "policy");
    this.opportunityOrder = opportunityOrder(policy);
  }

  /** A scorer using {@link WhitespacePolicy#defaults()}. */
  public static WhitespaceScorer withDefaults() {
    return new WhitespaceScorer(WhitespacePolicy.defaults());
  }

  /** A scorer using {@code policy}. */
  public static WhitespaceScorer of(WhitespacePolicy policy) {
    return new WhitespaceScorer(policy);
  }

  /** The policy in use. */
  public WhitespacePolicy policy() {
    return policy;
  }

  /** Analyses {@code account}'s grid as of {@code asOf}. */
  public WhitespaceResult score(KeyAccount account, LocalDate asOf) {
    requireNonNull(account, "account");
    requireNonNull(asOf, "asOf");
    Map<ProductId, List<WhitespaceCell>> byProduct = new TreeMap<>();
    Map<WhitespaceStatus, Integer> counts = new EnumMap<>(WhitespaceStatus.class);
    List<Reason> excluded = new ArrayList<>();
    List<Opportunity> opportunities = new ArrayList<>();
    List<WhitespaceCell> cells = account.whitespace().stream().sorted(CELL_ORDER).toList();
    for (WhitespaceCell cell : cells) {
      Product product = account.product(cell.product()).orElseThrow();
      Optional<Message> why = exclusion(account, cell, product, asOf);
      if (why.isPresent()) {
        excluded.add(
            Reason.of(why.get(), Effect.GAP, List.of(cell.product(), cell.clinicalUnit())));
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
                .description(description(account, cell))
                .build());
      }
    }
    opportunities.sort(opportunityOrder);
    return WhitespaceResult.builder()
        .account(account.id())
        .asOf(asOf)
        .policyVersion(policy.version())
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
    WeightedScore score = WeightedScore.named(Message.of(WhitespaceCode.TITLE));
    byProduct.forEach(
        (productId, cells) -> {
          long sold = cells.stream().filter(c -> c.status() == WhitespaceStatus.SOLD).count();
          Arg product = product(account, productId);
          boolean saturated = sold == cells.size();
          List<Reason> reasons =
              List.of(
                  Reason.of(
                      saturated ? WhitespaceCode.PRODUCT_SATURATED : WhitespaceCode.PRODUCT_OPEN,
                      saturated ? Effect.STRENGTH : Effect.GAP,
                      List.of(productId),
                      product,
                      Arg.of(sold),
                      Arg.of(cells.size())));
          score.add(
              productId.value(),
              Message.of(WhitespaceCode.PRODUCT, product),
              BigDecimal.valueOf(cells.size()),
              WeightedScore.ratio(sold, cells.size()),
              reasons);
        });
    return Optional.of(score.build());
  }

  /** Why {@code cell} is left out of the grid on {@code asOf}; empty when it is addressable. */
  private Optional<Message> exclusion(
      KeyAccount account, WhitespaceCell cell, Product product, LocalDate asOf) {
    String country = account.account().country();
    if (product.competitor()) {
      return Optional.of(
          Message.of(WhitespaceCode.EXCLUDED_COMPETITOR, product(product), unit(account, cell)));
    }
    if (cell.status() == WhitespaceStatus.NOT_INDICATED) {
      return Optional.of(
          Message.of(WhitespaceCode.EXCLUDED_NOT_INDICATED, product(product), unit(account, cell)));
    }
    if (cell.indication().isPresent()) {
      IndicationId id = cell.indication().get();
      Optional<Indication> indication = product.indication(id);
      if (indication.map(i -> i.isApproved(country, asOf)).orElse(false)) {
        return Optional.empty();
      }
      return Optional.of(
          Message.of(
              WhitespaceCode.EXCLUDED_UNAPPROVED_INDICATION,
              product(product),
              unit(account, cell),
              Arg.of(id, indication.map(Indication::name).orElse(id.value())),
              Arg.text(country),
              Arg.of(asOf)));
    }
    SortedSet<String> areas = SpecialtyFit.approvedAreas(product, country, asOf);
    if (areas.isEmpty()) {
      return Optional.of(
          Message.of(
              WhitespaceCode.EXCLUDED_UNAPPROVED,
              product(product),
              unit(account, cell),
              Arg.text(country),
              Arg.of(asOf)));
    }
    return misfit(account, cell, product, areas);
  }

  /**
   * Why a cell naming no indication, of a product approved in {@code areas}, is left out: the unit
   * records no specialty, or its specialty fits none of the areas; empty when it fits.
   */
  private Optional<Message> misfit(
      KeyAccount account, WhitespaceCell cell, Product product, SortedSet<String> areas) {
    ClinicalUnit unit = clinicalUnit(account, cell);
    Arg areaList = Arg.list(List.copyOf(areas), Arg::text);
    if (unit.specialty().isEmpty()) {
      return Optional.of(
          Message.of(
              WhitespaceCode.EXCLUDED_NO_SPECIALTY,
              product(product),
              Arg.of(unit.id(), unit.name()),
              areaList));
    }
    String specialty = unit.specialty().get();
    SpecialtyFit fit = policy.specialtyFit();
    if (fit.fits(specialty, areas)) {
      return Optional.empty();
    }
    return Optional.of(
        Message.of(
            WhitespaceCode.EXCLUDED_SPECIALTY_MISFIT,
            product(product),
            Arg.of(unit.id(), unit.name()),
            Arg.text(specialty),
            areaList,
            Arg.list(List.copyOf(fit.fittingAreas(specialty)), Arg::text)));
  }

  /** What an opportunity is: its status, and its holder and value where recorded. */
  private static Message description(KeyAccount account, WhitespaceCell cell) {
    Arg product = product(account, cell.product());
    Arg unit = unit(account, cell);
    if (cell.competitorProduct().isPresent()) {
      Arg competitor = Arg.text(cell.competitorProduct().get());
      return cell.estimatedValue()
          .map(
              v ->
                  Message.of(
                      WhitespaceCode.OPPORTUNITY_COMPETITOR_VALUED,
                      product,
                      unit,
                      competitor,
                      Arg.of(v)))
          .orElseGet(
              () -> Message.of(WhitespaceCode.OPPORTUNITY_COMPETITOR, product, unit, competitor));
    }
    Arg status = Arg.of(cell.status());
    return cell.estimatedValue()
        .map(v -> Message.of(WhitespaceCode.OPPORTUNITY_VALUED, product, unit, status, Arg.of(v)))
        .orElseGet(() -> Message.of(WhitespaceCode.OPPORTUNITY, product, unit, status));
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

  private Map<CellRef, WhitespaceStatus> addressableCells(KeyAccount account, LocalDate asOf) {
    Map<CellRef, WhitespaceStatus> cells = new TreeMap<>();
    for (WhitespaceCell cell : account.whitespace()) {
      Product product = account.product(cell.product()).orElseThrow();
      if (exclusion(account, cell, product, asOf).isEmpty()) {
        cells.put(CellRef.of(cell.product(), cell.clinicalUnit()), cell.status());
      }
    }
    return cells;
  }

  private static Arg product(Product product) {
    return Arg.of(product.id(), product.name());
  }

  private static Arg product(KeyAccount account, ProductId id) {
    return product(account.product(id).orElseThrow());
  }

  private static Arg unit(KeyAccount account, WhitespaceCell cell) {
    return Arg.of(cell.clinicalUnit(), clinicalUnit(account, cell).name());
  }

  private static ClinicalUnit clinicalUnit(KeyAccount account, WhitespaceCell cell) {
    return account.account().clinicalUnit(cell.clinicalUnit()).orElseThrow();
  }

  static final Comparator<WhitespaceCell> CELL_ORDER =
      Comparator.comparing(WhitespaceCell::product).thenComparing(WhitespaceCell::clinicalUnit);

  /** Valued first, by currency, largest first; equal values by the policy's closeness to a sale. */
  private static Comparator<Opportunity> opportunityOrder(WhitespacePolicy policy) {
    return Comparator.comparing((Opportunity o) -> o.estimatedValue().isEmpty())
        .thenComparing(
            o -> o.estimatedValue().map(Money::currency).map(Currency::getCurrencyCode).orElse(""))
        .thenComparing(
            o -> o.estimatedValue().map(Money::amount).orElse(BigDecimal.ZERO),
            Comparator.reverseOrder())
        .thenComparingInt(o -> policy.closeness(o.status()))
        .thenComparing(Opportunity::product)
        .thenComparing(Opportunity::clinicalUnit);
  }
}
