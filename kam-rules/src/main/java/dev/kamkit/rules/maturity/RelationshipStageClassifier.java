package dev.kamkit.rules.maturity;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.stakeholder.Seniority;
import dev.kamkit.rules.criteria.Texts;
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
      result.addMissingForNext(
          gap(
              "relationship.next.address-signals",
              Texts.count(signals.size(), "signal shows", "signals show")
                  + " the relationship falling apart; address them before building further",
              List.of()));
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
    List<String> trading = facts.trading();
    if (trading.isEmpty()) {
      missing.add(
          gap(
              "relationship.next.start-trading",
              "Start trading: win a contract, a sale or a formulary listing",
              List.of()));
      return RelationshipStage.EXPLORATORY;
    }
    evidence.add(strength("relationship.trading", "Trading: " + String.join(", ", trading)));
    if (structure == ContactStructure.NONE || structure == ContactStructure.BOW_TIE) {
      missing.add(
          gap(
              "relationship.next.widen-bow-tie",
              structure == ContactStructure.NONE
                  ? "Nobody of ours holds anyone of theirs actively: open more than one thread"
                  : "Widen the bow-tie: more than one of our people linked with more than one of"
                      + " theirs",
              List.of()));
      return RelationshipStage.BASIC;
    }
    evidence.add(
        strength("relationship.contacts.multiple", "Several people in touch on each side"));
    if (structure == ContactStructure.MULTI_CONTACT) {
      missing.add(gap("relationship.next.build-diamond", diamondGap(contacts), List.of()));
      return RelationshipStage.COOPERATIVE;
    }
    evidence.add(
        strength(
            "relationship.contacts.diamond",
            "A diamond of peer contacts across functions on both sides"));
    Set<StakeholderId> senior = contacts.heldAtLeast(policy.seniorFrom());
    List<String> joint = jointWork(facts);
    if (senior.isEmpty() || joint.isEmpty()) {
      if (senior.isEmpty()) {
        missing.add(
            gap(
                "relationship.next.senior-contact",
                "Hold a "
                    + Texts.words(policy.seniorFrom())
                    + " or more senior stakeholder actively",
                List.of()));
      }
      if (joint.isEmpty()) {
        missing.add(
            gap(
                "relationship.next.joint-work",
                "Begin joint work: a joint business plan, an agreed shared-value initiative or a"
                    + " value-based agreement",
                List.of()));
      }
      return RelationshipStage.COOPERATIVE;
    }
    evidence.add(
        Reason.of(
            "relationship.senior-contacts",
            Effect.STRENGTH,
            Texts.count(senior.size(), "senior stakeholder", "senior stakeholders")
                + " held actively",
            senior));
    evidence.add(strength("relationship.joint-work", "Joint work: " + String.join(", ", joint)));
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
          gap(
              "relationship.next.executive-trust",
              "Hold an executive at "
                  + Texts.words(policy.integratedExecutiveStrength())
                  + " or better",
              List.of()));
    }
    if (!agreed) {
      missing.add(
          gap(
              "relationship.next.agree-joint-plan",
              "Agree the joint business plan with the customer",
              List.of()));
    }
    if (!jointTeams) {
      missing.add(
          gap(
              "relationship.next.joint-team",
              "Launch a shared-value initiative staffed by people from both sides",
              List.of()));
    }
    if (!missing.isEmpty()) {
      return RelationshipStage.INTERDEPENDENT;
    }
    evidence.add(
        Reason.of(
            "relationship.integrated",
            Effect.STRENGTH,
            "Executive trust, an agreed joint business plan and joint teams on launched"
                + " initiatives",
            executives));
    return RelationshipStage.INTEGRATED;
  }

  private String diamondGap(ContactMap contacts) {
    List<String> short_ = new ArrayList<>();
    int ours = policy.diamondMinOurFunctions() - contacts.ourFunctions.size();
    int theirs = policy.diamondMinTheirFunctions() - contacts.theirFunctions.size();
    int links = policy.diamondMinLinks() - contacts.links.size();
    if (ours > 0) {
      short_.add(Texts.count(ours, "more function", "more functions") + " of ours");
    }
    if (theirs > 0) {
      short_.add(Texts.count(theirs, "more function", "more functions") + " of theirs");
    }
    if (links > 0) {
      short_.add(Texts.count(links, "more active link", "more active links"));
    }
    return "Build the diamond of peer contacts: " + String.join(", ", short_);
  }

  private static List<String> jointWork(LadderEvidence facts) {
    List<String> joint = new ArrayList<>();
    if (facts.jointPlan().isPresent()) {
      joint.add(facts.jointPlanAgreed() ? "an agreed joint business plan" : "a draft joint plan");
    }
    int initiatives = facts.committedInitiatives().size();
    if (initiatives > 0) {
      joint.add(
          Texts.count(
              initiatives, "agreed or launched initiative", "agreed or launched initiatives"));
    }
    int agreements = facts.valueAgreements().size();
    if (agreements > 0) {
      joint.add(
          Texts.count(
              agreements, "value-based or service agreement", "value-based or service agreements"));
    }
    return joint;
  }

  private static Reason strength(String code, String message) {
    return Reason.of(code, Effect.STRENGTH, message, List.of());
  }

  private static Reason gap(String code, String message, List<StakeholderId> subjects) {
    return Reason.of(code, Effect.GAP, message, subjects);
  }
}
