package dev.kamkit.model.stakeholder;

import static dev.kamkit.model.base.ModelAssertions.assertArgs;
import static dev.kamkit.model.base.ModelAssertions.assertHasViolation;
import static dev.kamkit.model.base.ModelAssertions.assertInvalid;
import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCheck.at;
import static dev.kamkit.model.base.ModelCode.ATTRIBUTE_KEY;
import static dev.kamkit.model.base.ModelCode.BLANK;
import static dev.kamkit.model.base.ModelCode.DUPLICATE;
import static dev.kamkit.model.base.ModelCode.STAKEHOLDER_DEPARTURE_NOT_LEAVING;
import static dev.kamkit.model.base.ModelCode.STAKEHOLDER_REPORTS_TO_SELF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.base.Fact;
import dev.kamkit.model.base.FactKey;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelSubject;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.StakeholderId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StakeholderTest {
  private static final StakeholderId CHEN = StakeholderId.of("riverside-chief-oncology");
  private static final DecisionBodyId SYSTEM_PT = DecisionBodyId.of("riverside-system-pt");
  private static final DecisionBodyId VAC = DecisionBodyId.of("riverside-memorial-vac");
  private static final LocalDate LAST_DAY = LocalDate.of(2027, 3, 31);

  private static Stakeholder.Builder chen() {
    return Stakeholder.builder()
        .id(CHEN)
        .name("Dr. Eleanor Chen")
        .title("Chief of Oncology")
        .function(StakeholderFunction.CLINICAL);
  }

  @Test
  void isActiveUntilSaidOtherwise() {
    assertEquals(StakeholderStatus.ACTIVE, chen().build().status());
  }

  @Test
  void mayHoldSeveralBuyingRoles() {
    Stakeholder chen = chen().addBuyingRoles(BuyingRole.CLINICAL_CHAMPION, BuyingRole.USER).build();
    assertTrue(chen.holds(BuyingRole.CLINICAL_CHAMPION));
    assertTrue(chen.holds(BuyingRole.USER));
    assertFalse(chen.holds(BuyingRole.ECONOMIC_BUYER));
  }

  @Test
  void votersAreGroupedByBodyInTheOrderGiven() {
    Stakeholder chen =
        chen()
            .addCommitteeMemberships(
                CommitteeMembership.of(SYSTEM_PT, CommitteeRole.CHAIR),
                CommitteeMembership.of(VAC, CommitteeRole.NON_VOTING_MEMBER))
            .build();
    Stakeholder ortiz =
        chen()
            .id(StakeholderId.of("ortiz"))
            .addCommitteeMemberships(
                CommitteeMembership.of(SYSTEM_PT, CommitteeRole.VOTING_MEMBER),
                CommitteeMembership.of(VAC, CommitteeRole.VOTING_MEMBER))
            .build();

    assertEquals(
        Map.of(SYSTEM_PT, List.of(ortiz, chen), VAC, List.of(ortiz)),
        Stakeholder.votersByBody(List.of(ortiz, chen)));
    assertEquals(Map.of(), Stakeholder.votersByBody(List.of()));
  }

  @Test
  void knowsWhichCommitteesSheSitsOn() {
    Stakeholder chen =
        chen()
            .addCommitteeMembership(CommitteeMembership.of(SYSTEM_PT, CommitteeRole.VOTING_MEMBER))
            .build();
    assertTrue(chen.sitsOn(SYSTEM_PT));
    assertFalse(chen.sitsOn(VAC));
  }

  @Test
  void isAHealthcareProfessionalOnlyWithAnHcpIdentity() {
    assertFalse(chen().build().isHcp());
    assertTrue(
        chen()
            .hcp(HcpIdentity.builder().profession(HcpProfession.PHYSICIAN).build())
            .build()
            .isHcp());
  }

  @Test
  void aRetiringChampionCarriesHerLastDay() {
    Stakeholder chen = chen().status(StakeholderStatus.RETIRING).departureDate(LAST_DAY).build();
    assertEquals(LAST_DAY, chen.departureDate().get());
    assertEquals(
        LAST_DAY,
        chen()
            .status(StakeholderStatus.DEPARTED)
            .departureDate(LAST_DAY)
            .build()
            .departureDate()
            .get());
  }

  @Test
  void rejectsADepartureDateForSomeoneWhoIsStaying() {
    for (StakeholderStatus status : Set.of(StakeholderStatus.ACTIVE, StakeholderStatus.ON_LEAVE)) {
      ModelViolation v =
          assertSingleViolation(
              () -> chen().status(status).departureDate(LAST_DAY).build(),
              STAKEHOLDER_DEPARTURE_NOT_LEAVING,
              path("departureDate"),
              "2027-03-31");
      assertArgs(v, Arg.of(status));
    }
  }

  @Test
  void cannotReportToHerself() {
    assertSingleViolation(
        () -> chen().reportsTo(CHEN).build(),
        STAKEHOLDER_REPORTS_TO_SELF,
        path("reportsTo"),
        "riverside-chief-oncology");
  }

  @Test
  void holdsAtMostOneSeatPerCommittee() {
    assertSingleViolation(
        () ->
            chen()
                .addCommitteeMemberships(
                    CommitteeMembership.of(SYSTEM_PT, CommitteeRole.CHAIR),
                    CommitteeMembership.of(SYSTEM_PT, CommitteeRole.VOTING_MEMBER))
                .build(),
        DUPLICATE,
        at("committeeMemberships", 1, SYSTEM_PT).field("decisionBody"),
        "riverside-system-pt");
  }

  @Test
  void rejectsABlankNameOrTitle() {
    InvalidModelException e = assertInvalid(() -> chen().name(" ").title("").build());
    assertEquals(2, e.violations().size());
    assertHasViolation(e, BLANK, path("name"), "\" \"");
    assertHasViolation(e, BLANK, path("title"), "\"\"");
    assertEquals(ModelSubject.of("Stakeholder", Arg.of(CHEN)), e.violations().get(0).subject());
  }

  @Test
  void holdsTypedFactsOnePerName() {
    FactKey<String> specialty = FactKey.text("x.specialty");
    FactKey<Long> years = FactKey.count("x.yearsInRole");
    Stakeholder chen =
        chen().addFact(Fact.of(specialty, "oncology")).addFact(Fact.of(years, 12L)).build();
    assertEquals(Optional.of("oncology"), Fact.find(chen.facts(), specialty));
    assertEquals(Optional.of(12L), Fact.find(chen.facts(), years));
    assertSingleViolation(
        () ->
            chen()
                .addFact(Fact.of(specialty, "oncology"))
                .addFact(Fact.of(FactKey.count("x.specialty"), 1L))
                .build(),
        DUPLICATE,
        at("facts", 1, "x.specialty"),
        "\"x.specialty\"");
  }

  @Test
  void rejectsAPaddedAttributeKey() {
    assertSingleViolation(
        () -> chen().putAttribute("Segment__c ", AttributeValue.text("A")).build(),
        ATTRIBUTE_KEY,
        path("attributes").entry("Segment__c "),
        "\"Segment__c \"");
  }

  @Test
  void copiesAreCheckedToo() {
    Stakeholder chen = chen().build();
    assertSingleViolation(
        () -> chen.withDepartureDate(LAST_DAY),
        STAKEHOLDER_DEPARTURE_NOT_LEAVING,
        path("departureDate"),
        "2027-03-31");
    assertEquals(
        StakeholderStatus.RETIRING,
        chen.withStatus(StakeholderStatus.RETIRING).withDepartureDate(LAST_DAY).status());
  }
}
