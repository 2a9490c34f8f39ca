package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.FormOfPayment;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.RuleDescriptor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether each transfer that may become a General Payments record would be a valid record for its
 * program year (REGULATORY.md 1.2, 1.3, 1.6, verified), and whether the pack's custom attributes
 * can be read. Product and recipient checks are in {@link RecipientAndProductChecks}.
 */
final class RecordChecks {
  private RecordChecks() {}

  /** Contextual information and no publication delay apply from this program year. */
  static final int CY2022_RULE_FROM = 2023;

  /** A record names at most this many related products. */
  static final int MAX_PRODUCTS = 5;

  private static final Set<FormOfPayment> OWNERSHIP_FORMS =
      Set.of(
          FormOfPayment.STOCK, FormOfPayment.STOCK_OPTION, FormOfPayment.OTHER_OWNERSHIP_INTEREST);

  static List<Finding> of(
      KeyAccount account, AggregateSpend spend, LocalDate asOf, OpenPaymentsPolicy policy) {
    List<Finding> out = new ArrayList<>();
    Set<TransferOfValueId> candidates = candidates(spend);
    account.transfersOfValue().stream()
        .filter(t -> !t.date().isAfter(asOf))
        .sorted(Comparator.comparing(t -> t.id().value()))
        .forEach(t -> transfer(account, t, candidates.contains(t.id()), policy, out));
    return out;
  }

  /** The transfers some recipient of which may need a record. */
  static Set<TransferOfValueId> candidates(AggregateSpend spend) {
    return spend.assessments().stream()
        .filter(a -> a.reason().mayNeedRecord())
        .map(TransferAssessment::transfer)
        .collect(Collectors.toUnmodifiableSet());
  }

  private static void transfer(
      KeyAccount account,
      TransferOfValue t,
      boolean candidate,
      OpenPaymentsPolicy policy,
      List<Finding> out) {
    TransferFacts facts = AttributeReader.transfer(t.attributes());
    Emitter emit = new Emitter(account, t, out);
    if (!facts.problems().isEmpty()) {
      emit.add(OpenPaymentsRules.ATTRIBUTE_INVALID, String.join("; ", facts.problems()) + ".");
    }
    if (!candidate) {
      return;
    }
    exclusionCondition(t, facts, emit);
    int year = t.date().getYear();
    NatureOfPayment nature = t.nature();
    if (!NatureValidity.isValid(nature, year)) {
      emit.add(
          OpenPaymentsRules.NATURE_INVALID_FOR_YEAR,
          "\""
              + nature.cmsName()
              + "\" is not a valid nature of payment for PY"
              + year
              + " general records; it is"
              + " valid "
              + NatureValidity.validYears(nature)
              + ".");
    }
    policy
        .separateOwnershipFormsFrom()
        .filter(from -> year < from && OWNERSHIP_FORMS.contains(t.form()))
        .ifPresent(
            from ->
                emit.add(
                    OpenPaymentsRules.FORM_INVALID_FOR_YEAR,
                    "\""
                        + t.form().cmsName()
                        + "\" is used from PY"
                        + from
                        + " (the host's setting); PY"
                        + year
                        + " records use the legacy combined form."));
    if (nature == NatureOfPayment.SPACE_RENTAL_OR_FACILITY_FEES && t.organisation().isEmpty()) {
      emit.add(
          OpenPaymentsRules.SPACE_RENTAL_NOT_TEACHING_HOSPITAL,
          "Space rental or facility"
              + " fees are reportable to teaching hospitals only; this goes to "
              + (t.isGroup() ? "a group of people." : "a person."));
    }
    if (nature == NatureOfPayment.TRAVEL_AND_LODGING && t.travelDestination().isEmpty()) {
      emit.add(
          OpenPaymentsRules.TRAVEL_DESTINATION_MISSING,
          "Travel and lodging needs the city, state and country of travel.");
    }
    if (t.relatedProducts().size() > MAX_PRODUCTS) {
      emit.add(
          OpenPaymentsRules.TOO_MANY_PRODUCTS,
          "It names "
              + t.relatedProducts().size()
              + " related products; a record holds at most "
              + MAX_PRODUCTS
              + ". Keep the five most relevant, in order.");
    }
    context(t, facts, year, emit);
    group(t, emit);
  }

