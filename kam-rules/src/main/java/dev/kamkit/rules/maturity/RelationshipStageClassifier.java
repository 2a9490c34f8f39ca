package dev.kamkit.rules.maturity;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.stakeholder.Seniority;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Places the relationship with an account on the Cranfield ladder of McDonald, Rogers and Woodburn:
 * exploratory, basic, cooperative, interdependent, integrated, or disintegrating.
 *
 * <pre>{@code
 * RelationshipStageResult r = RelationshipStageClassifier.withDefaults().classify(account, asOf);
 * System.out.println(r.explain());
 * }</pre>
 *
 * <p>The contact structure is the main evidence. No trade yet (no contract in force, nothing sold,
 * no listing, no recent volume) is exploratory. Trading through a bow-tie (every active link runs
 * through one person on a side) is basic; several people on each side short of a diamond is
 * cooperative. A diamond (active links across at least three functions on each side, six links or
 * more by default) is interdependent once a senior stakeholder is held and joint work has begun (a
 * joint business plan, an agreed or launched shared-value initiative, or a value-based or service
 * agreement in force), and integrated once an executive is held strongly, the joint plan is agreed
 * and a launched initiative has people from both sides on it. From any stage, enough disintegration
 * signals make the relationship disintegrating.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RelationshipStageClassifier {
  private final RelationshipStagePolicy policy;

  private RelationshipStageClassifier(RelationshipStagePolicy policy) {
    this.policy = requireNonNull(policy, "policy");
  }

  /** A classifier using {@code policy}. */
  public static RelationshipStageClassifier of(RelationshipStagePolicy policy) {
    return new RelationshipStageClassifier(policy);
  }

  /** A classifier using {@link RelationshipStagePolicy#defaults()}. */
  public static RelationshipStageClassifier withDefaults() {
    return new RelationshipStageClassifier(RelationshipStagePolicy.defaults());
  }

  /** The policy in use. */
  public RelationshipStagePolicy policy() {
    return policy;
  }

  /** Classifies the relationship with {@code account} as of {@code asOf}. */
  public RelationshipStageResult classify(KeyAccount account, LocalDate asOf) {
    requireNonNull(account, "account");
    requireNonNull(asOf, "asOf");
    ActiveLinks links = ActiveLinks.of(account, asOf, policy.coverage().activeWithinDays());
    ContactMap contacts = new ContactMap(account, links);
    ContactStructure structure = contacts.structure(policy);
    LadderEvidence facts = new LadderEvidence(account, asOf);
    List<Reason> evidence = new ArrayList<>();
    List<Reason> missing = new ArrayList<>();
    RelationshipStage stage = ladder(contacts, structure, facts, evidence, missing);
    List<Reason> signals = new DisintegrationSignals(account, asOf, policy).of(links);
    boolean disintegrating = signals.size() >= policy.disintegratingFromSignals();
    RelationshipStageResult.Builder result =
        RelationshipStageResult.builder()
            .account(account.id())
            .accountName(account.account().name())
            .asOf(asOf)
            .stage(disintegrating ? RelationshipStage.DISINTEGRATING : stage)
            .structure(structure)
            .ourPeople(contacts.ourPeople.size())
            .theirPeople(contacts.theirPeople.size())
            .ourFunctions(contacts.ourFunctions)
            .theirFunctions(contacts.theirFunctions)
            .activeLinks(contacts.links.size())
            .evidence(evidence)
            .signals(signals)
            .policyVersion(policy.version());
    if (disintegrating) {
      result.fallingFrom(stage);
      result.addMissingForNext(gap(MaturityCode.NEXT_ADDRESS_SIGNALS, Arg.of(signals.size())));
    } else {
      result.missingForNext(missing);
    }
    return result.build();
  }

  private RelationshipStage ladder(
      ContactMap contacts,
      ContactStructure structure,
      LadderEvidence facts,
      List<Reason> evidence,
      List<Reason> missing) {
    List<Message> trading = facts.trading();
    if (trading.isEmpty()) {
      missing.add(gap(MaturityCode.NEXT_START_TRADING));
      return RelationshipStage.EXPLORATORY;
    }
    evidence.add(strength(MaturityCode.TRADING, Arg.list(trading, Arg::of)));
    if (structure == ContactStructure.NONE || structure == ContactStructure.BOW_TIE) {
      missing.add(
          gap(
              structure == ContactStructure.NONE
                  ? MaturityCode.NEXT_OPEN_THREADS
                  : MaturityCode.NEXT_WIDEN_BOW_TIE));
      return RelationshipStage.BASIC;
    }
    evidence.add(strength(MaturityCode.CONTACTS_MULTIPLE));
    if (structure == ContactStructure.MULTI_CONTACT) {
      missing.add(gap(MaturityCode.NEXT_BUILD_DIAMOND, diamondGap(contacts)));
      return RelationshipStage.COOPERATIVE;
    }
    evidence.add(strength(MaturityCode.CONTACTS_DIAMOND));
    Set<StakeholderId> senior = contacts.heldAtLeast(policy.seniorFrom());
    List<Message> joint = jointWork(facts);
    if (senior.isEmpty() || joint.isEmpty()) {
      if (senior.isEmpty()) {
        missing.add(gap(MaturityCode.NEXT_SENIOR_CONTACT, Arg.of(policy.seniorFrom())));
      }
      if (joint.isEmpty()) {
        missing.add(gap(MaturityCode.NEXT_JOINT_WORK));
      }
      return RelationshipStage.COOPERATIVE;
    }
    evidence.add(
        Reason.of(
            MaturityCode.SENIOR_CONTACTS,
            Effect.STRENGTH,
            List.copyOf(senior),
            Arg.of(senior.size())));
    evidence.add(strength(MaturityCode.JOINT_WORK, Arg.list(joint, Arg::of)));
    return integration(contacts, facts, evidence, missing);
  }

  private RelationshipStage integration(
      ContactMap contacts, LadderEvidence facts, List<Reason> evidence, List<Reason> missing) {
    Set<StakeholderId> executives = new TreeSet<>();
    contacts.links.stream()
        .filter(l -> l.strength().isAtLeast(policy.integratedExecutiveStrength()))
        .map(ActiveLinks.Link::stakeholder)
        .filter(contacts.heldAtLeast(Seniority.EXECUTIVE)::contains)
        .forEach(executives::add);
    boolean agreed = facts.jointPlanAgreed();
    boolean jointTeams = !facts.jointTeams().isEmpty();
    if (executives.isEmpty()) {
      missing.add(
          gap(MaturityCode.NEXT_EXECUTIVE_TRUST, Arg.of(policy.integratedExecutiveStrength())));
    }
    if (!agreed) {
      missing.add(gap(MaturityCode.NEXT_AGREE_JOINT_PLAN));
    }
    if (!jointTeams) {
      missing.add(gap(MaturityCode.NEXT_JOINT_TEAM));
    }
    if (!missing.isEmpty()) {
      return RelationshipStage.INTERDEPENDENT;
    }
    evidence.add(Reason.of(MaturityCode.INTEGRATED, Effect.STRENGTH, List.copyOf(executives)));
    return RelationshipStage.INTEGRATED;
  }

  /** What the contacts lack for a diamond: more functions of ours, of theirs, more links. */
  private Arg diamondGap(ContactMap contacts) {
    List<Arg> short_ = new ArrayList<>();
    int ours = policy.diamondMinOurFunctions() - contacts.ourFunctions.size();
    int theirs = policy.diamondMinTheirFunctions() - contacts.theirFunctions.size();
    int links = policy.diamondMinLinks() - contacts.links.size();
    if (ours > 0) {
      short_.add(Arg.of(Message.of(MaturityCode.DIAMOND_SHORT_OUR_FUNCTIONS, Arg.of(ours))));
    }
    if (theirs > 0) {
      short_.add(Arg.of(Message.of(MaturityCode.DIAMOND_SHORT_THEIR_FUNCTIONS, Arg.of(theirs))));
    }
    if (links > 0) {
      short_.add(Arg.of(Message.of(MaturityCode.DIAMOND_SHORT_LINKS, Arg.of(links))));
    }
    return Arg.list(short_);
  }

  private static List<Message> jointWork(LadderEvidence facts) {
    List<Message> joint = new ArrayList<>();
    if (facts.jointPlan().isPresent()) {
      joint.add(
          Message.of(
              facts.jointPlanAgreed()
                  ? MaturityCode.JOINT_WORK_AGREED_PLAN
                  : MaturityCode.JOINT_WORK_DRAFT_PLAN));
    }
    int initiatives = facts.committedInitiatives().size();
    if (initiatives > 0) {
      joint.add(Message.of(MaturityCode.JOINT_WORK_INITIATIVES, Arg.of(initiatives)));
    }
    int agreements = facts.valueAgreements().size();
    if (agreements > 0) {
      joint.add(Message.of(MaturityCode.JOINT_WORK_AGREEMENTS, Arg.of(agreements)));
    }
    return joint;
  }

  private static Reason strength(MaturityCode code, Arg... args) {
    return Reason.of(code, Effect.STRENGTH, List.of(), args);
  }

  private static Reason gap(MaturityCode code, Arg... args) {
    return Reason.of(code, Effect.GAP, List.of(), args);
  }
}
