package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.ProductKind;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.rules.compliance.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

  static List<Finding> of(KeyAccount account, AggregateSpend spend) {
    List<Finding> out = new ArrayList<>();
    npi(account, spend, out);
    Set<TransferOfValueId> candidates = RecordChecks.candidates(spend);
    account.products().stream()
        .sorted(Comparator.comparing(p -> p.id().value()))
        .forEach(p -> product(account, p, candidates, out));
    return out;
  }

  private static void npi(KeyAccount account, AggregateSpend spend, List<Finding> out) {
    for (Stakeholder s :
        account.stakeholders().stream()
            .sorted(Comparator.comparing(x -> x.id().value()))
            .toList()) {
      Set<KamId> transfers = new TreeSet<>(Comparator.comparing(KamId::value));
      spend.of(s.id()).stream()
          .filter(ry -> ry.coverage().isCovered())
          .flatMap(ry -> ry.assessments().stream())
          .filter(a -> a.reason().mayNeedRecord())
          .forEach(a -> transfers.add(a.transfer()));
      if (!transfers.isEmpty() && s.hcp().flatMap(h -> h.npi()).isEmpty()) {
        List<KamId> subjects = new ArrayList<>();
        subjects.add(s.id());
        subjects.addAll(transfers);
        out.add(
            Finding.of(
                OpenPaymentsRules.NPI_MISSING,
                account.id(),
                subjects,
                s.name()
                    + " is a covered recipient without an NPI; Covered_Recipient_NPI is the"
                    + " individual's own NPI, not a group's."));
      }
    }
  }

  private static void product(
      KeyAccount account, Product p, Set<TransferOfValueId> candidates, List<Finding> out) {
    ProductFacts facts = AttributeReader.product(p.attributes());
    if (!facts.problems().isEmpty()) {
      out.add(
          Finding.of(
              OpenPaymentsRules.ATTRIBUTE_INVALID,
              account.id(),
              List.of(p.id()),
              String.join("; ", facts.problems()) + "."));
    }
    List<TransferOfValue> related =
        account.transfersOfValue().stream()
            .filter(t -> t.relatedProducts().contains(p.id()) && candidates.contains(t.id()))
            .sorted(Comparator.comparing(t -> t.id().value()))
            .toList();
    if (related.isEmpty()) {
      return;
    }
    List<String> missing = missing(p, facts, related);
    if (!missing.isEmpty()) {
      List<KamId> subjects = new ArrayList<>();
      subjects.add(p.id());
      related.forEach(t -> subjects.add(t.id()));
      out.add(
          Finding.of(
              OpenPaymentsRules.PRODUCT_FIELD_MISSING,
              account.id(),
              subjects,
              p.name()
                  + " is related to "
                  + related.size()
                  + " transfer(s) that may be reported,"
                  + " but "
                  + String.join("; ", missing)
                  + "."));
    }
  }

  private static List<String> missing(
      Product p, ProductFacts facts, List<TransferOfValue> related) {
    List<String> missing = new ArrayList<>();
    if (facts.covered().isEmpty()) {
      missing.add(
          "whether it is a covered product is not recorded in "
              + OpenPaymentsAttributes.COVERED_PRODUCT);
    }
    if (ProductCategories.of(p.kind()).isEmpty()) {
      missing.add(
          "a "
              + p.kind()
              + " has no CMS category of drug, biological, device or"
              + " medical supply");
    }
    boolean covered = facts.covered().orElse(false);
    boolean drug = p.kind() == ProductKind.DRUG || p.kind() == ProductKind.BIOLOGICAL;
    if (covered && drug && p.ndc().isEmpty()) {
      missing.add("a covered drug or biological has no NDC");
    }
    boolean device = p.kind() == ProductKind.DEVICE || p.kind() == ProductKind.MEDICAL_SUPPLY;
    boolean fromPy2021 =
        related.stream().anyMatch(t -> t.date().getYear() >= DEVICE_IDENTIFIER_FROM);
    if (covered && device && fromPy2021 && facts.deviceIdentifier().isEmpty()) {
      missing.add(
          "a covered device or medical supply has no device identifier in "
              + OpenPaymentsAttributes.DEVICE_IDENTIFIER
              + " (reported from PY"
              + DEVICE_IDENTIFIER_FROM
              + ")");
    }
    return missing;
  }
}
