package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
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
                OpenPaymentsCode.NPI_MISSING,
                Arg.of(s.id(), s.name())));
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
              OpenPaymentsCode.ATTRIBUTE_INVALID,
              Arg.list(facts.problems(), Arg::of)));
    }
    List<TransferOfValue> related =
        account.transfersOfValue().stream()
            .filter(t -> t.relatedProducts().contains(p.id()) && candidates.contains(t.id()))
            .sorted(Comparator.comparing(t -> t.id().value()))
            .toList();
    if (related.isEmpty()) {
      return;
    }
    List<Message> missing = missing(p, facts, related);
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

  private static List<Message> missing(
      Product p, ProductFacts facts, List<TransferOfValue> related) {
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
    boolean device = p.kind() == ProductKind.DEVICE || p.kind() == ProductKind.MEDICAL_SUPPLY;
    boolean fromPy2021 =
        related.stream().anyMatch(t -> t.date().getYear() >= DEVICE_IDENTIFIER_FROM);
    if (covered && device && fromPy2021 && facts.deviceIdentifier().isEmpty()) {
      missing.add(
          Message.of(
              OpenPaymentsCode.PRODUCT_DEVICE_IDENTIFIER_MISSING,
              Arg.text(OpenPaymentsAttributes.DEVICE_IDENTIFIER),
              Arg.year(DEVICE_IDENTIFIER_FROM)));
    }
    return missing;
  }
}
