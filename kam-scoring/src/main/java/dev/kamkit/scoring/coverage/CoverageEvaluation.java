package dev.kamkit.scoring.coverage;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.committee.CommitteeSubmission;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.Seniority;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.stakeholder.StakeholderStatus;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.RagStatus;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.Score;
import dev.kamkit.scoring.WeightedScore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Computes the coverage score of one account for one set of engagements. The scorer runs it once
 * with the account's real engagements and, to rank next stakeholders or to see what a leaver takes
 * away, with changed ones.
 *
 * <p>{@code explain = false} keeps the numbers and skips the work only the reasons need: looking up
 * who of ours holds each key role, the risk scans (champions leaving, blockers outranking us), the
 * scan for stale relationships, the single-threading look-ups and the sentiment breakdown. The
 * reasons made from figures the numbers need anyway are cheap data and are made either way, so such
 * a score lacks the reasons that needed extra work, and only those.
 */
final class CoverageEvaluation {
  private static final BigDecimal HALF = new BigDecimal("0.5");
  private final KeyAccount account;
  private final CoveragePolicy policy;
  private final AccountScale scale;
  private final ScaleTargets targets;
  private final List<Stakeholder> mapped;

  private final Map<BuyingRole, List<Stakeholder>> holdersByRole = new EnumMap<>(BuyingRole.class);

  CoverageEvaluation(KeyAccount account, CoveragePolicy policy) {
    this.account = account;
    this.policy = policy;
    this.scale = policy.scaleOf(account.account());
    this.targets = policy.targetsFor(scale);
    this.mapped =
        account.stakeholders().stream()
            .filter(Engagements::isMapped)
            .sorted(Comparator.comparing(Stakeholder::id))
            .toList();
    for (BuyingRole role : policy.keyBuyingRoles()) {
      holdersByRole.put(role, new ArrayList<>());
    }
    for (Stakeholder s : mapped) {
      for (BuyingRole role : s.buyingRoles()) {
        List<Stakeholder> holders = holdersByRole.get(role);
        if (holders != null) {
          holders.add(s);
        }
      }
    }
  }

  /** The mapped holders of each key buying role, in id order; the roles in enum order. */
  Map<BuyingRole, List<Stakeholder>> holdersByRole() {
    return holdersByRole;
  }

  AccountScale scale() {
    return scale;
  }

  List<Stakeholder> mapped() {
    return mapped;
  }

  Score score(Engagements engaged, boolean explain) {
    WeightedScore score = WeightedScore.named(Message.of(CoverageCode.TITLE));
    buyingRoles(score, engaged, explain);
    committees(score, engaged);
    depth(score, engaged, explain);
    breadth(score);
    multithreading(score, engaged, explain);
    sentiment(score, explain);
    return score.build();
  }

  private void buyingRoles(WeightedScore score, Engagements engaged, boolean explain) {
    List<Reason> reasons = new ArrayList<>();
    BigDecimal credit = BigDecimal.ZERO;
    Set<BuyingRole> roles = holdersByRole.keySet();
    for (Map.Entry<BuyingRole, List<Stakeholder>> entry : holdersByRole.entrySet()) {
      BuyingRole role = entry.getKey();
      List<Stakeholder> holders = entry.getValue();
      List<Stakeholder> held = engagedAmong(holders, engaged);
      if (!held.isEmpty()) {
        credit = credit.add(BigDecimal.ONE);
        if (explain) {
          // who of ours holds them is looked up for the reason only
          reasons.add(
              Reason.of(
                  CoverageCode.ROLE_ENGAGED,
                  Effect.STRENGTH,
                  ids(held),
                  Arg.of(role),
                  refs(held),
                  holders(held, engaged)));
        }
      } else if (!holders.isEmpty()) {
        credit = credit.add(HALF);
        reasons.add(
            Reason.of(
                CoverageCode.ROLE_UNHELD,
                Effect.GAP,
                ids(holders),
                Arg.of(role),
                refs(holders),
                Arg.of(holders.size())));
      } else {
        reasons.add(Reason.of(CoverageCode.ROLE_UNMAPPED, Effect.GAP, List.of(), Arg.of(role)));
      }
    }
    if (explain) {
      risks(reasons, engaged);
    }
    Message label = Message.of(CoverageCode.BUYING_ROLES);
    if (roles.isEmpty()) {
      // a policy that names no key role does not judge roles; the risks are still reported
      score.notApplicable("buying-roles", label, reasons);
      return;
    }
    score.add(
        "buying-roles",
        label,
        policy.buyingRolesWeight(),
        rolesFulfilment(credit, roles.size()),
        reasons);
  }

