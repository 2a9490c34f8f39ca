package dev.kamkit.rules.compliance;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.SpeakerProgram;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.team.TargetList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** The same key account with its records in reverse order, for order-independence properties. */
public final class Reordered {
  private Reordered() {}

  /**
   * Reverses the team, products, materials, whitespace, transfers, target lists (and who works
   * them), interactions (and their participants, materials, discussions and programmes'
   * indications) and plan objectives.
   */
  public static KeyAccount reversed(KeyAccount a) {
    return KeyAccount.builder()
        .from(a)
        .team(reverse(a.team()))
        .products(reverse(a.products()))
        .promotionalMaterials(reverse(a.promotionalMaterials()))
        .whitespace(reverse(a.whitespace()))
        .transfersOfValue(reverse(a.transfersOfValue()))
        .targetLists(
            reverse(a.targetLists()).stream()
                .map(l -> TargetList.builder().from(l).workedBy(reverse(l.workedBy())).build())
                .toList())
        .interactions(
            reverse(a.interactions()).stream()
                .map(
                    i ->
                        Interaction.builder()
                            .from(i)
                            .teamMembers(reverse(i.teamMembers()))
                            .materials(reverse(i.materials()))
                            .productsDiscussed(reverse(i.productsDiscussed()))
                            .speakerProgram(
                                i.speakerProgram()
                                    .map(
                                        p ->
                                            SpeakerProgram.builder()
                                                .from(p)
                                                .indications(reverse(p.indications()))
                                                .build()))
                            .build())
                .toList())
        .plan(
            a.plan()
                .map(
                    p -> AccountPlan.builder().from(p).objectives(reverse(p.objectives())).build()))
        .build();
  }

  private static <T> List<T> reverse(Collection<T> items) {
    List<T> out = new ArrayList<>(items);
    Collections.reverse(out);
    return out;
  }
}
