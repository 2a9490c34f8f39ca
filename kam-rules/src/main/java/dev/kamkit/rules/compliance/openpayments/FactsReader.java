package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.rules.compliance.ComplianceCode;
import dev.kamkit.rules.compliance.PackAttributes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the pack's custom attributes. A value of the wrong kind or outside its documented values is
 * a problem (a {@code compliance.attribute.*} message, or {@link
 * OpenPaymentsCode#ATTRIBUTE_DEVICE_LOAN_DAYS}) and counts as absent; it is never replaced by a
 * default.
 */
final class AttributeReader {
  private AttributeReader() {}

  /** Product attribute keys of earlier releases, to the product field that now holds the fact. */
  private static final Map<String, String> MOVED_PRODUCT_KEYS =
      Map.of(
          "openpayments.coveredProduct",
          RecipientAndProductChecks.COVERAGE_FIELD,
          "openpayments.deviceIdentifier",
          RecipientAndProductChecks.DEVICE_IDENTIFIER_FIELD);

  private static final Arg EXCLUSION_CODES =
      Arg.list(Arrays.asList(StatutoryExclusion.values()), e -> Arg.text(e.code()));

  static TransferFacts transfer(Map<String, AttributeValue> attributes) {
    if (!hasPackKey(attributes)) {
      return TransferFacts.NONE; // the common case, read on every use of a transfer
    }
    List<Message> problems = new ArrayList<>();
    unknownKeys(attributes, OpenPaymentsAttributes.TRANSFER_KEYS, problems);
    Optional<StatutoryExclusion> exclusion =
        text(attributes, OpenPaymentsAttributes.EXCLUSION, problems)
            .flatMap(
                code -> {
                  Optional<StatutoryExclusion> known = StatutoryExclusion.ofCode(code);
                  if (known.isEmpty()) {
                    problems.add(
                        Message.of(
                            ComplianceCode.ATTRIBUTE_NOT_ONE_OF,
                            Arg.text(OpenPaymentsAttributes.EXCLUSION),
                            Arg.text(code),
                            EXCLUSION_CODES));
                  }
                  return known;
                });
    Optional<Long> days =
        number(attributes, OpenPaymentsAttributes.DEVICE_LOAN_DAYS, problems)
            .flatMap(
                n -> {
                  if (n.signum() <= 0
                      || n.stripTrailingZeros().scale() > 0
                      || n.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
                    problems.add(
                        Message.of(
                            OpenPaymentsCode.ATTRIBUTE_DEVICE_LOAN_DAYS,
                            Arg.text(OpenPaymentsAttributes.DEVICE_LOAN_DAYS),
                            Arg.text(n.toPlainString())));
                    return Optional.empty();
                  }
                  return Optional.of(n.longValueExact());
                });
    Optional<String> context =
        text(attributes, OpenPaymentsAttributes.CONTEXTUAL_INFORMATION, problems);
    boolean delay =
        flag(attributes, OpenPaymentsAttributes.DELAY_IN_PUBLICATION, problems).orElse(false);
    Optional<String> manufacturer = text(attributes, OpenPaymentsAttributes.MANUFACTURER, problems);
    return new TransferFacts(exclusion, days, context, delay, manufacturer, problems);
  }

  /**
   * The problems of a product's attributes: the pack reads none since its facts became {@link
   * dev.kamkit.model.portfolio.Product} fields, so a key the pack once read says where its fact
   * went, and any other key with the pack's prefix is unknown.
   */
  static List<Message> product(Map<String, AttributeValue> attributes) {
    if (!hasPackKey(attributes)) {
      return List.of();
    }
    List<Message> problems = new ArrayList<>();
    List<String> keys = new ArrayList<>(attributes.keySet());
    keys.sort(null);
    for (String key : keys) {
      String field = MOVED_PRODUCT_KEYS.get(key);
      if (field != null) {
        problems.add(Message.of(OpenPaymentsCode.ATTRIBUTE_MOVED, Arg.text(key), Arg.text(field)));
      } else if (key.startsWith(OpenPaymentsAttributes.PREFIX)) {
        problems.add(Message.of(OpenPaymentsCode.ATTRIBUTE_PRODUCT_KEY_UNKNOWN, Arg.text(key)));
      }
    }
    return problems;
  }

  private static boolean hasPackKey(Map<String, AttributeValue> attributes) {
    for (String key : attributes.keySet()) {
      if (key.startsWith(OpenPaymentsAttributes.PREFIX)) {
        return true;
      }
    }
    return false;
  }

  private static void unknownKeys(
      Map<String, AttributeValue> attributes, List<String> known, List<Message> problems) {
    List<String> unknown = new ArrayList<>();
    for (String key : attributes.keySet()) {
      if (key.startsWith(OpenPaymentsAttributes.PREFIX) && !known.contains(key)) {
        unknown.add(key);
      }
    }
    unknown.sort(null);
    for (String key : unknown) {
      problems.add(
          Message.of(
              ComplianceCode.ATTRIBUTE_UNKNOWN_KEY, Arg.text(key), Arg.list(known, Arg::text)));
    }
  }

  private static Optional<String> text(
      Map<String, AttributeValue> attributes, String key, List<Message> problems) {
    AttributeValue value = attributes.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof AttributeValue.Text text && !text.value().isBlank()) {
      return Optional.of(text.value().strip());
    }
    problems.add(problem(ComplianceCode.ATTRIBUTE_NOT_TEXT, key, value));
    return Optional.empty();
  }

  private static Optional<BigDecimal> number(
      Map<String, AttributeValue> attributes, String key, List<Message> problems) {
    AttributeValue value = attributes.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof AttributeValue.Number number) {
      return Optional.of(number.value());
    }
    problems.add(problem(ComplianceCode.ATTRIBUTE_NOT_NUMBER, key, value));
    return Optional.empty();
  }

  private static Optional<Boolean> flag(
      Map<String, AttributeValue> attributes, String key, List<Message> problems) {
    AttributeValue value = attributes.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof AttributeValue.Flag flag) {
      return Optional.of(flag.value());
    }
    problems.add(problem(ComplianceCode.ATTRIBUTE_NOT_FLAG, key, value));
    return Optional.empty();
  }

  private static Message problem(ComplianceCode code, String key, AttributeValue value) {
    return Message.of(code, Arg.text(key), PackAttributes.shown(value));
  }
}
