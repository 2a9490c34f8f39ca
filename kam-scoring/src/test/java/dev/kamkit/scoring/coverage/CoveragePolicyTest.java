package dev.kamkit.scoring.coverage;

import static dev.kamkit.scoring.fixtures.AccountFixture.AS_OF;
import static dev.kamkit.scoring.fixtures.CodedReasons.assertCoded;
import static dev.kamkit.scoring.fixtures.CodedReasons.member;
import static dev.kamkit.scoring.fixtures.CodedReasons.stakeholder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.Account;
import dev.kamkit.model.account.AccountKind;
import dev.kamkit.model.account.AccountProfile;
import dev.kamkit.model.account.Site;
import dev.kamkit.model.account.SiteKind;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.engagement.Channel;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.InteractionStatus;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.SiteId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.stakeholder.StakeholderStatus;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.scoring.RagStatus;
import dev.kamkit.scoring.fixtures.AccountFixture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The coverage policy's scale rules and bounds, the status bands, and what counts as an active
 * engagement, each on its boundary.
 */
class CoveragePolicyTest {
  private static final CoveragePolicy DEFAULTS = CoveragePolicy.defaults();

  private static Account clinic(AccountKind kind, int sites, Integer beds, Integer facilities) {
    AccountProfile.Builder profile = AccountProfile.builder();
    if (beds != null) {
      profile.beds(beds);
    }
    if (facilities != null) {
      profile.facilityCount(facilities);
    }
    Account.Builder a =
        Account.builder()
            .id(AccountId.of("a"))
            .name("A")
            .kind(kind)
            .country("US")
            .profile(profile.build());
    for (int i = 1; i <= sites; i++) {
      a.addSite(Site.builder().id(SiteId.of("s" + i)).name("S" + i).kind(SiteKind.CLINIC).build());
    }
    return a.build();
  }

  @Test
  void largeFromFiveFacilitiesOrAThousandBeds() {
    assertEquals(AccountScale.LARGE, DEFAULTS.scaleOf(clinic(AccountKind.CLINIC, 1, null, 5)));
    assertEquals(AccountScale.LARGE, DEFAULTS.scaleOf(clinic(AccountKind.CLINIC, 5, null, null)));
    assertEquals(AccountScale.MEDIUM, DEFAULTS.scaleOf(clinic(AccountKind.CLINIC, 4, null, null)));
    assertEquals(AccountScale.LARGE, DEFAULTS.scaleOf(clinic(AccountKind.CLINIC, 1, 1000, null)));
    assertEquals(AccountScale.MEDIUM, DEFAULTS.scaleOf(clinic(AccountKind.CLINIC, 1, 999, null)));
  }

  @Test
  void mediumFromTwoSitesTwoHundredBedsOrASystemKind() {
    assertEquals(AccountScale.MEDIUM, DEFAULTS.scaleOf(clinic(AccountKind.CLINIC, 2, null, null)));
    assertEquals(AccountScale.MEDIUM, DEFAULTS.scaleOf(clinic(AccountKind.CLINIC, 1, null, 2)));
    assertEquals(AccountScale.MEDIUM, DEFAULTS.scaleOf(clinic(AccountKind.CLINIC, 1, 200, null)));
    assertEquals(AccountScale.SMALL, DEFAULTS.scaleOf(clinic(AccountKind.CLINIC, 1, 199, null)));
    for (AccountKind system :
        List.of(
            AccountKind.INTEGRATED_DELIVERY_NETWORK,
            AccountKind.ACADEMIC_MEDICAL_CENTRE,
            AccountKind.HEALTH_AUTHORITY)) {
      assertEquals(
          AccountScale.MEDIUM, DEFAULTS.scaleOf(clinic(system, 1, null, null)), system.name());
    }
    assertEquals(AccountScale.SMALL, DEFAULTS.scaleOf(clinic(AccountKind.CLINIC, 1, null, null)));
  }

  private static List<String> problems(Supplier<?> build) {
    InvalidModelException e = assertThrows(InvalidModelException.class, build::get);
    return e.violations().stream().map(ModelViolation::field).toList();
  }

  @Test
  void bandsMayMeetAndMayReachTheEndsOfTheScale() {
    CoveragePolicy p =
        CoveragePolicy.builder()
            .greenFrom(BigDecimal.valueOf(100))
            .amberFrom(BigDecimal.valueOf(100))
            .activeWithinDays(1)
            .buyingRolesWeight(BigDecimal.ZERO)
            .build();
    assertEquals(BigDecimal.valueOf(100), p.amberFrom());
    assertEquals(
        BigDecimal.ZERO,
        CoveragePolicy.builder()
            .amberFrom(BigDecimal.ZERO)
            .activeWithinDays(3_650)
            .build()
            .amberFrom());
  }

