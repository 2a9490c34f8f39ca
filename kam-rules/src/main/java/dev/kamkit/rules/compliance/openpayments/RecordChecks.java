package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.FormOfPayment;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.ThirdPartyKind;
import dev.kamkit.model.engagement.ThirdPartyRecipient;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.stakeholder.EmploymentBasis;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.RuleDescriptor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether each transfer that may become a General Payments record would be a valid record for its
 * program year (CMS, "General Payments Data Dictionary" and published values; CY2022 Physician Fee
 * Schedule rule), and whether the pack's custom attributes can be read. Product and recipient
 * checks are in {@link RecipientAndProductChecks}.
 */
final class RecordChecks {
  private RecordChecks() {}

  /** Contextual information and no publication delay apply from this program year. */
  static final int CY2022_RULE_FROM = 2023;

  /**
   * The largest number of characters of {@code
   * Name_of_Third_Party_Entity_Receiving_Payment_or_Transfer_of_Value} (CMS, "General Payments Data
   * Dictionary": VARCHAR2(50)).
   */
  static final int THIRD_PARTY_NAME_MAX_LENGTH = 50;

  /** A record names at most this many related products. */
  static final int MAX_PRODUCTS = 5;

  private static final Set<FormOfPayment> OWNERSHIP_FORMS =
      Set.of(
          FormOfPayment.STOCK, FormOfPayment.STOCK_OPTION, FormOfPayment.OTHER_OWNERSHIP_INTEREST);

  /** Transfers in id order. */
  static final Comparator<TransferOfValue> TRANSFER_ORDER =
      Comparator.comparing(t -> t.id().value());

  /** Adds to {@code out} the findings about each transfer made on or before {@code asOf}. */
  static void of(
      KeyAccount account,
      Set<TransferOfValueId> candidates,
      LocalDate asOf,
      OpenPaymentsPolicy policy,
      List<Finding> out) {
    List<TransferOfValue> made = new ArrayList<>();
    for (TransferOfValue t : account.transfersOfValue()) {
      if (!t.date().isAfter(asOf)) {
        made.add(t);
      }
    }
    made.sort(TRANSFER_ORDER);
    for (TransferOfValue t : made) {
      transfer(account, t, candidates.contains(t.id()), policy, out);
    }
  }

  /** The transfers some recipient of which may need a record. */
  static Set<TransferOfValueId> candidates(AggregateSpend spend) {
    Set<TransferOfValueId> candidates = new HashSet<>();
    for (RecipientYear ry : spend.recipientYears()) {
      for (TransferAssessment a : ry.assessments()) {
        if (a.reason().mayNeedRecord()) {
          candidates.add(a.transfer());
        }
      }
    }
    return candidates;
  }

