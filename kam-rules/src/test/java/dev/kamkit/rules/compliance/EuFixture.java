package dev.kamkit.rules.compliance;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.Account;
import dev.kamkit.model.account.AccountKind;
import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.base.Fact;
import dev.kamkit.model.base.FactKey;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.engagement.FormOfPayment;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.HcpIdentity;
import dev.kamkit.model.stakeholder.HcpProfession;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A terse builder of small European key accounts for the EFPIA, France and UK tests: each test
 * states only the people and transfers its example depends on. Transfers default to a consulting
 * fee paid in cash.
 */
public final class EuFixture {
  /** The account's id. */
  public static final AccountId ACCOUNT = AccountId.of("acc-eu");

  private final KeyAccount.Builder account = KeyAccount.builder();

  private EuFixture(String country) {
    account.account(
        Account.builder()
            .id(ACCOUNT)
            .name("Hôpital Saint-Louis")
            .kind(AccountKind.HOSPITAL)
            .country(country)
            .build());
  }

  /** An account in {@code country}. */
  public static EuFixture in(String country) {
    return new EuFixture(country);
  }

  /** A physician with the given consent to named disclosure (empty: never asked). */
  public EuFixture hcp(String id, Optional<Boolean> consent) {
    HcpIdentity.Builder identity = HcpIdentity.builder().profession(HcpProfession.PHYSICIAN);
    consent.ifPresent(identity::disclosureConsent);
    return stakeholder(
        Stakeholder.builder()
            .id(StakeholderId.of(id))
            .name("Dr " + id)
            .function(StakeholderFunction.CLINICAL)
            .hcp(identity.build()));
  }

  /** A physician who consented to named disclosure. */
  public EuFixture hcp(String id) {
    return hcp(id, Optional.of(true));
  }

  /** A stakeholder who is not a healthcare professional, holding {@code roles}. */
  public EuFixture nonHcp(String id, BuyingRole... roles) {
    return stakeholder(
        Stakeholder.builder()
            .id(StakeholderId.of(id))
            .name("Mx " + id)
            .function(StakeholderFunction.PROCUREMENT)
            .addBuyingRoles(roles));
  }

  /** A decision body of the account. */
  public EuFixture decisionBody(DecisionBody body) {
    account.addDecisionBody(body);
    return this;
  }

  /** Any stakeholder. */
  public EuFixture stakeholder(Stakeholder.Builder stakeholder) {
    account.addStakeholder(stakeholder.build());
    return this;
  }

  /** A transfer to one stakeholder; {@code amount} as {@code "120.00 EUR"}. */
  public EuFixture pay(
      String id,
      String recipient,
      String date,
      String amount,
      NatureOfPayment nature,
      UnaryOperator<TransferOfValue.Builder> adjust) {
    return transfer(
        adjust.apply(tov(id, date, amount, nature).recipient(StakeholderId.of(recipient))));
  }

  /** A transfer to one stakeholder, unadjusted. */
  public EuFixture pay(
      String id, String recipient, String date, String amount, NatureOfPayment nature) {
    return pay(id, recipient, date, amount, nature, t -> t);
  }

  /** A transfer to the account's organisation. */
  public EuFixture payOrganisation(
      String id,
      String date,
      String amount,
      NatureOfPayment nature,
      UnaryOperator<TransferOfValue.Builder> adjust) {
    return transfer(adjust.apply(tov(id, date, amount, nature).organisation(ACCOUNT)));
  }

  /** Any transfer. */
  public EuFixture transfer(TransferOfValue.Builder transfer) {
    account.addTransfersOfValue(transfer.build());
    return this;
  }

  /** A cash transfer without a recipient yet. */
  public static TransferOfValue.Builder tov(
      String id, String date, String amount, NatureOfPayment nature) {
    return TransferOfValue.builder()
        .id(TransferOfValueId.of(id))
        .date(LocalDate.parse(date))
        .amount(Money.parse(amount))
        .form(FormOfPayment.CASH_OR_CASH_EQUIVALENT)
        .nature(nature);
  }

  /** Records a typed fact. */
  public static <T> UnaryOperator<TransferOfValue.Builder> fact(FactKey<T> key, T value) {
    return t -> t.addFact(Fact.of(key, value));
  }

  /** Sets a text attribute. */
  public static UnaryOperator<TransferOfValue.Builder> text(String key, String value) {
    return t -> t.putAttribute(key, AttributeValue.text(value));
  }

  /** Sets a flag attribute. */
  public static UnaryOperator<TransferOfValue.Builder> flag(String key, boolean value) {
    return t -> t.putAttribute(key, AttributeValue.flag(value));
  }

  /** Sets a number attribute. */
  public static UnaryOperator<TransferOfValue.Builder> number(String key, String value) {
    return t -> t.putAttribute(key, AttributeValue.number(value));
  }

  /** Applies several adjustments in order. */
  @SafeVarargs
  public static UnaryOperator<TransferOfValue.Builder> all(
      UnaryOperator<TransferOfValue.Builder>... adjustments) {
    return t -> {
      TransferOfValue.Builder b = t;
      for (UnaryOperator<TransferOfValue.Builder> a : adjustments) {
        b = a.apply(b);
      }
      return b;
    };
  }

  /** The account. */
  public KeyAccount build() {
    return account.build();
  }

  /** The findings of one rule, rendered. */
  public static List<String> findings(List<Finding> findings, String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).map(Finding::toString).toList();
  }

  /** The ids of every rule that reported, in order, with repeats. */
  public static List<String> ruleIds(List<Finding> findings) {
    return findings.stream().map(Finding::ruleId).toList();
  }
}
