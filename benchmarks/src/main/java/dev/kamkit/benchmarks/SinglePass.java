package dev.kamkit.benchmarks;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.portfolio.FormularyEntry;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.WhitespaceCell;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderInfluence;
import dev.kamkit.model.team.Relationship;
import dev.kamkit.model.team.TeamMember;
import java.time.LocalDate;

/**
 * The floor for any evaluation: one hand-written pass that reads every element of the aggregate
 * once (a field or two of each, as a scorer must at least do) and folds what it read into a number.
 * No scorer can beat it, since every scorer has to look at the data at least this much.
 */
public final class SinglePass {
  private SinglePass() {}

  /** Touches every stakeholder, relationship, interaction, transfer and plan item once. */
  public static long touch(KeyAccount a, LocalDate asOf) {
    long h = a.account().sites().size();
    for (Stakeholder s : a.stakeholders()) {
      h = h * 31 + s.id().hashCode() + s.buyingRoles().size() + s.committeeMemberships().size();
      h += s.status().ordinal() + s.function().ordinal();
      h += s.sentiment().isPresent() ? s.sentiment().get().ordinal() : 0;
    }
    for (StakeholderInfluence i : a.influences()) {
      h = h * 31 + i.strength().ordinal();
    }
    for (DecisionBody b : a.decisionBodies()) {
      h = h * 31 + b.kind().ordinal();
    }
    for (TeamMember m : a.team()) {
      h = h * 31 + (m.isActiveOn(asOf) ? 1 : 0);
    }
    for (Relationship r : a.relationships()) {
      h = h * 31 + r.stakeholder().hashCode() + r.strength().ordinal();
      h += r.lastInteraction().isPresent() && r.lastInteraction().get().isAfter(asOf) ? 1 : 0;
    }
    for (Product p : a.products()) {
      h = h * 31 + p.indications().size();
    }
    for (WhitespaceCell c : a.whitespace()) {
      h = h * 31 + c.status().ordinal();
    }
    for (FormularyEntry e : a.formulary()) {
      h = h * 31 + e.status().ordinal() + (e.effectiveFrom().isAfter(asOf) ? 1 : 0);
    }
    for (Interaction i : a.interactions()) {
      h = h * 31 + i.stakeholders().size() + i.teamMembers().size() + i.channel().ordinal();
      h += i.date().isAfter(asOf) ? 1 : 0;
    }
    for (TransferOfValue t : a.transfersOfValue()) {
      h = h * 31 + t.amount().amount().scale() + t.nature().ordinal();
      h += t.date().isAfter(asOf) ? 1 : 0;
    }
    if (a.plan().isPresent()) {
      AccountPlan plan = a.plan().get();
      h = h * 31 + plan.objectives().size() + plan.actions().size() + plan.kpis().size();
      h += plan.needs().size() + plan.updates().size();
    }
    return h;
  }
}
