package dev.kamkit.model;

import static dev.kamkit.model.testing.SeedAccounts.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.account.AccountKind;
import dev.kamkit.model.account.Contract;
import dev.kamkit.model.account.GpoAffiliation;
import dev.kamkit.model.account.GpoCommitment;
import dev.kamkit.model.account.Site;
import dev.kamkit.model.account.SiteKind;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.committee.DecisionBodyKind;
import dev.kamkit.model.committee.DecisionScope;
import dev.kamkit.model.committee.DecisionType;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.InteractionStatus;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Action;
import dev.kamkit.model.plan.InitiativeStatus;
import dev.kamkit.model.portfolio.FormularyStatus;
import dev.kamkit.model.portfolio.WhitespaceCell;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.Seniority;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.stakeholder.StakeholderStatus;
import dev.kamkit.model.team.Relationship;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.model.team.TeamMember;
import dev.kamkit.model.testing.SeedAccounts;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The seed accounts are valid and show, in their data, the scenario each one is written for. */
class SeedAccountsTest {
  private static final KeyAccount RIVERSIDE = SeedAccounts.riversideHealth();

  private static List<Stakeholder> holding(KeyAccount account, BuyingRole role) {
    return account.stakeholders().stream().filter(s -> s.holds(role)).toList();
  }

  private static Set<StakeholderId> held(KeyAccount account) {
    return account.relationships().stream()
        .map(Relationship::stakeholder)
        .collect(Collectors.toSet());
  }

  private static long activeRelationships(KeyAccount account, int days) {
    return account.relationships().stream().filter(r -> r.isActive(AS_OF, days)).count();
  }

  @Test
  void everySeedBuildsAndTheyFormOnePortfolio() {
    Portfolio portfolio = SeedAccounts.portfolio();
    assertEquals(
        List.of(
            SeedAccounts.RIVERSIDE_HEALTH,
            SeedAccounts.HARBOR_POINT,
            SeedAccounts.LAKEVIEW_REGIONAL,
            SeedAccounts.NORTHERN_PLAINS,
            SeedAccounts.RHEINAUE),
        portfolio.accounts().stream().map(KeyAccount::id).toList());
  }

  @Test
  void seedsAreTheSameOnEveryCall() {
    assertEquals(SeedAccounts.all(), SeedAccounts.all());
  }

  @Test
  void seedsDescribeOnePointInTime() {
    for (KeyAccount account : SeedAccounts.all()) {
      for (Interaction interaction : account.interactions()) {
        boolean planned = interaction.status() == InteractionStatus.PLANNED;
        assertEquals(planned, interaction.date().isAfter(AS_OF), interaction.id().value());
      }
      for (Relationship r : account.relationships()) {
        assertFalse(r.lastInteraction().orElseThrow().isAfter(AS_OF), r.toString());
      }
      for (TransferOfValue t : account.transfersOfValue()) {
        assertFalse(t.date().isAfter(AS_OF), t.id().value());
      }
      account.plan().ifPresent(p -> assertFalse(p.lastUpdated().orElseThrow().isAfter(AS_OF)));
    }
  }

  @Test
  void everyAddressableCellNamesAnIndicationApprovedInTheAccountsJurisdiction() {
    for (KeyAccount account : SeedAccounts.all()) {
      String jurisdiction = account.account().country().equals("US") ? "US" : "EU";
      for (WhitespaceCell cell : account.whitespace()) {
        if (cell.status().isAddressable()) {
          IndicationId indication = cell.indication().orElseThrow();
          assertTrue(
              account
                  .product(cell.product())
                  .flatMap(p -> p.indication(indication))
                  .orElseThrow()
                  .isApproved(jurisdiction, AS_OF),
              cell.toString());
        }
      }
    }
  }

  // Riverside Health System

  @Test
  void riversideIsAnIdnOfTwelveHospitals() {
    assertEquals(AccountKind.INTEGRATED_DELIVERY_NETWORK, RIVERSIDE.account().kind());
    List<Site> sites = RIVERSIDE.account().sites();
    assertEquals(12, sites.size());
    assertTrue(sites.stream().allMatch(s -> s.kind() == SiteKind.HOSPITAL));
    assertEquals(12, RIVERSIDE.account().profile().facilityCount().orElseThrow());
    assertTrue(sites.stream().allMatch(s -> s.clinicalUnits().size() >= 2));
    assertEquals("US", RIVERSIDE.account().country());
  }

