package dev.kamkit.model.testing;

import dev.kamkit.model.engagement.CompetitorActivity;
import dev.kamkit.model.portfolio.Product;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the host knows of competitors' field activity: often nothing; otherwise one to three
 * competitors, each with a run of quarters (sometimes months) up to the scene's day, some limited
 * to the competitor products tracked in the account, some with the source of the figure. Drawn from
 * their own stream, so the rest of a generated account stays as it was.
 */
final class CompetitorActivities {
  private static final List<String> SOURCES =
      List.of("syndicated call data", "field intelligence", "panel survey");

  private CompetitorActivities() {}

  static List<CompetitorActivity> some(Scene scene) {
    Rng rng = Rng.keyed(scene.key + "/competitor-activity");
    if (rng.chance(0.4)) {
      return List.of();
    }
    List<Product> rivals = scene.competitorProducts();
    List<CompetitorActivity> out = new ArrayList<>();
    for (String competitor : rng.sample(Names.COMPETITORS, 1, 3)) {
      int months = rng.chance(0.7) ? 3 : 1;
      int periods = rng.between(1, months == 3 ? 6 : 12);
      // the latest period ends on the scene's day or up to a quarter before it
      LocalDate end = scene.today.minusDays(rng.between(0, 90));
      List<Product> products = rng.sample(rivals, 0, 2);
      for (int p = periods - 1; p >= 0; p--) {
        LocalDate to = end.minusMonths((long) months * p);
        CompetitorActivity.Builder activity =
            CompetitorActivity.builder()
                .competitor(competitor)
                // the day after the period before ends: no overlap, whatever the months' lengths
                .start(end.minusMonths((long) months * (p + 1)).plusDays(1))
                .end(to)
                .interactions(rng.between(0, 15 * months))
                .source(rng.maybe(0.5, () -> rng.pick(SOURCES)));
        products.forEach(product -> activity.addProducts(product.id()));
        out.add(activity.build());
      }
    }
    return out;
  }
}
