package dev.kamkit.rules.compliance.uk;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.rules.compliance.Beneficiary;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.RuleDescriptor;
import dev.kamkit.rules.compliance.RulePack;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The Disclosure UK rule pack, for accounts in the United Kingdom ({@code GB}).
 *
 * <pre>{@code
 * UkPack pack = UkPack.of(UkPolicy.builder().submissionDay(MonthDay.of(3, 31)).build());
 * ComplianceReport report = ComplianceValidator.of(List.of(pack)).validate(account, asOf);
 * }</pre>
 *
 * <p>Every transfer dated on or before {@code asOf} is judged. An account elsewhere gives no
 * findings. Immutable and thread-safe; never throws for bad data, which is a finding.
 */
public final class UkPack implements RulePack {
  private static final Message NAME = Message.of(UkCode.PACK_NAME);

  /** The pack id, first word of every rule id. */
  public static final String ID = "uk";

  /** The country the pack applies in. */
  public static final String COUNTRY = "GB";

  /** The first day transfers to decision makers who are not HCPs are disclosed. */
  public static final LocalDate DECISION_MAKERS_FROM = LocalDate.of(2022, 1, 1);

  private final UkPolicy policy;

  private UkPack(UkPolicy policy) {
    this.policy = policy;
  }

  /** The pack with {@link UkPolicy#defaults()}. */
  public static UkPack withDefaults() {
    return new UkPack(UkPolicy.defaults());
  }

  /** The pack with the host's policy. */
  public static UkPack of(UkPolicy policy) {
    return new UkPack(requireNonNull(policy, "policy"));
  }

  /** The policy it applies. */
  public UkPolicy policy() {
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

  /** {@code UK: Disclosure UK (ABPI)}. */
  @Override
  public Message name() {
    return NAME;
  }

  /** Every rule of {@link UkRules#ALL}. */
  @Override
  public List<RuleDescriptor> rules() {
    return UkRules.ALL;
  }

  /** Accounts in {@link #COUNTRY}. */
  @Override
  public boolean appliesTo(KeyAccount account) {
    return COUNTRY.equals(account.account().country());
  }

  /** Every finding about one UK account's transfers made on or before {@code asOf}. */
  @Override
  public List<Finding> check(KeyAccount account, LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    if (!COUNTRY.equals(account.account().country())) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    Map<StakeholderId, PersonFacts> people = new TreeMap<>();
    for (Stakeholder s : account.stakeholders()) {
      PersonFacts facts = PersonFacts.of(s);
      people.put(s.id(), facts);
      if (!facts.problems().isEmpty()) {
        findings.add(
            Finding.of(
                UkRules.ATTRIBUTE_INVALID,
                account.id(),
                List.of(s.id()),
                UkCode.ATTRIBUTE_INVALID,
                Arg.list(facts.problems(), Arg::of)));
      }
    }
    Set<Integer> years = new TreeSet<>();
    Map<StakeholderId, List<KamId>> individuals = new TreeMap<>();
    account.transfersOfValue().stream()
        .filter(t -> !t.date().isAfter(asOf))
        .sorted(Comparator.comparing(TransferOfValue::date).thenComparing(TransferOfValue::id))
        .forEach(
            t -> {
              for (Beneficiary b : Beneficiary.of(account, t)) {
                if (b.organisation()) {
                  years.add(t.date().getYear());
                } else if (b.id() instanceof StakeholderId id && people.containsKey(id)) {
                  Optional<Message> outOfScope = people.get(id).outOfScope(t.date());
                  if (outOfScope.isEmpty()) {
                    years.add(t.date().getYear());
                    individuals.computeIfAbsent(id, k -> new ArrayList<>()).add(t.id());
                  } else {
                    findings.add(
                        Finding.of(
                            UkRules.OUT_OF_SCOPE,
                            account.id(),
                            List.of(id, t.id()),
                            outOfScope.get()));
                  }
                }
              }
            });
    people.forEach(
        (id, facts) -> {
          List<KamId> disclosed = individuals.get(id);
          if (disclosed != null) {
            findings.addAll(facts.basisFindings(account.id(), disclosed));
          }
        });
    findings.addAll(SubmissionFindings.of(account.id(), years, asOf, policy));
    return List.copyOf(findings);
  }
}
