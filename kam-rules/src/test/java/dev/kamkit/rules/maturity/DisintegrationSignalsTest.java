package dev.kamkit.rules.maturity;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.account.Contract;
import dev.kamkit.model.account.ContractKind;
import dev.kamkit.model.account.ContractStatus;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.ContractId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.plan.CustomerFeedback;
import dev.kamkit.model.portfolio.FormularyEntry;
import dev.kamkit.model.portfolio.FormularyStatus;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.ProductKind;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each sign of a relationship falling apart on its boundary under the default policy: a 365-day
 * look-back (from 2025-11-22), relationships active within 90 days, a relationship-score drop of 2
 * or an NPS drop of 20, and two departed contacts.
 */
class DisintegrationSignalsTest {
  private static final LocalDate SINCE = AS_OF.minusDays(365);
  private final RelationshipStageClassifier classifier = RelationshipStageClassifier.withDefaults();

  /** One active relationship: a KAM with the pharmacy director, ten days ago. */
  private static AccountFixture base() {
    return AccountFixture.hospital("h", "H", 400)
        .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
        .stakeholder("pharm", StakeholderFunction.PHARMACY)
        .holds("kam", "pharm");
  }

  private List<Reason> signals(AccountFixture f) {
    return classifier.classify(f.build(), AS_OF).signals();
  }

  /** A fixture stakeholder, whose name is its id. */
  private static Arg person(String id) {
    return Arg.of(StakeholderId.of(id), id);
  }

  private static Arg fall(MaturityCode code, int before, int after) {
    return Arg.of(
        Message.of(code, Arg.of(BigDecimal.valueOf(before)), Arg.of(BigDecimal.valueOf(after))));
  }

  private Reason only(AccountFixture f) {
    List<Reason> signals = signals(f);
    assertEquals(1, signals.size(), signals.toString());
    assertEquals(Effect.RISK, signals.get(0).effect());
    return signals.get(0);
  }

  private static AccountFixture lapsed(AccountFixture f, String id, LocalDate last) {
    return f.stakeholder(id, StakeholderFunction.NURSING)
        .holds("kam", id, RelationshipStrength.WORKING, last);
  }

  @Test
  void twoLapsedThreadsAgainstOneActiveAreASignal() {
    AccountFixture f = lapsed(lapsed(base(), "n1", AS_OF.minusDays(91)), "n2", SINCE);
    Reason r = only(f);
    assertEquals("relationship.signal.threads-lapsed", r.code());
    assertEquals(
        Message.of(MaturityCode.SIGNAL_THREADS_LAPSED, Arg.of(2), Arg.of(365), Arg.of(1)),
        r.message());
    assertEquals(List.of(StakeholderId.of("n1"), StakeholderId.of("n2")), r.subjects());
  }

  @Test
  void lapsedThreadsNoMoreThanTheActiveOnesOrOlderThanTheLookBackAreNot() {
    // two lapsed, two active
    AccountFixture even =
        lapsed(lapsed(base(), "n1", AS_OF.minusDays(100)), "n2", AS_OF.minusDays(100))
            .stakeholder("cfo", StakeholderFunction.FINANCE)
            .holds("kam", "cfo");
    assertEquals(List.of(), signals(even));
    // one lapsed within the look-back, one lapsed before it
    AccountFixture old =
        lapsed(lapsed(base(), "n1", AS_OF.minusDays(100)), "n2", SINCE.minusDays(1));
    assertEquals(List.of(), signals(old));
  }

  private static FormularyEntry entry(String product, FormularyStatus status, LocalDate from) {
    return FormularyEntry.builder()
        .product(ProductId.of(product))
        .status(status)
        .effectiveFrom(from)
        .build();
  }

  @Test
  void aListingLostWithinTheLookBackIsASignal() {
    AccountFixture f =
        base()
            .product()
            .with(
                k ->
                    k.addFormulary(
                        entry(
                            AccountFixture.PRODUCT,
                            FormularyStatus.RESTRICTED,
                            SINCE.minusYears(1)),
                        entry(AccountFixture.PRODUCT, FormularyStatus.NOT_LISTED, SINCE)));
    Reason r = only(f);
    assertEquals("relationship.signal.listing-lost", r.code());
    assertEquals(
        Message.of(
            MaturityCode.SIGNAL_LISTING_LOST,
            Arg.of(365),
            Arg.list(Arg.of(ProductId.of(AccountFixture.PRODUCT), "Oncoxa"))),
        r.message());
    assertEquals(List.of(ProductId.of(AccountFixture.PRODUCT)), r.subjects());
  }

