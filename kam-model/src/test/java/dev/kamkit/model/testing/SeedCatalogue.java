package dev.kamkit.model.testing;

import dev.kamkit.model.base.Money;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.portfolio.Indication;
import dev.kamkit.model.portfolio.IndicationApproval;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.ProductKind;
import dev.kamkit.model.stakeholder.HcpIdentity;
import dev.kamkit.model.stakeholder.HcpProfession;
import dev.kamkit.model.stakeholder.Npi;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.team.Incentive;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.model.team.TeamMember;
import java.time.LocalDate;

/**
 * What the seed accounts share: the company's products (and one competitor's) with their approved
 * indications, the US account team members who cover more than one account, and short helpers that
 * keep the seeds readable. A product or team member appears with one description in every seed
 * account, so that the seeds form a valid {@code Portfolio}.
 */
final class SeedCatalogue {
  // Products: one row each of the whitespace grid.

  static final ProductId ONCOXA = ProductId.of("oncoxa");
  static final IndicationId ONCOXA_NSCLC = IndicationId.of("oncoxa-nsclc-1l");
  static final IndicationId ONCOXA_CRC = IndicationId.of("oncoxa-crc-2l");
  static final IndicationId ONCOXA_HCC = IndicationId.of("oncoxa-hcc");

  static final ProductId CARDIVA = ProductId.of("cardiva");
  static final IndicationId CARDIVA_HF = IndicationId.of("cardiva-hfref");

  static final ProductId VENIFLO = ProductId.of("veniflo");
  static final IndicationId VENIFLO_INFUSION = IndicationId.of("veniflo-ambulatory-infusion");

  static final ProductId RIVALIMAB = ProductId.of("rivalimab");
  static final IndicationId RIVALIMAB_NSCLC = IndicationId.of("rivalimab-nsclc-1l");

  // Team members who cover several US accounts.

  static final TeamMemberId JORDAN_BLAKE = TeamMemberId.of("team-kam-jordan-blake");
  static final TeamMemberId LENA_FISCHER = TeamMemberId.of("team-msl-lena-fischer");
  static final TeamMemberId CARLA_NGUYEN = TeamMemberId.of("team-access-carla-nguyen");

  private SeedCatalogue() {}

  /**
   * Oncoxa, a biological for lung and colorectal cancer: first-line NSCLC is approved in the US and
   * the EU, second-line colorectal cancer only in the US, hepatocellular carcinoma nowhere yet
   * (discussing it commercially is off-label everywhere).
   */
  static Product oncoxa() {
    return Product.builder()
        .id(ONCOXA)
        .name("Oncoxa")
        .kind(ProductKind.BIOLOGICAL)
        .therapeuticArea("Oncology")
        .ndc("71234-0101-01")
        .addIndications(
            indication(ONCOXA_NSCLC, "Metastatic non-small cell lung cancer, first line")
                .addApprovals(approval("US", 2022, 3, 15), approval("EU", 2022, 9, 1))
                .build(),
            indication(ONCOXA_CRC, "Metastatic colorectal cancer, second line")
                .addApproval(approval("US", 2024, 6, 10))
                .build(),
            indication(ONCOXA_HCC, "Hepatocellular carcinoma (in development)").build())
        .build();
  }

  /** Cardiva, a heart-failure drug approved in the US and the EU. */
  static Product cardiva() {
    return Product.builder()
        .id(CARDIVA)
        .name("Cardiva")
        .kind(ProductKind.DRUG)
        .therapeuticArea("Cardiology")
        .ndc("71234-0205-30")
        .addIndication(
            indication(CARDIVA_HF, "Chronic heart failure with reduced ejection fraction")
                .addApprovals(approval("US", 2019, 5, 20), approval("EU", 2019, 11, 4))
                .build())
        .build();
  }

  /** Veniflo, an ambulatory infusion pump: a device that goes through value analysis. */
  static Product veniflo() {
    return Product.builder()
        .id(VENIFLO)
        .name("Veniflo")
        .kind(ProductKind.DEVICE)
        .therapeuticArea("Infusion therapy")
        .addIndication(
            indication(VENIFLO_INFUSION, "Ambulatory infusion of chemotherapy and biologicals")
                .addApprovals(approval("US", 2020, 1, 15), approval("EU", 2020, 6, 1))
                .build())
        .build();
  }

  /** Rivalimab, the competitor's first-line NSCLC biological, tracked for the landscape. */
  static Product rivalimab() {
    return Product.builder()
        .id(RIVALIMAB)
        .name("Rivalimab")
        .kind(ProductKind.BIOLOGICAL)
        .therapeuticArea("Oncology")
        .competitor(true)
        .addIndication(
            indication(RIVALIMAB_NSCLC, "Metastatic non-small cell lung cancer, first line")
                .addApprovals(approval("US", 2021, 2, 1), approval("EU", 2021, 7, 19))
                .build())
        .build();
  }

  /** The key account manager for the US health systems in the seeds. */
  static TeamMember jordanBlake() {
    return TeamMember.builder()
        .id(JORDAN_BLAKE)
        .name("Jordan Blake")
        .function(TeamFunction.KEY_ACCOUNT_MANAGER)
        .addIncentives(Incentive.SALES_QUOTA, Incentive.SALES_BASED_BONUS)
        .build();
  }

  /** The oncology medical science liaison for the US health systems. */
  static TeamMember lenaFischer() {
    return TeamMember.builder()
        .id(LENA_FISCHER)
        .name("Dr. Lena Fischer")
        .function(TeamFunction.MEDICAL_SCIENCE_LIAISON)
        .addIncentive(Incentive.OBJECTIVES_BONUS)
        .build();
  }

  /** The market access manager for the US health systems. */
  static TeamMember carlaNguyen() {
    return TeamMember.builder()
        .id(CARLA_NGUYEN)
        .name("Carla Nguyen")
        .function(TeamFunction.MARKET_ACCESS)
        .addIncentive(Incentive.OBJECTIVES_BONUS)
        .build();
  }

  static TeamMember member(String id, String name, TeamFunction function) {
    return TeamMember.builder().id(TeamMemberId.of(id)).name(name).function(function).build();
  }

  /** A stakeholder with what every map needs: id, name, title and function. */
  static Stakeholder.Builder person(
      String id, String name, String title, StakeholderFunction function) {
    return Stakeholder.builder()
        .id(StakeholderId.of(id))
        .name(name)
        .title(title)
        .function(function);
  }

  /** A US physician's identity for Open Payments: NPI, specialty and licence state. */
  static HcpIdentity usPhysician(String npi, String specialty, String state) {
    return HcpIdentity.builder()
        .profession(HcpProfession.PHYSICIAN)
        .npi(Npi.of(npi))
        .specialty(specialty)
        .addLicenseState(state)
        .countryOfPractice("US")
        .build();
  }

  /** A US healthcare professional Open Payments does not cover, such as a pharmacist. */
  static HcpIdentity usProfessional(HcpProfession profession, String state) {
    return HcpIdentity.builder()
        .profession(profession)
        .addLicenseState(state)
        .countryOfPractice("US")
        .build();
  }

  static StakeholderId sid(String id) {
    return StakeholderId.of(id);
  }

  static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private static Indication.Builder indication(IndicationId id, String name) {
    return Indication.builder().id(id).name(name);
  }

  private static IndicationApproval approval(String jurisdiction, int year, int month, int day) {
    return IndicationApproval.builder()
        .jurisdiction(jurisdiction)
        .approvedOn(LocalDate.of(year, month, day))
        .build();
  }
}