  private static List<Stakeholder> engagedAmong(List<Stakeholder> holders, Engagements engaged) {
    List<Stakeholder> held = new ArrayList<>(holders.size());
    for (Stakeholder s : holders) {
      if (engaged.isEngaged(s.id())) {
        held.add(s);
      }
    }
    return held;
  }

  /** Credit (1 per role held, 1/2 per role only mapped) as a share of the key roles. */
  static BigDecimal rolesFulfilment(BigDecimal credit, int roles) {
    return credit.divide(BigDecimal.valueOf(Math.max(1, roles)), 6, RoundingMode.HALF_EVEN);
  }

  /** Stakeholders held actively against the scale's target, capped at the target. */
  BigDecimal depthFulfilment(int active) {
    return WeightedScore.ratio(Math.min(active, targets.active()), targets.active());
  }

  /** The mean of our people and their functions reached, each against its target. */
  BigDecimal threadsFulfilment(int ours, int functions) {
    BigDecimal oursPart =
        WeightedScore.ratio(Math.min(ours, targets.ourPeople()), targets.ourPeople());
    BigDecimal theirsPart =
        WeightedScore.ratio(
            Math.min(functions, targets.theirFunctions()), targets.theirFunctions());
    return oursPart.add(theirsPart).divide(BigDecimal.valueOf(2), 6, RoundingMode.HALF_EVEN);
  }

  /** The decision bodies that count as key committees for this policy, sorted by id. */
  List<DecisionBody> keyCommittees() {
    return account.decisionBodies().stream()
        .filter(b -> policy.keyCommittees().contains(b.kind()))
        .sorted(Comparator.comparing(DecisionBody::id))
        .toList();
  }

  /**
   * The mapped stakeholders holding a vote on each decision body, in id order: one pass over the
   * memberships instead of one scan of every stakeholder per body.
   */
  Map<DecisionBodyId, List<Stakeholder>> votersByBody() {
    return Stakeholder.votersByBody(mapped);
  }

  /** Champions leaving, and blockers who outrank everyone we hold. */
  private void risks(List<Reason> reasons, Engagements engaged) {
    List<Stakeholder> everyone =
        account.stakeholders().stream().sorted(Comparator.comparing(Stakeholder::id)).toList();
    for (Stakeholder s : everyone) {
      if (s.holds(BuyingRole.CLINICAL_CHAMPION)
          && (s.status() == StakeholderStatus.RETIRING
              || s.status() == StakeholderStatus.DEPARTED)) {
        boolean retiring = s.status() == StakeholderStatus.RETIRING;
        Arg role = Arg.of(BuyingRole.CLINICAL_CHAMPION);
        Arg who = ref(s);
        Reason leaving =
            s.departureDate()
                .map(
                    d ->
                        Reason.of(
                            retiring
                                ? CoverageCode.CHAMPION_RETIRING
                                : CoverageCode.CHAMPION_DEPARTED,
                            Effect.RISK,
                            List.of(s.id()),
                            role,
                            who,
                            Arg.of(d)))
                .orElseGet(
                    () ->
                        Reason.of(
                            retiring
                                ? CoverageCode.CHAMPION_RETIRING_UNDATED
                                : CoverageCode.CHAMPION_DEPARTED_UNDATED,
                            Effect.RISK,
                            List.of(s.id()),
                            role,
                            who));
        reasons.add(leaving);
      }
    }
    Optional<Seniority> highestHeld =
        mapped.stream()
            .filter(s -> engaged.isEngaged(s.id()))
            .flatMap(s -> s.seniority().stream())
            .max(Comparator.naturalOrder());
    for (Stakeholder blocker : mapped) {
      if (blocker.holds(BuyingRole.BLOCKER)
          && blocker.seniority().isPresent()
          && !engaged.isEngaged(blocker.id())
          && highestHeld.map(h -> blocker.seniority().get().outranks(h)).orElse(true)) {
        reasons.add(
            Reason.of(
                CoverageCode.BLOCKER_OUTRANKS,
                Effect.RISK,
                List.of(blocker.id()),
                Arg.of(BuyingRole.BLOCKER),
                ref(blocker),
                Arg.of(blocker.seniority().get())));
      }
    }
  }