  @Test
  void aListingLostBeforeTheLookBackOrNotYetOrRegainedIsNoSignal() {
    String p = AccountFixture.PRODUCT;
    AccountFixture before =
        base()
            .product()
            .with(
                k ->
                    k.addFormulary(
                        entry(p, FormularyStatus.PREFERRED, SINCE.minusYears(1)),
                        entry(p, FormularyStatus.NON_FORMULARY, SINCE.minusDays(1))));
    assertEquals(List.of(), signals(before));
    AccountFixture future =
        base()
            .product()
            .with(
                k ->
                    k.addFormulary(
                        entry(p, FormularyStatus.PREFERRED, SINCE),
                        entry(p, FormularyStatus.NON_FORMULARY, AS_OF.plusDays(1))));
    assertEquals(List.of(), signals(future));
    AccountFixture regained =
        base()
            .product()
            .with(
                k ->
                    k.addFormulary(
                        entry(p, FormularyStatus.UNDER_REVIEW, SINCE),
                        entry(p, FormularyStatus.ON_FORMULARY, AS_OF.minusDays(1))));
    assertEquals(List.of(), signals(regained));
  }

  @Test
  void aCompetitorLosingItsListingIsNoSignalOfOurs() {
    AccountFixture f =
        base()
            .with(
                k ->
                    k.addProducts(
                            Product.builder()
                                .id(ProductId.of("rivalex"))
                                .name("Rivalex")
                                .kind(ProductKind.BIOLOGICAL)
                                .therapeuticArea("Oncology")
                                .competitor(true)
                                .build())
                        .addFormulary(
                            entry("rivalex", FormularyStatus.PREFERRED, SINCE.minusYears(1)),
                            entry("rivalex", FormularyStatus.NOT_LISTED, AS_OF.minusDays(30))));
    assertEquals(List.of(), signals(f));
  }

  private static Contract contract(String id, ContractStatus status, LocalDate end) {
    return Contract.builder()
        .id(ContractId.of(id))
        .name(id)
        .kind(ContractKind.DIRECT_PURCHASE)
        .status(status)
        .start(end.minusYears(2))
        .end(end)
        .build();
  }

  @Test
  void contractsEndedWithinTheLookBackWithNoneInForceAreASignal() {
    AccountFixture f =
        base()
            .profile(
                p ->
                    p.addContracts(
                        contract("c1", ContractStatus.ENDED, SINCE),
                        contract("c2", ContractStatus.ACTIVE, AS_OF.minusDays(1)),
                        contract("c3", ContractStatus.DRAFT, AS_OF.minusDays(1)),
                        contract("c4", ContractStatus.ENDED, SINCE.minusDays(1))));
    Reason r = only(f);
    assertEquals("relationship.signal.contract-lapsed", r.code());
    assertEquals(
        Message.of(MaturityCode.SIGNAL_CONTRACT_LAPSED, Arg.of(2), Arg.of(365)), r.message());
    assertEquals(List.of(ContractId.of("c1"), ContractId.of("c2")), r.subjects());
  }

  @Test
  void aContractInForceOrEndingTodayIsNoSignal() {
    AccountFixture inForce =
        base()
            .profile(
                p ->
                    p.addContracts(
                        contract("c1", ContractStatus.ENDED, AS_OF.minusDays(10)),
                        contract("c2", ContractStatus.SIGNED, AS_OF.plusYears(1))));
    assertEquals(List.of(), signals(inForce));
    AccountFixture today =
        base().profile(p -> p.addContracts(contract("c1", ContractStatus.ENDED, AS_OF)));
    assertEquals(List.of(), signals(today));
  }

  @Test
  void detractingEconomicBuyersAndExecutivesAreHostileDecisionMakers() {
    AccountFixture f =
        base()
            .stakeholder(
                "cfo",
                StakeholderFunction.FINANCE,
                s -> s.sentiment(Sentiment.DETRACTOR),
                BuyingRole.ECONOMIC_BUYER)
            .stakeholder(
                "ceo",
                StakeholderFunction.EXECUTIVE,
                s -> s.seniority(Seniority.EXECUTIVE).sentiment(Sentiment.DETRACTOR))
            .stakeholder(
                "vp",
                StakeholderFunction.EXECUTIVE,
                s -> s.seniority(Seniority.SENIOR_LEADER).sentiment(Sentiment.DETRACTOR))
            .stakeholder(
                "old-cfo",
                StakeholderFunction.FINANCE,
                s -> s.status(StakeholderStatus.DEPARTED).sentiment(Sentiment.DETRACTOR),
                BuyingRole.ECONOMIC_BUYER)
            .stakeholder(
                "coo",
                StakeholderFunction.EXECUTIVE,
                s -> s.seniority(Seniority.EXECUTIVE).sentiment(Sentiment.SCEPTIC));
    Reason r = only(f);
    assertEquals("relationship.signal.hostile-decision-makers", r.code());
    assertEquals(
        Message.of(
            MaturityCode.SIGNAL_HOSTILE_DECISION_MAKERS, Arg.list(person("ceo"), person("cfo"))),
        r.message());
    assertEquals(List.of(StakeholderId.of("ceo"), StakeholderId.of("cfo")), r.subjects());
  }

