package dev.kamkit.rules.maturity;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.account.Contract;
import dev.kamkit.model.account.ContractKind;
import dev.kamkit.model.account.ContractStatus;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.ContractId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.plan.InitiativeStatus;
import dev.kamkit.model.plan.JointBusinessPlan;
import dev.kamkit.model.portfolio.FormularyEntry;
import dev.kamkit.model.portfolio.FormularyStatus;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.Seniority;
import dev.kamkit.model.stakeholder.Sentiment;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.stakeholder.StakeholderStatus;
import dev.kamkit.model.team.RelationshipStrength;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.rules.fixtures.AccountFixture;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Worked examples of the Cranfield ladder: bow-tie to diamond, and falling apart. */
class RelationshipStageTest {
  private final RelationshipStageClassifier classifier = RelationshipStageClassifier.withDefaults();

  private RelationshipStageResult classify(AccountFixture f) {
    return classifier.classify(f.build(), AS_OF);
  }

  private static List<String> codes(List<Reason> reasons) {
    return reasons.stream().map(Reason::code).toList();
  }

  /** A KAM and the pharmacy director, and the account buys nothing yet. */
  private static AccountFixture prospect() {
    return AccountFixture.hospital("lakeside", "Lakeside Hospital", 400)
        .stakeholder(
            "pharm-dir",
            StakeholderFunction.PHARMACY,
            s -> s.seniority(Seniority.SENIOR_LEADER),
            BuyingRole.TECHNICAL_BUYER)
        .stakeholder(
            "cfo",
            StakeholderFunction.FINANCE,
            s -> s.seniority(Seniority.EXECUTIVE),
            BuyingRole.ECONOMIC_BUYER)
        .stakeholder("chief-onc", StakeholderFunction.CLINICAL, BuyingRole.CLINICAL_CHAMPION)
        .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
        .holds("kam", "pharm-dir");
  }

  /** Trading, with every link through the KAM: a bow-tie. */
  private static AccountFixture bowTie() {
    return bowTie(Seniority.SENIOR_LEADER, Seniority.EXECUTIVE);
  }

  /** The bow-tie with the pharmacy director and the CFO at the given seniorities. */
  private static AccountFixture bowTie(Seniority pharmacyDirector, Seniority cfo) {
    return AccountFixture.hospital("lakeside", "Lakeside Hospital", 400)
        .stakeholder(
            "pharm-dir",
            StakeholderFunction.PHARMACY,
            s -> s.seniority(pharmacyDirector),
            BuyingRole.TECHNICAL_BUYER)
        .stakeholder(
            "cfo", StakeholderFunction.FINANCE, s -> s.seniority(cfo), BuyingRole.ECONOMIC_BUYER)
        .stakeholder("chief-onc", StakeholderFunction.CLINICAL, BuyingRole.CLINICAL_CHAMPION)
        .product(WhitespaceStatus.SOLD)
        .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
        .holds("kam", "pharm-dir")
        .holds("kam", "chief-onc");
  }

  /** Six peer links across three functions a side, a senior contact and a draft joint plan. */
  private static AccountFixture diamond() {
    return diamond(bowTie());
  }

  /** {@code bowTie} grown into the diamond. */
  private static AccountFixture diamond(AccountFixture bowTie) {
    return bowTie
        .member("msl", TeamFunction.MEDICAL_SCIENCE_LIAISON)
        .member("access", TeamFunction.MARKET_ACCESS)
        .holds("msl", "chief-onc")
        .holds("access", "cfo")
        .holds("access", "pharm-dir")
        .holds("kam", "cfo")
        .objective("o1", "kam")
        .plan(p -> p.jointBusinessPlan(JointBusinessPlan.builder().build()));
  }

  /** The diamond with executive trust, an agreed joint plan and a joint team. */
  private static AccountFixture integrated() {
    return bowTie()
        .member("msl", TeamFunction.MEDICAL_SCIENCE_LIAISON)
        .member("access", TeamFunction.MARKET_ACCESS)
        .holds("msl", "chief-onc")
        .holds("access", "cfo")
        .holds("access", "pharm-dir")
        .holds("kam", "cfo", RelationshipStrength.TRUSTED, AS_OF.minusDays(3))
        .objective("o1", "kam")
        .plan(
            p ->
                p.jointBusinessPlan(
                    JointBusinessPlan.builder()
                        .agreedOn(AS_OF.minusDays(90))
                        .addCustomerSponsor(StakeholderId.of("cfo"))
                        .addJointObjective(ObjectiveId.of("o1"))
                        .build()))
        .initiative("i1", InitiativeStatus.LAUNCHED, new String[] {"kam", "msl"}, "chief-onc");
  }

