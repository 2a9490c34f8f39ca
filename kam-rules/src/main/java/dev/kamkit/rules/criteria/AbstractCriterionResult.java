package dev.kamkit.rules.criteria;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.scoring.Reason;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One checkable criterion judged for one account: its stable id (for example {@code
 * "maturity.stage-2.shared-objectives"}), a short title, the outcome, and the reasons: the evidence
 * when it is met, what is missing when it is not.
 */
@Value.Immutable
public abstract class AbstractCriterionResult {

  /** Stable, dotted lower-case id; hosts may translate, filter or count by it. */
  public abstract String id();

  /** Short title for people, for example {@code "Roles work to shared objectives"}. */
  public abstract String title();

  /** Met, missing, not required or not assessed. */
  public abstract Outcome outcome();

  /** The evidence ({@code STRENGTH}) or what is missing ({@code GAP}), in a stable order. */
  public abstract List<Reason> reasons();

  /** True if the outcome holds nothing back (met, or not required by the policy). */
  public boolean counts() {
    return outcome().counts();
  }

  /** One line per criterion: {@code "[met] Title: reason; reason"}. */
  public String explain() {
    String why =
        reasons().stream().map(r -> r.message().toString()).collect(Collectors.joining("; "));
    String tag = outcome().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return "[" + tag + "] " + title() + (why.isEmpty() ? "" : ": " + why);
  }

  /** Rejects an inconsistent value when it is built, naming every problem. */
  @Value.Check
  protected void check() {
    ModelCheck.of("CriterionResult", id())
        .dottedCode("id", id())
        .nonBlank("title", title())
        .throwIfInvalid();
  }
}
