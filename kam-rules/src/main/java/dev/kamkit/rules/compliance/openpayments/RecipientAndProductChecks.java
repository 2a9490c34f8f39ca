package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.ProductCoverage;
import dev.kamkit.model.portfolio.ProductKind;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.rules.compliance.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks of the records' recipient and product fields, once per stakeholder or product rather than
 * once per transfer: an NPI for every individual covered recipient, and the product fields a record
 * needs for every related product (its coverage, its CMS category, an NDC for a covered drug or
 * biological, a device identifier for a covered device or supply, and no identifier of the other
 * kind; its name and therapeutic area the model always has). The NPI's check digit is validated by
 * the model ({@code Npi}), so only its absence can reach the pack.
 */
final class RecipientAndProductChecks {
  private RecipientAndProductChecks() {}

  /** Device identifiers are reported from this program year. */
  static final int DEVICE_IDENTIFIER_FROM = 2021;

  /** The product field that holds whether it is covered, as findings name it. */
  static final String COVERAGE_FIELD = "coverage";

  /** The product field that holds its device identifier, as findings name it. */
  static final String DEVICE_IDENTIFIER_FIELD = "deviceIdentifier";

  private static final Comparator<KamId> ID_ORDER = Comparator.comparing(KamId::value);

  /**
   * Adds to {@code out} the recipient and product findings; {@code candidates} are the transfers
   * that may need a record ({@link RecordChecks#candidates}).
   */
  static void of(
      KeyAccount account,
      AggregateSpend spend,
      Set<TransferOfValueId> candidates,
      List<Finding> out) {
    npi(account, spend, out);
    Map<ProductId, List<TransferOfValue>> related = candidatesByProduct(account, candidates);
    List<Product> products = new ArrayList<>(account.products());
    products.sort(Comparator.comparing(p -> p.id().value()));
    for (Product p : products) {
      product(account, p, related.getOrDefault(p.id(), List.of()), out);
    }
  }

  private static void npi(KeyAccount account, AggregateSpend spend, List<Finding> out) {
    Map<KamId, Set<KamId>> needingRecords = transfersNeedingRecords(spend);
    List<Stakeholder> stakeholders = new ArrayList<>(account.stakeholders());
    stakeholders.sort(Comparator.comparing(x -> x.id().value()));
    for (Stakeholder s : stakeholders) {
      Set<KamId> transfers = needingRecords.get(s.id());
      if (transfers != null && s.hcp().flatMap(h -> h.npi()).isEmpty()) {
        List<KamId> subjects = new ArrayList<>();
        subjects.add(s.id());
        subjects.addAll(transfers);
        out.add(
            Finding.of(
                OpenPaymentsRules.NPI_MISSING,
                account.id(),
                subjects,
                OpenPaymentsCode.NPI_MISSING,
                Arg.of(s.id(), s.name())));
      }
    }
  }

  /** By covered recipient, the transfers that may need a record for them, in id order. */
  private static Map<KamId, Set<KamId>> transfersNeedingRecords(AggregateSpend spend) {
    Map<KamId, Set<KamId>> byRecipient = new HashMap<>();
    for (RecipientYear ry : spend.recipientYears()) {
      if (!ry.coverage().isCovered()) {
        continue;
      }
      for (TransferAssessment a : ry.assessments()) {
        if (a.reason().mayNeedRecord()) {
          byRecipient
              .computeIfAbsent(ry.recipient(), k -> new TreeSet<>(ID_ORDER))
              .add(a.transfer());
        }
      }
    }
    return byRecipient;
  }

  /** By product, the candidate transfers that name it, in id order: one pass, not one a product. */
  private static Map<ProductId, List<TransferOfValue>> candidatesByProduct(
      KeyAccount account, Set<TransferOfValueId> candidates) {
    List<TransferOfValue> transfers = new ArrayList<>();
    for (TransferOfValue t : account.transfersOfValue()) {
      if (candidates.contains(t.id())) {
        transfers.add(t);
      }
    }
    transfers.sort(RecordChecks.TRANSFER_ORDER);
    Map<ProductId, List<TransferOfValue>> byProduct = new HashMap<>();
    for (TransferOfValue t : transfers) {
      for (ProductId p : t.relatedProducts()) {
        byProduct.computeIfAbsent(p, k -> new ArrayList<>()).add(t);
      }
    }
    return byProduct;
  }