  @Test
  void riversideDecidesItsFormularyInOneSystemLevelCommittee() {
    List<DecisionBody> formularyBodies =
        RIVERSIDE.decisionBodies().stream()
            .filter(b -> b.decisions().contains(DecisionType.FORMULARY_LISTING))
            .toList();
    assertEquals(1, formularyBodies.size());
    DecisionBody pt = formularyBodies.get(0);
    assertEquals(DecisionBodyKind.PHARMACY_AND_THERAPEUTICS, pt.kind());
    assertEquals(DecisionScope.SYSTEM, pt.scope());
    assertEquals(LocalDate.of(2026, 11, 11), pt.nextMeeting(AS_OF).orElseThrow());
    long members = RIVERSIDE.stakeholders().stream().filter(s -> s.sitsOn(pt.id())).count();
    assertTrue(members >= 5, "P&T members: " + members);
  }

  @Test
  void riversideHasASiteLevelValueAnalysisCommittee() {
    DecisionBody vac =
        RIVERSIDE.decisionBodies().stream()
            .filter(b -> b.kind() == DecisionBodyKind.VALUE_ANALYSIS)
            .findFirst()
            .orElseThrow();
    assertEquals(DecisionScope.SITE, vac.scope());
    assertTrue(RIVERSIDE.account().sites().stream().anyMatch(s -> s.id().equals(vac.site().get())));
  }

  @Test
  void riversideIsCommittedToItsGpo() {
    List<GpoAffiliation> current =
        RIVERSIDE.account().profile().gpoAffiliations().stream()
            .filter(g -> g.until().map(AS_OF::isBefore).orElse(true))
            .toList();
    assertEquals(1, current.size());
    assertEquals(GpoCommitment.COMMITTED, current.get(0).commitment());
  }

  @Test
  void riversideHasAContractExpiringWithinTheQuarter() {
    List<Contract> expiring =
        RIVERSIDE.account().profile().contracts().stream()
            .filter(c -> c.isInForce(AS_OF) && !c.isInForce(AS_OF.plusDays(90)))
            .toList();
    assertEquals(1, expiring.size());
    assertTrue(RIVERSIDE.account().profile().ehrSystem().isPresent());
    assertTrue(RIVERSIDE.account().profile().fiscalYearStart().isPresent());
  }

  @Test
  void riversideMapsFifteenToThirtyStakeholdersAcrossFunctions() {
    int mapped = RIVERSIDE.stakeholders().size();
    assertTrue(mapped >= 15 && mapped <= 30, "mapped: " + mapped);
    Set<StakeholderFunction> functions =
        RIVERSIDE.stakeholders().stream().map(Stakeholder::function).collect(Collectors.toSet());
    assertTrue(
        functions.containsAll(
            EnumSet.of(
                StakeholderFunction.CLINICAL,
                StakeholderFunction.PHARMACY,
                StakeholderFunction.FINANCE,
                StakeholderFunction.PROCUREMENT,
                StakeholderFunction.IT,
                StakeholderFunction.EXECUTIVE)),
        functions.toString());
    assertTrue(activeRelationships(RIVERSIDE, 90) >= 6);
  }

  @Test
  void riversidesEconomicBuyerIsTheCfoWhomNobodyOfOursHolds() {
    Stakeholder cfo = RIVERSIDE.stakeholder(StakeholderId.of("riverside-cfo")).orElseThrow();
    assertEquals(List.of(cfo), holding(RIVERSIDE, BuyingRole.ECONOMIC_BUYER));
    assertEquals(StakeholderFunction.FINANCE, cfo.function());
    assertEquals(List.of(), RIVERSIDE.relationshipsWith(cfo.id()));
  }

  @Test
  void riversidesClinicalChampionIsRetiring() {
    Stakeholder champion =
        RIVERSIDE.stakeholder(StakeholderId.of("riverside-chief-of-oncology")).orElseThrow();
    assertTrue(champion.holds(BuyingRole.CLINICAL_CHAMPION));
    assertEquals(StakeholderStatus.RETIRING, champion.status());
    assertTrue(champion.departureDate().orElseThrow().isAfter(AS_OF));
    assertTrue(held(RIVERSIDE).contains(champion.id()));
  }

  @Test
  void riversidesBlockerOutranksEveryoneWeHold() {
    List<Stakeholder> blockers = holding(RIVERSIDE, BuyingRole.BLOCKER);
    assertEquals(1, blockers.size());
    Seniority blocker = blockers.get(0).seniority().orElseThrow();
    for (StakeholderId id : held(RIVERSIDE)) {
      Seniority known = RIVERSIDE.stakeholder(id).orElseThrow().seniority().orElseThrow();
      assertTrue(blocker.outranks(known), id + " is " + known);
    }
  }

