package dev.kamkit.rules.engagement;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
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
    List<Recommendation> out = new ArrayList<>();
    Set<EngagementModel> seen = EnumSet.noneOf(EngagementModel.class);
    add(
        out,
        seen,
        quadrant.model(),
        RecommendationRole.PRIMARY,
        quadrant.label() + ": " + quadrant.model().description());
    for (AxisLevel c : levels(complexity)) {
      for (AxisLevel v : levels(value)) {
        GridQuadrant near = GridQuadrant.of(c, v);
        if (near != quadrant) {
          add(
              out,
              seen,
              near.model(),
              RecommendationRole.ALTERNATIVE,
              "on the border of " + near.label() + " (" + border(complexity, value) + ")");
        }
      }
    }
    quadrant
        .model()
        .foundation()
        .ifPresent(
            f ->
                add(
                    out,
                    seen,
                    f,
                    RecommendationRole.FOUNDATION,
                    quadrant.model().title() + " builds on it: " + f.description()));
    quadrant
        .complement()
        .ifPresent(
            m ->
                add(
                    out,
                    seen,
                    m,
                    RecommendationRole.COMPLEMENT,
                    "complements "
                        + quadrant.model().title().toLowerCase(Locale.ROOT)
                        + ": "
                        + m.description()));
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

  private static String border(AxisScore complexity, AxisScore value) {
    List<String> parts = new ArrayList<>();
    for (AxisScore a : List.of(complexity, value)) {
      if (a.isBorderline()) {
        parts.add(
            a.axis().label()
                + " "
                + Texts.points(a.value().orElseThrow())
                + " near the cut-off "
                + Texts.points(a.cutOff()));
      }
    }
    return String.join("; ", parts);
  }

  private static void add(
      List<Recommendation> out,
      Set<EngagementModel> seen,
      EngagementModel model,
      RecommendationRole role,
      String why) {
    if (seen.add(model)) {
      out.add(Recommendation.of(model, role, why));
    }
  }
}