  private static CustomerFeedback voice(LocalDate date, Integer relationship, Integer nps) {
    CustomerFeedback.Builder f = CustomerFeedback.builder().date(date);
    if (relationship != null) {
      f.relationshipScore(relationship);
    }
    if (nps != null) {
      f.netPromoterScore(nps);
    }
    if (relationship == null && nps == null) {
      f.customerEffortScore(4);
    }
    return f.build();
  }

  @Test
  void aDropOfTwoRelationshipPointsOrTwentyNpsPointsIsAFallingVoice() {
    LocalDate may = LocalDate.of(2026, 5, 1);
    LocalDate november = LocalDate.of(2026, 11, 1);
    AccountFixture both =
        base()
            .plan(
                p ->
                    p.addVoiceOfAccount(
                        voice(november, 6, 20),
                        voice(may, 8, 40),
                        voice(LocalDate.of(2025, 1, 1), 10, 90),
                        voice(AS_OF.plusDays(1), 10, 90)));
    Reason r = only(both);
    assertEquals("relationship.signal.voice-falling", r.code());
    assertEquals(
        Message.of(
            MaturityCode.SIGNAL_VOICE_FALLING,
            Arg.of(may),
            Arg.of(november),
            Arg.list(
                fall(MaturityCode.VOICE_FALL_RELATIONSHIP_SCORE, 8, 6),
                fall(MaturityCode.VOICE_FALL_NPS, 40, 20))),
        r.message());
    assertEquals(
        "The voice of the account is falling (2026-05-01 to 2026-11-01): relationship score 8 -> 6,"
            + " NPS 40 -> 20",
        r.message().toString());
    AccountFixture npsOnly =
        base().plan(p -> p.addVoiceOfAccount(voice(may, 8, 40), voice(november, 7, 20)));
    assertEquals(
        Message.of(
            MaturityCode.SIGNAL_VOICE_FALLING,
            Arg.of(may),
            Arg.of(november),
            Arg.list(fall(MaturityCode.VOICE_FALL_NPS, 40, 20))),
        only(npsOnly).message());
    AccountFixture small =
        base().plan(p -> p.addVoiceOfAccount(voice(may, 8, 40), voice(november, 7, 21)));
    assertEquals(List.of(), signals(small));
    // only an effort score before: nothing to compare
    AccountFixture unscored =
        base().plan(p -> p.addVoiceOfAccount(voice(may, null, null), voice(november, 1, -100)));
    assertEquals(List.of(), signals(unscored));
  }

  @Test
  void twoHeldContactsLeavingWithinTheLookBackAreASignal() {
    AccountFixture f =
        base()
            .stakeholder(
                "a",
                StakeholderFunction.CLINICAL,
                s -> s.status(StakeholderStatus.DEPARTED).departureDate(SINCE))
            .stakeholder(
                "b",
                StakeholderFunction.CLINICAL,
                s -> s.status(StakeholderStatus.DEPARTED).departureDate(AS_OF))
            .holds("kam", "a", RelationshipStrength.WORKING, SINCE.minusDays(10))
            .holds("kam", "b", RelationshipStrength.WORKING, SINCE.minusDays(10));
    Reason r = only(f);
    assertEquals("relationship.signal.contacts-departed", r.code());
    assertEquals(
        Message.of(
            MaturityCode.SIGNAL_CONTACTS_DEPARTED, Arg.of(2), Arg.list(person("a"), person("b"))),
        r.message());
    assertEquals(List.of(StakeholderId.of("a"), StakeholderId.of("b")), r.subjects());
  }

  @Test
  void contactsWhoLeftBeforeTheLookBackOrWereNeverHeldDoNotCount() {
    AccountFixture f =
        base()
            .stakeholder(
                "a",
                StakeholderFunction.CLINICAL,
                s -> s.status(StakeholderStatus.DEPARTED).departureDate(SINCE.minusDays(1)))
            .stakeholder(
                "b",
                StakeholderFunction.CLINICAL,
                s -> s.status(StakeholderStatus.DEPARTED).departureDate(AS_OF.minusDays(1)))
            .stakeholder(
                "c",
                StakeholderFunction.CLINICAL,
                s -> s.status(StakeholderStatus.DEPARTED).departureDate(AS_OF.minusDays(1)))
            .holds("kam", "a", RelationshipStrength.WORKING, SINCE.minusDays(10))
            .holds("kam", "b", RelationshipStrength.WORKING, SINCE.minusDays(10));
    assertEquals(List.of(), signals(f));
  }
}