  private static void transfer(
      KeyAccount account,
      TransferOfValue t,
      boolean candidate,
      OpenPaymentsPolicy policy,
      List<Finding> out) {
    TransferFacts facts = FactsReader.transfer(t);
    Emitter emit = new Emitter(account, t, out);
    if (!facts.problems().isEmpty()) {
      emit.add(
          OpenPaymentsRules.ATTRIBUTE_INVALID,
          OpenPaymentsCode.ATTRIBUTE_INVALID,
          Arg.list(facts.problems(), Arg::of));
    }
    if (!candidate || Exclusions.settles(facts)) {
      return;
    }
    exclusionCondition(facts, emit);
    int year = t.date().getYear();
    NatureOfPayment nature = t.nature();
    if (!NatureValidity.isValid(nature, year)) {
      emit.add(
          OpenPaymentsRules.NATURE_INVALID_FOR_YEAR,
          OpenPaymentsCode.NATURE_INVALID_FOR_YEAR,
          Arg.of(nature),
          Arg.year(year),
          Arg.of(NatureValidity.validYears(nature)));
    }
    policy
        .separateOwnershipFormsFrom()
        .filter(from -> year < from && OWNERSHIP_FORMS.contains(t.form()))
        .ifPresent(
            from ->
                emit.add(
                    OpenPaymentsRules.FORM_INVALID_FOR_YEAR,
                    OpenPaymentsCode.FORM_INVALID_FOR_YEAR,
                    Arg.of(t.form()),
                    Arg.year(from),
                    Arg.year(year)));
    if (policy.isMismatch(t.form(), nature)) {
      emit.add(
          OpenPaymentsRules.FORM_NATURE_MISMATCH,
          OpenPaymentsCode.FORM_NATURE_MISMATCH,
          Arg.of(t.form()),
          Arg.of(nature));
    }
    if (nature == NatureOfPayment.SPACE_RENTAL_OR_FACILITY_FEES && t.organisation().isEmpty()) {
      emit.add(
          OpenPaymentsRules.SPACE_RENTAL_NOT_TEACHING_HOSPITAL,
          t.isGroup()
              ? OpenPaymentsCode.SPACE_RENTAL_TO_GROUP
              : OpenPaymentsCode.SPACE_RENTAL_TO_PERSON);
    }
    if (nature == NatureOfPayment.TRAVEL_AND_LODGING && t.travelDestination().isEmpty()) {
      emit.add(
          OpenPaymentsRules.TRAVEL_DESTINATION_MISSING,
          OpenPaymentsCode.TRAVEL_DESTINATION_MISSING);
    }
    if (t.relatedProducts().size() > MAX_PRODUCTS) {
      emit.add(
          OpenPaymentsRules.TOO_MANY_PRODUCTS,
          OpenPaymentsCode.TOO_MANY_PRODUCTS,
          Arg.of(t.relatedProducts().size()),
          Arg.of(MAX_PRODUCTS));
    }
    thirdParty(t, emit);
    employment(account, t, emit);
    context(t, facts, year, emit);
    group(t, emit);
  }

  /**
   * A payment marked as salary or benefits that may need a record: its recipient is not the
   * manufacturer's employee on the day, so the mark does not exclude it.
   */
  private static void employment(KeyAccount account, TransferOfValue t, Emitter emit) {
    if (!t.employmentCompensation() || t.recipient().isEmpty()) {
      return;
    }
    StakeholderId id = t.recipient().get();
    Arg who = ReportabilityFindings.recipient(account, id);
    boolean contractor =
        account
            .stakeholder(id)
            .flatMap(Stakeholder::manufacturerEmployment)
            .filter(e -> e.basis() == EmploymentBasis.CONTRACTOR)
            .isPresent();
    if (contractor) {
      emit.add(
          OpenPaymentsRules.EMPLOYEE_COMPENSATION_NOT_EMPLOYEE,
          OpenPaymentsCode.EMPLOYEE_COMPENSATION_TO_CONTRACTOR,
          who);
    } else {
      emit.add(
          OpenPaymentsRules.EMPLOYEE_COMPENSATION_NOT_EMPLOYEE,
          OpenPaymentsCode.EMPLOYEE_COMPENSATION_NOT_EMPLOYED,
          who,
          Arg.of(t.date()));
    }
  }

  /** An entity a payment was directed to is named, within the record's 50 characters. */
  private static void thirdParty(TransferOfValue t, Emitter emit) {
    Optional<ThirdPartyRecipient> third =
        t.thirdParty().filter(p -> p.kind() == ThirdPartyKind.ENTITY);
    if (third.isEmpty()) {
      return;
    }
    Optional<String> name = third.get().name();
    if (name.isEmpty()) {
      emit.add(
          OpenPaymentsRules.THIRD_PARTY_NAME_MISSING, OpenPaymentsCode.THIRD_PARTY_NAME_MISSING);
    } else if (name.get().length() > THIRD_PARTY_NAME_MAX_LENGTH) {
      emit.add(
          OpenPaymentsRules.THIRD_PARTY_NAME_TOO_LONG,
          OpenPaymentsCode.THIRD_PARTY_NAME_TOO_LONG,
          Arg.of(name.get().length()),
          Arg.of(THIRD_PARTY_NAME_MAX_LENGTH));
    }
  }