  private static Arg short_(MaturityCode code, int count) {
    return Arg.of(Message.of(code, Arg.of(count)));
  }

  @Test
  void eachStageSaysWhatItMeans() {
    assertEquals(Message.of(MaturityCode.BASIC_MEANS), RelationshipStage.BASIC.description());
    assertEquals(
        "trading through one point of contact on a side, the bow-tie",
        RelationshipStage.BASIC.description().toString());
    assertEquals(
        "falling apart: business lost, threads lapsing, decision-makers turning hostile",
        RelationshipStage.DISINTEGRATING.description().toString());
    assertEquals(
        RelationshipStage.values().length,
        Arrays.stream(RelationshipStage.values())
            .map(RelationshipStage::description)
            .distinct()
            .count());
  }

  @Test
  void exploratoryIsContactWithoutTrade() {
    RelationshipStageResult r = classify(prospect().product(WhitespaceStatus.OPEN));
    assertEquals(RelationshipStage.EXPLORATORY, r.stage());
    assertEquals(ContactStructure.BOW_TIE, r.structure());
    assertEquals(List.of("relationship.next.start-trading"), codes(r.missingForNext()));
  }

  @Test
  void basicIsTradingThroughABowTie() {
    RelationshipStageResult r = classify(bowTie());
    assertEquals(RelationshipStage.BASIC, r.stage());
    assertEquals(ContactStructure.BOW_TIE, r.structure());
    assertEquals(1, r.ourPeople());
    assertEquals(List.of("relationship.next.widen-bow-tie"), codes(r.missingForNext()));
  }

  @Test
  void tradingWithNobodyHeldActivelyIsBasicWithNoContacts() {
    RelationshipStageResult r =
        classify(
            AccountFixture.hospital("lakeside", "Lakeside Hospital", 400)
                .stakeholder("pharm-dir", StakeholderFunction.PHARMACY)
                .product(WhitespaceStatus.SOLD)
                .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
                .holds("kam", "pharm-dir", RelationshipStrength.WORKING, AS_OF.minusDays(91)));
    assertEquals(RelationshipStage.BASIC, r.stage());
    assertEquals(ContactStructure.NONE, r.structure());
    assertEquals(List.of("relationship.next.open-threads"), codes(r.missingForNext()));
    assertEquals(Message.of(MaturityCode.NEXT_OPEN_THREADS), r.missingForNext().get(0).message());
  }

  @Test
  void theDiamondGapNamesOnlyWhatFallsShort() {
    // three functions a side but five links: only the links are short
    RelationshipStageResult links =
        classify(
            bowTie()
                .member("msl", TeamFunction.MEDICAL_SCIENCE_LIAISON)
                .member("access", TeamFunction.MARKET_ACCESS)
                .holds("msl", "chief-onc")
                .holds("access", "cfo")
                .holds("access", "pharm-dir"));
    assertEquals(ContactStructure.MULTI_CONTACT, links.structure());
    assertEquals(
        Message.of(
            MaturityCode.NEXT_BUILD_DIAMOND, Arg.list(short_(MaturityCode.DIAMOND_SHORT_LINKS, 1))),
        links.missingForNext().get(0).message());
    // six links but two functions of ours: only a function is short
    RelationshipStageResult functions =
        classify(
            bowTie()
                .member("access", TeamFunction.MARKET_ACCESS)
                .holds("access", "cfo")
                .holds("access", "pharm-dir")
                .holds("access", "chief-onc")
                .holds("kam", "cfo"));
    assertEquals(6, functions.activeLinks());
    assertEquals(
        Message.of(
            MaturityCode.NEXT_BUILD_DIAMOND,
            Arg.list(short_(MaturityCode.DIAMOND_SHORT_OUR_FUNCTIONS, 1))),
        functions.missingForNext().get(0).message());
  }

