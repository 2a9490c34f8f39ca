package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.ThirdPartyKind;
import dev.kamkit.model.engagement.ThirdPartyRecipient;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.ProductCoverage;
import dev.kamkit.model.stakeholder.HcpIdentity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Maps each reportable assessment of one account to a General Payments record: the whole transfer
 * for one recipient, the per-person share for each covered attendee of a group meal.
 *
 * <p>Each related product (the first five) fills its slot from the product's fields: its coverage,
 * CMS category, therapeutic area and name; its NDC only when it is a covered drug or biological,
 * its device identifier only when it is a covered device or medical supply and the program year is
 * 2021 or later. An identifier that does not fit the product's kind is left out of the record and
 * reported by rule {@code openpayments.record.product-identifier-not-applicable}.
 */
final class GeneralPaymentRecords {
  private GeneralPaymentRecords() {}

  /** The value of {@code Third_Party_Payment_Recipient_Indicator} without a third party. */
  static final String NO_THIRD_PARTY = "No Third Party Payment";

  // every assessed transfer is one of the account's own, so transfers.get(..) finds it
  @SuppressWarnings("NullAway")
  static List<GeneralPaymentRecord> of(
      KeyAccount account, AggregateSpend spend, OpenPaymentsPolicy policy) {
    Map<TransferOfValueId, TransferOfValue> transfers =
        account.transfersOfValue().stream().collect(Collectors.toMap(TransferOfValue::id, t -> t));
    List<GeneralPaymentRecord> records = new ArrayList<>();
    for (RecipientYear ry : spend.recipientYears()) {
      for (TransferAssessment a : ry.reportable()) {
        records.add(record(account, ry, a, transfers.get(a.transfer()), policy));
      }
    }
    return records;
  }

  private static GeneralPaymentRecord record(
      KeyAccount account,
      RecipientYear ry,
      TransferAssessment a,
      TransferOfValue t,
      OpenPaymentsPolicy policy) {
    Map<String, String> f = new LinkedHashMap<>();
    GeneralPaymentFields.ALL.forEach(name -> f.put(name, ""));
    TransferFacts facts = FactsReader.transfer(t);
    f.put(
        GeneralPaymentFields.COVERED_RECIPIENT_TYPE,
        ry.coverage().type().map(CoveredRecipientType::cmsName).orElse(""));
    recipient(account, ry, a, policy, f);
    f.put(GeneralPaymentFields.SUBMITTING_ENTITY_NAME, policy.submittingEntityName().orElse(""));
    f.put(GeneralPaymentFields.MANUFACTURER_NAME, ry.manufacturer().orElse(""));
    f.put(
        GeneralPaymentFields.TOTAL_AMOUNT_USD,
        a.usdValue().map(m -> m.amount().toPlainString()).orElse(""));
    f.put(GeneralPaymentFields.DATE_OF_PAYMENT, a.date().toString());
    f.put(GeneralPaymentFields.NUMBER_OF_PAYMENTS, "1");
    f.put(GeneralPaymentFields.FORM, t.form().cmsName());
    f.put(GeneralPaymentFields.NATURE, t.nature().cmsName());
    t.travelDestination()
        .ifPresent(
            d -> {
              f.put(GeneralPaymentFields.CITY_OF_TRAVEL, d.city());
              f.put(GeneralPaymentFields.STATE_OF_TRAVEL, d.state().orElse(""));
              f.put(GeneralPaymentFields.COUNTRY_OF_TRAVEL, d.country());
            });
    thirdParty(t, f);
    f.put(GeneralPaymentFields.CONTEXTUAL_INFORMATION, facts.contextualInformation().orElse(""));
    f.put(GeneralPaymentFields.DELAY_IN_PUBLICATION, yesNo(facts.delayInPublication()));
    f.put(GeneralPaymentFields.PROGRAM_YEAR, String.valueOf(a.programYear()));
    f.put(GeneralPaymentFields.RELATED_PRODUCT_INDICATOR, yesNo(!t.relatedProducts().isEmpty()));
    products(account, t, a.programYear(), f);
    return GeneralPaymentRecord.builder()
        .transfer(a.transfer())
        .recipient(a.recipient())
        .fields(f)
        .build();
  }