  private void committees(WeightedScore score, Engagements engaged) {
    List<DecisionBody> key = keyCommittees();
    List<Reason> reasons = new ArrayList<>();
    Message label = Message.of(CoverageCode.COMMITTEES);
    if (key.isEmpty()) {
      if (scale.compareTo(policy.committeesExpectedFrom()) < 0) {
        reasons.add(Reason.of(CoverageCode.COMMITTEE_NOT_EXPECTED, Effect.STRENGTH, List.of()));
        sponsors(reasons, engaged);
        score.notApplicable("committees", label, reasons);
        return;
      }
      reasons.add(Reason.of(CoverageCode.COMMITTEE_UNMAPPED, Effect.GAP, List.of()));
      sponsors(reasons, engaged);
      score.add("committees", label, policy.committeesWeight(), BigDecimal.ZERO, reasons);
      return;
    }
    int reached = 0;
    Map<DecisionBodyId, List<Stakeholder>> votersByBody = votersByBody();
    for (DecisionBody body : key) {
      List<Stakeholder> voters = votersByBody.getOrDefault(body.id(), List.of());
      List<Stakeholder> held = voters.stream().filter(s -> engaged.isEngaged(s.id())).toList();
      Arg committee = Arg.of(body.id(), body.name());
      if (!held.isEmpty()) {
        reached++;
        reasons.add(
            Reason.of(
                CoverageCode.COMMITTEE_REACHED,
                Effect.STRENGTH,
                concat(body.id(), ids(held)),
                committee,
                refs(held)));
      } else if (voters.isEmpty()) {
        reasons.add(
            Reason.of(CoverageCode.COMMITTEE_NO_VOTER, Effect.GAP, List.of(body.id()), committee));
      } else {
        reasons.add(
            Reason.of(
                CoverageCode.COMMITTEE_UNREACHED,
                Effect.GAP,
                concat(body.id(), ids(voters)),
                committee,
                refs(voters)));
      }
    }
    sponsors(reasons, engaged);
    score.add(
        "committees",
        label,
        policy.committeesWeight(),
        WeightedScore.ratio(reached, key.size()),
        reasons);
  }

  /**
   * Whether each open committee submission's sponsor is held: the clinical champion who argues for
   * the request inside the committee (Prolifiq, "Healthcare Key Account Management: A Practical
   * Guide"). Reasons only: the committee's voters are what the section scores.
   */
  private void sponsors(List<Reason> reasons, Engagements engaged) {
    for (CommitteeSubmission submission : account.committeeSubmissions()) {
      if (!submission.isOpen() || submission.sponsor().isEmpty()) {
        continue;
      }
      StakeholderId sponsorId = submission.sponsor().get();
      Stakeholder sponsor = account.stakeholder(sponsorId).orElseThrow(); // references are checked
      DecisionBody body = account.decisionBody(submission.decisionBody()).orElseThrow();
      boolean held = engaged.isEngaged(sponsorId);
      reasons.add(
          Reason.of(
              held ? CoverageCode.SUBMISSION_SPONSOR_HELD : CoverageCode.SUBMISSION_SPONSOR_UNHELD,
              held ? Effect.STRENGTH : Effect.GAP,
              List.of(submission.id(), sponsorId, body.id()),
              Arg.of(submission.id(), submission.name()),
              Arg.of(sponsorId, sponsor.name()),
              Arg.of(body.id(), body.name())));
    }
  }

  private void depth(WeightedScore score, Engagements engaged, boolean explain) {
    int active = engaged.engaged().size();
    List<Reason> reasons = new ArrayList<>();
    CoverageCode band =
        active >= targets.active()
            ? CoverageCode.DEPTH_MET
            : active >= targets.activeFloor()
                ? CoverageCode.DEPTH_BELOW_TARGET
                : CoverageCode.DEPTH_BELOW_FLOOR;
    reasons.add(
        Reason.of(
            band,
            active >= targets.active() ? Effect.STRENGTH : Effect.GAP,
            List.copyOf(engaged.engaged()),
            Arg.of(active),
            Arg.of(targets.active()),
            Arg.of(scale),
            Arg.of(targets.activeFloor())));
    if (explain) {
      // finding the stale relationships takes a pass over every relationship: for the reason only
      List<StakeholderId> stale = staleRelationships(engaged);
      if (!stale.isEmpty()) {
        reasons.add(
            Reason.of(
                CoverageCode.RELATIONSHIP_STALE,
                Effect.RISK,
                stale,
                Arg.of(stale.size()),
                Arg.of(policy.activeWithinDays()),
                refs(stale.stream().map(id -> account.stakeholder(id).orElseThrow()).toList())));
      }
    }
    score.add(
        "depth",
        Message.of(CoverageCode.DEPTH),
        policy.depthWeight(),
        depthFulfilment(active),
        reasons);
  }

