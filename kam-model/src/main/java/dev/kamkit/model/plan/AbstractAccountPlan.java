package dev.kamkit.model.plan;

import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.TeamMemberId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The strategic plan for one key account: where we stand, where we want to be and the moves that
 * get us there (Prolifiq, "Pharma Key Account Management"). Every section is optional so that an
 * incomplete plan can be recorded and scored for what it lacks.
 *
 * <p>The plan keeps the dates it was updated and reviewed, so plan rot shows: a plan updated only
 * just before its reviews is theatre.
 */
@Value.Immutable
public abstract class AbstractAccountPlan {
  // Only the generated AccountPlan extends this: no host subclass.
  AbstractAccountPlan() {}

  /** The plan's name, for example {@code "Riverside Health 2027 account plan"}. */
  public abstract String name();

  /** Where it stands in its approval cycle. */
  @Value.Default
  public PlanStatus status() {
    return PlanStatus.DRAFT;
  }

  /** The team member who owns the plan, usually the KAM. */
  public abstract Optional<TeamMemberId> owner();

  /** First day of the period the plan covers. */
  public abstract Optional<LocalDate> periodStart();

  /** Last day of the period the plan covers. */
  public abstract Optional<LocalDate> periodEnd();

  /** The account's strategic priorities, in its own words. */
  public abstract List<String> strategicPriorities();

  /** The account's needs. */
  public abstract List<AccountNeed> needs();

  /** The needs-based segment the account falls in, where assigned. */
  public abstract Optional<NeedCategory> needsSegment();

  /** Objectives. */
  public abstract List<Objective> objectives();

  /** Actions (tactics). */
  public abstract List<Action> actions();

  /** Key performance indicators. */
  public abstract List<Kpi> kpis();

  /** The value proposition. */
  public abstract Optional<ValueProposition> valueProposition();

  /** The competitive landscape: one position per competitor. */
  public abstract List<CompetitorPosition> competitiveLandscape();

  /** A SWOT analysis, where the team keeps one. */
  public abstract Optional<SwotAnalysis> swot();

  /** Shared-value initiatives. */
  public abstract List<SharedValueInitiative> sharedValueInitiatives();

  /** The joint business plan agreed with the customer, if any. */
  public abstract Optional<JointBusinessPlan> jointBusinessPlan();

  /** Patient pathways, one per condition the plan addresses. */
  public abstract List<PatientPathway> patientPathways();

  /** The voice of the account over time. */
  public abstract List<CustomerFeedback> voiceOfAccount();

  /** The days the plan was changed, oldest first. */
  @Value.NaturalOrder
  public abstract NavigableSet<LocalDate> updates();

  /** The days the plan was reviewed (QBRs, annual reviews), oldest first. */
  @Value.NaturalOrder
  public abstract NavigableSet<LocalDate> reviews();

  /** Host-defined custom fields. */
  public abstract Map<String, AttributeValue> attributes();

  /** The last day the plan was changed, if ever. */
  public Optional<LocalDate> lastUpdated() {
    return updates().isEmpty() ? Optional.empty() : Optional.of(updates().last());
  }

  /** The last day the plan was reviewed, if ever. */
  public Optional<LocalDate> lastReviewed() {
    return reviews().isEmpty() ? Optional.empty() : Optional.of(reviews().last());
  }

  /** The objective with the given id, if the plan has it. */
  public Optional<Objective> objective(ObjectiveId id) {
    return objectives().stream().filter(o -> o.id().equals(id)).findFirst();
  }

  @Value.Check
  protected void check() {
    ModelCheck.of("AccountPlan", name())
        .nonBlank("name", name())
        .notBefore("periodEnd", periodEnd(), "periodStart", periodStart())
        .allNonBlank("strategicPriorities", strategicPriorities())
        .unique("needs", "id", needs(), AccountNeed::id)
        .unique("objectives", "id", objectives(), Objective::id)
        .unique("actions", "id", actions(), Action::id)
        .unique("kpis", "id", kpis(), Kpi::id)
        .unique(
            "competitiveLandscape",
            "competitor",
            competitiveLandscape(),
            CompetitorPosition::competitor)
        .unique("sharedValueInitiatives", "id", sharedValueInitiatives(), SharedValueInitiative::id)
        .unique("patientPathways", "condition", patientPathways(), PatientPathway::condition)
        .unique("voiceOfAccount", "date", voiceOfAccount(), CustomerFeedback::date)
        .attributeKeys(attributes())
        .throwIfInvalid();
  }
}