  @Test
  void cooperativeIsSeveralPeopleEachSideShortOfADiamond() {
    RelationshipStageResult r =
        classify(bowTie().member("access", TeamFunction.MARKET_ACCESS).holds("access", "cfo"));
    assertEquals(RelationshipStage.COOPERATIVE, r.stage());
    assertEquals(ContactStructure.MULTI_CONTACT, r.structure());
    assertEquals(
        Message.of(
            MaturityCode.NEXT_BUILD_DIAMOND,
            Arg.list(
                short_(MaturityCode.DIAMOND_SHORT_OUR_FUNCTIONS, 1),
                short_(MaturityCode.DIAMOND_SHORT_LINKS, 3))),
        r.missingForNext().get(0).message());
    assertEquals(Effect.GAP, r.missingForNext().get(0).effect());
  }

  @Test
  void aDiamondWithoutSeniorContactOrJointWorkIsStillCooperative() {
    RelationshipStageResult r =
        classify(diamond().plan(p -> p.jointBusinessPlan(Optional.empty())));
    assertEquals(ContactStructure.DIAMOND, r.structure());
    assertEquals(RelationshipStage.COOPERATIVE, r.stage());
    assertEquals(List.of("relationship.next.joint-work"), codes(r.missingForNext()));
  }

  @Test
  void aDiamondWhoseContactsAreAllBelowSeniorLeaderHasNoSeniorContact() {
    AccountFixture juniors = diamond(bowTie(Seniority.DEPARTMENT_HEAD, Seniority.DEPARTMENT_HEAD));
    RelationshipStageResult r = classify(juniors);
    assertEquals(ContactStructure.DIAMOND, r.structure());
    assertEquals(RelationshipStage.COOPERATIVE, r.stage());
    assertEquals(List.of("relationship.next.senior-contact"), codes(r.missingForNext()));
    assertEquals(
        Message.of(MaturityCode.NEXT_SENIOR_CONTACT, Arg.of(Seniority.SENIOR_LEADER)),
        r.missingForNext().get(0).message());
  }

  @Test
  void interdependentIsADiamondWithSeniorContactsAndJointWorkBegun() {
    RelationshipStageResult r = classify(diamond());
    assertEquals(RelationshipStage.INTERDEPENDENT, r.stage(), r.explain());
    assertEquals(
        List.of(
            "relationship.trading",
            "relationship.contacts.multiple",
            "relationship.contacts.diamond",
            "relationship.senior-contacts",
            "relationship.joint-work"),
        codes(r.evidence()));
    assertEquals(
        Message.of(
            MaturityCode.JOINT_WORK,
            Arg.list(Arg.of(Message.of(MaturityCode.JOINT_WORK_DRAFT_PLAN)))),
        r.evidence().get(4).message());
    assertEquals(6, r.activeLinks());
    assertEquals(
        List.of(
            "relationship.next.executive-trust",
            "relationship.next.agree-joint-plan",
            "relationship.next.joint-team"),
        codes(r.missingForNext()));
  }

  @Test
  void integratedIsExecutiveTrustAnAgreedJointPlanAndJointTeams() {
    RelationshipStageResult r = classify(integrated());
    assertEquals(RelationshipStage.INTEGRATED, r.stage(), r.explain());
    assertTrue(r.missingForNext().isEmpty());
    assertEquals(
        "Lakeside Hospital (lakeside): relationship integrated as of 2026-11-22"
            + " [policy kamkit-relationship-1]\n"
            + "  Contacts: diamond, 6 active links between 3 of ours (key account manager, market"
            + " access, medical science liaison) and 3 of theirs (clinical, finance, pharmacy)\n"
            + "  [STRENGTH] Trading: 1 whitespace cell sold\n"
            + "  [STRENGTH] Several people in touch on each side\n"
            + "  [STRENGTH] A diamond of peer contacts across functions on both sides\n"
            + "  [STRENGTH] 2 senior stakeholders held actively\n"
            + "  [STRENGTH] Joint work: an agreed joint business plan, 1 agreed or launched"
            + " initiative\n"
            + "  [STRENGTH] Executive trust, an agreed joint business plan and joint teams on"
            + " launched initiatives",
        r.explain());
  }

