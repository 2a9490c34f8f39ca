package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.Account;
import dev.kamkit.model.account.AccountKind;
import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.base.Fact;
import dev.kamkit.model.base.FactKey;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.FormOfPayment;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.ThirdPartyRecipient;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.ProductCoverage;
import dev.kamkit.model.portfolio.ProductKind;
import dev.kamkit.model.stakeholder.HcpIdentity;
import dev.kamkit.model.stakeholder.HcpProfession;
import dev.kamkit.model.stakeholder.ManufacturerEmployment;
import dev.kamkit.model.stakeholder.Npi;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.stakeholder.TrainingStatus;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.RuleDescriptor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A terse builder of small US key accounts for the Open Payments tests: each test states only the
 * recipients and transfers its example depends on. Transfers default to food and beverage, paid in
 * cash, in US dollars.
 */
final class OpFixture {
  /** The account's id. */
  static final AccountId ACCOUNT = AccountId.of("acc-1");

  /** A teaching hospital, on the lists {@link #withHospitalList(int...)} makes. */
  static final AccountId HOSPITAL = AccountId.of("th-1");

  /** A valid NPI (the CMS example). */
  static final Npi NPI = Npi.of("1234567893");

  private final KeyAccount.Builder account =
      KeyAccount.builder()
          .account(
              Account.builder()
                  .id(ACCOUNT)
                  .name("Riverside Health")
                  .kind(AccountKind.ACADEMIC_MEDICAL_CENTRE)
                  .country("US")
                  .build());

  private OpFixture() {}

  static OpFixture account() {
    return new OpFixture();
  }

  /** A practising physician with an NPI. */
  OpFixture physician(String id) {
    return hcp(id, HcpProfession.PHYSICIAN, TrainingStatus.PRACTISING);
  }

  /** A healthcare professional with an NPI. */
  OpFixture hcp(String id, HcpProfession profession, TrainingStatus status) {
    return hcp(
        id,
        HcpIdentity.builder()
            .profession(profession)
            .trainingStatus(status)
            .npi(NPI)
            .specialty("Allopathic & Osteopathic Physicians|Internal Medicine")
            .addLicenseStates("NY")
            .build());
  }

  /** A healthcare professional with the given identity. */
  OpFixture hcp(String id, HcpIdentity identity) {
    return hcp(id, identity, Optional.empty());
  }

  private OpFixture hcp(
      String id, HcpIdentity identity, Optional<ManufacturerEmployment> employment) {
    account.addStakeholder(
        Stakeholder.builder()
            .id(StakeholderId.of(id))
            .name("Dr " + id)
            .function(StakeholderFunction.CLINICAL)
            .hcp(identity)
            .manufacturerEmployment(employment)
            .build());
    return this;
  }

  /**
   * A practising physician with an NPI who works for the manufacturer as {@code employment} says.
   */
  OpFixture employedPhysician(String id, ManufacturerEmployment employment) {
    return hcp(
        id,
        HcpIdentity.builder()
            .profession(HcpProfession.PHYSICIAN)
            .npi(NPI)
            .addLicenseStates("NY")
            .build(),
        Optional.of(employment));
  }

  /** A stakeholder who is not a healthcare professional. */
  OpFixture buyer(String id) {
    account.addStakeholder(
        Stakeholder.builder()
            .id(StakeholderId.of(id))
            .name("Buyer " + id)
            .function(StakeholderFunction.PROCUREMENT)
            .build());
    return this;
  }

  OpFixture product(Product product) {
    account.addProduct(product);
    return this;
  }

  /**
   * A covered product of the given kind, and a payment {@code t-1} to physician p related to it.
   */
  static OpFixture paidForCovered(String product, ProductKind kind) {
    return account()
        .physician("p")
        .product(product(product, kind).coverage(ProductCoverage.COVERED).build())
        .pay("t-1", "p", "2025-05-01", "40.00", t -> t.addRelatedProducts(ProductId.of(product)));
  }

  /** A consulting fee {@code fee} to physician p on 1 May 2025, directed to {@code third}. */
  static KeyAccount directedFee(ThirdPartyRecipient third, String amount) {
    return account()
        .physician("p")
        .pay(
            "fee",
            "p",
            "2025-05-01",
            amount,
            t -> t.nature(NatureOfPayment.CONSULTING_FEE).thirdParty(third))
        .build();
  }

  /** A product of the given kind. */
  static Product.Builder product(String id, ProductKind kind) {
    return Product.builder()
        .id(ProductId.of(id))
        .name("Brand " + id)
        .kind(kind)
        .therapeuticArea("Oncology");
  }

