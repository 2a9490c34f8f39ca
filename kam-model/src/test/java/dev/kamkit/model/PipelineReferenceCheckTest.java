package dev.kamkit.model;

import static dev.kamkit.model.ReferenceCheckTest.assertDangling;
import static dev.kamkit.model.ReferenceCheckTest.assertNotAnIndicationOfProduct;
import static dev.kamkit.model.TestAccounts.INDICATION;
import static dev.kamkit.model.TestAccounts.KAM;
import static dev.kamkit.model.TestAccounts.NO_OBJECTIVE;
import static dev.kamkit.model.TestAccounts.NO_PRODUCT;
import static dev.kamkit.model.TestAccounts.NO_SITE;
import static dev.kamkit.model.TestAccounts.NO_TEAM_MEMBER;
import static dev.kamkit.model.TestAccounts.NO_UNIT;
import static dev.kamkit.model.TestAccounts.OBJECTIVE;
import static dev.kamkit.model.TestAccounts.OTHER_INDICATION;
import static dev.kamkit.model.TestAccounts.PRODUCT;
import static dev.kamkit.model.TestAccounts.SITE;
import static dev.kamkit.model.TestAccounts.UNIT;
import static dev.kamkit.model.TestAccounts.plan;
import static dev.kamkit.model.TestAccounts.valid;
import static dev.kamkit.model.base.ModelAssertions.assertArgs;
import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelCheck.at;
import static dev.kamkit.model.base.ModelCode.DUPLICATE;
import static dev.kamkit.model.base.ModelCode.UNIT_NOT_AT_SITE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.account.ClinicalUnit;
import dev.kamkit.model.account.Site;
import dev.kamkit.model.account.SiteKind;
import dev.kamkit.model.base.FieldPath;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.base.Referent;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.OpportunityId;
import dev.kamkit.model.id.SiteId;
import dev.kamkit.model.pipeline.Opportunity;
import dev.kamkit.model.pipeline.OpportunityStage;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Every reference an opportunity holds points into its account: products, places, team, plan. */
class PipelineReferenceCheckTest {
  private static final OpportunityId OPP = OpportunityId.of("opp");
  private static final SiteId CLINIC = SiteId.of("clinic");
  private static final ClinicalUnitId CLINIC_UNIT = ClinicalUnitId.of("clinic-unit");

  private static Opportunity.Builder opportunity() {
    return Opportunity.builder()
        .id(OPP)
        .name("Listing")
        .product(PRODUCT)
        .stage(OpportunityStage.QUALIFIED)
        .amount(Money.of("250000.00", "USD"))
        .expectedClose(LocalDate.of(2027, 6, 30));
  }

  private static KeyAccount.Builder with(Opportunity.Builder opportunity) {
    return valid().plan(plan().build()).addOpportunities(opportunity.build());
  }

  private static FieldPath in(String field) {
    return at("opportunities", 0, OPP).field(field);
  }

  @Test
  void aFullyLinkedOpportunityBuilds() {
    KeyAccount account =
        with(opportunity()
                .indication(INDICATION)
                .site(SITE)
                .clinicalUnit(UNIT)
                .owner(KAM)
                .addObjectives(OBJECTIVE))
            .build();
    assertEquals(OBJECTIVE, account.opportunities().get(0).objectives().iterator().next());
  }

  @Test
  void anOpenOrWonOpportunityServesItsObjectivesAndALostOneNone() {
    assertEquals(
        java.util.Set.of(OBJECTIVE),
        with(opportunity().addObjectives(OBJECTIVE)).build().servedObjectives());
    assertEquals(
        java.util.Set.of(OBJECTIVE),
        with(opportunity()
                .stage(OpportunityStage.WON)
                .expectedClose(java.util.Optional.empty())
                .closedOn(LocalDate.of(2026, 10, 1))
                .addObjectives(OBJECTIVE))
            .build()
            .servedObjectives());
    assertEquals(
        java.util.Set.of(),
        with(opportunity()
                .stage(OpportunityStage.LOST)
                .expectedClose(java.util.Optional.empty())
                .closedOn(LocalDate.of(2026, 10, 1))
                .addObjectives(OBJECTIVE))
            .build()
            .servedObjectives());
    assertEquals(java.util.Set.of(), with(opportunity()).build().servedObjectives());
  }

  @Test
  void itsProductPlacesAndOwnerAreInTheAccount() {
    assertDangling(
        with(opportunity().product(NO_PRODUCT)), in("product"), NO_PRODUCT, Referent.PRODUCT);
    assertDangling(with(opportunity().site(NO_SITE)), in("site"), NO_SITE, Referent.SITE);
    assertDangling(
        with(opportunity().clinicalUnit(NO_UNIT)),
        in("clinicalUnit"),
        NO_UNIT,
        Referent.CLINICAL_UNIT);
    assertDangling(
        with(opportunity().owner(NO_TEAM_MEMBER)),
        in("owner"),
        NO_TEAM_MEMBER,
        Referent.TEAM_MEMBER);
  }

  @Test
  void theObjectivesItServesAreThePlans() {
    assertDangling(
        with(opportunity().addObjectives(NO_OBJECTIVE)),
        in("objectives").element(0, Arg.of(NO_OBJECTIVE)),
        NO_OBJECTIVE,
        Referent.OBJECTIVE);
    // without a plan there is no objective to serve
    assertDangling(
        valid().addOpportunities(opportunity().addObjectives(OBJECTIVE).build()),
        in("objectives").element(0, Arg.of(OBJECTIVE)),
        OBJECTIVE,
        Referent.OBJECTIVE);
  }

  @Test
  void itsIndicationIsOneOfItsProducts() {
    assertNotAnIndicationOfProduct(
        with(opportunity().indication(OTHER_INDICATION)), in("indication"));
  }

  @Test
  void aUnitNamedWithItsSiteBelongsToThatSite() {
    KeyAccount.Builder twoSites =
        with(opportunity().site(SITE).clinicalUnit(CLINIC_UNIT))
            .account(
                TestAccounts.account()
                    .withSites(
                        TestAccounts.account().sites().get(0),
                        Site.builder()
                            .id(CLINIC)
                            .name("Clinic")
                            .kind(SiteKind.CLINIC)
                            .addClinicalUnits(
                                ClinicalUnit.builder().id(CLINIC_UNIT).name("Infusion").build())
                            .build()));
    ModelViolation v =
        assertSingleViolation(
            twoSites::build, UNIT_NOT_AT_SITE, in("clinicalUnit"), CLINIC_UNIT.value());
    assertArgs(v, Arg.of(SITE));
    twoSites
        .opportunities(
            java.util.List.of(opportunity().site(CLINIC).clinicalUnit(CLINIC_UNIT).build()))
        .build();
  }

  @Test
  void idsAreUnique() {
    assertSingleViolation(
        with(opportunity()).addOpportunities(opportunity().build())::build,
        DUPLICATE,
        at("opportunities", 1, OPP).field("id"),
        OPP.value());
  }
}