  @Test
  void losingTheListingAndTheContractMakesAnIntegratedRelationshipDisintegrating() {
    ProductId oncoxa = ProductId.of(AccountFixture.PRODUCT);
    AccountFixture falling =
        integrated()
            .with(
                k ->
                    k.addFormulary(
                            FormularyEntry.builder()
                                .product(oncoxa)
                                .status(FormularyStatus.PREFERRED)
                                .effectiveFrom(AS_OF.minusYears(3))
                                .build())
                        .addFormulary(
                            FormularyEntry.builder()
                                .product(oncoxa)
                                .status(FormularyStatus.NON_FORMULARY)
                                .effectiveFrom(AS_OF.minusMonths(2))
                                .build()))
            .profile(
                p ->
                    p.addContract(
                        Contract.builder()
                            .id(ContractId.of("c1"))
                            .name("Supply")
                            .kind(ContractKind.DIRECT_PURCHASE)
                            .status(ContractStatus.ENDED)
                            .start(AS_OF.minusYears(3))
                            .end(AS_OF.minusMonths(1))
                            .build()));
    RelationshipStageResult r = classify(falling);
    assertEquals(RelationshipStage.DISINTEGRATING, r.stage(), r.explain());
    assertEquals(Optional.of(RelationshipStage.INTEGRATED), r.fallingFrom());
    assertEquals(
        List.of("relationship.signal.listing-lost", "relationship.signal.contract-lapsed"),
        codes(r.signals()));
    Message headline = r.explanation().line();
    assertEquals(MaturityCode.RELATIONSHIP_RESULT_FALLING, headline.code());
    assertEquals(Arg.of(RelationshipStage.DISINTEGRATING), headline.arg("stage"));
    assertEquals(Arg.of(RelationshipStage.INTEGRATED), headline.arg("from"));
    assertTrue(
        r.explain().contains("relationship disintegrating (falling from integrated)"), r.explain());
    assertEquals(
        List.of(Message.of(MaturityCode.NEXT_ADDRESS_SIGNALS, Arg.of(2))),
        r.missingForNext().stream().map(Reason::message).toList());
  }

  @Test
  void oneSignalAloneIsReportedButDoesNotTipTheStage() {
    RelationshipStageResult r =
        classify(
            bowTie()
                .stakeholder(
                    "ceo",
                    StakeholderFunction.EXECUTIVE,
                    s -> s.seniority(Seniority.EXECUTIVE).sentiment(Sentiment.DETRACTOR)));
    assertEquals(RelationshipStage.BASIC, r.stage());
    assertEquals(List.of("relationship.signal.hostile-decision-makers"), codes(r.signals()));
    assertEquals(
        "Lakeside Hospital (lakeside): relationship basic as of 2026-11-22"
            + " [policy kamkit-relationship-1]\n"
            + "  Contacts: bow-tie, 2 active links between 1 of ours (key account manager) and 2"
            + " of theirs (clinical, pharmacy)\n"
            + "  [STRENGTH] Trading: 1 whitespace cell sold\n"
            + "  [RISK] Decision-makers work against us: ceo\n"
            + "  To move up:\n"
            + "    - Widen the bow-tie: more than one of our people linked with more than one of"
            + " theirs",
        r.explain());
  }

  @Test
  void lapsedThreadsAndDepartedContactsAreSignals() {
    AccountFixture f =
        bowTie()
            .stakeholder(
                "old-1",
                StakeholderFunction.CLINICAL,
                s -> s.status(StakeholderStatus.DEPARTED).departureDate(AS_OF.minusMonths(3)))
            .stakeholder(
                "old-2",
                StakeholderFunction.CLINICAL,
                s -> s.status(StakeholderStatus.DEPARTED).departureDate(AS_OF.minusMonths(4)))
            .stakeholder("quiet-1", StakeholderFunction.NURSING)
            .stakeholder("quiet-2", StakeholderFunction.NURSING)
            .stakeholder("quiet-3", StakeholderFunction.NURSING)
            .holds("kam", "old-1", RelationshipStrength.STRONG, AS_OF.minusMonths(5))
            .holds("kam", "old-2", RelationshipStrength.STRONG, AS_OF.minusMonths(5))
            .holds("kam", "quiet-1", RelationshipStrength.WORKING, AS_OF.minusMonths(6))
            .holds("kam", "quiet-2", RelationshipStrength.WORKING, AS_OF.minusMonths(6))
            .holds("kam", "quiet-3", RelationshipStrength.WORKING, AS_OF.minusMonths(6));
    RelationshipStageResult r = classify(f);
    assertEquals(RelationshipStage.DISINTEGRATING, r.stage(), r.explain());
    assertEquals(Optional.of(RelationshipStage.BASIC), r.fallingFrom());
    assertEquals(
        List.of("relationship.signal.threads-lapsed", "relationship.signal.contacts-departed"),
        codes(r.signals()));
  }