  private static void recipient(
      KeyAccount account,
      RecipientYear ry,
      TransferAssessment a,
      OpenPaymentsPolicy policy,
      Map<String, String> f) {
    if (a.recipient() instanceof AccountId hospital) {
      policy
          .teachingHospitals(a.programYear())
          .flatMap(l -> l.hospital(hospital))
          .ifPresent(
              h -> {
                f.put(GeneralPaymentFields.TEACHING_HOSPITAL_CCN, h.ccn());
                f.put(GeneralPaymentFields.TEACHING_HOSPITAL_NAME, h.name());
              });
      return;
    }
    Optional<HcpIdentity> hcp =
        a.recipient() instanceof StakeholderId id
            ? account.stakeholder(id).flatMap(s -> s.hcp())
            : Optional.empty();
    hcp.ifPresent(
        h -> {
          f.put(GeneralPaymentFields.COVERED_RECIPIENT_NPI, h.npi().map(n -> n.value()).orElse(""));
          f.put(GeneralPaymentFields.COVERED_RECIPIENT_SPECIALTY_1, h.specialty().orElse(""));
          List<String> states = h.licenseStates().stream().sorted().limit(5).toList();
          for (int n = 1; n <= states.size(); n++) {
            f.put(GeneralPaymentFields.licenseState(n), states.get(n - 1));
          }
        });
  }

  /**
   * The third-party fields: {@code No Third Party Payment} and three blanks without one, as CMS
   * publishes them; an individual third party has no entity name.
   */
  private static void thirdParty(TransferOfValue t, Map<String, String> f) {
    Optional<ThirdPartyRecipient> third = t.thirdParty();
    f.put(
        GeneralPaymentFields.THIRD_PARTY_INDICATOR,
        third.map(p -> p.kind().cmsName()).orElse(NO_THIRD_PARTY));
    third.ifPresent(
        p -> {
          if (p.kind() == ThirdPartyKind.ENTITY) {
            f.put(GeneralPaymentFields.THIRD_PARTY_NAME, p.name().orElse(""));
          }
          f.put(GeneralPaymentFields.CHARITY_INDICATOR, yesNo(p.charity()));
          f.put(
              GeneralPaymentFields.THIRD_PARTY_EQUALS_COVERED_RECIPIENT,
              yesNo(p.coveredRecipient()));
        });
  }

  private static void products(
      KeyAccount account, TransferOfValue t, int year, Map<String, String> f) {
    List<ProductId> ids = t.relatedProducts();
    for (int n = 1; n <= Math.min(ids.size(), RecordChecks.MAX_PRODUCTS); n++) {
      Optional<Product> product = account.product(ids.get(n - 1));
      if (product.isEmpty()) {
        continue;
      }
      Product p = product.get();
      boolean covered = RecipientAndProductChecks.isCovered(p);
      f.put(
          GeneralPaymentFields.coveredIndicator(n),
          p.coverage()
              .map(c -> c == ProductCoverage.COVERED ? "Covered" : "Non-Covered")
              .orElse(""));
      f.put(GeneralPaymentFields.productCategory(n), ProductCategories.of(p.kind()).orElse(""));
      f.put(GeneralPaymentFields.therapeuticArea(n), p.therapeuticArea());
      f.put(GeneralPaymentFields.productName(n), p.name());
      if (covered && RecipientAndProductChecks.isDrug(p)) {
        f.put(GeneralPaymentFields.ndc(n), p.ndc().orElse(""));
      }
      if (covered
          && RecipientAndProductChecks.isDevice(p)
          && year >= RecipientAndProductChecks.DEVICE_IDENTIFIER_FROM) {
        f.put(GeneralPaymentFields.deviceIdentifier(n), p.deviceIdentifier().orElse(""));
      }
    }
  }

  private static String yesNo(boolean value) {
    return value ? "Yes" : "No";
  }
}