  /** Mapped stakeholders with a relationship on record, but none of it active. */
  private List<StakeholderId> staleRelationships(Engagements engaged) {
    return account.relationships().stream()
        .filter(r -> !engaged.hasLeft(r.teamMember()))
        .map(r -> r.stakeholder())
        .filter(s -> !engaged.isEngaged(s))
        .filter(s -> account.stakeholder(s).map(Engagements::isMapped).orElse(false))
        .distinct()
        .sorted()
        .toList();
  }

  private void breadth(WeightedScore score) {
    int n = mapped.size();
    Reason reason =
        Reason.of(
            n >= targets.mapped() ? CoverageCode.BREADTH_MET : CoverageCode.BREADTH_BELOW_TARGET,
            n >= targets.mapped() ? Effect.STRENGTH : Effect.GAP,
            List.of(),
            Arg.of(n),
            Arg.of(targets.mapped()));
    score.add(
        "breadth",
        Message.of(CoverageCode.BREADTH),
        policy.breadthWeight(),
        WeightedScore.ratio(Math.min(n, targets.mapped()), targets.mapped()),
        List.of(reason));
  }

  private void multithreading(WeightedScore score, Engagements engaged, boolean explain) {
    Set<TeamMemberId> ours = engaged.members();
    Set<StakeholderFunction> functions =
        engaged.engaged().stream()
            .map(id -> account.stakeholder(id).orElseThrow().function())
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(StakeholderFunction.class)));
    List<Reason> reasons = new ArrayList<>();
    if (explain) {
      // the single-threading risks name who, which takes a look-up: for the reasons only
      reasons.addAll(singleThreading(engaged));
    }
    boolean met =
        ours.size() >= targets.ourPeople() && functions.size() >= targets.theirFunctions();
    reasons.add(
        Reason.of(
            met ? CoverageCode.THREADS_MET : CoverageCode.THREADS_BELOW_TARGET,
            met ? Effect.STRENGTH : Effect.GAP,
            List.copyOf(ours),
            Arg.of(ours.size()),
            Arg.of(targets.ourPeople()),
            Arg.of(functions.size()),
            Arg.of(targets.theirFunctions())));
    score.add(
        "multithreading",
        Message.of(CoverageCode.MULTITHREADING),
        policy.multithreadingWeight(),
        threadsFulfilment(ours.size(), functions.size()),
        reasons);
  }

  /**
   * The single-threading risks of {@code engaged}, ours first: every active relationship runs
   * through one member of ours ({@link CoverageCode#SINGLE_THREADED_OURS}), or we hold one
   * stakeholder only ({@link CoverageCode#SINGLE_THREADED_THEIRS}). Empty when we hold nobody.
   */
  List<Reason> singleThreading(Engagements engaged) {
    List<Reason> risks = new ArrayList<>(2);
    Set<TeamMemberId> ours = engaged.members();
    if (ours.size() == 1 && !engaged.engaged().isEmpty()) {
      TeamMemberId only = ours.iterator().next();
      risks.add(
          Reason.of(
              CoverageCode.SINGLE_THREADED_OURS,
              Effect.RISK,
              List.of(only),
              Arg.of(only, account.teamMember(only).orElseThrow().name())));
    }
    if (engaged.engaged().size() == 1) {
      StakeholderId only = engaged.engaged().iterator().next();
      risks.add(
          Reason.of(
              CoverageCode.SINGLE_THREADED_THEIRS,
              Effect.RISK,
              List.of(only),
              ref(account.stakeholder(only).orElseThrow())));
    }
    return risks;
  }

  /**
   * The traffic-light status of {@code score}, computed from {@code engaged}, and why: red when we
   * hold nobody; red when the policy makes single-threading red and {@link
   * #singleThreading(Engagements)} finds it; otherwise by the policy's thresholds. The one place
   * the status is judged, for the coverage of today and for the coverage a leaver would leave.
   */
  Judgement status(Score score, Engagements engaged) {
    BigDecimal value = score.value();
    if (engaged.engaged().isEmpty()) {
      return new Judgement(RagStatus.RED, Message.of(CoverageCode.STATUS_NOBODY_ENGAGED));
    }
    List<Reason> single = policy.singleThreadingIsRed() ? singleThreading(engaged) : List.of();
    if (single.size() == 1) {
      return new Judgement(
          RagStatus.RED,
          Message.of(CoverageCode.STATUS_SINGLE_THREADED, Arg.of(single.get(0).message())));
    }
    if (single.size() == 2) {
      return new Judgement(
          RagStatus.RED,
          Message.of(
              CoverageCode.STATUS_SINGLE_THREADED_BOTH,
              Arg.of(single.get(0).message()),
              Arg.of(single.get(1).message())));
    }
    if (value.compareTo(policy.greenFrom()) >= 0) {
      return new Judgement(
          RagStatus.GREEN,
          Message.of(CoverageCode.STATUS_GREEN, Arg.of(value), Arg.of(policy.greenFrom())));
    }
    if (value.compareTo(policy.amberFrom()) >= 0) {
      return new Judgement(
          RagStatus.AMBER,
          Message.of(CoverageCode.STATUS_AMBER, Arg.of(value), Arg.of(policy.greenFrom())));
    }
    return new Judgement(
        RagStatus.RED,
        Message.of(CoverageCode.STATUS_RED, Arg.of(value), Arg.of(policy.amberFrom())));
  }

  /** A status and the message saying why it has its colour. */
  record Judgement(RagStatus status, Message reason) {}

  private void sentiment(WeightedScore score, boolean explain) {
    List<Stakeholder> assessed = mapped.stream().filter(s -> s.sentiment().isPresent()).toList();
    List<Reason> reasons = new ArrayList<>();
    Message label = Message.of(CoverageCode.SENTIMENT);
    if (assessed.isEmpty()) {
      reasons.add(Reason.of(CoverageCode.SENTIMENT_UNASSESSED, Effect.GAP, List.of()));
      score.notApplicable("sentiment", label, reasons);
      return;
    }
    int sum = assessed.stream().mapToInt(s -> s.sentiment().orElseThrow().score()).sum();
    if (explain) {
      // who the detractors are, and how many are positive, takes two more passes: for the reason
      List<Stakeholder> detractors =
          assessed.stream().filter(s -> s.sentiment().orElseThrow().isNegative()).toList();
      long positive =
          assessed.stream().filter(s -> s.sentiment().orElseThrow().isPositive()).count();
      reasons.add(
          detractors.isEmpty()
              ? Reason.of(
                  CoverageCode.SENTIMENT_POSITIVE,
                  Effect.STRENGTH,
                  List.of(),
                  Arg.of(positive),
                  Arg.of(assessed.size()))
              : Reason.of(
                  CoverageCode.SENTIMENT_DETRACTORS,
                  Effect.GAP,
                  ids(detractors),
                  Arg.of(positive),
                  Arg.of(assessed.size()),
                  refs(detractors)));
    }
    // mean score -2..+2 mapped onto 0..1
    BigDecimal fulfilment =
        BigDecimal.valueOf(sum + 2L * assessed.size())
            .divide(BigDecimal.valueOf(4L * assessed.size()), 6, RoundingMode.HALF_EVEN);
    score.add("sentiment", label, policy.sentimentWeight(), fulfilment, reasons);
  }

  /** The members of ours who actively hold any of {@code held}, sorted by id. */
  private Arg holders(List<Stakeholder> held, Engagements engaged) {
    return Arg.list(
        held.stream()
            .flatMap(s -> engaged.holders(s.id()).stream())
            .distinct()
            .sorted()
            .map(m -> Arg.of(m, account.teamMember(m).orElseThrow().name()))
            .toList());
  }

  /** A stakeholder as a message argument. */
  static Arg ref(Stakeholder s) {
    return Arg.of(s.id(), s.name());
  }

  /** Stakeholders as a list argument, in their order. */
  static Arg refs(List<Stakeholder> people) {
    return Arg.list(people, CoverageEvaluation::ref);
  }

  private static List<StakeholderId> ids(List<Stakeholder> people) {
    return people.stream().map(Stakeholder::id).toList();
  }

  private static List<KamId> concat(KamId first, List<? extends KamId> rest) {
    List<KamId> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }
}