  /** Runs for candidates only: some recipient's share of {@code t} may need a record. */
  private static void exclusionCondition(TransferOfValue t, TransferFacts facts, Emitter emit) {
    if (facts.exclusion().equals(Optional.of(StatutoryExclusion.SHORT_TERM_DEVICE_LOAN))) {
      String problem =
          facts
              .deviceLoanDays()
              .map(
                  d ->
                      "a loan of "
                          + d
                          + " days is over 90 days: report it as \""
                          + NatureOfPayment.LONG_TERM_MEDICAL_SUPPLY_OR_DEVICE_LOAN.cmsName()
                          + "\"")
              .orElse("no loan length is recorded in " + OpenPaymentsAttributes.DEVICE_LOAN_DAYS);
      emit.add(
          OpenPaymentsRules.EXCLUSION_CONDITION_NOT_MET,
          "Marked as a short-term device"
              + " loan, but "
              + problem
              + "; it is judged as not excluded.");
    }
    if (facts.exclusion().equals(Optional.of(StatutoryExclusion.LARGE_CONFERENCE_ITEM))) {
      emit.add(
          OpenPaymentsRules.EXCLUSION_CONDITION_NOT_MET,
          "Marked as a large-conference"
              + " item, but the exclusion covers items below the minimum only, or the minimum is"
              + " not known; it is judged as not excluded.");
    }
  }

  private static void context(TransferOfValue t, TransferFacts facts, int year, Emitter emit) {
    if (t.organisation().isPresent()
        && year >= CY2022_RULE_FROM
        && facts.contextualInformation().isEmpty()) {
      emit.add(
          OpenPaymentsRules.CONTEXTUAL_INFORMATION_MISSING,
          "Teaching-hospital records"
              + " from PY"
              + CY2022_RULE_FROM
              + " need contextual information: set "
              + OpenPaymentsAttributes.CONTEXTUAL_INFORMATION
              + ".");
    }
    facts
        .contextualInformation()
        .filter(c -> c.length() > OpenPaymentsAttributes.CONTEXTUAL_INFORMATION_MAX_LENGTH)
        .ifPresent(
            c ->
                emit.add(
                    OpenPaymentsRules.CONTEXTUAL_INFORMATION_TOO_LONG,
                    "Contextual information has "
                        + c.length()
                        + " characters; at most "
                        + OpenPaymentsAttributes.CONTEXTUAL_INFORMATION_MAX_LENGTH
                        + " are allowed."));
    if (facts.delayInPublication() && year >= CY2022_RULE_FROM) {
      emit.add(
          OpenPaymentsRules.PUBLICATION_DELAY_NOT_ALLOWED,
          "General records from PY"
              + CY2022_RULE_FROM
              + " cannot ask for a delay in publication; this PY"
              + year
              + " record asks for one.");
    }
  }

  private static void group(TransferOfValue t, Emitter emit) {
    if (!t.isGroup()) {
      return;
    }
    if (t.headcount().isEmpty()) {
      emit.add(
          OpenPaymentsRules.HEADCOUNT_MISSING,
          "No headcount of everyone who partook: the "
              + t.amount()
              + " is split among the "
              + t.attendees().size()
              + " recorded attendees"
              + " only, which may overstate each share.");
    }
    if (t.nature() != NatureOfPayment.FOOD_AND_BEVERAGE) {
      emit.add(
          OpenPaymentsRules.GROUP_NOT_A_MEAL,
          "\""
              + t.nature().cmsName()
              + "\" shared by"
              + " a group is split per person like a meal; CMS's per-person rule is verified for"
              + " food and beverage only.");
    }
  }

  /** Adds findings about one transfer. */
  private record Emitter(KeyAccount account, TransferOfValue t, List<Finding> out) {
    void add(RuleDescriptor rule, String message) {
      out.add(Finding.of(rule, account.id(), List.<KamId>of(t.id()), message));
    }
  }
}
