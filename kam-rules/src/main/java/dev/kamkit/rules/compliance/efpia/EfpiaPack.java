package dev.kamkit.rules.compliance.efpia;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.RuleDescriptor;
import dev.kamkit.rules.compliance.RulePack;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The EFPIA Disclosure Code rule pack, for accounts in the EU, the EEA and the UK (and countries
 * the host adds).
 *
 * <pre>{@code
 * EfpiaPack pack = EfpiaPack.of(policy);
 * ComplianceReport report = ComplianceValidator.of(List.of(pack)).validate(account, asOf);
 * List<EfpiaDisclosure> disclosures = pack.disclosures(account, asOf);
 * }</pre>
 *
 * <p>Every transfer dated on or before {@code asOf} is judged; a period still open may change as
 * transfers are added. An account in a country where the Code does not apply gives no findings and
 * no disclosures. Immutable and thread-safe; never throws for bad data, which is a finding.
 */
public final class EfpiaPack implements RulePack {
  private static final Message NAME = Message.of(EfpiaCode.PACK_NAME);

  /** The pack id, first word of every rule id. */
  public static final String ID = "efpia";

  private final EfpiaPolicy policy;

  private EfpiaPack(EfpiaPolicy policy) {
    this.policy = policy;
  }

  /** The pack with {@link EfpiaPolicy#defaults()}. */
  public static EfpiaPack withDefaults() {
    return new EfpiaPack(EfpiaPolicy.defaults());
  }

  /** The pack with the host's policy. */
  public static EfpiaPack of(EfpiaPolicy policy) {
    return new EfpiaPack(requireNonNull(policy, "policy"));
  }

  /** The policy it applies. */
  public EfpiaPolicy policy() {
    return policy;
  }

  /** {@value #ID}. */
  @Override
  public String id() {
    return ID;
  }

  /** The version of its {@link #policy()}. */
  @Override
  public String policyVersion() {
    return policy.version();
  }

  /** {@code EFPIA Disclosure Code}. */
  @Override
  public Message name() {
    return NAME;
  }

  /** Every rule of {@link EfpiaRules#ALL}. */
  @Override
  public List<RuleDescriptor> rules() {
    return EfpiaRules.ALL;
  }

  /** Accounts in a country where the Code applies ({@link EfpiaPolicy#appliesIn(String)}). */
  @Override
  public boolean appliesTo(KeyAccount account) {
    return policy.appliesIn(account.account().country());
  }

  /**
   * Every finding about one account's transfers made on or before {@code asOf}: configuration gaps,
   * attributes, scope, classification, consent, and each period's summary and deadline.
   */
  @Override
  public List<Finding> check(KeyAccount account, LocalDate asOf) {
    return evaluate(account, asOf).findings;
  }

  /** One disclosure per period with disclosable transfers, in period order. */
  public List<EfpiaDisclosure> disclosures(KeyAccount account, LocalDate asOf) {
    return evaluate(account, asOf).disclosures;
  }

  private record Evaluation(List<Finding> findings, List<EfpiaDisclosure> disclosures) {}

  private Evaluation evaluate(KeyAccount account, LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    String country = account.account().country();
    List<TransferOfValue> transfers =
        account.transfersOfValue().stream()
            .filter(t -> !t.date().isAfter(asOf))
            .sorted(Comparator.comparing(TransferOfValue::date).thenComparing(TransferOfValue::id))
            .toList();
    if (!policy.appliesIn(country) || transfers.isEmpty()) {
      return new Evaluation(List.of(), List.of());
    }
    Optional<Currency> currency = policy.disclosureCurrency(country);
    TransferClassifier classifier = new TransferClassifier(account, policy, currency);
    Map<Integer, List<Item>> byYear = new TreeMap<>();
    for (TransferOfValue t : transfers) {
      for (Item item : classifier.classify(t)) {
        byYear.computeIfAbsent(item.year(), y -> new ArrayList<>()).add(item);
      }
    }
    List<Finding> findings = new ArrayList<>(classifier.findings());
    if (currency.isEmpty()) {
      findings.add(
          Finding.of(
              EfpiaRules.CURRENCY_MISSING,
              account.id(),
              List.of(account.id()),
              EfpiaCode.CURRENCY_MISSING,
              Arg.text(country)));
    }
    if (!classifier.mealsUnjudged().isEmpty()) {
      findings.add(
          Finding.of(
              EfpiaRules.MEALS_SETTING_MISSING,
              account.id(),
              classifier.mealsUnjudged(),
              EfpiaCode.MEALS_SETTING_MISSING,
              Arg.of(classifier.mealsUnjudged().size())));
    }
    List<EfpiaDisclosure> disclosures = new ArrayList<>();
    if (currency.isPresent()) {
      byYear.forEach(
          (year, items) -> {
            EfpiaDisclosure d =
                DisclosureBuilder.build(account, year, currency.get(), items, findings);
            disclosures.add(d);
            findings.addAll(PeriodFindings.of(account, d, asOf, policy));
          });
    }
    return new Evaluation(List.copyOf(findings), List.copyOf(disclosures));
  }
}
