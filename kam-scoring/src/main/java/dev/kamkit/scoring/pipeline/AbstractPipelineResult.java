package dev.kamkit.scoring.pipeline;

import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.AccountResult;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.OpportunityId;
import dev.kamkit.scoring.Percent;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.whitespace.CellRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The account plan against its pipeline on one day: the open pipeline and its weighted value, each
 * revenue objective against the pipeline serving it, the commercial objectives with nothing behind
 * them, the open opportunities that serve no objective, and the whitespace cells that have become
 * pipeline. Its {@link #reasons()} say what would change each finding.
 */
@Value.Immutable
public abstract class AbstractPipelineResult implements AccountResult {
  // Only the generated PipelineResult extends this: no host subclass.
  AbstractPipelineResult() {}

  /** The account. */
  @Override
  public abstract AccountId account();

  /** The day it was analysed for. */
  @Override
  public abstract LocalDate asOf();

  /** The version of the {@link PipelinePolicy} it was analysed by. */
  @Override
  public abstract String policyVersion();

  /** How many opportunities are open. */
  public abstract int openCount();

  /**
   * The open opportunities' amounts, in the currency most of them are in (ties: the first currency
   * code); empty when none is open. Opportunities in another currency are left out, with a reason.
   */
  public abstract Optional<Money> openPipeline();

  /**
   * The open pipeline weighted by each opportunity's probability (the policy's for its stage where
   * none is recorded); opportunities with neither are left out, with a reason. Empty when none is
   * open.
   */
  public abstract Optional<Money> weightedPipeline();

  /** Each objective with a revenue target, in objective order. */
  public abstract List<TargetCoverage> targets();

  /**
   * Commercial objectives (naming a product or a revenue target) not yet due that no open or won
   * opportunity serves.
   */
  @Value.NaturalOrder
  public abstract NavigableSet<ObjectiveId> unbackedObjectives();

  /** Open opportunities that serve no objective of the plan. */
  @Value.NaturalOrder
  public abstract NavigableSet<OpportunityId> unalignedOpportunities();

  /** Addressable unsold whitespace cells with an open or won opportunity for them. */
  @Value.NaturalOrder
  public abstract NavigableSet<CellRef> whitespaceInPipeline();

  /** Addressable unsold whitespace cells with no opportunity for them. */
  @Value.NaturalOrder
  public abstract NavigableSet<CellRef> whitespaceUnworked();

  /**
   * Every finding as data, in this order: targets, unbacked objectives, unaligned, overdue and
   * unweighted opportunities, opportunities in another currency, then whitespace.
   */
  public abstract List<Reason> reasons();

  /**
   * Whitespace cells in pipeline out of the addressable unsold ones, 0-100 with one decimal; empty
   * when there is none.
   */
  public Optional<BigDecimal> whitespaceConversion() {
    return Percent.of(
        whitespaceInPipeline().size(), whitespaceInPipeline().size() + whitespaceUnworked().size());
  }

  /**
   * The headline (open pipeline and its weighted value, or that none is open), then each reason.
   */
  @Override
  public Explanation explanation() {
    Message headline =
        openPipeline().isPresent()
            ? Message.of(
                PipelineCode.SUMMARY,
                Arg.of(openCount()),
                Arg.of(openPipeline().get()),
                Arg.of(weightedPipeline().orElseThrow()))
            : Message.of(PipelineCode.EMPTY);
    List<Explanation> lines = new ArrayList<>(reasons().size());
    for (Reason r : reasons()) {
      lines.add(Explanation.of(r.line()));
    }
    return Explanation.of(headline, lines);
  }
}
