package dev.kamkit.scoring.health;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.portfolio.FormularyEntry;
import dev.kamkit.model.portfolio.FormularyStatus;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.WeightedScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Formulary wins in the window: one of our products becoming listed (preferred, on formulary or
 * restricted) after not being listed, or listed for the first time (Prolifiq, "Pharma Key Account
 * Management"). Competitors' products are ignored.
 *
 * <p>Only products that could be won count against the target: those not listed when the window
 * opened, and those that lost their listing during it. When every tracked product stayed listed
 * throughout, there was nothing to win and the indicator is fully met. A listing lost in the window
 * and not regained is a risk that holds the colour at amber or worse.
 */
final class FormularyWins {
  private final KeyAccount account;
  private final HealthPolicy policy;
  private final Window window;

  FormularyWins(KeyAccount account, HealthPolicy policy, Window window) {
    this.account = account;
    this.policy = policy;
    this.window = window;
  }

  // wonNow() and lostNow() hold only with lastWin() and lastLoss() set, which NullAway cannot see
  @SuppressWarnings("NullAway")
  Measure measure() {
    Map<ProductId, List<FormularyEntry>> history = history();
    if (history.isEmpty()) {
      return Measure.notApplicable(
          HealthIndicator.FORMULARY_WINS,
          List.of(Reason.of(HealthCode.FORMULARY_NO_DATA, Effect.GAP, List.of(), window.endArg())));
    }
    List<Reason> reasons = new ArrayList<>();
    List<Arg> held = new ArrayList<>();
    List<KamId> heldIds = new ArrayList<>();
    int open = 0;
    int won = 0;
    for (Map.Entry<ProductId, List<FormularyEntry>> e : history.entrySet()) {
      Walk walk = walk(e.getValue());
      Arg product = product(e.getKey());
      if (!walk.winnable()) {
        held.add(product);
        heldIds.add(e.getKey());
        continue;
      }
      open++;
      if (walk.wonNow()) {
        won++;
        FormularyEntry win = walk.lastWin();
        FormularyStatus from = walk.wonFrom();
        reasons.add(
            from == null
                ? Reason.of(
                    HealthCode.FORMULARY_FIRST_LISTING,
                    Effect.STRENGTH,
                    subjects(win),
                    product,
                    Arg.of(win.status()),
                    Arg.of(win.effectiveFrom()))
                : Reason.of(
                    HealthCode.FORMULARY_WIN,
                    Effect.STRENGTH,
                    subjects(win),
                    product,
                    Arg.of(win.status()),
                    Arg.of(win.effectiveFrom()),
                    Arg.of(from)));
      } else if (walk.lostNow()) {
        FormularyEntry loss = walk.lastLoss();
        reasons.add(
            Reason.of(
                HealthCode.FORMULARY_LOST,
                Effect.RISK,
                subjects(loss),
                product,
                Arg.of(loss.effectiveFrom()),
                Arg.of(walk.now())));
      } else {
        reasons.add(
            Reason.of(
                HealthCode.FORMULARY_NOT_LISTED,
                Effect.GAP,
                List.of(e.getKey()),
                product,
                Arg.of(walk.now()),
                window.daysArg(),
                window.endArg()));
      }
    }
    if (!held.isEmpty()) {
      reasons.add(
          Reason.of(
              HealthCode.FORMULARY_HELD,
              Effect.STRENGTH,
              heldIds,
              window.daysArg(),
              window.endArg(),
              Arg.list(held)));
    }
    int target = policy.formularyWinsTarget();
    BigDecimal fulfilment =
        open == 0
            ? BigDecimal.ONE
            : WeightedScore.ratio(Math.min(won, target), Math.min(target, open));
    return Measure.of(HealthIndicator.FORMULARY_WINS, fulfilment, won, reasons);
  }

  /** Our products' entries up to the scoring day, oldest first, by product id. */
  private Map<ProductId, List<FormularyEntry>> history() {
    Map<ProductId, List<FormularyEntry>> history = new TreeMap<>();
    account.formulary().stream()
        .filter(e -> !e.effectiveFrom().isAfter(window.end()))
        .filter(e -> account.product(e.product()).map(p -> !p.competitor()).orElse(true))
        .sorted(Comparator.comparing(FormularyEntry::effectiveFrom))
        .forEach(e -> history.computeIfAbsent(e.product(), k -> new ArrayList<>()).add(e));
    return history;
  }

  /** What happened to one product: its status when the window opened, then each change in it. */
  private Walk walk(List<FormularyEntry> entries) {
    @Nullable FormularyStatus atStart = null;
    for (FormularyEntry e : entries) {
      if (e.effectiveFrom().isBefore(window.start())) {
        atStart = e.status();
      }
    }
    @Nullable FormularyStatus previous = atStart;
    @Nullable FormularyEntry lastWin = null;
    @Nullable FormularyStatus wonFrom = null;
    @Nullable FormularyEntry lastLoss = null;
    for (FormularyEntry e : entries) {
      if (!window.contains(e.effectiveFrom())) {
        continue;
      }
      boolean wasListed = previous != null && previous.isListed();
      if (e.status().isListed() && !wasListed) {
        lastWin = e;
        wonFrom = previous;
      } else if (!e.status().isListed() && wasListed) {
        lastLoss = e;
      }
      previous = e.status();
    }
    FormularyStatus now = entries.get(entries.size() - 1).status();
    boolean winnable = atStart == null || !atStart.isListed() || lastLoss != null;
    return new Walk(now, winnable, lastWin, wonFrom, lastLoss);
  }

  /** The outcome of one product's walk through its history. */
  private record Walk(
      FormularyStatus now,
      boolean winnable,
      @Nullable FormularyEntry lastWin,
      @Nullable FormularyStatus wonFrom,
      @Nullable FormularyEntry lastLoss) {

    boolean wonNow() {
      return lastWin != null && now.isListed();
    }

    boolean lostNow() {
      return lastLoss != null && !now.isListed();
    }
  }

  private Arg product(ProductId id) {
    return Arg.of(id, account.product(id).map(Product::name).orElse(id.value()));
  }

  private static List<KamId> subjects(FormularyEntry entry) {
    List<KamId> subjects = new ArrayList<>();
    subjects.add(entry.product());
    entry.decidedBy().ifPresent(subjects::add);
    return subjects;
  }
}
