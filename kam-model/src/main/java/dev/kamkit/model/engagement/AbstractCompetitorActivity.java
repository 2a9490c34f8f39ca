package dev.kamkit.model.engagement;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.id.ProductId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What the host knows of one competitor's field activity in the account over a period: how many
 * field interactions (calls, visits, remote details) its people had with the account's stakeholders
 * from {@link #start()} to {@link #end()}, both days included. Hosts learn this from syndicated
 * activity data, from panel data or from their own field intelligence, and record it per month,
 * quarter or year as it comes; share of voice sets our own interactions against it (Veeva Business
 * Consulting, "Unlocking True KAM Transformation").
 *
 * <p>The competitor is named as in the plan's competitive landscape ({@code
 * CompetitorPosition.competitor}). A record may be limited to some of the competitor's products
 * (among the account's {@code products}); two records of the same competitor whose periods overlap
 * must each name products, and none in common, or the same interactions would count twice.
 */
@Value.Immutable
public abstract class AbstractCompetitorActivity {
  // Only the generated CompetitorActivity extends this: no host subclass.
  AbstractCompetitorActivity() {}

  /** The competitor company, for example {@code "Northwind Pharma"}. */
  public abstract String competitor();

  /** The first day of the period. */
  public abstract LocalDate start();

  /** The last day of the period, included; not before {@link #start()}. */
  public abstract LocalDate end();

  /** The competitor's field interactions with the account in the period; zero or more. */
  public abstract int interactions();

  /**
   * The competitor's products the count is limited to, among the account's products; empty when it
   * counts all of the competitor's activity in the account.
   */
  public abstract Set<ProductId> products();

  /** Where the figure comes from, for example {@code "syndicated call data"}, where recorded. */
  public abstract Optional<String> source();

  /** True if the period has at least one day in common with {@code from} to {@code to}. */
  public boolean overlaps(LocalDate from, LocalDate to) {
    return !start().isAfter(to) && !end().isBefore(from);
  }

  @Value.Check
  protected void check() {
    ModelCheck.of("CompetitorActivity", competitor(), start())
        .nonBlank("competitor", competitor())
        .notBefore("end", end(), "start", start())
        .notNegative("interactions", interactions())
        .nonBlank("source", source())
        .throwIfInvalid();
  }
}