  @Test
  void theDiamondGapCountsWhatEachSideLacks() {
    // two of ours (KAM, access) hold two of theirs (pharmacy, clinical) over three links
    RelationshipStageResult r =
        classify(
            bowTie().member("access", TeamFunction.MARKET_ACCESS).holds("access", "pharm-dir"));
    assertEquals(ContactStructure.MULTI_CONTACT, r.structure());
    assertEquals(
        Message.of(
            MaturityCode.NEXT_BUILD_DIAMOND,
            Arg.list(
                short_(MaturityCode.DIAMOND_SHORT_OUR_FUNCTIONS, 1),
                short_(MaturityCode.DIAMOND_SHORT_THEIR_FUNCTIONS, 1),
                short_(MaturityCode.DIAMOND_SHORT_LINKS, 3))),
        r.missingForNext().get(0).message());
    assertEquals(
        "Build the diamond of peer contacts: 1 more function of ours, 1 more function of theirs,"
            + " 3 more active links",
        r.missingForNext().get(0).message().toString());
  }

  @Test
  void theEvidenceOfAnIntegratedRelationshipIsData() {
    RelationshipStageResult r = classify(integrated());
    assertEquals(
        List.of(
            Message.of(
                MaturityCode.TRADING,
                Arg.list(Arg.of(Message.of(MaturityCode.TRADING_WHITESPACE_SOLD, Arg.of(1))))),
            Message.of(MaturityCode.CONTACTS_MULTIPLE),
            Message.of(MaturityCode.CONTACTS_DIAMOND),
            Message.of(MaturityCode.SENIOR_CONTACTS, Arg.of(2)),
            Message.of(
                MaturityCode.JOINT_WORK,
                Arg.list(
                    Arg.of(Message.of(MaturityCode.JOINT_WORK_AGREED_PLAN)),
                    Arg.of(Message.of(MaturityCode.JOINT_WORK_INITIATIVES, Arg.of(1))))),
            Message.of(MaturityCode.INTEGRATED)),
        r.evidence().stream().map(Reason::message).toList());
    assertEquals(
        List.of(StakeholderId.of("cfo"), StakeholderId.of("pharm-dir")),
        r.evidence().get(3).subjects());
    assertEquals(List.of(StakeholderId.of("cfo")), r.evidence().get(5).subjects());
    assertEquals(
        List.of(Effect.STRENGTH), r.evidence().stream().map(Reason::effect).distinct().toList());
    assertEquals(
        Message.of(
            MaturityCode.RELATIONSHIP_RESULT,
            Arg.of(AccountId.of("lakeside"), "Lakeside Hospital"),
            Arg.text("lakeside"),
            Arg.of(RelationshipStage.INTEGRATED),
            Arg.of(AS_OF),
            Arg.text("kamkit-relationship-1")),
        r.explanation().line());
  }

  @Test
  void aValueAgreementInForceIsJointWork() {
    RelationshipStageResult r =
        classify(
            diamond()
                .plan(p -> p.jointBusinessPlan(Optional.empty()))
                .profile(
                    p ->
                        p.addContract(
                            Contract.builder()
                                .id(ContractId.of("v1"))
                                .name("Outcomes-based agreement")
                                .kind(ContractKind.VALUE_BASED)
                                .status(ContractStatus.ACTIVE)
                                .start(AS_OF.minusYears(1))
                                .end(AS_OF.plusYears(1))
                                .build())));
    assertEquals(RelationshipStage.INTERDEPENDENT, r.stage(), r.explain());
    assertTrue(
        r.evidence().stream()
            .map(Reason::message)
            .toList()
            .contains(
                Message.of(
                    MaturityCode.JOINT_WORK,
                    Arg.list(Arg.of(Message.of(MaturityCode.JOINT_WORK_AGREEMENTS, Arg.of(1)))))),
        r.explain());
    assertEquals(
        Message.of(MaturityCode.RELATIONSHIP_TO_MOVE_UP),
        r.explanation().details().get(r.explanation().details().size() - 1).line());
  }
}
