package dev.kamkit.scoring.health;

import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.RagStatus;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.Score;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Decides the colour of account health and says why: the score's band first, then the rules that
 * hold an otherwise green account at amber (a lost formulary listing, a contract without a
 * successor, no leading momentum at all).
 */
final class HealthColour {
  /** Code of the colour rule for an account without leading momentum. */
  static final String NO_MOMENTUM = "health.colour.no-momentum";

  private HealthColour() {}

  /** The status, why it has its colour, and the colour rules that applied. */
  record Colour(RagStatus status, String reason, List<Reason> rules) {}

  static Colour of(Score score, List<Measure> measures, HealthPolicy policy, Window window) {
    List<Reason> rules = rules(score, measures, policy, window);
    RagStatus status;
    String reason;
    if (score.value().compareTo(policy.greenFrom()) >= 0) {
      status = RagStatus.GREEN;
      reason = "score " + score.value() + " is at least " + policy.greenFrom();
    } else if (score.value().compareTo(policy.amberFrom()) >= 0) {
      status = RagStatus.AMBER;
      reason = "score " + score.value() + " is below " + policy.greenFrom();
    } else {
      status = RagStatus.RED;
      reason = "score " + score.value() + " is below " + policy.amberFrom();
    }
    String ruled =
        rules.stream().map(r -> r.message().toString()).collect(Collectors.joining("; "));
    if (status == RagStatus.GREEN && !rules.isEmpty()) {
      status = RagStatus.AMBER;
      reason = "held at amber although the " + reason + ": " + ruled;
    } else if (!rules.isEmpty()) {
      reason = reason + "; also: " + ruled;
    }
    boolean noLagging =
        measures.stream().noneMatch(m -> !m.indicator().isLeading() && m.applicable());
    if (noLagging) {
      reason =
          reason
              + "; no lagging indicator has host data, so the colour rests on leading"
              + " indicators alone";
    }
    return new Colour(status, reason, rules);
  }

  private static List<Reason> rules(
      Score score, List<Measure> measures, HealthPolicy policy, Window window) {
    List<Reason> rules = new ArrayList<>();
    for (Reason r : score.reasons(Effect.RISK)) {
      boolean lost = policy.lostListingIsAtLeastAmber() && r.code().equals(FormularyWins.LOST);
      boolean unrenewed =
          policy.unrenewedContractIsAtLeastAmber()
              && (r.code().equals(Renewals.LAPSED) || r.code().equals(Renewals.UNRENEWED));
      if (lost || unrenewed) {
        rules.add(r);
      }
    }
    boolean momentum = measures.stream().anyMatch(m -> m.indicator().isLeading() && m.events() > 0);
    if (policy.noLeadingMomentumIsAtLeastAmber() && !momentum) {
      rules.add(
          Reason.of(
              NO_MOMENTUM,
              Effect.RISK,
              "No new relationship, committee access or value initiative in "
                  + window.describe()
                  + ": nothing yet predicts that the lagging numbers will hold",
              List.of()));
    }
    return rules;
  }
}