  /** A food-and-beverage payment in USD to one stakeholder. */
  OpFixture pay(String transfer, String recipient, String date, String usd) {
    return transfer(tov(transfer, date, usd + " USD").recipient(StakeholderId.of(recipient)));
  }

  /** A payment to one stakeholder, adjusted. */
  OpFixture pay(
      String transfer,
      String recipient,
      String date,
      String usd,
      UnaryOperator<TransferOfValue.Builder> adjust) {
    return transfer(
        adjust.apply(tov(transfer, date, usd + " USD").recipient(StakeholderId.of(recipient))));
  }

  OpFixture transfer(TransferOfValue.Builder transfer) {
    account.addTransfersOfValue(transfer.build());
    return this;
  }

  /** A food-and-beverage cash transfer; {@code amount} as {@code "12.00 USD"}. */
  static TransferOfValue.Builder tov(String id, String date, String amount) {
    return TransferOfValue.builder()
        .id(TransferOfValueId.of(id))
        .date(LocalDate.parse(date))
        .amount(Money.parse(amount))
        .form(FormOfPayment.CASH_OR_CASH_EQUIVALENT)
        .nature(NatureOfPayment.FOOD_AND_BEVERAGE);
  }

  /** Records a typed fact. */
  static <T> UnaryOperator<TransferOfValue.Builder> fact(FactKey<T> key, T value) {
    return t -> t.addFact(Fact.of(key, value));
  }

  /** Sets a text attribute. */
  static UnaryOperator<TransferOfValue.Builder> text(String key, String value) {
    return t -> t.putAttribute(key, AttributeValue.text(value));
  }

  /** Marks a statutory exclusion. */
  static UnaryOperator<TransferOfValue.Builder> excluded(StatutoryExclusion exclusion) {
    return fact(OpenPaymentsFacts.EXCLUSION, exclusion);
  }

  KeyAccount build() {
    return account.build();
  }

  /** The defaults with teaching hospital lists holding {@link #HOSPITAL} for the years. */
  static OpenPaymentsPolicy withHospitalList(int... years) {
    OpenPaymentsPolicy.Builder policy = OpenPaymentsPolicy.builder();
    for (int year : years) {
      policy.addTeachingHospitalList(
          new TeachingHospitalList(
              year,
              List.of(new TeachingHospital(HOSPITAL, "050454", "UNIVERSITY MEDICAL CENTER"))));
    }
    return policy.build();
  }

  /** The findings of one rule, rendered in English. */
  static List<String> findings(List<Finding> findings, String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).map(Finding::toString).toList();
  }

  /** The findings of one rule. */
  static List<Finding> of(List<Finding> findings, RuleDescriptor rule) {
    return findings.stream().filter(f -> f.ruleId().equals(rule.id())).toList();
  }

  /** The messages of the findings of one rule. */
  static List<Message> messages(List<Finding> findings, RuleDescriptor rule) {
    return of(findings, rule).stream().map(Finding::message).toList();
  }

  /** The finding {@code rule} gives about {@link #ACCOUNT}, as the pack should make it. */
  static Finding expected(
      RuleDescriptor rule, List<? extends KamId> subjects, OpenPaymentsCode code, Arg... args) {
    return Finding.of(rule, ACCOUNT, subjects, code, args);
  }

  /** A message of {@code code}. */
  static Message message(MessageCode code, Arg... args) {
    return Message.of(code, args);
  }

  /** A nested message argument. */
  static Arg nested(MessageCode code, Arg... args) {
    return Arg.of(Message.of(code, args));
  }

  /** A US dollar amount. */
  static Arg usd(String amount) {
    return Arg.of(Money.of(amount, "USD"));
  }

  /** The stakeholder {@code id} as a message names it: "Dr id". */
  static Arg doctor(String id) {
    return Arg.of(StakeholderId.of(id), "Dr " + id);
  }

  /**
   * The list of program years, as {@code openpayments.configuration.program-year-unknown} has it.
   */
  static Arg programYears(int... years) {
    List<Arg> args = new ArrayList<>();
    for (int y : years) {
      args.add(nested(OpenPaymentsCode.PROGRAM_YEAR, Arg.year(y)));
    }
    return Arg.list(args);
  }

  /** The reason of one transfer for one stakeholder. */
  static ReportabilityReason reason(AggregateSpend spend, String transfer, String recipient) {
    return spend
        .assessment(TransferOfValueId.of(transfer), StakeholderId.of(recipient))
        .orElseThrow()
        .reason();
  }
}
