package dev.kamkit.rules.compliance.rationale;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.InteractionStatus;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.InitiativeId;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.SharedValueInitiative;
import dev.kamkit.model.plan.ValueProposition;
import dev.kamkit.rules.compliance.PackRuleExamplesContract;
import dev.kamkit.rules.compliance.RulePack;
import java.time.LocalDate;
import java.util.List;

/** A worked example for every rule of the documented-rationale pack. */
public class RationaleRuleExamplesTest extends PackRuleExamplesContract {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
  private static final RationalePack PACK = RationalePack.withDefaults();

  @Override
  protected RulePack pack() {
    return PACK;
  }

  @Override
  protected List<Example> examples() {
    KeyAccount held =
        RationalePackTest.account()
            .addInteractions(
                RationalePackTest.interaction("held", InteractionStatus.COMPLETED, null))
            .build();
    KeyAccount noClinical =
        RationalePackTest.account()
            .plan(
                AccountPlan.builder()
                    .name("Plan")
                    .valueProposition(
                        ValueProposition.builder()
                            .statement("Shorter stays")
                            .businessRationale("Bed days")
                            .build())
                    .build())
            .build();
    KeyAccount undocumented =
        RationalePackTest.account()
            .plan(
                AccountPlan.builder()
                    .name("Plan")
                    .addSharedValueInitiatives(
                        SharedValueInitiative.builder()
                            .id(InitiativeId.of("adherence"))
                            .name("Adherence programme")
                            .build())
                    .build())
            .build();
    return List.of(
        example(
            PACK,
            held,
            AS_OF,
            RationalePack.INTERACTION,
            List.of(InteractionId.of("held")),
            RationaleCode.INTERACTION_MISSING,
            Arg.of(InteractionId.of("held")),
            Arg.of(AS_OF),
            Arg.text("Formulary review")),
        example(
            PACK,
            noClinical,
            AS_OF,
            RationalePack.VALUE_PROPOSITION,
            List.of(),
            RationaleCode.VALUE_PROPOSITION_CLINICAL_MISSING,
            Arg.text("Shorter stays")),
        example(
            PACK,
            undocumented,
            AS_OF,
            RationalePack.INITIATIVE,
            List.of(InitiativeId.of("adherence")),
            RationaleCode.INITIATIVE_MISSING,
            Arg.of(InitiativeId.of("adherence"), "Adherence programme")));
  }
}
