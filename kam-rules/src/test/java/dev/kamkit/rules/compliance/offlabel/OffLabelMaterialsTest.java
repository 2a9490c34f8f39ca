package dev.kamkit.rules.compliance.offlabel;

import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.ADJUVANT;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.ADJUVANT_ARG;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.APPROVED;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.AS_OF;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.FIRST_LINE;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.ONCOXA;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.ONCOXA_ARG;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.REP;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.US;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.account;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.call;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.callArg;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.MaterialId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.ProductKind;
import dev.kamkit.model.portfolio.PromotionalMaterial;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.model.team.TeamMember;
import dev.kamkit.rules.compliance.Finding;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Promotional materials in commercial interactions (FDA guidance on unapproved uses (2025) and on
 * unsolicited requests (2011 draft)): usable on the day, claiming only approved indications. The
 * aid is approved 1 June 2026 and expires 30 September.
 */
class OffLabelMaterialsTest {
  private static final OffLabelPack PACK = OffLabelPack.withDefaults();
  private static final MaterialId AID = MaterialId.of("aid");
  private static final LocalDate REVIEWED = LocalDate.of(2026, 6, 1);
  static final LocalDate EXPIRES = LocalDate.of(2026, 9, 30);

  static PromotionalMaterial.Builder aid() {
    return PromotionalMaterial.builder()
        .id(AID)
        .title("Oncoxa detail aid")
        .reviewCode("ONC-US-1")
        .product(ONCOXA)
        .addIndication(FIRST_LINE)
        .approvedOn(REVIEWED)
        .expiresOn(EXPIRES);
  }

  /** The aid as findings name it: its title and review code. */
  private static Message reviewed() {
    return Message.of(
        OffLabelCode.MATERIAL_REVIEWED, Arg.of(AID, "Oncoxa detail aid"), Arg.text("ONC-US-1"));
  }

  static Interaction used(String member, LocalDate day) {
    return Interaction.builder()
        .from(call(member, day, FIRST_LINE, false))
        .addMaterial(AID)
        .build();
  }

  /** A rep's call on {@code day} that only left the aid behind. */
  private static Interaction shownWithoutDiscussion(LocalDate day) {
    return Interaction.builder()
        .from(call("rep", day, null, false))
        .productsDiscussed(List.of())
        .addMaterial(AID)
        .build();
  }

  private static List<Finding> findings(PromotionalMaterial material, Interaction i) {
    return PACK.check(account().addPromotionalMaterial(material).addInteraction(i).build(), AS_OF);
  }

  private static List<String> rules(PromotionalMaterial material, Interaction i) {
    return findings(material, i).stream().map(Finding::ruleId).toList();
  }

  @Test
  void aMaterialMayBeUsedOnItsLastDayButNotTheDayAfter() {
    assertEquals(List.of(), rules(aid().build(), used("rep", EXPIRES)));
    List<Finding> late = findings(aid().build(), used("rep", EXPIRES.plusDays(1)));
    assertEquals(
        List.of("offlabel.material.unusable"), late.stream().map(Finding::ruleId).toList());
    assertEquals("offlabel.material.unusable.expired", late.get(0).code());
    assertEquals(
        Message.of(
            OffLabelCode.MATERIAL_EXPIRED,
            callArg("rep", EXPIRES.plusDays(1)),
            Arg.list(REP),
            Arg.of(reviewed()),
            Arg.of(EXPIRES.plusDays(1)),
            Arg.of(EXPIRES)),
        late.get(0).message());
    assertEquals(List.of("call-rep-2026-10-01", "aid"), subjects(late.get(0)));
  }

  @Test
  void expiringTheDayBeforeUseIsTooLate() {
    assertEquals(
        List.of("offlabel.material.unusable"),
        rules(aid().expiresOn(AS_OF.minusDays(1)).build(), used("rep", AS_OF)));
    assertEquals(List.of(), rules(aid().expiresOn(AS_OF).build(), used("rep", AS_OF)));
  }

