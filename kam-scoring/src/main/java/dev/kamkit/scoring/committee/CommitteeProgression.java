package dev.kamkit.scoring.committee;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.committee.CommitteeSubmission;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.committee.SubmissionDecision;
import dev.kamkit.model.committee.SubmissionStage;
import dev.kamkit.model.committee.SubmissionStep;
import dev.kamkit.model.explain.AccountResult;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderStatus;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Judges committee progression: how many of an account's committee submissions advance from request
 * to approval, how long each stage takes, which open submissions have stalled and why, and the next
 * meeting of each decision body (Prolifiq, "Healthcare Key Account Management: A Practical Guide").
 *
 * <pre>{@code
 * CommitteeProgression progression = CommitteeProgression.withDefaults();
 * CommitteeProgressionResult r = progression.evaluate(account, LocalDate.of(2027, 3, 15));
 * for (SubmissionProgress s : r.stalled()) {
 *   store(s.submission(), s.stalled(), s.remedies());   // codes and typed arguments
 * }
 * System.out.println(r.explain(Locale.GERMAN));
 * }</pre>
 *
 * <p>A submission is read as it stood on the day judged: steps dated later do not count, nor a
 * submission requested later. An open submission has stalled when its target meeting has passed
 * without a decision, when the body deferred its decision and no later meeting is targeted, when
 * nobody sponsors it or its sponsor has left or is leaving ({@code Stakeholder.status}), or when it
 * has been open longer than the policy's expected cycle. Each such reason comes with what would
 * move it: the body's next meeting from its calendar, or the active clinical champions and voting
 * members of the body who could sponsor it.
 *
 * <p>The result does not depend on the order of the account's submissions, stakeholders or decision
 * bodies. Instances are immutable and thread-safe.
 */
public final class CommitteeProgression {
  private final CommitteeProgressionPolicy policy;

  private CommitteeProgression(CommitteeProgressionPolicy policy) {
    this.policy = requireNonNull(policy, "policy");
  }

  /** Judges by {@code policy}. */
  public static CommitteeProgression of(CommitteeProgressionPolicy policy) {
    return new CommitteeProgression(policy);
  }

  /** Judges by {@link CommitteeProgressionPolicy#defaults()}. */
  public static CommitteeProgression withDefaults() {
    return new CommitteeProgression(CommitteeProgressionPolicy.defaults());
  }

  /** The policy in use. */
  public CommitteeProgressionPolicy policy() {
    return policy;
  }

  /** Judges {@code account}'s committee submissions as of {@code asOf}. */
  public CommitteeProgressionResult evaluate(KeyAccount account, LocalDate asOf) {
    requireNonNull(account, "account");
    requireNonNull(asOf, "asOf");
    List<CommitteeSubmission> submissions =
        account.committeeSubmissions().stream()
            .filter(s -> !s.requestedOn().isAfter(asOf))
            .sorted(Comparator.comparing(CommitteeSubmission::id))
            .toList();
    Map<SubmissionStage, StageTime> times = new EnumMap<>(SubmissionStage.class);
    Map<DecisionBodyId, Integer> openByBody = new HashMap<>();
    List<SubmissionProgress> progress = new ArrayList<>(submissions.size());
    int approved = 0;
    int judged = 0;
    for (CommitteeSubmission s : submissions) {
      SubmissionProgress p = new Judged(account, s, asOf).progress(times);
      progress.add(p);
      if (p.open()) {
        openByBody.merge(p.decisionBody(), 1, Integer::sum);
        if (p.days() > policy.expectedCycleDays()) {
          judged++;
        }
      } else {
        judged++;
        if (p.decision().orElseThrow().isApproval()) {
          approved++;
        }
      }
    }
    return CommitteeProgressionResult.builder()
        .account(account.id())
        .asOf(asOf)
        .policy(policy)
        .submissions(progress)
        .approved(approved)
        .judged(judged)
        .stageTimes(times.values())
        .nextMeetings(nextMeetings(account, asOf, openByBody))
        .build();
  }

