package dev.kamkit.examples.sample;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.committee.CommitteeSubmission;
import dev.kamkit.model.committee.SubmissionStep;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.InteractionStatus;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.pipeline.Opportunity;
import dev.kamkit.model.pipeline.OpportunityStage;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Action;
import dev.kamkit.model.plan.ActionStatus;
import dev.kamkit.model.stakeholder.Sentiment;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderStatus;
import dev.kamkit.model.team.Relationship;
import dev.kamkit.model.testing.SeedAccounts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The sample portfolio as it stood at the last quarterly business review, Monday 3 August 2026,
 * three months before the sample's day: what the review of 2 November then finds changed.
 *
 * <ul>
 *   <li>Riverside: the value analysis director was not yet on the map; the chief of oncology was
 *       not yet retiring; the formulary manager was neutral, not yet a supporter; the KAM did not
 *       yet hold the formulary manager, nor the oncology sales rep the infusion manager; the budget
 *       impact model and the heart-failure discharge pathway were in progress, the regional dinner
 *       still planned and the Veniflo evaluation not yet in the plan; the system listing was at
 *       proposal for $1.5M, Cardiva at Eastfield still at proposal, Veniflo at Memorial not yet
 *       opened;
 *   <li>Harbor Point: Dr. Walsh was not yet retiring;
 *   <li>Great Lakes: the medical director was neutral, not yet a sceptic;
 *   <li>every committee submission as it stood that day: later steps not yet taken, later requests
 *       not yet made;
 *   <li>only what had happened by that day: interactions, transfers of value and the plan's updates
 *       and reviews up to it, relationships begun by it, each last touched no later than it (at the
 *       last interaction of the two up to it, or, where the log has none, as long before that day
 *       as it is now before the sample's), and the competitor activity of quarters ended by it.
 * </ul>
 *
 * <p>Formulary entries and contracts dated after that day need no change: each evaluation reads
 * them as of its own day.
 */
final class PreviousQuarter {
  /** The day of the last review. */
  static final LocalDate AS_OF = LocalDate.of(2026, 8, 3);

  private static final String RIVERSIDE = "riverside-health";
  private static final String HARBOR_POINT = "harbor-point-medical-center";
  private static final String GREAT_LAKES = "great-lakes-health-plan";

  /** The days from the last review to the sample's day. */
  private static final long QUARTER_DAYS =
      java.time.temporal.ChronoUnit.DAYS.between(AS_OF, SeedAccounts.AS_OF);

  private PreviousQuarter() {}

  /** {@code current} three months earlier. */
  static Portfolio of(Portfolio current) {
    List<KeyAccount> accounts = new ArrayList<>();
    for (KeyAccount a : current.accounts()) {
      // submissions first: a request made later may name an opportunity not yet opened
      KeyAccount asked = recordedBy(submissionsAsOf(a));
      KeyAccount then =
          switch (asked.id().value()) {
            case RIVERSIDE -> riverside(asked);
            case HARBOR_POINT ->
                stakeholder(asked, "harbor-point-dr-walsh", PreviousQuarter::notYetRetiring);
            case GREAT_LAKES ->
                stakeholder(
                    asked, "great-lakes-medical-director", s -> s.withSentiment(Sentiment.NEUTRAL));
            default -> asked;
          };
      accounts.add(then);
    }
    return Portfolio.copyOf(current).withAccounts(accounts);
  }

  private static KeyAccount riverside(KeyAccount now) {
    KeyAccount a =
        KeyAccount.copyOf(now)
            .withStakeholders(
                now.stakeholders().stream()
                    .filter(s -> !s.id().value().equals("riverside-value-analysis-director"))
                    .toList())
            .withRelationships(
                now.relationships().stream()
                    .filter(r -> !held(r, "team-kam-jordan-blake", "riverside-formulary-manager"))
                    .filter(r -> !held(r, "team-sales-priya-desai", "riverside-infusion-manager"))
                    .toList());
    a = stakeholder(a, "riverside-chief-of-oncology", PreviousQuarter::notYetRetiring);
    a = stakeholder(a, "riverside-formulary-manager", s -> s.withSentiment(Sentiment.NEUTRAL));
    a = KeyAccount.copyOf(a).withPlan(a.plan().map(PreviousQuarter::riversidePlan));
    List<Opportunity> pipeline = new ArrayList<>();
    for (Opportunity o : a.opportunities()) {
      switch (o.id().value()) {
        case "riverside-opp-veniflo-memorial" -> {
          // not opened yet
        }
        case "riverside-opp-oncoxa-system-listing" ->
            pipeline.add(
                o.withStage(OpportunityStage.PROPOSAL)
                    .withAmount(Money.of("1500000.00", "USD"))
                    .withProbability(40));
        case "riverside-opp-cardiva-eastfield" ->
            pipeline.add(
                Opportunity.builder()
                    .from(o)
                    .stage(OpportunityStage.PROPOSAL)
                    .closedOn(Optional.empty())
                    .lossReason(Optional.empty())
                    .expectedClose(LocalDate.of(2026, 9, 30))
                    .build());
        default -> pipeline.add(o);
      }
    }
    return KeyAccount.copyOf(a).withOpportunities(pipeline);
  }

  private static AccountPlan riversidePlan(AccountPlan plan) {
    List<Action> actions = new ArrayList<>();
    for (Action action : plan.actions()) {
      String id = action.id().value();
      if (id.equals("riverside-act-veniflo-evaluation")) {
        continue;
      }
      if (Set.of("riverside-act-budget-impact-model", "riverside-act-hf-discharge-pathway")
          .contains(id)) {
        actions.add(
            Action.builder()
                .from(action)
                .status(ActionStatus.IN_PROGRESS)
                .completedOn(Optional.empty())
                .build());
      } else if (id.equals("riverside-act-regional-dinner")) {
        actions.add(action.withStatus(ActionStatus.PLANNED));
      } else {
        actions.add(action);
      }
    }
    return plan.withActions(actions);
  }

  /** Each submission as it stood: requested by then, with the steps taken by then. */
  private static KeyAccount submissionsAsOf(KeyAccount a) {
    List<CommitteeSubmission> then = new ArrayList<>();
    for (CommitteeSubmission s : a.committeeSubmissions()) {
      List<SubmissionStep> steps =
          s.steps().stream().filter(t -> !t.date().isAfter(AS_OF)).toList();
      if (!steps.isEmpty()) {
        then.add(s.withSteps(steps));
      }
    }
    return KeyAccount.copyOf(a).withCommitteeSubmissions(then);
  }

  /**
   * Only what was recorded by the day: later interactions (and the transfers of value made at
   * them), later competitor figures and later plan updates and reviews dropped, relationships begun
   * later dropped and the others last touched no later than the day.
   */
  private static KeyAccount recordedBy(KeyAccount a) {
    List<Interaction> interactions =
        a.interactions().stream().filter(i -> !i.date().isAfter(AS_OF)).toList();
    Set<InteractionId> kept =
        interactions.stream().map(Interaction::id).collect(Collectors.toSet());
    List<TransferOfValue> transfers =
        a.transfersOfValue().stream()
            .filter(t -> !t.date().isAfter(AS_OF))
            .filter(t -> t.interaction().map(kept::contains).orElse(true))
            .toList();
    List<Relationship> relationships = new ArrayList<>();
    for (Relationship r : a.relationships()) {
      if (r.since().filter(d -> d.isAfter(AS_OF)).isPresent()) {
        continue;
      }
      relationships.add(r.withLastInteraction(lastTouched(r, interactions)));
    }
    // one build: the transfers must leave with their interactions
    return KeyAccount.builder()
        .from(a)
        .interactions(interactions)
        .transfersOfValue(transfers)
        .relationships(relationships)
        .competitorActivity(
            a.competitorActivity().stream().filter(c -> !c.end().isAfter(AS_OF)).toList())
        .plan(
            a.plan()
                .map(
                    p ->
                        p.withUpdates(p.updates().headSet(AS_OF, true))
                            .withReviews(p.reviews().headSet(AS_OF, true))))
        .build();
  }

  /**
   * When the two were last in touch by the day: their last completed interaction up to it, or, when
   * the log has none and the relationship was touched later, as long before the day as that touch
   * is before the sample's (never before the relationship began).
   */
  private static Optional<LocalDate> lastTouched(Relationship r, List<Interaction> interactions) {
    if (r.lastInteraction().filter(d -> d.isAfter(AS_OF)).isEmpty()) {
      return r.lastInteraction();
    }
    Optional<LocalDate> logged =
        interactions.stream()
            .filter(i -> i.status() == InteractionStatus.COMPLETED)
            .filter(i -> i.teamMembers().contains(r.teamMember()))
            .filter(i -> i.stakeholders().contains(r.stakeholder()))
            .map(Interaction::date)
            .max(Comparator.naturalOrder());
    if (logged.isPresent()) {
      return logged;
    }
    LocalDate shifted = r.lastInteraction().orElseThrow().minusDays(QUARTER_DAYS);
    return Optional.of(r.since().filter(shifted::isBefore).orElse(shifted));
  }

  private static Stakeholder notYetRetiring(Stakeholder s) {
    return Stakeholder.builder()
        .from(s)
        .status(StakeholderStatus.ACTIVE)
        .departureDate(Optional.empty())
        .build();
  }

  private static KeyAccount stakeholder(KeyAccount a, String id, UnaryOperator<Stakeholder> then) {
    StakeholderId which = StakeholderId.of(id);
    return KeyAccount.copyOf(a)
        .withStakeholders(
            a.stakeholders().stream().map(s -> s.id().equals(which) ? then.apply(s) : s).toList());
  }

  private static boolean held(Relationship r, String member, String stakeholder) {
    return r.teamMember().equals(TeamMemberId.of(member))
        && r.stakeholder().equals(StakeholderId.of(stakeholder));
  }
}