  @Test
  void aPolicyRefusesBandsOutOfOrderOrOffTheScaleAndNegativeWeights() {
    assertEquals(
        List.of("amberFrom"),
        problems(() -> CoveragePolicy.builder().amberFrom(new BigDecimal("70.01")).build()));
    assertEquals(
        List.of("greenFrom"),
        problems(() -> CoveragePolicy.builder().greenFrom(new BigDecimal("100.01")).build()));
    // a negative amber band is reported against amberFrom, not against greenFrom
    assertEquals(
        List.of("amberFrom"),
        problems(() -> CoveragePolicy.builder().amberFrom(new BigDecimal("-0.01")).build()));
    assertEquals(
        List.of("sentimentWeight"),
        problems(() -> CoveragePolicy.builder().sentimentWeight(new BigDecimal("-1")).build()));
    assertEquals(
        List.of("activeWithinDays"),
        problems(() -> CoveragePolicy.builder().activeWithinDays(0).build()));
  }

  @Test
  void aPolicyNeedsTargetsForEveryScale() {
    assertEquals(
        List.of("targets"),
        problems(
            () ->
                CoveragePolicy.builder()
                    .targets(
                        java.util.Map.of(
                            AccountScale.SMALL,
                            ScaleTargets.builder()
                                .mapped(1)
                                .active(1)
                                .activeFloor(0)
                                .ourPeople(1)
                                .theirFunctions(1)
                                .build()))
                    .build()));
  }

  @Test
  void scaleTargetsRefuseAFloorAboveTheTarget() {
    assertEquals(
        List.of("activeFloor"),
        problems(
            () ->
                ScaleTargets.builder()
                    .mapped(4)
                    .active(2)
                    .activeFloor(3)
                    .ourPeople(1)
                    .theirFunctions(1)
                    .build()));
  }

  // --- status bands: green from 70, amber from 40, on the score itself ---

  /** Scores exactly {@code points}: one active, multithreaded clinic relationship, no extras. */
  private static CoverageResult scoredWith(CoveragePolicy policy) {
    KeyAccount clinic =
        AccountFixture.clinic()
            .stakeholder("a", StakeholderFunction.CLINICAL)
            .stakeholder("b", StakeholderFunction.PHARMACY)
            .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
            .member("rep", TeamFunction.SALES)
            .holds("kam", "a", AS_OF)
            .holds("rep", "b", AS_OF)
            .build();
    return CoverageScorer.of(policy).score(clinic, AS_OF);
  }

  @Test
  void theStatusBandsIncludeTheirLowerBound() {
    BigDecimal value = scoredWith(DEFAULTS).score().value();
    CoverageResult green =
        scoredWith(CoveragePolicy.builder().greenFrom(value).amberFrom(value).build());
    assertEquals(RagStatus.GREEN, green.status());
    assertCoded("coverage.status.green", green.statusReason(), Arg.of(value), Arg.of(value));

    BigDecimal above = value.add(new BigDecimal("0.01"));
    CoverageResult amber =
        scoredWith(CoveragePolicy.builder().greenFrom(above).amberFrom(value).build());
    assertEquals(RagStatus.AMBER, amber.status());
    assertCoded("coverage.status.amber", amber.statusReason(), Arg.of(value), Arg.of(above));

    CoverageResult red =
        scoredWith(CoveragePolicy.builder().greenFrom(above).amberFrom(above).build());
    assertEquals(RagStatus.RED, red.status());
    assertCoded("coverage.status.red", red.statusReason(), Arg.of(value), Arg.of(above));
  }

  @Test
  void singleThreadingIsRedOnlyWhenThePolicySaysSo() {
    KeyAccount single =
        AccountFixture.clinic()
            .stakeholder("a", StakeholderFunction.CLINICAL)
            .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
            .holds("kam", "a", AS_OF)
            .build();
    CoverageResult red = CoverageScorer.withDefaults().score(single, AS_OF);
    assertEquals(RagStatus.RED, red.status());
    assertCoded(
        "coverage.status.single-threaded.both",
        red.statusReason(),
        Arg.of(Message.of(CoverageCode.SINGLE_THREADED_OURS, member("kam"))),
        Arg.of(Message.of(CoverageCode.SINGLE_THREADED_THEIRS, stakeholder("a"))));
    CoverageResult tolerated =
        CoverageScorer.of(
                CoveragePolicy.builder()
                    .singleThreadingIsRed(false)
                    .greenFrom(BigDecimal.ZERO)
                    .amberFrom(BigDecimal.ZERO)
                    .build())
            .score(single, AS_OF);
    assertEquals(RagStatus.GREEN, tolerated.status());
  }