  private static void product(
      KeyAccount account, Product p, List<TransferOfValue> related, List<Finding> out) {
    List<Message> problems = FactsReader.product(p);
    if (!problems.isEmpty()) {
      out.add(
          Finding.of(
              OpenPaymentsRules.ATTRIBUTE_INVALID,
              account.id(),
              List.of(p.id()),
              OpenPaymentsCode.ATTRIBUTE_INVALID,
              Arg.list(problems, Arg::of)));
    }
    if (related.isEmpty()) {
      return;
    }
    deviceIdentifier(account, p, related, out);
    identifierNotApplicable(account, p, related, out);
    List<Message> missing = missing(p);
    if (!missing.isEmpty()) {
      out.add(
          Finding.of(
              OpenPaymentsRules.PRODUCT_FIELD_MISSING,
              account.id(),
              subjects(p, related),
              OpenPaymentsCode.PRODUCT_FIELD_MISSING,
              Arg.of(p.id(), p.name()),
              Arg.of(related.size()),
              Arg.list(missing, Arg::of)));
    }
  }

  /** True for a drug or biological, the products an NDC identifies. */
  static boolean isDrug(Product p) {
    return p.kind() == ProductKind.DRUG || p.kind() == ProductKind.BIOLOGICAL;
  }

  /** True for a device or medical supply, the products a device identifier identifies. */
  static boolean isDevice(Product p) {
    return p.kind() == ProductKind.DEVICE || p.kind() == ProductKind.MEDICAL_SUPPLY;
  }

  /** True if the product is recorded as covered. */
  static boolean isCovered(Product p) {
    return p.coverage().equals(Optional.of(ProductCoverage.COVERED));
  }

  private static List<KamId> subjects(Product p, List<TransferOfValue> related) {
    List<KamId> subjects = new ArrayList<>();
    subjects.add(p.id());
    related.forEach(t -> subjects.add(t.id()));
    return subjects;
  }

  /**
   * A covered device or medical supply related to records from PY2021 needs its device identifier:
   * an error, as the data dictionary requires the field from that year.
   */
  private static void deviceIdentifier(
      KeyAccount account, Product p, List<TransferOfValue> related, List<Finding> out) {
    if (!isDevice(p) || !isCovered(p) || p.deviceIdentifier().isPresent()) {
      return;
    }
    List<KamId> subjects = new ArrayList<>();
    subjects.add(p.id());
    for (TransferOfValue t : related) {
      if (t.date().getYear() >= DEVICE_IDENTIFIER_FROM) {
        subjects.add(t.id());
      }
    }
    if (subjects.size() == 1) {
      return;
    }
    out.add(
        Finding.of(
            OpenPaymentsRules.DEVICE_IDENTIFIER_MISSING,
            account.id(),
            subjects,
            OpenPaymentsCode.DEVICE_IDENTIFIER_MISSING,
            Arg.of(p.id(), p.name()),
            Arg.of(subjects.size() - 1),
            Arg.text(DEVICE_IDENTIFIER_FIELD),
            Arg.year(DEVICE_IDENTIFIER_FROM)));
  }

  /**
   * An NDC on a device or medical supply, or a device identifier on a drug or biological: the
   * product's kind or its identifier is wrong, and either makes its records wrong.
   */
  private static void identifierNotApplicable(
      KeyAccount account, Product p, List<TransferOfValue> related, List<Finding> out) {
    List<OpenPaymentsCode> codes = new ArrayList<>(2);
    if (isDevice(p) && p.ndc().isPresent()) {
      codes.add(OpenPaymentsCode.NDC_NOT_APPLICABLE);
    }
    if (isDrug(p) && p.deviceIdentifier().isPresent()) {
      codes.add(OpenPaymentsCode.DEVICE_IDENTIFIER_NOT_APPLICABLE);
    }
    for (OpenPaymentsCode code : codes) {
      out.add(
          Finding.of(
              OpenPaymentsRules.PRODUCT_IDENTIFIER_NOT_APPLICABLE,
              account.id(),
              subjects(p, related),
              code,
              Arg.of(p.id(), p.name()),
              Arg.of(p.kind()),
              Arg.of(related.size())));
    }
  }

  private static List<Message> missing(Product p) {
    List<Message> missing = new ArrayList<>();
    if (p.coverage().isEmpty()) {
      missing.add(Message.of(OpenPaymentsCode.PRODUCT_COVERED_UNKNOWN, Arg.text(COVERAGE_FIELD)));
    }
    if (ProductCategories.of(p.kind()).isEmpty()) {
      missing.add(Message.of(OpenPaymentsCode.PRODUCT_NO_CATEGORY, Arg.of(p.kind())));
    }
    if (isCovered(p) && isDrug(p) && p.ndc().isEmpty()) {
      missing.add(Message.of(OpenPaymentsCode.PRODUCT_NDC_MISSING));
    }
    return missing;
  }
}