  @Test
  void aMaterialWithdrawnOnTheDayOfUseIsNoLongerUsable() {
    List<Finding> withdrawn =
        findings(
            aid().withdrawnOn(REVIEWED.plusDays(10)).build(), used("rep", REVIEWED.plusDays(10)));
    assertEquals(1, withdrawn.size());
    assertEquals(
        Message.of(
            OffLabelCode.MATERIAL_WITHDRAWN,
            callArg("rep", REVIEWED.plusDays(10)),
            Arg.list(REP),
            Arg.of(reviewed()),
            Arg.of(REVIEWED.plusDays(10)),
            Arg.of(REVIEWED.plusDays(10))),
        withdrawn.get(0).message());
    assertEquals(
        List.of(),
        rules(
            aid().withdrawnOn(REVIEWED.plusDays(11)).build(), used("rep", REVIEWED.plusDays(10))));
  }

  @Test
  void aMaterialWithdrawnOnlyAfterItExpiredWasExpiredOnTheDay() {
    List<Finding> late =
        findings(aid().withdrawnOn(EXPIRES.plusDays(30)).build(), used("rep", EXPIRES.plusDays(1)));
    assertEquals(OffLabelCode.MATERIAL_EXPIRED, late.get(0).message().code());
    assertEquals(Arg.of(EXPIRES), late.get(0).message().arg("expired"));
  }

  @Test
  void eachMaterialIsJudgedOnItsOwnDates() {
    PromotionalMaterial current =
        aid().id(MaterialId.of("current")).title("Current aid").expiresOn(AS_OF).build();
    Interaction both =
        Interaction.builder().from(used("rep", AS_OF)).addMaterial(current.id()).build();
    List<Finding> found =
        PACK.check(
            account()
                .addPromotionalMaterial(current)
                .addPromotionalMaterial(aid().build())
                .addInteraction(both)
                .build(),
            AS_OF);
    assertEquals(1, found.size());
    assertEquals(List.of("call-rep-2026-11-22", "aid"), subjects(found.get(0)));
  }

  @Test
  void materialsAndPeopleAreListedInIdOrderWhateverTheirRecordedOrder() {
    PromotionalMaterial later = aid().id(MaterialId.of("zaid")).build();
    Interaction both =
        Interaction.builder()
            .from(used("rep", EXPIRES.plusDays(1)))
            .materials(List.of(later.id(), AID))
            .teamMembers(List.of(TeamMemberId.of("rep"), TeamMemberId.of("kam")))
            .build();
    TeamMember kam =
        TeamMember.builder()
            .id(TeamMemberId.of("kam"))
            .name("KAM")
            .function(TeamFunction.SALES)
            .build();
    List<Finding> found =
        PACK.check(
            account()
                .addTeam(kam)
                .addPromotionalMaterial(later)
                .addPromotionalMaterial(aid().build())
                .addInteraction(both)
                .build(),
            AS_OF);
    assertEquals(
        List.of(List.of(both.id().value(), "aid"), List.of(both.id().value(), "zaid")),
        found.stream().map(OffLabelMaterialsTest::subjects).toList());
    assertEquals(
        Arg.list(Arg.of(TeamMemberId.of("kam"), "KAM"), REP), found.get(0).message().args().get(1));
  }

  @Test
  void aMaterialApprovedTheDayAfterUseWasNotYetApproved() {
    List<Finding> early = findings(aid().build(), used("rep", REVIEWED.minusDays(1)));
    assertEquals(1, early.size());
    assertEquals(
        Message.of(
            OffLabelCode.MATERIAL_NOT_YET_APPROVED,
            callArg("rep", REVIEWED.minusDays(1)),
            Arg.list(REP),
            Arg.of(reviewed()),
            Arg.of(REVIEWED.minusDays(1)),
            Arg.of(REVIEWED)),
        early.get(0).message());
    assertEquals(List.of(), rules(aid().build(), used("rep", REVIEWED)));
  }

  @Test
  void aMaterialWithoutAReviewCodeIsNamedByItsTitle() {
    List<Finding> late =
        findings(aid().reviewCode(java.util.Optional.empty()).build(), used("rep", AS_OF));
    assertEquals(
        Message.of(
            OffLabelCode.MATERIAL_EXPIRED,
            callArg("rep", AS_OF),
            Arg.list(REP),
            Arg.of(Message.of(OffLabelCode.MATERIAL, Arg.of(AID, "Oncoxa detail aid"))),
            Arg.of(AS_OF),
            Arg.of(EXPIRES)),
        late.get(0).message());
  }