  @Test
  void riversideTeamCoversCommercialMedicalAndAccess() {
    Set<TeamFunction> functions =
        RIVERSIDE.team().stream().map(TeamMember::function).collect(Collectors.toSet());
    assertTrue(
        functions.containsAll(
            EnumSet.of(
                TeamFunction.KEY_ACCOUNT_MANAGER,
                TeamFunction.SALES,
                TeamFunction.MEDICAL_SCIENCE_LIAISON,
                TeamFunction.MARKET_ACCESS)));
    assertTrue(RIVERSIDE.team().stream().anyMatch(m -> !m.isActiveOn(AS_OF)));
  }

  @Test
  void riversidesWhitespaceShowsAGapAcrossSites() {
    ProductId oncoxa = ProductId.of("oncoxa");
    Set<WhitespaceStatus> statuses =
        RIVERSIDE.whitespace().stream()
            .filter(c -> c.product().equals(oncoxa))
            .map(WhitespaceCell::status)
            .collect(Collectors.toSet());
    assertTrue(
        statuses.containsAll(
            EnumSet.of(
                WhitespaceStatus.SOLD,
                WhitespaceStatus.OPEN,
                WhitespaceStatus.IN_EVALUATION,
                WhitespaceStatus.COMPETITOR_HELD,
                WhitespaceStatus.NOT_INDICATED)));
    long open =
        RIVERSIDE.whitespace().stream()
            .filter(c -> c.product().equals(oncoxa) && c.status() == WhitespaceStatus.OPEN)
            .count();
    assertTrue(open >= 3, "open Oncoxa cells: " + open);
  }

  @Test
  void riversidesFormularyHistoryShowsAWin() {
    ProductId oncoxa = ProductId.of("oncoxa");
    assertEquals(
        FormularyStatus.UNDER_REVIEW,
        RIVERSIDE.formularyStatus(oncoxa, LocalDate.of(2022, 6, 1)).orElseThrow().status());
    assertEquals(
        FormularyStatus.ON_FORMULARY,
        RIVERSIDE.formularyStatus(oncoxa, AS_OF).orElseThrow().status());
  }

  @Test
  void riversidesPlanIsAliveWithOneActionOverdue() {
    AccountPlan plan = RIVERSIDE.plan().orElseThrow();
    assertTrue(ChronoUnit.DAYS.between(plan.lastUpdated().orElseThrow(), AS_OF) <= 14);
    List<Action> overdue = plan.actions().stream().filter(a -> a.isOverdue(AS_OF)).toList();
    assertEquals(1, overdue.size());
    assertTrue(plan.objectives().stream().allMatch(o -> o.isMeasurableAndDated()));
    assertTrue(plan.valueProposition().orElseThrow().hasDocumentedRationale());
  }

  @Test
  void riversideRecordsAGroupMealLinkedToItsInteraction() {
    TransferOfValue meal =
        RIVERSIDE.transfersOfValue().stream()
            .filter(TransferOfValue::isGroup)
            .findFirst()
            .orElseThrow();
    assertEquals(NatureOfPayment.FOOD_AND_BEVERAGE, meal.nature());
    assertTrue(meal.headcount().orElseThrow() > meal.attendees().size());
    Interaction lunch =
        RIVERSIDE.interactions().stream()
            .filter(i -> i.id().equals(meal.interaction().orElseThrow()))
            .findFirst()
            .orElseThrow();
    assertTrue(lunch.stakeholders().containsAll(meal.attendees()));
    assertTrue(RIVERSIDE.interactions().stream().allMatch(i -> i.rationale().isPresent()));
  }

  // The scenario accounts

  @Test
  void singleThreadedAccountsOnlyRelationshipIsWithARetiringPrescriber() {
    KeyAccount account = SeedAccounts.singleThreadedRetiringPrescriber();
    assertEquals(1, account.relationships().size());
    Stakeholder prescriber =
        account.stakeholder(account.relationships().get(0).stakeholder()).orElseThrow();
    assertEquals(StakeholderStatus.RETIRING, prescriber.status());
    assertTrue(prescriber.departureDate().orElseThrow().isAfter(AS_OF));
    assertTrue(prescriber.holds(BuyingRole.USER));
    assertTrue(account.stakeholders().size() > 1, "others are mapped but not held");
    assertTrue(account.interactions().size() >= 20);
    assertTrue(
        account.interactions().stream()
            .allMatch(i -> i.stakeholders().equals(Set.of(prescriber.id()))));
  }

