package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.base.AttributeValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the pack's custom attributes. A value of the wrong kind or outside its documented values is
 * a problem in words and counts as absent; it is never replaced by a default.
 */
final class AttributeReader {
  private AttributeReader() {}

  private static final String EXCLUSION_CODES =
      Arrays.stream(StatutoryExclusion.values())
          .map(StatutoryExclusion::code)
          .collect(Collectors.joining(", "));

  static TransferFacts transfer(Map<String, AttributeValue> attributes) {
    List<String> problems = new ArrayList<>();
    unknownKeys(attributes, OpenPaymentsAttributes.TRANSFER_KEYS, problems);
    Optional<StatutoryExclusion> exclusion =
        text(attributes, OpenPaymentsAttributes.EXCLUSION, problems)
            .flatMap(
                code -> {
                  Optional<StatutoryExclusion> known = StatutoryExclusion.ofCode(code);
                  if (known.isEmpty()) {
                    problems.add(
                        OpenPaymentsAttributes.EXCLUSION
                            + " \""
                            + code
                            + "\" is not a known exclusion; use one of "
                            + EXCLUSION_CODES);
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
                        OpenPaymentsAttributes.DEVICE_LOAN_DAYS
                            + " "
                            + n.toPlainString()
                            + " is not a whole number of days of at least 1");
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

  static ProductFacts product(Map<String, AttributeValue> attributes) {
    List<String> problems = new ArrayList<>();
    unknownKeys(attributes, OpenPaymentsAttributes.PRODUCT_KEYS, problems);
    Optional<Boolean> covered = flag(attributes, OpenPaymentsAttributes.COVERED_PRODUCT, problems);
    Optional<String> di = text(attributes, OpenPaymentsAttributes.DEVICE_IDENTIFIER, problems);
    return new ProductFacts(covered, di, problems);
  }

  private static void unknownKeys(
      Map<String, AttributeValue> attributes, List<String> known, List<String> problems) {
    attributes.keySet().stream()
        .filter(k -> k.startsWith(OpenPaymentsAttributes.PREFIX) && !known.contains(k))
        .sorted()
        .forEach(
            k ->
                problems.add(
                    k
                        + " is not a key the Open Payments pack reads here; known"
                        + " keys are "
                        + String.join(", ", known)));
  }

  private static Optional<String> text(
      Map<String, AttributeValue> attributes, String key, List<String> problems) {
    AttributeValue value = attributes.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof AttributeValue.Text text && !text.value().isBlank()) {
      return Optional.of(text.value().strip());
    }
    problems.add(key + " must be non-blank text, was " + show(value));
    return Optional.empty();
  }

  private static Optional<BigDecimal> number(
      Map<String, AttributeValue> attributes, String key, List<String> problems) {
    AttributeValue value = attributes.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof AttributeValue.Number number) {
      return Optional.of(number.value());
    }
    problems.add(key + " must be a number, was " + show(value));
    return Optional.empty();
  }

  private static Optional<Boolean> flag(
      Map<String, AttributeValue> attributes, String key, List<String> problems) {
    AttributeValue value = attributes.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof AttributeValue.Flag flag) {
      return Optional.of(flag.value());
    }
    problems.add(key + " must be a flag, was " + show(value));
    return Optional.empty();
  }

  private static String show(AttributeValue value) {
    if (value instanceof AttributeValue.Text text) {
      return "the text \"" + text.value() + "\"";
    }
    if (value instanceof AttributeValue.Number number) {
      return "the number " + number.value().toPlainString();
    }
    if (value instanceof AttributeValue.Flag flag) {
      return "the flag " + flag.value();
    }
    return "the date " + ((AttributeValue.Date) value).value();
  }
}
