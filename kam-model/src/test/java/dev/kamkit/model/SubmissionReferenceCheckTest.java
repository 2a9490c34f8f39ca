package dev.kamkit.model;

import static dev.kamkit.model.ReferenceCheckTest.assertDangling;
import static dev.kamkit.model.ReferenceCheckTest.assertNotAnIndicationOfProduct;
import static dev.kamkit.model.TestAccounts.BODY;
import static dev.kamkit.model.TestAccounts.INDICATION;
import static dev.kamkit.model.TestAccounts.KAM;
import static dev.kamkit.model.TestAccounts.NO_BODY;
import static dev.kamkit.model.TestAccounts.NO_PRODUCT;
import static dev.kamkit.model.TestAccounts.NO_SITE;
import static dev.kamkit.model.TestAccounts.NO_STAKEHOLDER;
import static dev.kamkit.model.TestAccounts.NO_TEAM_MEMBER;
import static dev.kamkit.model.TestAccounts.ONCOLOGIST;
import static dev.kamkit.model.TestAccounts.OTHER_INDICATION;
import static dev.kamkit.model.TestAccounts.PRODUCT;
import static dev.kamkit.model.TestAccounts.SITE;
import static dev.kamkit.model.TestAccounts.valid;
import static dev.kamkit.model.base.ModelAssertions.assertArgs;
import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelCheck.at;
import static dev.kamkit.model.base.ModelCode.DUPLICATE;
import static dev.kamkit.model.base.ModelCode.SUBMISSION_SITE_NOT_BODY_SITE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.account.Site;
import dev.kamkit.model.account.SiteKind;
import dev.kamkit.model.base.FieldPath;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.base.Referent;
import dev.kamkit.model.committee.CommitteeSubmission;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.committee.DecisionBodyKind;
import dev.kamkit.model.committee.DecisionScope;
import dev.kamkit.model.committee.SubmissionStage;
import dev.kamkit.model.committee.SubmissionStep;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.CommitteeSubmissionId;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.OpportunityId;
import dev.kamkit.model.id.SiteId;
import dev.kamkit.model.pipeline.Opportunity;
import dev.kamkit.model.pipeline.OpportunityStage;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Every reference a committee submission holds points into its account. */
class SubmissionReferenceCheckTest {
  private static final CommitteeSubmissionId CS = CommitteeSubmissionId.of("cs");
  private static final OpportunityId OPP = OpportunityId.of("opp");
  private static final LocalDate DAY = LocalDate.of(2027, 1, 5);

  private static CommitteeSubmission.Builder submission() {
    return CommitteeSubmission.builder()
        .id(CS)
        .name("Listing")
        .decisionBody(BODY)
        .product(PRODUCT)
        .addSteps(SubmissionStep.of(SubmissionStage.REQUEST, DAY));
  }

  private static KeyAccount.Builder with(CommitteeSubmission.Builder submission) {
    return valid().addCommitteeSubmissions(submission.build());
  }

  private static FieldPath in(String field) {
    return at("committeeSubmissions", 0, CS).field(field);
  }

  @Test
  void aFullyLinkedSubmissionBuilds() {
    KeyAccount account =
        with(submission()
                .indication(INDICATION)
                .site(SITE)
                .sponsor(ONCOLOGIST)
                .owner(KAM)
                .opportunity(OPP))
            .addOpportunities(
                Opportunity.builder()
                    .id(OPP)
                    .name("Listing")
                    .product(PRODUCT)
                    .stage(OpportunityStage.NEGOTIATION)
                    .amount(Money.of("100000.00", "USD"))
                    .expectedClose(DAY.plusMonths(6))
                    .build())
            .build();
    assertEquals(ONCOLOGIST, account.committeeSubmissions().get(0).sponsor().orElseThrow());
  }

  @Test
  void itsBodyProductSitePeopleAndOpportunityAreInTheAccount() {
    assertDangling(
        with(submission().decisionBody(NO_BODY)),
        in("decisionBody"),
        NO_BODY,
        Referent.DECISION_BODY);
    assertDangling(
        with(submission().product(NO_PRODUCT)), in("product"), NO_PRODUCT, Referent.PRODUCT);
    assertDangling(with(submission().site(NO_SITE)), in("site"), NO_SITE, Referent.SITE);
    assertDangling(
        with(submission().sponsor(NO_STAKEHOLDER)),
        in("sponsor"),
        NO_STAKEHOLDER,
        Referent.STAKEHOLDER);
    assertDangling(
        with(submission().owner(NO_TEAM_MEMBER)),
        in("owner"),
        NO_TEAM_MEMBER,
        Referent.TEAM_MEMBER);
    assertDangling(
        with(submission().opportunity(OPP)), in("opportunity"), OPP, Referent.OPPORTUNITY);
  }

  @Test
  void itsIndicationIsOneOfItsProducts() {
    assertNotAnIndicationOfProduct(
        with(submission().indication(OTHER_INDICATION)), in("indication"));
  }

  @Test
  void aSubmissionToASitesBodyNamesThatSiteOrNone() {
    SiteId clinic = SiteId.of("clinic");
    DecisionBodyId vac = DecisionBodyId.of("site-vac");
    KeyAccount.Builder account =
        valid()
            .account(
                TestAccounts.account()
                    .withSites(
                        TestAccounts.account().sites().get(0),
                        Site.builder().id(clinic).name("Clinic").kind(SiteKind.CLINIC).build()))
            .addDecisionBody(
                DecisionBody.builder()
                    .id(vac)
                    .name("Clinic VAC")
                    .kind(DecisionBodyKind.VALUE_ANALYSIS)
                    .scope(DecisionScope.SITE)
                    .site(clinic)
                    .build());
    account.addCommitteeSubmissions(submission().decisionBody(vac).site(SITE).build());
    ModelViolation v =
        assertSingleViolation(account::build, SUBMISSION_SITE_NOT_BODY_SITE, in("site"), "site");
    assertArgs(v, Arg.of(clinic));
    account
        .committeeSubmissions(
            java.util.List.of(submission().decisionBody(vac).site(clinic).build()))
        .build();
    account.committeeSubmissions(java.util.List.of(submission().decisionBody(vac).build())).build();
    // a system body takes a submission for any site
    account.committeeSubmissions(java.util.List.of(submission().site(clinic).build())).build();
  }

  @Test
  void idsAreUnique() {
    assertSingleViolation(
        with(submission()).addCommitteeSubmissions(submission().build())::build,
        DUPLICATE,
        at("committeeSubmissions", 1, CS).field("id"),
        CS.value());
  }
}
