package dev.kamkit.rules.compliance.conduct;

import static dev.kamkit.rules.compliance.conduct.ConductFixture.account;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.check;
import static dev.kamkit.rules.compliance.conduct.ConductFixture.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.Account;
import dev.kamkit.model.account.AccountKind;
import dev.kamkit.model.account.AccountProfile;
import dev.kamkit.model.account.Contract;
import dev.kamkit.model.account.ContractKind;
import dev.kamkit.model.account.ContractStatus;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.ContractId;
import dev.kamkit.model.id.KamId;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** GPO administrative fees: 42 CFR 1001.952(j). */
class GpoRulesTest {
  private static final String ABOVE = "conduct.gpo.fee-above-limit";
  private static final String MISSING = "conduct.gpo.fee-terms-missing";

  private static final Arg VIZIENT = Arg.of(ContractId.of("c-1"), "Vizient 2026");

  static Contract.Builder gpo(String id) {
    return Contract.builder()
        .id(ContractId.of(id))
        .name("Vizient 2026")
        .kind(ContractKind.GPO)
        .status(ContractStatus.ACTIVE)
        .start(LocalDate.of(2026, 1, 1))
        .end(LocalDate.of(2028, 12, 31));
  }

  private static List<Finding> of(Contract.Builder... contracts) {
    return check(withContracts(contracts));
  }

  /** Riverside with {@code contracts} in its profile. */
  static KeyAccount withContracts(Contract.Builder... contracts) {
    AccountProfile.Builder profile = AccountProfile.builder();
    for (Contract.Builder c : contracts) {
      profile.addContracts(c.build());
    }
    KeyAccount base = account().build();
    return base.withAccount(
        Account.builder()
            .id(AccountId.of("riverside"))
            .name("Riverside Health")
            .kind(AccountKind.HOSPITAL)
            .country("US")
            .profile(profile.build())
            .build());
  }

  @ParameterizedTest(name = "{0} %")
  @CsvSource({"0, false", "2.50, false", "3, false", "3.00, false", "3.001, true", "3.01, true"})
  void aFeeOfAtMostThreePercentNeedsNoStatedAmount(String percent, boolean above) {
    List<Finding> findings = of(gpo("c-1").administrativeFeePercent(new BigDecimal(percent)));
    assertEquals(above ? List.of(ABOVE) : List.of(), rules(findings));
  }

  @Test
  void aFeeAboveThreePercentIsReportedUnlessTheAmountOrMaximumIsStated() {
    List<Finding> findings = of(gpo("c-1").administrativeFeePercent(new BigDecimal("3.01")));
    assertEquals(
        Message.of(
            ConductCode.GPO_FEE_ABOVE_LIMIT,
            VIZIENT,
            Arg.of(ContractStatus.ACTIVE),
            Arg.of(new BigDecimal("3.01")),
            Arg.of(new BigDecimal("3"))),
        findings.get(0).message());
    assertEquals(Severity.WARNING, findings.get(0).severity());
    assertEquals(List.<KamId>of(ContractId.of("c-1")), findings.get(0).subjects());
    assertEquals(
        List.of(),
        of(
            gpo("c-1")
                .administrativeFeePercent(new BigDecimal("5"))
                .administrativeFeeAmount(Money.of("250000.00", "USD"))));
  }

  @Test
  void aGpoAgreementStatingNeitherIsReported() {
    List<Finding> findings = of(gpo("c-1"));
    assertEquals(List.of(MISSING), rules(findings));
    assertEquals(
        Message.of(ConductCode.GPO_FEE_TERMS_MISSING, VIZIENT, Arg.of(ContractStatus.ACTIVE)),
        findings.get(0).message());
    assertEquals(List.of(), of(gpo("c-1").administrativeFeeAmount(Money.of("0.00", "USD"))));
  }

  @ParameterizedTest
  @EnumSource(ContractStatus.class)
  void rejectedContractsAreSkippedAndAllOthersJudged(ContractStatus status) {
    assertEquals(
        status == ContractStatus.REJECTED ? List.of() : List.of(MISSING),
        rules(of(gpo("c-1").status(status))));
  }

  @ParameterizedTest
  @EnumSource(ContractKind.class)
  void onlyGpoContractsAreJudged(ContractKind kind) {
    Contract.Builder c = gpo("c-1").kind(kind);
    assertEquals(kind == ContractKind.GPO ? List.of(MISSING) : List.of(), rules(of(c)));
  }

  @Test
  void contractsAreReportedInIdOrder() {
    List<Finding> findings = of(gpo("c-2"), gpo("c-1"));
    assertEquals(
        List.<KamId>of(ContractId.of("c-1"), ContractId.of("c-2")),
        findings.stream().map(f -> f.subjects().get(0)).toList());
  }
}
