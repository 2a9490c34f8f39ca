package dev.kamkit.rules.compliance.offlabel;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.Account;
import dev.kamkit.model.account.AccountKind;
import dev.kamkit.model.account.ClinicalUnit;
import dev.kamkit.model.account.Site;
import dev.kamkit.model.account.SiteKind;
import dev.kamkit.model.engagement.Channel;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.ProductDiscussion;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.SiteId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.portfolio.Indication;
import dev.kamkit.model.portfolio.IndicationApproval;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.ProductKind;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.model.team.TeamMember;
import java.time.LocalDate;
import java.util.Optional;

/** Riverside with Oncoxa, a sales rep and an MSL: the off-label tests' shared account. */
final class OffLabelFixture {
  private OffLabelFixture() {}

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
  static final LocalDate APPROVED = LocalDate.of(2026, 3, 1);
  static final ProductId ONCOXA = ProductId.of("oncoxa");
  static final IndicationId FIRST_LINE = IndicationId.of("first-line");
  static final IndicationId ADJUVANT = IndicationId.of("adjuvant");
  static final OffLabelPack PACK = OffLabelPack.withDefaults();

  /** Oncoxa: first line approved in the US from 1 March 2026; adjuvant approved only in the EU. */
  static KeyAccount.Builder account() {
    Product oncoxa =
        Product.builder()
            .id(ONCOXA)
            .name("Oncoxa")
            .kind(ProductKind.BIOLOGICAL)
            .therapeuticArea("Oncology")
            .addIndication(
                Indication.builder()
                    .id(FIRST_LINE)
                    .name("First-line NSCLC")
                    .addApproval(
                        IndicationApproval.builder()
                            .jurisdiction("US")
                            .approvedOn(APPROVED)
                            .build())
                    .build())
            .addIndication(
                Indication.builder()
                    .id(ADJUVANT)
                    .name("Adjuvant NSCLC")
                    .addApproval(
                        IndicationApproval.builder()
                            .jurisdiction("EU")
                            .approvedOn(APPROVED)
                            .build())
                    .build())
            .build();
    return KeyAccount.builder()
        .account(
            riverside(ClinicalUnit.builder().id(ClinicalUnitId.of("onc")).name("Oncology").build()))
        .addProduct(oncoxa)
        .addStakeholder(
            Stakeholder.builder()
                .id(StakeholderId.of("dr-hale"))
                .name("Dr. Hale")
                .function(StakeholderFunction.CLINICAL)
                .build())
        .addTeam(
            TeamMember.builder()
                .id(TeamMemberId.of("rep"))
                .name("Rep")
                .function(TeamFunction.SALES)
                .build(),
            TeamMember.builder()
                .id(TeamMemberId.of("msl"))
                .name("MSL")
                .function(TeamFunction.MEDICAL_SCIENCE_LIAISON)
                .build());
  }

  /** Riverside, a US hospital whose one site holds {@code units}. */
  static Account riverside(ClinicalUnit... units) {
    return Account.builder()
        .id(AccountId.of("riverside"))
        .name("Riverside")
        .kind(AccountKind.HOSPITAL)
        .country("US")
        .addSite(
            Site.builder()
                .id(SiteId.of("main"))
                .name("Main")
                .kind(SiteKind.HOSPITAL)
                .addClinicalUnits(units)
                .build())
        .build();
  }

  /** The rep, as findings name our commercial participants. */
  static final Arg REP = Arg.of(TeamMemberId.of("rep"), "Rep");

  static final Arg ONCOXA_ARG = Arg.of(ONCOXA, "Oncoxa");
  static final Arg ADJUVANT_ARG = Arg.of(ADJUVANT, "Adjuvant NSCLC");
  static final Arg US = Arg.text("US");

  /** The interaction {@code call(member, date, ...)} makes, as a finding's argument. */
  static Arg callArg(String member, LocalDate date) {
    return Arg.of(InteractionId.of("call-" + member + "-" + date));
  }

  static Interaction call(
      String member, LocalDate date, IndicationId indication, boolean unsolicited) {
    return Interaction.builder()
        .id(InteractionId.of("call-" + member + "-" + date))
        .date(date)
        .channel(Channel.IN_PERSON)
        .addTeamMember(TeamMemberId.of(member))
        .addStakeholder(StakeholderId.of("dr-hale"))
        .purpose("Discussion")
        .rationale("Clinical question")
        .addProductsDiscussed(ProductDiscussion.of(ONCOXA, Optional.ofNullable(indication)))
        .unsolicitedRequest(unsolicited)
        .build();
  }
}
