package dev.kamkit.rules.compliance.openpayments;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.RuleDescriptor;
import dev.kamkit.rules.compliance.RulePack;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The US Open Payments (Sunshine Act) rule pack: covered recipients, the small-payment rule and
 * statutory exclusions, General Payments record validity by program year, with an aggregate-spend
 * view and General Payments records for the host to write.
 *
 * <pre>{@code
 * OpenPaymentsPack pack = OpenPaymentsPack.of(policy);
 * ComplianceReport report = ComplianceValidator.of(List.of(pack)).validate(account, asOf);
 * AggregateSpend spend = pack.aggregateSpend(account, asOf);
 * List<GeneralPaymentRecord> records = pack.generalPaymentRecords(account, asOf);
 * }</pre>
 *
 * <p>Every transfer dated on or before {@code asOf} is judged, each program year over all of its
 * transfers so far, so a year still open may change as transfers are added. Totals are per
 * recipient, per manufacturer, per calendar year within what the pack is given: {@link
 * #check(KeyAccount, LocalDate)} sees one account, so a host whose recipients receive transfers
 * recorded under several accounts judges reportability with {@link #aggregateSpend(Portfolio,
 * LocalDate)}, which pools recipients by id across the portfolio.
 *
 * <p>Immutable and thread-safe; never throws for bad data, which is a finding.
 */
public final class OpenPaymentsPack implements RulePack {
  private static final Message NAME = Message.of(OpenPaymentsCode.PACK_NAME);

  /** The pack id, first word of every rule id. */
  public static final String ID = "openpayments";

  private final OpenPaymentsPolicy policy;
  private final ReportabilityEvaluator evaluator;

  private OpenPaymentsPack(OpenPaymentsPolicy policy) {
    this.policy = policy;
    this.evaluator = new ReportabilityEvaluator(policy);
  }

  /** The pack with {@link OpenPaymentsPolicy#defaults()}: verified facts only. */
  public static OpenPaymentsPack withDefaults() {
    return of(OpenPaymentsPolicy.defaults());
  }

  /** The pack with the host's policy. */
  public static OpenPaymentsPack of(OpenPaymentsPolicy policy) {
    return new OpenPaymentsPack(requireNonNull(policy, "policy"));
  }

  /** The policy it applies. */
  public OpenPaymentsPolicy policy() {
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

  /** {@code US Open Payments (Sunshine Act)}. */
  @Override
  public Message name() {
    return NAME;
  }

  /** Every rule of {@link OpenPaymentsRules#ALL}. */
  @Override
  public List<RuleDescriptor> rules() {
    return OpenPaymentsRules.ALL;
  }

  /**
   * Accounts in the United States, and accounts abroad where a stakeholder holds a US licence or an
   * NPI: a covered recipient is defined by the licence, not by where the account is.
   */
  @Override
  public boolean appliesTo(KeyAccount account) {
    if ("US".equals(account.account().country())) {
      return true;
    }
    for (Stakeholder s : account.stakeholders()) {
      if (s.hcp().isPresent()
          && (s.hcp().get().npi().isPresent() || !s.hcp().get().licenseStates().isEmpty())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Every finding about one account's transfers made on or before {@code asOf}: configuration gaps,
   * coverage, exclusions, record validity and one summary per covered recipient-year.
   */
  @Override
  public List<Finding> check(KeyAccount account, LocalDate asOf) {
    AggregateSpend spend = aggregateSpend(account, asOf);
    Set<TransferOfValueId> candidates = RecordChecks.candidates(spend);
    List<Finding> findings = new ArrayList<>();
    ReportabilityFindings.of(account, spend, policy, findings);
    RecordChecks.of(account, candidates, asOf, policy, findings);
    RecipientAndProductChecks.of(account, spend, candidates, findings);
    return findings;
  }

  /**
   * Transfers below the minimum under one account that the recipient's transfers under the other
   * accounts make reportable ({@link OpenPaymentsRules#REPORTABLE_ACROSS_ACCOUNTS}), one finding
   * per account and recipient-year. Recipients are pooled by id, as in {@link
   * #aggregateSpend(Portfolio, LocalDate)}.
   */
  @Override
  public List<Finding> checkAcross(List<KeyAccount> accounts, LocalDate asOf) {
    return AcrossAccounts.of(
        requireNonNull(accounts, "accounts"), requireNonNull(asOf, "asOf"), evaluator);
  }

  /** The aggregate-spend view of one account's transfers made on or before {@code asOf}. */
  public AggregateSpend aggregateSpend(KeyAccount account, LocalDate asOf) {
    return evaluator.evaluate(List.of(account), requireNonNull(asOf, "asOf"));
  }

  /**
   * The aggregate-spend view of every account of a portfolio, pooling each recipient's transfers
   * across accounts by recipient id. Coverage is read from the stakeholder record in the account
   * that holds the recipient's earliest transfer of the year.
   */
  public AggregateSpend aggregateSpend(Portfolio portfolio, LocalDate asOf) {
    return evaluator.evaluate(portfolio.accounts(), requireNonNull(asOf, "asOf"));
  }

  /**
   * A General Payments record for every reportable transfer of one account as of {@code asOf}: one
   * per covered recipient, so a group meal gives one per covered attendee. Records are in program
   * year, recipient and date order.
   */
  public List<GeneralPaymentRecord> generalPaymentRecords(KeyAccount account, LocalDate asOf) {
    return GeneralPaymentRecords.of(account, aggregateSpend(account, asOf), policy);
  }
}