  /**
   * Rolls account results up into a portfolio result: one per account, all as of the same day and
   * judged by this policy.
   *
   * @throws IllegalArgumentException if a result is as of another day or by another policy version,
   *     or two are for the same account
   */
  public CommitteePortfolioResult rollUp(Collection<CommitteeProgressionResult> results) {
    requireNonNull(results, "results");
    if (results.isEmpty()) {
      throw new IllegalArgumentException("no account results to roll up");
    }
    LocalDate asOf = results.iterator().next().asOf();
    AccountResult.requireJudgedBy(results, asOf, policy.version());
    List<CommitteeProgressionResult> sorted =
        results.stream().sorted(Comparator.comparing(CommitteeProgressionResult::account)).toList();
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).account().equals(sorted.get(i - 1).account())) {
        throw new IllegalArgumentException("two results for account " + sorted.get(i).account());
      }
    }
    return CommitteePortfolioResult.builder().asOf(asOf).policy(policy).accounts(sorted).build();
  }

  private static List<NextMeeting> nextMeetings(
      KeyAccount account, LocalDate asOf, Map<DecisionBodyId, Integer> openByBody) {
    List<NextMeeting> out = new ArrayList<>();
    for (DecisionBody body : account.decisionBodies()) {
      Optional<LocalDate> next = body.nextMeeting(asOf);
      int open = openByBody.getOrDefault(body.id(), 0);
      if (next.isPresent()) {
        out.add(
            NextMeeting.of(
                body.id(),
                next,
                open,
                Message.of(
                    CommitteeCode.NEXT_MEETING, ref(body), Arg.of(next.get()), Arg.of(open))));
      } else if (open > 0) {
        out.add(
            NextMeeting.of(
                body.id(),
                next,
                open,
                Message.of(CommitteeCode.NO_NEXT_MEETING, ref(body), Arg.of(open))));
      }
    }
    out.sort(
        Comparator.comparing((NextMeeting m) -> m.date().orElse(LocalDate.MAX))
            .thenComparing(NextMeeting::decisionBody));
    return out;
  }

  private static Arg ref(DecisionBody body) {
    return Arg.of(body.id(), body.name());
  }

  /** One submission as it stood on the day. */
  private final class Judged {
    private final KeyAccount account;
    private final CommitteeSubmission submission;
    private final LocalDate asOf;
    private final List<SubmissionStep> steps;
    private final SubmissionStep current;
    private final DecisionBody body;
    private final Arg submissionRef;
    private final Arg bodyRef;

    Judged(KeyAccount account, CommitteeSubmission submission, LocalDate asOf) {
      this.account = account;
      this.submission = submission;
      this.asOf = asOf;
      this.steps = submission.steps().stream().filter(s -> !s.date().isAfter(asOf)).toList();
      this.current = steps.get(steps.size() - 1);
      // the reference check has made sure the body is the account's
      this.body = account.decisionBody(submission.decisionBody()).orElseThrow();
      this.submissionRef = Arg.of(submission.id(), submission.name());
      this.bodyRef = ref(body);
    }

    SubmissionProgress progress(Map<SubmissionStage, StageTime> times) {
      boolean open = !current.isFinal();
      LocalDate end = open ? asOf : current.date();
      long days = ChronoUnit.DAYS.between(submission.requestedOn(), end);
      Map<SubmissionStage, Long> atStage = new EnumMap<>(SubmissionStage.class);
      for (int i = 0; i < steps.size(); i++) {
        SubmissionStep step = steps.get(i);
        if (i + 1 < steps.size()) {
          long stay = ChronoUnit.DAYS.between(step.date(), steps.get(i + 1).date());
          atStage.merge(step.stage(), stay, Long::sum);
          times.merge(step.stage(), StageTime.of(step.stage(), 1, stay, stay), StageTime::plus);
        } else if (open) {
          atStage.merge(step.stage(), ChronoUnit.DAYS.between(step.date(), asOf), Long::sum);
        }
      }
      List<Reason> stalled = new ArrayList<>();
      List<Message> remedies = new ArrayList<>();
      if (open) {
        judgeMeeting(stalled, remedies);
        judgeSponsor(stalled, remedies);
        if (days > policy.expectedCycleDays()) {
          stalled.add(
              risk(
                  CommitteeCode.STALLED_OVER_CYCLE,
                  List.of(),
                  submissionRef,
                  Arg.of(days),
                  Arg.of(policy.expectedCycleDays())));
          addOnce(remedies, meetingRemedy());
        }
      }
      Optional<SubmissionDecision> decision = current.decision();
      Message description =
          open
              ? Message.of(
                  CommitteeCode.SUBMISSION_OPEN,
                  submissionRef,
                  bodyRef,
                  Arg.of(current.stage()),
                  Arg.of(days))
              : Message.of(
                  CommitteeCode.SUBMISSION_DECIDED,
                  submissionRef,
                  bodyRef,
                  Arg.of(decision.orElseThrow()),
                  Arg.of(current.date()),
                  Arg.of(days));
      return SubmissionProgress.builder()
          .submission(submission.id())
          .decisionBody(body.id())
          .stage(current.stage())
          .decision(decision)
          .open(open)
          .requestedOn(submission.requestedOn())
          .days(days)
          .targetMeeting(submission.targetMeeting())
          .nextMeeting(open ? body.nextMeeting(asOf) : Optional.empty())
          .daysAtStage(atStage)
          .stalled(stalled)
          .remedies(remedies)
          .description(description)
          .build();
    }

    /**
     * The target meeting passed without a decision, or the decision deferred and not retargeted.
     */
    private void judgeMeeting(List<Reason> stalled, List<Message> remedies) {
      Optional<LocalDate> target = submission.targetMeeting();
      if (current.decision().isPresent()) { // deferred: open, at the decision stage
        LocalDate deferredOn = current.date();
        if (target.isEmpty() || !target.get().isAfter(deferredOn)) {
          stalled.add(
              risk(
                  CommitteeCode.STALLED_DEFERRED,
                  List.of(),
                  submissionRef,
                  bodyRef,
                  Arg.of(deferredOn)));
          addOnce(remedies, meetingRemedy());
          return;
        }
      }
      if (target.isEmpty()) {
        return;
      }
      LocalDate meeting = target.get();
      boolean decidedSince =
          steps.stream().anyMatch(s -> s.decision().isPresent() && !s.date().isBefore(meeting));
      long overdue = ChronoUnit.DAYS.between(meeting, asOf);
      if (!decidedSince && overdue > policy.overdueAfterDays()) {
        stalled.add(
            risk(
                CommitteeCode.STALLED_MEETING_PASSED,
                List.of(),
                submissionRef,
                bodyRef,
                Arg.of(meeting),
                Arg.of(overdue)));
        addOnce(remedies, meetingRemedy());
      }
    }

    /** No sponsor, or a sponsor who has left or is leaving. */
    private void judgeSponsor(List<Reason> stalled, List<Message> remedies) {
      Optional<StakeholderId> sponsorId = submission.sponsor();
      if (sponsorId.isEmpty()) {
        stalled.add(risk(CommitteeCode.STALLED_NO_SPONSOR, List.of(), submissionRef));
        remedies.add(sponsorRemedy(Optional.empty()));
        return;
      }
      // the reference check has made sure the sponsor is the account's
      Stakeholder sponsor = account.stakeholder(sponsorId.get()).orElseThrow();
      Arg sponsorRef = Arg.of(sponsor.id(), sponsor.name());
      List<StakeholderId> subjects = List.of(sponsor.id());
      if (sponsor.status() == StakeholderStatus.DEPARTED) {
        stalled.add(
            risk(CommitteeCode.STALLED_SPONSOR_DEPARTED, subjects, submissionRef, sponsorRef));
      } else if (sponsor.status() == StakeholderStatus.RETIRING) {
        stalled.add(
            sponsor
                .departureDate()
                .map(
                    day ->
                        risk(
                            CommitteeCode.STALLED_SPONSOR_RETIRING_ON,
                            subjects,
                            submissionRef,
                            sponsorRef,
                            Arg.of(day)))
                .orElseGet(
                    () ->
                        risk(
                            CommitteeCode.STALLED_SPONSOR_RETIRING,
                            subjects,
                            submissionRef,
                            sponsorRef)));
      } else {
        return;
      }
      remedies.add(sponsorRemedy(Optional.of(sponsor.id())));
    }

    /** The body's next meeting to target, or its calendar to fill. */
    private Message meetingRemedy() {
      return body.nextMeeting(asOf)
          .map(day -> Message.of(CommitteeCode.REMEDY_RETARGET, bodyRef, Arg.of(day)))
          .orElseGet(() -> Message.of(CommitteeCode.REMEDY_CALENDAR, bodyRef));
    }

    /** Active clinical champions and voting members of the body, but the sponsor, in id order. */
    private Message sponsorRemedy(Optional<StakeholderId> sponsor) {
      List<Arg> candidates =
          account.stakeholders().stream()
              .filter(p -> p.status() == StakeholderStatus.ACTIVE)
              .filter(p -> sponsor.isEmpty() || !p.id().equals(sponsor.get()))
              .filter(p -> p.holds(BuyingRole.CLINICAL_CHAMPION) || votesOnBody(p))
              .sorted(Comparator.comparing(Stakeholder::id))
              .map(p -> Arg.of(p.id(), p.name()))
              .toList();
      return candidates.isEmpty()
          ? Message.of(CommitteeCode.REMEDY_MAP_SPONSOR, bodyRef)
          : Message.of(CommitteeCode.REMEDY_SPONSOR, Arg.list(candidates));
    }

    private boolean votesOnBody(Stakeholder p) {
      return p.committeeMemberships().stream()
          .anyMatch(m -> m.decisionBody().equals(body.id()) && m.votes());
    }

    private Reason risk(CommitteeCode code, List<StakeholderId> sponsor, Arg... args) {
      List<dev.kamkit.model.id.KamId> subjects = new ArrayList<>();
      subjects.add(submission.id());
      subjects.addAll(sponsor);
      return Reason.of(code, Effect.RISK, subjects, args);
    }
  }

  private static void addOnce(List<Message> remedies, Message remedy) {
    if (!remedies.contains(remedy)) {
      remedies.add(remedy);
    }
  }
}
