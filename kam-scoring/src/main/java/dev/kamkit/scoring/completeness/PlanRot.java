package dev.kamkit.scoring.completeness;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/**
 * Reads plan rot from a plan's update and review dates (Prolifiq, "Pharma Key Account Management":
 * "a plan that is updated only before reviews is theater"). Three signs: the plan was last changed
 * before the latest review held, so what the review agreed never reached the plan (a review is
 * expected to change the plan on its day or after); every change in the look-back period came in
 * the days just before a review; and the latest review is more than the policy's {@code
 * maxDaysSinceReview} days old, so the plan has fallen out of its review cadence. A plan never
 * reviewed has no cadence to fall out of: the currency section reports it as never reviewed.
 */
final class PlanRot {
  private PlanRot() {}

  /** The rot reasons for {@code plan} on {@code asOf}; empty when the plan is kept alive. */
  static List<Reason> of(AccountPlan plan, LocalDate asOf, CompletenessPolicy policy) {
    List<Reason> rot = new ArrayList<>();
    SortedSet<LocalDate> reviews = plan.reviews().headSet(asOf.plusDays(1));
    SortedSet<LocalDate> updates = plan.updates().headSet(asOf.plusDays(1));
    Optional<LocalDate> lastReview =
        reviews.isEmpty() ? Optional.empty() : Optional.of(reviews.last());
    Optional<LocalDate> lastUpdate =
        updates.isEmpty() ? Optional.empty() : Optional.of(updates.last());
    if (lastReview.isPresent()
        && lastUpdate.isPresent()
        && lastUpdate.get().isBefore(lastReview.get())) {
      rot.add(
          Reason.of(
              CompletenessCode.ROT_UNCHANGED_SINCE_REVIEW,
              Effect.RISK,
              List.of(),
              Arg.of(lastUpdate.get()),
              Arg.of(lastReview.get())));
    }
    LocalDate from = asOf.minusDays(policy.rotLookbackDays());
    List<LocalDate> recent = updates.stream().filter(d -> !d.isBefore(from)).toList();
    // a review with a recent update just before it lies in the look-back period itself
    long reviewsWithUpdates =
        reviews.stream()
            .filter(r -> recent.stream().anyMatch(u -> justBefore(u, r, policy)))
            .count();
    boolean allBeforeReviews =
        !recent.isEmpty()
            && recent.stream()
                .allMatch(u -> reviews.stream().anyMatch(r -> justBefore(u, r, policy)));
    if (allBeforeReviews && reviewsWithUpdates >= 2) {
      rot.add(
          Reason.of(
              CompletenessCode.ROT_REVIEW_THEATRE,
              Effect.RISK,
              List.of(),
              Arg.of(recent.size()),
              Arg.of(policy.rotLookbackDays()),
              Arg.of(policy.preReviewDays())));
    }
    lastReview.ifPresent(r -> overdue(r, asOf, policy).ifPresent(rot::add));
    return rot;
  }

  /** The overdue-review reason when {@code lastReview} lies beyond the policy's limit. */
  private static Optional<Reason> overdue(
      LocalDate lastReview, LocalDate asOf, CompletenessPolicy policy) {
    long overdue = ChronoUnit.DAYS.between(lastReview, asOf) - policy.maxDaysSinceReview();
    if (overdue <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        Reason.of(
            CompletenessCode.ROT_REVIEW_OVERDUE,
            Effect.RISK,
            List.of(),
            Arg.of(lastReview),
            Arg.of(overdue),
            Arg.of(policy.reviewCadenceDays()),
            Arg.of(policy.maxDaysSinceReview())));
  }

  private static boolean justBefore(LocalDate update, LocalDate review, CompletenessPolicy policy) {
    long days = ChronoUnit.DAYS.between(update, review);
    return days >= 0 && days <= policy.preReviewDays();
  }
}
