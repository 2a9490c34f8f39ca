package dev.kamkit.rules.compliance.states;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.Account;
import dev.kamkit.model.account.AccountKind;
import dev.kamkit.model.account.Site;
import dev.kamkit.model.account.SiteKind;
import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.base.Fact;
import dev.kamkit.model.base.FactKey;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.FormOfPayment;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.SiteId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.stakeholder.HcpIdentity;
import dev.kamkit.model.stakeholder.HcpProfession;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.rules.compliance.Finding;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A terse builder of small key accounts for the state tests: each test states only the recipients
 * and transfers its example depends on. Transfers default to food and beverage, in kind, in US
 * dollars, to one recipient.
 */
final class StatesFixture {
  static final AccountId ACCOUNT = AccountId.of("acc-1");

  private final Account.Builder institution =
      Account.builder().id(ACCOUNT).name("Lakeside Clinic").kind(AccountKind.HOSPITAL);
  private final KeyAccount.Builder account = KeyAccount.builder();

  private StatesFixture(String country, Optional<String> region) {
    institution.country(country).region(region);
  }

  /** A US account in {@code region} (a state code or name). */
  static StatesFixture in(String region) {
    return new StatesFixture("US", Optional.of(region));
  }

  /** A US account with no region. */
  static StatesFixture usWithoutRegion() {
    return new StatesFixture("US", Optional.empty());
  }

  /** An account outside the US, with a region that reads like a state. */
  static StatesFixture abroad(String country, String region) {
    return new StatesFixture(country, Optional.of(region));
  }

  /** A site of the account, with an optional region. */
  StatesFixture site(String id, Optional<String> region) {
    institution.addSites(
        Site.builder()
            .id(SiteId.of(id))
            .name("Site " + id)
            .kind(SiteKind.HOSPITAL)
            .region(region)
            .build());
    return this;
  }

  /** A physician working account-wide. */
  StatesFixture physician(String id) {
    return person(id, Optional.empty(), true);
  }

  /** A physician working at a site. */
  StatesFixture physicianAt(String id, String site) {
    return person(id, Optional.of(SiteId.of(site)), true);
  }

  /** A stakeholder who is not a healthcare professional. */
  StatesFixture buyer(String id) {
    return person(id, Optional.empty(), false);
  }

  private StatesFixture person(String id, Optional<SiteId> site, boolean hcp) {
    Stakeholder.Builder s =
        Stakeholder.builder()
            .id(StakeholderId.of(id))
            .name("Dr " + id)
            .function(hcp ? StakeholderFunction.CLINICAL : StakeholderFunction.PROCUREMENT)
            .site(site);
    if (hcp) {
      s.hcp(HcpIdentity.builder().profession(HcpProfession.PHYSICIAN).build());
    }
    account.addStakeholders(s.build());
    return this;
  }

  /** A meal in USD to one stakeholder. */
  StatesFixture pay(String transfer, String recipient, String date, String usd) {
    return pay(transfer, recipient, date, usd, t -> t);
  }

  /** A payment in USD to one stakeholder, adjusted. */
  StatesFixture pay(
      String transfer,
      String recipient,
      String date,
      String usd,
      UnaryOperator<TransferOfValue.Builder> adjust) {
    return transfer(
        adjust.apply(tov(transfer, date, usd + " USD").recipient(StakeholderId.of(recipient))));
  }

  StatesFixture transfer(TransferOfValue.Builder transfer) {
    account.addTransfersOfValue(transfer.build());
    return this;
  }

  /** Records a typed fact. */
  static <T> UnaryOperator<TransferOfValue.Builder> fact(FactKey<T> key, T value) {
    return t -> t.addFact(Fact.of(key, value));
  }

  /** A food-and-beverage in-kind transfer; {@code amount} as {@code "12.00 USD"}. */
  static TransferOfValue.Builder tov(String id, String date, String amount) {
    return TransferOfValue.builder()
        .id(TransferOfValueId.of(id))
        .date(LocalDate.parse(date))
        .amount(Money.parse(amount))
        .form(FormOfPayment.IN_KIND_ITEMS_AND_SERVICES)
        .nature(NatureOfPayment.FOOD_AND_BEVERAGE);
  }

  static UnaryOperator<TransferOfValue.Builder> nature(NatureOfPayment nature) {
    return t -> t.nature(nature);
  }

  static UnaryOperator<TransferOfValue.Builder> attribute(String key, AttributeValue value) {
    return t -> t.putAttribute(key, value);
  }

  KeyAccount build() {
    return account.account(institution.build()).build();
  }

  /** The findings of one rule. */
  static List<Finding> findings(List<Finding> findings, String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  /** The findings of one rule of the default pack as of {@code asOf}. */
  static List<Finding> check(KeyAccount account, String asOf, String ruleId) {
    return check(UsStatesPolicy.defaults(), account, asOf, ruleId);
  }

  /** The findings of one rule as of {@code asOf}. */
  static List<Finding> check(
      UsStatesPolicy policy, KeyAccount account, String asOf, String ruleId) {
    return findings(UsStatesPack.of(policy).check(account, LocalDate.parse(asOf)), ruleId);
  }

  /** The messages of the findings, in order. */
  static List<Message> messages(List<Finding> findings) {
    return findings.stream().map(Finding::message).toList();
  }

  /** A finding's subjects, as their ids' text. */
  static List<String> subjects(Finding f) {
    return f.subjects().stream().map(KamId::value).toList();
  }

  /** A physician of the fixture, as findings name them: "Dr " and their id. */
  static Arg person(String id) {
    return Arg.of(StakeholderId.of(id), "Dr " + id);
  }

  /** Physicians of the fixture, as a list argument. */
  static Arg people(String... ids) {
    return Arg.list(Arrays.stream(ids).map(StatesFixture::person).toList());
  }

  /** A transfer, by id. */
  static Arg transfer(String id) {
    return Arg.of(TransferOfValueId.of(id));
  }

  /** A US dollar amount, e.g. {@code "50.00"}. */
  static Arg usd(String amount) {
    return Arg.of(Money.of(amount, "USD"));
  }

  /** A day, e.g. {@code "2025-03-01"}. */
  static Arg day(String date) {
    return Arg.of(LocalDate.parse(date));
  }

  /** One person's share of a transfer worth {@code usd} US dollars. */
  static Arg share(String id, NatureOfPayment nature, String usd, String date) {
    return Arg.of(
        Message.of(UsStatesCode.SHARE, transfer(id), Arg.of(nature), usd(usd), day(date)));
  }

  /** One person's share of a food-and-beverage transfer worth {@code usd} US dollars. */
  static Arg meal(String id, String usd, String date) {
    return share(id, NatureOfPayment.FOOD_AND_BEVERAGE, usd, date);
  }

  /** One person's share of a transfer of {@code amount} (e.g. {@code "5.00 EUR"}), no USD rate. */
  static Arg unrated(String id, NatureOfPayment nature, String amount, String date) {
    return Arg.of(
        Message.of(
            UsStatesCode.SHARE_NO_USD_RATE,
            transfer(id),
            Arg.of(nature),
            Arg.of(Money.parse(amount)),
            day(date)));
  }

  /** Arguments as a list argument. */
  static Arg list(Arg... args) {
    return Arg.list(args);
  }
}
