package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.ProductKind;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.rules.compliance.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks of the records' recipient and product fields, once per stakeholder or product rather than
 * once per transfer: an NPI for every individual covered recipient, and the product fields a record
 * needs for every related product. The NPI's check digit is validated by the model ({@code Npi}),
 * so only its absence can reach the pack.
 */
final class RecipientAndProductChecks {
  private RecipientAndProductChecks() {}

  /** Device identifiers are reported from this program year. */
  static final int DEVICE_IDENTIFIER_FROM = 2021;

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
    ProductFacts facts = AttributeReader.product(p.attributes());
    if (!facts.problems().isEmpty()) {
      out.add(
          Finding.of(
              OpenPaymentsRules.ATTRIBUTE_INVALID,
              account.id(),
              List.of(p.id()),
              OpenPaymentsCode.ATTRIBUTE_INVALID,
              Arg.list(facts.problems(), Arg::of)));
    }
    if (related.isEmpty()) {
      return;
    }
    deviceIdentifier(account, p, facts, related, out);
    List<Message> missing = missing(p, facts);
    if (!missing.isEmpty()) {
      List<KamId> subjects = new ArrayList<>();
      subjects.add(p.id());
      related.forEach(t -> subjects.add(t.id()));
      out.add(
          Finding.of(
              OpenPaymentsRules.PRODUCT_FIELD_MISSING,
              account.id(),
              subjects,
              OpenPaymentsCode.PRODUCT_FIELD_MISSING,
              Arg.of(p.id(), p.name()),
              Arg.of(related.size()),
              Arg.list(missing, Arg::of)));
    }
  }

  /**
   * A covered device or medical supply related to records from PY2021 needs its device identifier:
   * an error, as the data dictionary requires the field from that year.
   */
  private static void deviceIdentifier(
      KeyAccount account,
      Product p,
      ProductFacts facts,
      List<TransferOfValue> related,
      List<Finding> out) {
    boolean device = p.kind() == ProductKind.DEVICE || p.kind() == ProductKind.MEDICAL_SUPPLY;
    if (!device || !facts.covered().orElse(false) || facts.deviceIdentifier().isPresent()) {
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
            Arg.text(OpenPaymentsAttributes.DEVICE_IDENTIFIER),
            Arg.year(DEVICE_IDENTIFIER_FROM)));
  }

  private static List<Message> missing(Product p, ProductFacts facts) {
    List<Message> missing = new ArrayList<>();
    if (facts.covered().isEmpty()) {
      missing.add(
          Message.of(
              OpenPaymentsCode.PRODUCT_COVERED_UNKNOWN,
              Arg.text(OpenPaymentsAttributes.COVERED_PRODUCT)));
    }
    if (ProductCategories.of(p.kind()).isEmpty()) {
      missing.add(Message.of(OpenPaymentsCode.PRODUCT_NO_CATEGORY, Arg.of(p.kind())));
    }
    boolean covered = facts.covered().orElse(false);
    boolean drug = p.kind() == ProductKind.DRUG || p.kind() == ProductKind.BIOLOGICAL;
    if (covered && drug && p.ndc().isEmpty()) {
      missing.add(Message.of(OpenPaymentsCode.PRODUCT_NDC_MISSING));
    }
    return missing;
  }
}
