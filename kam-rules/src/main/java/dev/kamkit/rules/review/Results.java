package dev.kamkit.rules.review;

import dev.kamkit.rules.maturity.MaturityResult;
import dev.kamkit.rules.maturity.RelationshipStage;
import dev.kamkit.rules.maturity.RelationshipStageResult;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.Score;
import dev.kamkit.scoring.ScoreComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The scores and classifications compared across two snapshots. */
final class Results {
  private Results() {}

  static List<ScoreChange> scores(
      AccountSnapshot before, AccountSnapshot after, BigDecimal minimumMove) {
    List<ScoreChange> changes = new ArrayList<>();
    score(ReviewedScore.COVERAGE, before.coverage().score(), after.coverage().score(), minimumMove)
        .ifPresent(changes::add);
    score(
            ReviewedScore.COMPLETENESS,
            before.completeness().score(),
            after.completeness().score(),
            minimumMove)
        .ifPresent(changes::add);
    score(
            ReviewedScore.WHITESPACE,
            before.whitespace().penetration(),
            after.whitespace().penetration(),
            minimumMove)
        .ifPresent(changes::add);
    score(ReviewedScore.HEALTH, before.health().score(), after.health().score(), minimumMove)
        .ifPresent(changes::add);
    return changes;
  }

  private static Optional<ScoreChange> score(
      ReviewedScore which, Score before, Score after, BigDecimal minimumMove) {
    return score(which, Optional.of(before), Optional.of(after), minimumMove);
  }

  private static Optional<ScoreChange> score(
      ReviewedScore which, Optional<Score> before, Optional<Score> after, BigDecimal minimumMove) {
    if (before.isEmpty() && after.isEmpty()) {
      return Optional.empty();
    }
    if (before.isPresent()
        && after.isPresent()
        && after.get().value().subtract(before.get().value()).abs().compareTo(minimumMove) < 0) {
      return Optional.empty();
    }
    List<ScoreComponent> then = before.map(Score::components).orElse(List.of());
    List<ScoreComponent> now = after.map(Score::components).orElse(List.of());
    Map<String, ComponentChange.Builder> byKey = new LinkedHashMap<>();
    for (ScoreComponent c : now) {
      byKey.put(
          c.key(),
          ComponentChange.builder()
              .key(c.key())
              .label(c.label())
              .previous(BigDecimal.ZERO.setScale(2))
              .current(c.contribution()));
    }
    for (ScoreComponent c : then) {
      byKey
          .computeIfAbsent(
              c.key(),
              k ->
                  ComponentChange.builder()
                      .key(k)
                      .label(c.label())
                      .current(BigDecimal.ZERO.setScale(2)))
          .previous(c.contribution());
    }
    List<ComponentChange> components = new ArrayList<>();
    for (ComponentChange.Builder b : byKey.values()) {
      ComponentChange c = b.build();
      if (c.change().signum() != 0) {
        components.add(c);
      }
    }
    List<Reason> reasonsThen = before.map(Score::reasons).orElse(List.of());
    List<Reason> reasonsNow = after.map(Score::reasons).orElse(List.of());
    return Optional.of(
        ScoreChange.builder()
            .score(which)
            .title(after.or(() -> before).orElseThrow().title())
            .previous(before.map(Score::value))
            .current(after.map(Score::value))
            .components(components)
            .appeared(Reasons.missingFrom(reasonsNow, reasonsThen))
            .disappeared(Reasons.missingFrom(reasonsThen, reasonsNow))
            .build());
  }

  static List<ClassificationChange> classifications(AccountSnapshot before, AccountSnapshot after) {
    List<ClassificationChange> changes = new ArrayList<>();
    classification(
            ReviewedClassification.TIER,
            before.tier().tier(),
            after.tier().tier(),
            Movement.NOTED,
            before.tier().reasons(),
            after.tier().reasons())
        .ifPresent(changes::add);
    classification(
            ReviewedClassification.MATURITY,
            Optional.of(before.maturity().stage()),
            Optional.of(after.maturity().stage()),
            Changes.byRank(before.maturity().stage().number(), after.maturity().stage().number()),
            reasons(before.maturity()),
            reasons(after.maturity()))
        .ifPresent(changes::add);
    classification(
            ReviewedClassification.RELATIONSHIP,
            Optional.of(before.relationship().stage()),
            Optional.of(after.relationship().stage()),
            Changes.byRank(rank(before.relationship().stage()), rank(after.relationship().stage())),
            reasons(before.relationship()),
            reasons(after.relationship()))
        .ifPresent(changes::add);
    classification(
            ReviewedClassification.ENGAGEMENT,
            before.engagement().primary(),
            after.engagement().primary(),
            Movement.NOTED,
            before.engagement().reasons(),
            after.engagement().reasons())
        .ifPresent(changes::add);
    return changes;
  }

  private static Optional<ClassificationChange> classification(
      ReviewedClassification which,
      Optional<? extends Enum<?>> from,
      Optional<? extends Enum<?>> to,
      Movement movement,
      List<Reason> reasonsThen,
      List<Reason> reasonsNow) {
    if (from.equals(to)) {
      return Optional.empty();
    }
    return Optional.of(
        ClassificationChange.builder()
            .classification(which)
            .previous(from.map(e -> (Enum<?>) e))
            .current(to.map(e -> (Enum<?>) e))
            .movement(movement)
            .appeared(Reasons.missingFrom(reasonsNow, reasonsThen))
            .disappeared(Reasons.missingFrom(reasonsThen, reasonsNow))
            .build());
  }

  private static List<Reason> reasons(MaturityResult r) {
    return r.stages().stream()
        .flatMap(s -> s.criteria().stream())
        .flatMap(c -> c.reasons().stream())
        .toList();
  }

  private static List<Reason> reasons(RelationshipStageResult r) {
    List<Reason> all = new ArrayList<>(r.evidence());
    all.addAll(r.signals());
    all.addAll(r.missingForNext());
    return all;
  }

  /** Disintegrating ranks below exploratory; the others in their order. */
  private static int rank(RelationshipStage stage) {
    return stage == RelationshipStage.DISINTEGRATING ? -1 : stage.ordinal();
  }
}