  /** Runs for candidates only: some recipient's share of {@code t} may need a record. */
  private static void exclusionCondition(TransferFacts facts, Emitter emit) {
    if (facts.exclusion().equals(Optional.of(StatutoryExclusion.SHORT_TERM_DEVICE_LOAN))) {
      facts
          .deviceLoanDays()
          .ifPresentOrElse(
              d ->
                  emit.add(
                      OpenPaymentsRules.EXCLUSION_CONDITION_NOT_MET,
                      OpenPaymentsCode.DEVICE_LOAN_TOO_LONG,
                      Arg.of(d),
                      Arg.of(Exclusions.SHORT_TERM_LOAN_MAX_DAYS),
                      Arg.of(NatureOfPayment.LONG_TERM_MEDICAL_SUPPLY_OR_DEVICE_LOAN)),
              () ->
                  emit.add(
                      OpenPaymentsRules.EXCLUSION_CONDITION_NOT_MET,
                      OpenPaymentsCode.DEVICE_LOAN_LENGTH_MISSING,
                      Arg.text(OpenPaymentsFacts.DEVICE_LOAN_DAYS.name())));
    }
    if (facts.exclusion().equals(Optional.of(StatutoryExclusion.LARGE_CONFERENCE_ITEM))) {
      emit.add(
          OpenPaymentsRules.EXCLUSION_CONDITION_NOT_MET,
          OpenPaymentsCode.LARGE_CONFERENCE_ITEM_NOT_EXCLUDED);
    }
  }

  private static void context(TransferOfValue t, TransferFacts facts, int year, Emitter emit) {
    if (t.organisation().isPresent()
        && year >= CY2022_RULE_FROM
        && facts.contextualInformation().isEmpty()) {
      emit.add(
          OpenPaymentsRules.CONTEXTUAL_INFORMATION_MISSING,
          OpenPaymentsCode.CONTEXTUAL_INFORMATION_MISSING,
          Arg.year(CY2022_RULE_FROM),
          Arg.text(OpenPaymentsFacts.CONTEXTUAL_INFORMATION.name()));
    }
    facts
        .contextualInformation()
        .filter(c -> c.length() > OpenPaymentsFacts.CONTEXTUAL_INFORMATION_MAX_LENGTH)
        .ifPresent(
            c ->
                emit.add(
                    OpenPaymentsRules.CONTEXTUAL_INFORMATION_TOO_LONG,
                    OpenPaymentsCode.CONTEXTUAL_INFORMATION_TOO_LONG,
                    Arg.of(c.length()),
                    Arg.of(OpenPaymentsFacts.CONTEXTUAL_INFORMATION_MAX_LENGTH)));
    if (facts.delayInPublication() && year >= CY2022_RULE_FROM) {
      emit.add(
          OpenPaymentsRules.PUBLICATION_DELAY_NOT_ALLOWED,
          OpenPaymentsCode.PUBLICATION_DELAY_NOT_ALLOWED,
          Arg.year(CY2022_RULE_FROM),
          Arg.year(year));
    }
  }

  private static void group(TransferOfValue t, Emitter emit) {
    if (!t.isGroup()) {
      return;
    }
    if (t.headcount().isEmpty()) {
      emit.add(
          OpenPaymentsRules.HEADCOUNT_MISSING,
          OpenPaymentsCode.HEADCOUNT_MISSING,
          Arg.of(t.amount()),
          Arg.of(t.attendees().size()));
    }
    if (t.nature() != NatureOfPayment.FOOD_AND_BEVERAGE) {
      emit.add(
          OpenPaymentsRules.GROUP_NOT_A_MEAL,
          OpenPaymentsCode.GROUP_NOT_A_MEAL,
          Arg.of(t.nature()));
    }
  }

  /** Adds findings about one transfer. */
  private record Emitter(KeyAccount account, TransferOfValue t, List<Finding> out) {
    void add(RuleDescriptor rule, OpenPaymentsCode code, Arg... args) {
      out.add(Finding.of(rule, account.id(), List.<KamId>of(t.id()), code, args));
    }
  }
}
