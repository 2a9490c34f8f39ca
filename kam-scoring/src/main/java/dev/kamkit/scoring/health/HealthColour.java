package dev.kamkit.scoring.health;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.RagStatus;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.Score;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides the colour of account health and says why: the score's band first, then the rules that
 * hold an otherwise green account at amber (a lost formulary listing, a contract without a
 * successor, no leading momentum at all).
 */
final class HealthColour {
  private HealthColour() {}

  /** The status, why it has its colour, and the colour rules that applied. */
  record Colour(RagStatus status, Message reason, List<Reason> rules) {}

  static Colour of(Score score, List<Measure> measures, HealthPolicy policy, Window window) {
    List<Reason> rules = rules(score, measures, policy, window);
    Arg value = Arg.of(score.value());
    Arg greenFrom = Arg.of(policy.greenFrom());
    RagStatus status;
    Message reason;
    if (score.value().compareTo(policy.greenFrom()) >= 0) {
      status = RagStatus.GREEN;
      reason = Message.of(HealthCode.STATUS_GREEN, value, greenFrom);
    } else if (score.value().compareTo(policy.amberFrom()) >= 0) {
      status = RagStatus.AMBER;
      reason = Message.of(HealthCode.STATUS_AMBER, value, greenFrom);
    } else {
      status = RagStatus.RED;
      reason = Message.of(HealthCode.STATUS_RED, value, Arg.of(policy.amberFrom()));
    }
    Arg ruled = Arg.list(rules, r -> Arg.of(r.message()));
    if (status == RagStatus.GREEN && !rules.isEmpty()) {
      status = RagStatus.AMBER;
      reason = Message.of(HealthCode.STATUS_HELD_AT_AMBER, value, greenFrom, ruled);
    } else if (!rules.isEmpty()) {
      reason = Message.of(HealthCode.STATUS_ALSO, Arg.of(reason), ruled);
    }
    boolean noLagging =
        measures.stream().noneMatch(m -> !m.indicator().isLeading() && m.applicable());
    if (noLagging) {
      reason = Message.of(HealthCode.STATUS_LEADING_ONLY, Arg.of(reason));
    }
    return new Colour(status, reason, rules);
  }

  private static List<Reason> rules(
      Score score, List<Measure> measures, HealthPolicy policy, Window window) {
    List<Reason> rules = new ArrayList<>();
    for (Reason r : score.reasons(Effect.RISK)) {
      MessageCode code = r.message().code();
      boolean lost = policy.lostListingIsAtLeastAmber() && code == HealthCode.FORMULARY_LOST;
      boolean unrenewed =
          policy.unrenewedContractIsAtLeastAmber() && Renewals.UNRENEWED.contains(code);
      if (lost || unrenewed) {
        rules.add(r);
      }
    }
    boolean momentum = measures.stream().anyMatch(m -> m.indicator().isLeading() && m.events() > 0);
    if (policy.noLeadingMomentumIsAtLeastAmber() && !momentum) {
      rules.add(
          Reason.of(
              HealthCode.NO_MOMENTUM, Effect.RISK, List.of(), window.daysArg(), window.endArg()));
    }
    return rules;
  }
}