  @Test
  void withNobodyHeldTheStatusIsRedAndSaysWhy() {
    KeyAccount nobody =
        AccountFixture.clinic().stakeholder("a", StakeholderFunction.CLINICAL).build();
    CoverageResult result = CoverageScorer.withDefaults().score(nobody, AS_OF);
    assertEquals(RagStatus.RED, result.status());
    assertCoded("coverage.status.nobody-engaged", result.statusReason());
  }

  // --- engagements: the later of the recorded and the logged interaction, up to asOf ---

  private static Interaction call(String id, LocalDate date, InteractionStatus status) {
    return Interaction.builder()
        .id(InteractionId.of(id))
        .date(date)
        .status(status)
        .channel(Channel.REMOTE)
        .addTeamMember(TeamMemberId.of("kam"))
        .addStakeholder(StakeholderId.of("a"))
        .purpose("Review")
        .build();
  }

  private static KeyAccount heldSince(LocalDate recorded, Interaction... calls) {
    return AccountFixture.largeIdn()
        .stakeholder("a", StakeholderFunction.CLINICAL)
        .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
        .holds("kam", "a", recorded)
        .with(k -> k.addInteractions(calls))
        .build();
  }

  private static boolean engaged(KeyAccount account) {
    return CoverageScorer.withDefaults()
        .score(account, AS_OF)
        .engaged()
        .contains(StakeholderId.of("a"));
  }

  @Test
  void theLaterOfRecordedAndLoggedInteractionCounts() {
    // recorded long ago, logged within the window: engaged; and the other way round
    assertTrue(
        engaged(
            heldSince(
                AS_OF.minusDays(400),
                call("c", AS_OF.minusDays(90), InteractionStatus.COMPLETED))));
    assertTrue(
        engaged(
            heldSince(
                AS_OF.minusDays(90),
                call("c", AS_OF.minusDays(400), InteractionStatus.COMPLETED))));
    assertEquals(
        false,
        engaged(
            heldSince(
                AS_OF.minusDays(91), call("c", AS_OF.minusDays(91), InteractionStatus.COMPLETED))));
  }

  @Test
  void onlyCompletedInteractionsUpToAsOfCount() {
    assertTrue(
        engaged(heldSince(AS_OF.minusDays(400), call("c", AS_OF, InteractionStatus.COMPLETED))));
    assertEquals(
        false,
        engaged(
            heldSince(
                AS_OF.minusDays(400), call("c", AS_OF.minusDays(1), InteractionStatus.PLANNED))));
    // the latest of several completed calls counts, in any order
    assertTrue(
        engaged(
            heldSince(
                AS_OF.minusDays(400),
                call("c1", AS_OF.minusDays(10), InteractionStatus.COMPLETED),
                call("c2", AS_OF.minusDays(300), InteractionStatus.COMPLETED))));
    assertTrue(
        engaged(
            heldSince(
                AS_OF.minusDays(400),
                call("c1", AS_OF.minusDays(300), InteractionStatus.COMPLETED),
                call("c2", AS_OF.minusDays(10), InteractionStatus.COMPLETED))));
  }

  @Test
  void aMemberIsOnTheTeamUpToAndIncludingTheDayTheyLeave() {
    KeyAccount account = heldSince(AS_OF.minusDays(1));
    KeyAccount leavesToday = account.withTeam(account.team().get(0).withLeftOn(AS_OF));
    assertTrue(engaged(leavesToday));
  }

  @Test
  void anInteractionCountsOnlyForTheMembersAndStakeholdersWhoTookPart() {
    KeyAccount account =
        AccountFixture.largeIdn()
            .stakeholder("a", StakeholderFunction.CLINICAL)
            .stakeholder("b", StakeholderFunction.CLINICAL)
            .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
            .holds("kam", "a", AS_OF.minusDays(400))
            .with(
                k ->
                    k.addInteractions(
                        call("c", AS_OF.minusDays(1), InteractionStatus.COMPLETED)
                            .withStakeholders(StakeholderId.of("b"))))
            .build();
    // kam met b yesterday, which says nothing about kam and a
    assertEquals(false, engaged(account));
  }

  @Test
  void aLastInteractionRecordedAfterAsOfHasNotHappenedYet() {
    assertEquals(false, engaged(heldSince(AS_OF.plusDays(1))));
  }

  @Test
  void onlyStakeholdersWhoCanStillBeEngagedAreHeld() {
    assertTrue(engaged(withStatus(StakeholderStatus.RETIRING)));
    assertEquals(false, engaged(withStatus(StakeholderStatus.ON_LEAVE)));
    assertEquals(false, engaged(withStatus(StakeholderStatus.DEPARTED)));
  }

  private static KeyAccount withStatus(StakeholderStatus status) {
    return AccountFixture.largeIdn()
        .stakeholder("a", StakeholderFunction.CLINICAL, s -> s.status(status))
        .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
        .holds("kam", "a", AS_OF.minusDays(1))
        .build();
  }
}
