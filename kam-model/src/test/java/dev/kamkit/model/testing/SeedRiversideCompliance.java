package dev.kamkit.model.testing;

import static dev.kamkit.model.testing.SeedCatalogue.JORDAN_BLAKE;
import static dev.kamkit.model.testing.SeedCatalogue.ONCOXA;
import static dev.kamkit.model.testing.SeedCatalogue.ONCOXA_NSCLC;
import static dev.kamkit.model.testing.SeedCatalogue.date;
import static dev.kamkit.model.testing.SeedCatalogue.usd;
import static dev.kamkit.model.testing.SeedRiversideHealth.CHIEF_OF_ONCOLOGY;
import static dev.kamkit.model.testing.SeedRiversideHealth.FORMULARY_MANAGER;
import static dev.kamkit.model.testing.SeedRiversideHealth.ONCOLOGY_PHARMACIST;
import static dev.kamkit.model.testing.SeedRiversideHealth.PHARMACY_DIRECTOR;
import static dev.kamkit.model.testing.SeedRiversideHealth.SALES_ONCOLOGY;

import dev.kamkit.model.engagement.CompensationBasis;
import dev.kamkit.model.engagement.ServiceAgreement;
import dev.kamkit.model.engagement.ServiceKind;
import dev.kamkit.model.id.MaterialId;
import dev.kamkit.model.id.ServiceAgreementId;
import dev.kamkit.model.id.TargetListId;
import dev.kamkit.model.portfolio.PromotionalMaterial;
import dev.kamkit.model.team.TargetList;
import java.util.List;

/**
 * Riverside's compliance records: the approved Oncoxa detail aid its commercial team uses, the
 * signed advisory board agreement the chief of oncology's fee and travel are paid under, and the
 * KAM's formulary target list. All of it is in order, so no score or finding changes.
 */
final class SeedRiversideCompliance {
  static final MaterialId ONCOXA_DETAIL_AID = MaterialId.of("riverside-mat-oncoxa-nsclc-aid");
  static final ServiceAgreementId ADVISORY_BOARD =
      ServiceAgreementId.of("riverside-sa-oncology-advisory-2026");

  private SeedRiversideCompliance() {}

  static List<PromotionalMaterial> promotionalMaterials() {
    return List.of(
        PromotionalMaterial.builder()
            .id(ONCOXA_DETAIL_AID)
            .title("Oncoxa first-line NSCLC efficacy and infusion scheduling detail aid")
            .reviewCode("ONC-US-2025-0412")
            .product(ONCOXA)
            .addIndication(ONCOXA_NSCLC)
            .approvedOn(date(2025, 9, 1))
            .expiresOn(date(2027, 8, 31))
            .build());
  }

  static List<ServiceAgreement> serviceAgreements() {
    return List.of(
        ServiceAgreement.builder()
            .id(ADVISORY_BOARD)
            .kind(ServiceKind.ADVISORY_BOARD)
            .stakeholder(CHIEF_OF_ONCOLOGY)
            .signedOn(date(2026, 4, 2))
            .compensationSetOn(date(2026, 4, 2))
            .compensationBasis(CompensationBasis.PER_SERVICE)
            .start(date(2026, 4, 15))
            .end(date(2027, 4, 14))
            .annualCap(usd("10000.00"))
            .build());
  }

  static List<TargetList> targetLists() {
    return List.of(
        TargetList.builder()
            .id(TargetListId.of("riverside-tl-oncoxa-formulary"))
            .name("Oncoxa formulary influencers 2026")
            .builtBy(JORDAN_BLAKE)
            .addWorkedBy(JORDAN_BLAKE, SALES_ONCOLOGY)
            .addStakeholder(PHARMACY_DIRECTOR)
            .addStakeholder(FORMULARY_MANAGER)
            .addStakeholder(CHIEF_OF_ONCOLOGY)
            .addStakeholder(ONCOLOGY_PHARMACIST)
            .createdOn(date(2026, 1, 12))
            .build());
  }
}
