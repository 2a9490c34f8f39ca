package dev.kamkit.rules.compliance.france;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The France rule pack, for accounts in France ({@code FR}): Transparence des liens publication and
 * the anti-gift law's authorisation thresholds and négligeable exemptions.
 *
 * <pre>{@code
 * FrancePack pack = FrancePack.of(FrancePolicy.builder()
 *     .publicationTest(PublicationTest.AT_OR_ABOVE)
 *     .build());
 * ComplianceReport report = ComplianceValidator.of(List.of(pack)).validate(account, asOf);
 * }</pre>
 *
 * <p>Every transfer dated on or before {@code asOf} is judged, each beneficiary of a group transfer
 * on its per-person share. An account elsewhere gives no findings. Immutable and thread-safe; never
 * throws for bad data, which is a finding.
 */
public final class FrancePack implements RulePack {
  private static final Message NAME = Message.of(FranceCode.PACK_NAME);

  /** The pack id, first word of every rule id. */
  public static final String ID = "france";

  /** The country the pack applies in. */
  public static final String COUNTRY = "FR";

  private final FrancePolicy policy;

  private FrancePack(FrancePolicy policy) {
    this.policy = policy;
  }

  /** The pack with {@link FrancePolicy#defaults()}. */
  public static FrancePack withDefaults() {
    return new FrancePack(FrancePolicy.defaults());
  }

  /** The pack with the host's policy. */
  public static FrancePack of(FrancePolicy policy) {
    return new FrancePack(requireNonNull(policy, "policy"));
  }

  /** The policy it applies. */
  public FrancePolicy policy() {
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

  /** {@code France: Transparence des liens and anti-gift law}. */
  @Override
  public Message name() {
    return NAME;
  }

  /** Every rule of {@link FranceRules#ALL}. */
  @Override
  public List<RuleDescriptor> rules() {
    return FranceRules.ALL;
  }

  /** Accounts in {@link #COUNTRY}. */
  @Override
  public boolean appliesTo(KeyAccount account) {
    return COUNTRY.equals(account.account().country());
  }

  /** Every finding about one French account's transfers made on or before {@code asOf}. */
  @Override
  public List<Finding> check(KeyAccount account, LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    if (!COUNTRY.equals(account.account().country())) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    List<FrenchTransfer> items = new ArrayList<>();
    account.transfersOfValue().stream()
        .filter(t -> !t.date().isAfter(asOf))
        .sorted(Comparator.comparing(TransferOfValue::date).thenComparing(TransferOfValue::id))
        .forEach(t -> items.addAll(FrenchReader.read(account, t, policy, findings)));
    findings.addAll(TransparencyCheck.of(account, items, policy));
    Set<FrenchTransfer> aboveThreshold = new HashSet<>();
    findings.addAll(AuthorisationCheck.of(account, items, aboveThreshold));
    findings.addAll(DeclarationCheck.of(account, items, aboveThreshold));
    findings.addAll(NegligibleCheck.of(account, items));
    return List.copyOf(findings);
  }
}