  @Test
  void aMaterialClaimingAnIndicationApprovedOnlyInEuropeIsOffLabelInTheUs() {
    PromotionalMaterial adjuvant =
        aid().indications(List.of(IndicationId.of("adjuvant"))).expiresOn(AS_OF).build();
    List<Finding> found = findings(adjuvant, used("rep", AS_OF));
    assertEquals(
        List.of("offlabel.material.unapproved-indication"),
        found.stream().map(Finding::ruleId).toList());
    assertEquals(
        Message.of(
            OffLabelCode.MATERIAL_UNAPPROVED_INDICATION,
            callArg("rep", AS_OF),
            Arg.list(REP),
            Arg.of(reviewed()),
            ONCOXA_ARG,
            ADJUVANT_ARG,
            US,
            Arg.of(AS_OF)),
        found.get(0).message());
  }

  @Test
  void theIndicationsApprovalDayDecidesTheMaterialsClaims() {
    PromotionalMaterial early = aid().approvedOn(APPROVED.minusDays(30)).build();
    Interaction dayBefore = shownWithoutDiscussion(APPROVED.minusDays(1));
    assertEquals(List.of("offlabel.material.unapproved-indication"), rules(early, dayBefore));
    Interaction onTheDay = shownWithoutDiscussion(APPROVED);
    assertEquals(List.of(), rules(early, onTheDay));
  }

  @Test
  void aBrandOnlyPieceNeedsTheProductApprovedForSomething() {
    PromotionalMaterial brand =
        aid().indications(List.of()).approvedOn(APPROVED.minusDays(30)).build();
    Interaction dayBefore = shownWithoutDiscussion(APPROVED.minusDays(1));
    List<Finding> found = findings(brand, dayBefore);
    assertEquals(
        List.of("offlabel.material.unapproved-indication"),
        found.stream().map(Finding::ruleId).toList());
    assertEquals(
        Message.of(
            OffLabelCode.MATERIAL_UNAPPROVED_PRODUCT,
            callArg("rep", APPROVED.minusDays(1)),
            Arg.list(REP),
            Arg.of(reviewed()),
            ONCOXA_ARG,
            US,
            Arg.of(APPROVED.minusDays(1))),
        found.get(0).message());
    assertEquals(List.of(), rules(brand, used("rep", APPROVED)));
  }

  @Test
  void anExpiredOffLabelMaterialIsTwoFindings() {
    PromotionalMaterial adjuvant = aid().indications(List.of(ADJUVANT)).build();
    assertEquals(
        List.of("offlabel.material.unusable", "offlabel.material.unapproved-indication"),
        rules(adjuvant, used("rep", AS_OF)));
  }

  @Test
  void materialsInAMedicalReplyAreNotJudged() {
    PromotionalMaterial adjuvant = aid().indications(List.of(ADJUVANT)).build();
    Interaction reply =
        Interaction.builder().from(call("msl", AS_OF, ADJUVANT, true)).addMaterial(AID).build();
    assertEquals(List.of(), rules(adjuvant, reply));
  }

  @Test
  void aJointCallWithTheRepIsJudged() {
    Interaction joint =
        Interaction.builder()
            .from(used("msl", EXPIRES.plusDays(1)))
            .addTeamMember(TeamMemberId.of("rep"))
            .build();
    assertEquals(List.of("offlabel.material.unusable"), rules(aid().build(), joint));
  }

  @Test
  void aCompetitorsMaterialIsNotJudgedForItsClaims() {
    ProductId rival = ProductId.of("rivalix");
    KeyAccount a =
        account()
            .addProduct(
                Product.builder()
                    .id(rival)
                    .name("Rivalix")
                    .kind(ProductKind.BIOLOGICAL)
                    .therapeuticArea("Oncology")
                    .competitor(true)
                    .build())
            .addPromotionalMaterial(
                aid().product(rival).indications(List.of()).expiresOn(AS_OF).build())
            .addInteraction(used("rep", AS_OF))
            .build();
    assertEquals(List.of(), PACK.check(a, AS_OF));
  }

  private static List<String> subjects(Finding f) {
    return f.subjects().stream().map(id -> id.value()).toList();
  }
}
