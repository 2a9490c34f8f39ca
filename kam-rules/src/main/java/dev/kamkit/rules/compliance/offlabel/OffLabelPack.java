package dev.kamkit.rules.compliance.offlabel;

import static dev.kamkit.rules.compliance.offlabel.Approvals.approved;
import static java.util.Objects.requireNonNull;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.InteractionStatus;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.portfolio.Indication;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.WhitespaceCell;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import dev.kamkit.model.team.TeamMember;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.RuleDescriptor;
import dev.kamkit.rules.compliance.RulePack;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The off-label pack: approved indications per jurisdiction and date decide what commercial roles
 * may discuss, plan and count as whitespace; off-label content belongs to medical affairs answering
 * a logged unsolicited request (FDA guidance on unapproved uses (2025) and on unsolicited requests
 * (2011 draft); IntuitionLabs on MSL compliance; OIG Special Fraud Alert (2020)). The jurisdiction
 * is the account's country.
 *
 * <p>An interaction whose discussion names no indication is judged by the product: a commercial
 * discussion of a product with no approval in force there is a finding; otherwise nothing can be
 * concluded and nothing is reported. Competitors' products are not judged. Cancelled interactions
 * and cancelled or missed objectives are skipped (the policy's {@link
 * OffLabelPolicy#skippedObjectives()}). An objective that targets one of our products in clinical
 * units without naming an indication targets those whitespace cells: a unit whose cell is marked
 * not indicated, or whose specialty fits none of the product's approved therapeutic areas (the
 * policy's {@link OffLabelPolicy#specialtyFit()}), is a finding.
 *
 * <p>Commercial interactions' promotional materials must be usable on the day and claim only
 * approved indications; a payment's recorded therapeutic area must be that of an approved
 * indication of its related products; a speaker programme is never a reply to an unsolicited
 * request, and covers only indications of its products approved there on its day, in a therapeutic
 * area one of them is approved in. The rules and what they leave out are described in {@code
 * docs/compliance-firewall-offlabel.md}. Immutable and thread-safe.
 */
public final class OffLabelPack implements RulePack {
  private static final Message NAME = Message.of(OffLabelCode.PACK_NAME);

  /** The pack id. */
  public static final String ID = "offlabel";

  private final OffLabelPolicy policy;

  private OffLabelPack(OffLabelPolicy policy) {
    this.policy = policy;
  }

  /** The pack with {@link OffLabelPolicy#defaults()}. */
  public static OffLabelPack withDefaults() {
    return new OffLabelPack(OffLabelPolicy.defaults());
  }

  /** The pack with the host's policy. */
  public static OffLabelPack of(OffLabelPolicy policy) {
    return new OffLabelPack(requireNonNull(policy, "policy"));
  }

  /** The policy it applies. */
  public OffLabelPolicy policy() {
    return policy;
  }

  @Override
  public String id() {
    return ID;
  }

  /** The version of its {@link #policy()}. */
  @Override
  public String policyVersion() {
    return policy.version();
  }

  @Override
  public Message name() {
    return NAME;
  }

  @Override
  public List<RuleDescriptor> rules() {
    return OffLabelRules.ALL;
  }

  /** Accounts in one of the policy's {@link OffLabelPolicy#countries() countries}. */
  @Override
  public boolean appliesTo(KeyAccount account) {
    return policy.countries().contains(account.account().country());
  }

  @Override
  public List<Finding> check(KeyAccount account, LocalDate asOf) {
    String country = account.account().country();
    List<Finding> findings = new ArrayList<>();
    CommercialTeam commercialTeam = new CommercialTeam(account);
    Materials materials = new Materials(account, country);
    for (Interaction i : account.interactions()) {
      if (i.status() != InteractionStatus.CANCELLED) {
        List<TeamMember> commercialPeople = commercialTeam.in(i);
        Discussions.check(account, i, commercialPeople, country, findings);
        materials.check(i, commercialPeople, findings);
        Programs.check(account, i, country, findings);
      }
    }
    for (TransferOfValue t : account.transfersOfValue()) {
      Payments.check(account, t, country, findings);
    }
    for (WhitespaceCell cell : account.whitespace()) {
      Product product = account.product(cell.product()).orElseThrow();
      if (cell.status() == WhitespaceStatus.NOT_INDICATED || product.competitor()) {
        continue;
      }
      Optional<Indication> indication = cell.indication().flatMap(product::indication);
      if (!approved(product, indication, country, asOf)) {
        Arg[] use = Approvals.use(product, indication);
        findings.add(
            Finding.of(
                OffLabelRules.WHITESPACE,
                account.id(),
                List.of(cell.product(), cell.clinicalUnit()),
                indication.isPresent()
                    ? OffLabelCode.WHITESPACE_INDICATION
                    : OffLabelCode.WHITESPACE_PRODUCT,
                Approvals.args(
                    new Arg[] {use[0], unit(account, cell.clinicalUnit()), Arg.of(cell.status())},
                    Arrays.copyOfRange(use, 1, use.length),
                    Arg.text(country),
                    Arg.of(asOf))));
      }
    }
    for (Objective o :
        account.plan().<List<Objective>>map(AccountPlan::objectives).orElse(List.of())) {
      if (policy.skippedObjectives().contains(o.status())) {
        continue;
      }
      Optional<Product> product = o.product().flatMap(account::product);
      if (product.isPresent() && !product.get().competitor()) {
        Optional<Indication> indication = o.indication().flatMap(product.get()::indication);
        if (!approved(product.get(), indication, country, asOf)) {
          findings.add(
              Finding.of(
                  OffLabelRules.OBJECTIVE,
                  account.id(),
                  List.of(o.id()),
                  indication.isPresent()
                      ? OffLabelCode.OBJECTIVE_INDICATION
                      : OffLabelCode.OBJECTIVE_PRODUCT,
                  Approvals.args(
                      new Arg[] {Arg.of(o.id(), o.title())},
                      Approvals.use(product.get(), indication),
                      Arg.text(country),
                      Arg.of(asOf))));
        } else {
          ObjectiveUnits.check(
              account, o, product.get(), policy.specialtyFit(), country, asOf, findings);
        }
      }
    }
    return findings;
  }

  /** The clinical unit by its name; by its id should the account not hold it. */
  private static Arg unit(KeyAccount account, ClinicalUnitId id) {
    return account
        .account()
        .clinicalUnit(id)
        .map(u -> Arg.of(id, u.name()))
        .orElseGet(() -> Arg.of(id));
  }
}
