package dev.kamkit.rules.maturity;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.rules.criteria.Texts;
import dev.kamkit.scoring.Reason;
import java.time.LocalDate;
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
public abstract class AbstractRelationshipStageResult {

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

  /** A short plain-text explanation. */
  public String explain() {
    StringBuilder text =
        new StringBuilder(accountName())
            .append(" (")
            .append(account())
            .append("): relationship ")
            .append(Texts.words(stage()));
    fallingFrom().ifPresent(s -> text.append(" (falling from ").append(Texts.words(s)).append(')'));
    text.append(" as of ").append(asOf()).append(" [policy ").append(policyVersion()).append("]\n");
    text.append("  Contacts: ")
        .append(structure().label())
        .append(", ")
        .append(Texts.count(activeLinks(), "active link", "active links"))
        .append(" between ")
        .append(ourPeople())
        .append(" of ours (")
        .append(Texts.sortedList(ourFunctions().stream().map(Texts::words).toList()))
        .append(") and ")
        .append(theirPeople())
        .append(" of theirs (")
        .append(Texts.sortedList(theirFunctions().stream().map(Texts::words).toList()))
        .append(")\n");
    evidence().forEach(r -> text.append("  ").append(r).append('\n'));
    signals().forEach(r -> text.append("  ").append(r).append('\n'));
    if (!missingForNext().isEmpty()) {
      text.append("  To move up:\n");
      missingForNext().forEach(r -> text.append("    - ").append(r.message()).append('\n'));
    }
    return text.toString().stripTrailing();
  }

  /** Rejects an inconsistent value when it is built, naming every problem. */
  @Value.Check
  protected void check() {
    ModelCheck.of("RelationshipStageResult", account())
        .require(
            fallingFrom().isPresent() == (stage() == RelationshipStage.DISINTEGRATING),
            "fallingFrom",
            fallingFrom(),
            "is present exactly for a disintegrating relationship")
        .require(
            fallingFrom().map(s -> s != RelationshipStage.DISINTEGRATING).orElse(true),
            "fallingFrom",
            fallingFrom(),
            "must be a stage of the ladder")
        .throwIfInvalid();
  }
}
