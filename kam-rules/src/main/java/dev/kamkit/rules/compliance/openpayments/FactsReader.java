package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.base.FactReader;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.portfolio.Product;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads the pack's {@link OpenPaymentsFacts} with the shared {@link FactReader}: an absent fact is
 * absent, and a fact still recorded as a custom attribute, or a misspelt name, is a problem.
 */
final class FactsReader {
  private FactsReader() {}

  /** Product attribute keys of earlier releases, to the product field that now holds the fact. */
  private static final Map<String, String> MOVED_PRODUCT_KEYS =
      Map.of(
          "openpayments.coveredProduct",
          RecipientAndProductChecks.COVERAGE_FIELD,
          "openpayments.deviceIdentifier",
          RecipientAndProductChecks.DEVICE_IDENTIFIER_FIELD);

  static TransferFacts transfer(TransferOfValue t) {
    if (t.facts().isEmpty() && t.attributes().isEmpty()) {
      return TransferFacts.NONE; // the common case, read on every use of a transfer
    }
    FactReader r =
        FactReader.of(
            t.facts(), t.attributes(), OpenPaymentsFacts.PREFIX, OpenPaymentsFacts.TRANSFER_KEYS);
    return new TransferFacts(
        r.get(OpenPaymentsFacts.EXCLUSION),
        r.get(OpenPaymentsFacts.DEVICE_LOAN_DAYS),
        r.get(OpenPaymentsFacts.CONTEXTUAL_INFORMATION),
        r.get(OpenPaymentsFacts.DELAY_IN_PUBLICATION).orElse(false),
        r.get(OpenPaymentsFacts.MANUFACTURER),
        r.problems());
  }

  /**
   * The problems of a product's attributes: the pack reads no product facts since they became
   * {@link Product} fields, so a key the pack once read says where its fact went, and any other key
   * with the pack's prefix is unknown.
   */
  static List<Message> product(Product p) {
    if (p.attributes().isEmpty()) {
      return List.of();
    }
    List<Message> problems =
        new ArrayList<>(FactReader.movedToFields(p.attributes(), MOVED_PRODUCT_KEYS));
    for (String key : new TreeSet<>(p.attributes().keySet())) {
      if (key.startsWith(OpenPaymentsFacts.PREFIX) && !MOVED_PRODUCT_KEYS.containsKey(key)) {
        problems.add(Message.of(OpenPaymentsCode.ATTRIBUTE_PRODUCT_KEY_UNKNOWN, Arg.text(key)));
      }
    }
    return problems;
  }
}
