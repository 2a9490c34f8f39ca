package dev.kamkit.scoring.committee;

import static dev.kamkit.scoring.fixtures.AccountFixture.votesOn;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.committee.CommitteeSubmission;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.committee.DecisionBodyKind;
import dev.kamkit.model.committee.DecisionScope;
import dev.kamkit.model.committee.SubmissionStage;
import dev.kamkit.model.committee.SubmissionStep;
import dev.kamkit.model.id.CommitteeSubmissionId;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.ProductKind;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.stakeholder.StakeholderStatus;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.scoring.fixtures.AccountFixture;
import java.time.LocalDate;
import java.util.List;

/**
 * The seed's worked example: "secure a clinical evaluation at the Memorial campus by end of Q2,
 * sponsored by Dr. Chen, targeting the March value analysis committee" (Prolifiq, "Healthcare Key
 * Account Management: A Practical Guide"). Riverside's value analysis committee meets on 9 March, 8
 * June and 14 September 2027; its P&amp;T committee keeps no calendar. Dr. Chen is a clinical
 * champion who votes on the VAC, Dr. Lee a voting member, Dr. Okafor a champion retiring on 30
 * April 2027, Dr. Gray a champion who has left.
 */
final class Memorial {
  static final DecisionBodyId VAC = DecisionBodyId.of("vac");
  static final DecisionBodyId PT = DecisionBodyId.of("pt");
  static final ProductId CARDIOLINK = ProductId.of("cardiolink");
  static final StakeholderId CHEN = StakeholderId.of("chen");
  static final StakeholderId LEE = StakeholderId.of("lee");
  static final StakeholderId OKAFOR = StakeholderId.of("okafor");
  static final StakeholderId GRAY = StakeholderId.of("gray");
  static final CommitteeSubmissionId CS = CommitteeSubmissionId.of("cs-memorial");
  static final LocalDate REQUESTED = LocalDate.of(2027, 1, 5);
  static final LocalDate DOSSIER = LocalDate.of(2027, 1, 20);
  static final LocalDate EVALUATION = LocalDate.of(2027, 2, 10);
  static final LocalDate MARCH = LocalDate.of(2027, 3, 9);
  static final LocalDate JUNE = LocalDate.of(2027, 6, 8);
  static final LocalDate SEPTEMBER = LocalDate.of(2027, 9, 14);
  static final LocalDate OKAFOR_LEAVES = LocalDate.of(2027, 4, 30);

  private Memorial() {}

  /** The Memorial request: requested, dossier in, evaluation under way, the March VAC targeted. */
  static CommitteeSubmission.Builder submission() {
    return CommitteeSubmission.builder()
        .id(CS)
        .name("Cardiolink, Memorial VAC")
        .decisionBody(VAC)
        .product(CARDIOLINK)
        .sponsor(CHEN)
        .targetMeeting(MARCH)
        .addSteps(
            SubmissionStep.of(SubmissionStage.REQUEST, REQUESTED),
            SubmissionStep.of(SubmissionStage.DOSSIER, DOSSIER),
            SubmissionStep.of(SubmissionStage.CLINICAL_EVALUATION, EVALUATION));
  }

  /** Riverside with {@code submissions}. */
  static KeyAccount riverside(CommitteeSubmission... submissions) {
    return AccountFixture.largeIdn()
        .stakeholder(
            "chen", StakeholderFunction.CLINICAL, votesOn("vac"), BuyingRole.CLINICAL_CHAMPION)
        .stakeholder("lee", StakeholderFunction.CLINICAL, votesOn("vac"))
        .stakeholder(
            "okafor",
            StakeholderFunction.CLINICAL,
            s -> s.status(StakeholderStatus.RETIRING).departureDate(OKAFOR_LEAVES),
            BuyingRole.CLINICAL_CHAMPION)
        .stakeholder(
            "gray",
            StakeholderFunction.CLINICAL,
            s -> s.status(StakeholderStatus.DEPARTED),
            BuyingRole.CLINICAL_CHAMPION)
        .stakeholder("cfo", StakeholderFunction.FINANCE, BuyingRole.ECONOMIC_BUYER)
        .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
        .with(
            a ->
                a.addDecisionBody(
                        DecisionBody.builder()
                            .id(VAC)
                            .name("Riverside VAC")
                            .kind(DecisionBodyKind.VALUE_ANALYSIS)
                            .scope(DecisionScope.SYSTEM)
                            .addMeetingDates(MARCH, JUNE, SEPTEMBER)
                            .build())
                    .addDecisionBody(
                        DecisionBody.builder()
                            .id(PT)
                            .name("Riverside P&T")
                            .kind(DecisionBodyKind.PHARMACY_AND_THERAPEUTICS)
                            .scope(DecisionScope.SYSTEM)
                            .build())
                    .addProducts(
                        Product.builder()
                            .id(CARDIOLINK)
                            .name("Cardiolink")
                            .kind(ProductKind.DEVICE)
                            .therapeuticArea("Cardiology")
                            .build())
                    .committeeSubmissions(List.of(submissions)))
        .build();
  }
}
