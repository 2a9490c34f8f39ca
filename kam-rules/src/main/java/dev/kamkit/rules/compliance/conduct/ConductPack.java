package dev.kamkit.rules.compliance.conduct;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Message;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.RuleDescriptor;
import dev.kamkit.rules.compliance.RulePack;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The conduct pack: the company policy that keeps dealings with healthcare professionals and
 * organisations clear of the Anti-Kickback Statute and within the PhRMA Code (42 U.S.C.
 * 1320a-7b(b); PhRMA, "Code on Interactions with Health Care Professionals"). It is named for the
 * conduct it judges rather than for one code, because its rules rest on the statute, two OIG safe
 * harbors, an OIG Special Fraud Alert and the PhRMA Code together.
 *
 * <pre>{@code
 * ConductPack pack = ConductPack.of(ConductPolicy.builder()
 *     .addUsdRate(UsdRate.of("EUR", LocalDate.of(2026, 1, 1), "1.0842"))
 *     .build());
 * ComplianceReport report = ComplianceValidator.of(List.of(pack)).validate(account, asOf);
 * }</pre>
 *
 * <p>It judges service agreements and the payments for services made on or before {@code asOf};
 * meals, entertainment and items given on or before {@code asOf}; every speaker programme held or
 * planned (cancelled ones are skipped); and the administrative fee terms of every GPO contract that
 * was not rejected. Findings come in a stable order whatever the order of the account's records.
 *
 * <p>Immutable and thread-safe; never throws for bad data, which is a finding.
 */
public final class ConductPack implements RulePack {
  private static final Message NAME = Message.of(ConductCode.PACK_NAME);

  /** The pack id, first word of every rule id. */
  public static final String ID = "conduct";

  private static final Comparator<TransferOfValue> PAYMENT_ORDER =
      Comparator.comparing(TransferOfValue::date).thenComparing(t -> t.id().value());

  private final ConductPolicy policy;

  private ConductPack(ConductPolicy policy) {
    this.policy = policy;
  }

  /** The pack with {@link ConductPolicy#defaults()}: no exchange rates. */
  public static ConductPack withDefaults() {
    return of(ConductPolicy.defaults());
  }

  /** The pack with the host's policy. */
  public static ConductPack of(ConductPolicy policy) {
    return new ConductPack(requireNonNull(policy, "policy"));
  }

  /** The policy it applies. */
  public ConductPolicy policy() {
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

  /** {@code Anti-kickback and PhRMA Code conduct}. */
  @Override
  public Message name() {
    return NAME;
  }

  /** Every rule of {@link ConductRules}. */
  @Override
  public List<RuleDescriptor> rules() {
    return ConductRules.ALL;
  }

  /** Accounts in the United States. */
  @Override
  public boolean appliesTo(KeyAccount account) {
    return "US".equals(account.account().country());
  }

  /** Every finding about one account as of {@code asOf}. */
  @Override
  public List<Finding> check(KeyAccount account, LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    List<TransferOfValue> paid =
        account.transfersOfValue().stream()
            .filter(t -> !t.date().isAfter(asOf))
            .sorted(PAYMENT_ORDER)
            .toList();
    List<Finding> findings = new ArrayList<>();
    AgreementChecks.check(account, asOf, policy, paid, findings);
    SpeakerProgramChecks.check(account, findings);
    HospitalityChecks.check(account, policy, paid, findings);
    GpoChecks.check(account, findings);
    return findings;
  }
}
