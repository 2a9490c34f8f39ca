package dev.kamkit.scoring.health;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.KamId;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.WeightedScore;
import dev.kamkit.scoring.committee.CommitteeProgressionResult;
import dev.kamkit.scoring.committee.SubmissionProgress;
import java.util.ArrayList;
import java.util.List;

/**
 * Committee progression as a leading indicator: of the submissions active in the window (open on
 * the scoring day, or decided in the window), the share that is moving (open and not stalled) or
 * was approved in the window. Stalled is what {@code CommitteeProgression} says: the target meeting
 * passed or the decision deferred, no sponsor or one who has left or is leaving, open longer than
 * the expected cycle; its reasons are passed on as they are. Approvals in the window count as
 * leading momentum.
 */
final class ProgressionIndicator {
  private ProgressionIndicator() {}

  static Measure measure(CommitteeProgressionResult progression, Window window) {
    List<SubmissionProgress> moving = new ArrayList<>();
    List<SubmissionProgress> stalled = new ArrayList<>();
    List<SubmissionProgress> approved = new ArrayList<>();
    List<SubmissionProgress> rejected = new ArrayList<>();
    for (SubmissionProgress s : progression.submissions()) {
      if (s.open()) {
        (s.isStalled() ? stalled : moving).add(s);
      } else if (window.contains(s.decidedOn().orElseThrow())) {
        (s.decision().orElseThrow().isApproval() ? approved : rejected).add(s);
      }
    }
    int active = moving.size() + stalled.size() + approved.size() + rejected.size();
    if (active == 0) {
      return Measure.notApplicable(
          HealthIndicator.COMMITTEE_PROGRESSION,
          List.of(
              Reason.of(
                  HealthCode.PROGRESSION_NONE,
                  Effect.GAP,
                  List.of(),
                  window.daysArg(),
                  window.endArg())));
    }
    List<Reason> reasons = new ArrayList<>();
    for (SubmissionProgress s : stalled) {
      reasons.addAll(s.stalled());
    }
    if (!moving.isEmpty()) {
      reasons.add(
          Reason.of(
              HealthCode.PROGRESSION_MOVING,
              Effect.STRENGTH,
              ids(moving),
              Arg.of(moving.size()),
              descriptions(moving)));
    }
    decided(reasons, HealthCode.PROGRESSION_APPROVED, Effect.STRENGTH, approved, window);
    decided(reasons, HealthCode.PROGRESSION_REJECTED, Effect.GAP, rejected, window);
    return Measure.of(
        HealthIndicator.COMMITTEE_PROGRESSION,
        WeightedScore.ratio(moving.size() + approved.size(), active),
        approved.size(),
        reasons);
  }

  private static void decided(
      List<Reason> reasons,
      HealthCode code,
      Effect effect,
      List<SubmissionProgress> submissions,
      Window window) {
    if (!submissions.isEmpty()) {
      reasons.add(
          Reason.of(
              code,
              effect,
              ids(submissions),
              window.daysArg(),
              window.endArg(),
              descriptions(submissions)));
    }
  }

  private static List<KamId> ids(List<SubmissionProgress> submissions) {
    return submissions.stream().map(s -> (KamId) s.submission()).toList();
  }

  private static Arg descriptions(List<SubmissionProgress> submissions) {
    return Arg.list(submissions, s -> Arg.of(s.description()));
  }
}
