package dev.kamkit.rules.engagement;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a placed account into recommendations: the quadrant's model first, then the models of the
 * neighbouring quadrants it borders, then the model the primary one builds on, then the quadrant's
 * complement. Each model appears once, in its first role.
 */
final class Recommender {
  private Recommender() {}

  static List<Recommendation> recommend(AxisScore complexity, AxisScore value) {
    if (complexity.level().isEmpty() || value.level().isEmpty()) {
      return List.of();
    }
    GridQuadrant quadrant = GridQuadrant.of(complexity.level().get(), value.level().get());
    EngagementModel primary = quadrant.model();
    List<Recommendation> out = new ArrayList<>();
    Set<EngagementModel> seen = EnumSet.noneOf(EngagementModel.class);
    add(
        out,
        seen,
        primary,
        RecommendationRole.PRIMARY,
        Message.of(EngagementCode.WHY_PRIMARY, Arg.of(quadrant), Arg.of(primary.description())));
    for (AxisLevel c : levels(complexity)) {
      for (AxisLevel v : levels(value)) {
        GridQuadrant near = GridQuadrant.of(c, v);
        if (near != quadrant) {
          add(
              out,
              seen,
              near.model(),
              RecommendationRole.ALTERNATIVE,
              Message.of(EngagementCode.WHY_ALTERNATIVE, Arg.of(near), border(complexity, value)));
        }
      }
    }
    primary
        .foundation()
        .ifPresent(
            f ->
                add(
                    out,
                    seen,
                    f,
                    RecommendationRole.FOUNDATION,
                    Message.of(
                        EngagementCode.WHY_FOUNDATION, Arg.of(primary), Arg.of(f.description()))));
    quadrant
        .complement()
        .ifPresent(
            m ->
                add(
                    out,
                    seen,
                    m,
                    RecommendationRole.COMPLEMENT,
                    Message.of(
                        EngagementCode.WHY_COMPLEMENT, Arg.of(primary), Arg.of(m.description()))));
    return out;
  }

  /** The level of an axis and, when it is on the border, the other level too. */
  private static List<AxisLevel> levels(AxisScore axis) {
    AxisLevel level = axis.level().orElseThrow();
    if (!axis.isBorderline()) {
      return List.of(level);
    }
    return List.of(AxisLevel.values());
  }

  /** Each axis on the border, with its value and cut-off: complexity first. */
  private static Arg border(AxisScore complexity, AxisScore value) {
    List<Arg> parts = new ArrayList<>();
    for (AxisScore a : List.of(complexity, value)) {
      if (a.isBorderline()) {
        parts.add(
            Arg.of(
                Message.of(
                    EngagementCode.WHY_BORDER,
                    Arg.of(a.axis()),
                    Arg.of(a.value().orElseThrow()),
                    Arg.of(a.cutOff()))));
      }
    }
    return Arg.list(parts);
  }

  private static void add(
      List<Recommendation> out,
      Set<EngagementModel> seen,
      EngagementModel model,
      RecommendationRole role,
      Message why) {
    if (seen.add(model)) {
      out.add(Recommendation.of(model, role, why));
    }
  }
}
