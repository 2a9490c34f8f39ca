package dev.kamkit.rules.maturity;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.explain.AccountResult;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.rules.criteria.Texts;
import dev.kamkit.scoring.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Where one account's relationship sits on the Cranfield ladder on one day: the stage, the contact
 * structure behind it, the evidence, the disintegration signals, and what would take it one step
 * up.
 */
@Value.Immutable
public abstract class AbstractRelationshipStageResult implements AccountResult {
  // Only the generated RelationshipStageResult extends this: no host subclass.
  AbstractRelationshipStageResult() {}

  /** The account. */
  public abstract AccountId account();

  /** The account's name, for explanations. */
  public abstract String accountName();

  /** The day it was judged for. */
  public abstract LocalDate asOf();

  /** The stage; {@link RelationshipStage#DISINTEGRATING} when enough signals show. */
  public abstract RelationshipStage stage();

  /** For a disintegrating relationship, the stage it is falling from; empty otherwise. */
  public abstract Optional<RelationshipStage> fallingFrom();

  /** The shape of the active contacts: the main evidence. */
  public abstract ContactStructure structure();

  /** Our people with at least one active link. */
  public abstract int ourPeople();

  /** The account's people we hold actively. */
  public abstract int theirPeople();

  /** Our functions among the active links. */
  public abstract Set<TeamFunction> ourFunctions();

  /** The account's functions among the active links. */
  public abstract Set<StakeholderFunction> theirFunctions();

  /** Active member-to-stakeholder links. */
  public abstract int activeLinks();

  /** Why the relationship reached its stage. */
  public abstract List<Reason> evidence();

  /** Signs that the relationship is falling apart, whether or not they reached the threshold. */
  public abstract List<Reason> signals();

  /** What would take it one step up the ladder; empty when integrated. */
  public abstract List<Reason> missingForNext();

  /** The version of the policy that judged it. */
  public abstract String policyVersion();

  /**
   * The explanation as data: the stage, the contact structure, the evidence and signals, and what
   * would take the relationship one step up.
   */
  @Override
  public Explanation explanation() {
    Arg account = Arg.of(account(), accountName());
    Arg id = Arg.text(account().value());
    Message headline =
        fallingFrom()
            .map(
                from ->
                    Message.of(
                        MaturityCode.RELATIONSHIP_RESULT_FALLING,
                        account,
                        id,
                        Arg.of(stage()),
                        Arg.of(from),
                        Arg.of(asOf()),
                        Arg.text(policyVersion())))
            .orElseGet(
                () ->
                    Message.of(
                        MaturityCode.RELATIONSHIP_RESULT,
                        account,
                        id,
                        Arg.of(stage()),
                        Arg.of(asOf()),
                        Arg.text(policyVersion())));
    List<Explanation> lines = new ArrayList<>();
    lines.add(
        Explanation.of(
            Message.of(
                MaturityCode.RELATIONSHIP_CONTACTS,
                Arg.of(structure()),
                Arg.of(activeLinks()),
                Arg.of(ourPeople()),
                Arg.of(ourFunctions().size()),
                Texts.enums(ourFunctions()),
                Arg.of(theirPeople()),
                Arg.of(theirFunctions().size()),
                Texts.enums(theirFunctions()))));
    evidence().forEach(r -> lines.add(reason(r)));
    signals().forEach(r -> lines.add(reason(r)));
    if (!missingForNext().isEmpty()) {
      lines.add(
          Explanation.of(
              Message.of(MaturityCode.RELATIONSHIP_TO_MOVE_UP),
              missingForNext().stream().map(MaturityExplanation::item).toList()));
    }
    return Explanation.of(headline, lines);
  }

  /** A reason on its line with its effect: {@code "[STRENGTH] reason"}. */
  private static Explanation reason(Reason r) {
    return Explanation.of(r.line());
  }

  /** Rejects an inconsistent value when it is built, naming every problem. */
  @Value.Check
  protected void check() {
    ModelCheck.of("RelationshipStageResult", account())
        .require(
            fallingFrom().isPresent() == (stage() == RelationshipStage.DISINTEGRATING),
            "fallingFrom",
            fallingFrom(),
            MaturityCode.RESULT_FALLING_FROM_UNEXPECTED)
        .require(
            fallingFrom().map(s -> s != RelationshipStage.DISINTEGRATING).orElse(true),
            "fallingFrom",
            fallingFrom(),
            MaturityCode.RESULT_FALLING_FROM_DISINTEGRATING)
        .throwIfInvalid();
  }
}
