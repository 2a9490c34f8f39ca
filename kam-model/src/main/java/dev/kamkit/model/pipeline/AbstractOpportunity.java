package dev.kamkit.model.pipeline;

import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.OpportunityId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.SiteId;
import dev.kamkit.model.id.TeamMemberId;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An opportunity in the account's pipeline: a sale of one product, at a site or one of its clinical
 * units, that the account team works to win. It carries what a CRM's opportunity carries
 * (Salesforce {@code Opportunity}: {@code StageName}, {@code Amount}, {@code Probability}, {@code
 * CloseDate}, {@code OwnerId}) and what connects it to the plan: the objectives it serves. The
 * whitespace cell it converts is the grid's cell for its product and clinical unit (and indication,
 * if named).
 *
 * <p>An open opportunity has an expected close; a closed one ({@link OpportunityStage#isClosed()})
 * has the day it closed, and a lost one may say why.
 */
@Value.Immutable
public abstract class AbstractOpportunity {
  // Only the generated Opportunity extends this: no host subclass.
  AbstractOpportunity() {}

  /** The opportunity's id. */
  public abstract OpportunityId id();

  /** What it is called, for example {@code "Oncoxa at Riverside oncology"}. */
  public abstract String name();

  /** The product it would sell. */
  public abstract ProductId product();

  /** The indication it is for, where the sale is indication-specific. */
  public abstract Optional<IndicationId> indication();

  /** The site where it would be used, where known. */
  public abstract Optional<SiteId> site();

  /** The clinical unit where it would be used, where known: the whitespace grid's column. */
  public abstract Optional<ClinicalUnitId> clinicalUnit();

  /** Where it stands. */
  public abstract OpportunityStage stage();

  /** What it is worth to us if won, per year or per contract as the host's CRM records it. */
  public abstract Money amount();

  /**
   * The owner's estimate of winning it, in percent from 0 to 100. Absent when not recorded: a
   * pipeline analysis then uses its policy's probability for the stage, and says so.
   */
  public abstract Optional<Integer> probability();

  /** When it is expected to close; required while it is open. */
  public abstract Optional<LocalDate> expectedClose();

  /** When it closed; required once it is won or lost, absent before. */
  public abstract Optional<LocalDate> closedOn();

  /** Why it was lost, as the host recorded it; only for a lost opportunity. */
  public abstract Optional<String> lossReason();

  /** The team member who owns it. */
  public abstract Optional<TeamMemberId> owner();

  /** The plan objectives it serves. */
  public abstract Set<ObjectiveId> objectives();

  /** The host's own fields, kept as given. */
  public abstract Map<String, AttributeValue> attributes();

  @Value.Check
  protected void check() {
    ModelCheck check =
        ModelCheck.of("Opportunity", id())
            .nonBlank("name", name())
            .notNegative("amount", amount())
            .between("probability", probability(), 0, 100)
            .nonBlank("lossReason", lossReason())
            .attributeKeys(attributes());
    if (stage().isClosed()) {
      check.require(
          closedOn().isPresent(), "closedOn", closedOn(), ModelCode.OPPORTUNITY_CLOSE_MISSING);
    } else {
      check
          .require(
              expectedClose().isPresent(),
              "expectedClose",
              expectedClose(),
              ModelCode.OPPORTUNITY_EXPECTED_CLOSE_MISSING)
          .require(
              closedOn().isEmpty(),
              "closedOn",
              closedOn(),
              ModelCode.OPPORTUNITY_CLOSE_NOT_CLOSED,
              Arg.of(stage()));
    }
    check
        .require(
            lossReason().isEmpty() || stage() == OpportunityStage.LOST,
            "lossReason",
            lossReason(),
            ModelCode.OPPORTUNITY_LOSS_NOT_LOST,
            Arg.of(stage()))
        .throwIfInvalid();
  }
}