  @Test
  void cfoGapAccountHasStrongClinicalAdvocacyButNobodyHoldsTheEconomicBuyer() {
    KeyAccount account = SeedAccounts.cfoNobodyHolds();
    List<Stakeholder> economicBuyers = holding(account, BuyingRole.ECONOMIC_BUYER);
    assertEquals(1, economicBuyers.size());
    assertEquals(StakeholderFunction.FINANCE, economicBuyers.get(0).function());
    assertEquals(List.of(), account.relationshipsWith(economicBuyers.get(0).id()));
    assertTrue(activeRelationships(account, 30) >= 6);
    long heldAdvocates =
        account.stakeholders().stream()
            .filter(s -> s.function() == StakeholderFunction.CLINICAL)
            .filter(s -> s.sentiment().map(x -> x.isPositive()).orElse(false))
            .filter(s -> held(account).contains(s.id()))
            .count();
    assertTrue(heldAdvocates >= 3, "held clinical advocates: " + heldAdvocates);
  }

  @Test
  void planRotAccountUpdatesItsPlanOnlyInTheDaysBeforeEachReview() {
    KeyAccount account = SeedAccounts.planRefreshedOnlyBeforeReviews();
    AccountPlan plan = account.plan().orElseThrow();
    assertTrue(plan.reviews().size() >= 4);
    for (LocalDate update : plan.updates()) {
      LocalDate nextReview = plan.reviews().ceiling(update);
      long daysBefore = ChronoUnit.DAYS.between(update, nextReview);
      assertTrue(daysBefore >= 1 && daysBefore <= 3, update + " is " + daysBefore + " days before");
    }
    for (LocalDate review : plan.reviews()) {
      assertTrue(plan.updates().stream().anyMatch(u -> u.isBefore(review)), review.toString());
    }
    assertTrue(activeRelationships(account, 60) >= 6, "only the plan is unhealthy");
  }

  @Test
  void academicMedicalCentreIsAMatureGermanPartnership() {
    KeyAccount account = SeedAccounts.academicMedicalCentre();
    assertEquals(AccountKind.ACADEMIC_MEDICAL_CENTRE, account.account().kind());
    assertEquals("DE", account.account().country());
    AccountPlan plan = account.plan().orElseThrow();
    assertTrue(plan.jointBusinessPlan().orElseThrow().isAgreed());
    assertTrue(
        plan.sharedValueInitiatives().stream()
            .anyMatch(i -> i.status() == InitiativeStatus.LAUNCHED));
    assertTrue(
        account.transfersOfValue().stream()
            .allMatch(t -> t.amount().currency().getCurrencyCode().equals("EUR")));
    assertTrue(
        holding(account, BuyingRole.ECONOMIC_BUYER).stream()
            .allMatch(s -> held(account).contains(s.id())));
  }

  @Test
  void academicMedicalCentreRecordsDisclosureConsentOfEveryPaidPhysician() {
    KeyAccount account = SeedAccounts.academicMedicalCentre();
    Set<Boolean> consents =
        account.transfersOfValue().stream()
            .flatMap(t -> t.recipient().stream())
            .map(id -> account.stakeholder(id).orElseThrow().hcp().orElseThrow())
            .map(hcp -> hcp.disclosureConsent().orElseThrow())
            .collect(Collectors.toSet());
    assertEquals(Set.of(true, false), consents);
  }

  @Test
  void academicMedicalCentreDoesNotTreatAUsOnlyIndicationAsWhitespace() {
    KeyAccount account = SeedAccounts.academicMedicalCentre();
    IndicationId colorectal = IndicationId.of("oncoxa-crc-2l");
    ProductId oncoxa = ProductId.of("oncoxa");
    assertTrue(
        account
            .product(oncoxa)
            .orElseThrow()
            .indication(colorectal)
            .orElseThrow()
            .isApproved("US", AS_OF));
    assertFalse(
        account
            .product(oncoxa)
            .orElseThrow()
            .indication(colorectal)
            .orElseThrow()
            .isApproved("EU", AS_OF));
    assertTrue(
        account.whitespace().stream()
            .anyMatch(
                c -> c.product().equals(oncoxa) && c.status() == WhitespaceStatus.NOT_INDICATED));
  }
}
