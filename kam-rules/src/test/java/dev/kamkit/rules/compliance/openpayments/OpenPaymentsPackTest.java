package dev.kamkit.rules.compliance.openpayments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.portfolio.ProductKind;
import dev.kamkit.model.stakeholder.HcpIdentity;
import dev.kamkit.model.stakeholder.HcpProfession;
import dev.kamkit.model.stakeholder.TrainingStatus;
import dev.kamkit.rules.compliance.Finding;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pack on its own, without a validator to sort its findings. */
class OpenPaymentsPackTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  /** Two physicians without an NPI, two products missing fields, two unreadable transfers. */
  private static KeyAccount account(boolean reversed) {
    HcpIdentity noNpi = withoutNpi(HcpProfession.PHYSICIAN);
    OpFixture a = OpFixture.account();
    List<String> ids = reversed ? List.of("2", "1") : List.of("1", "2");
    for (String id : ids) {
      a.hcp("p" + id, noNpi)
          .product(OpFixture.product("d" + id, ProductKind.DIAGNOSTIC).build())
          .pay(
              "t" + id,
              "p" + id,
              "2025-05-0" + id,
              "40.00",
              t ->
                  t.addRelatedProducts(ProductId.of("d" + id))
                      .putAttribute(
                          OpenPaymentsFacts.DEVICE_LOAN_DAYS.name(), AttributeValue.number("0")));
    }
    return a.build();
  }

  @Test
  void theFindingsOfOneAccountDoNotDependOnTheOrderOfItsRecords() {
    List<Finding> forwards = OpenPaymentsPack.withDefaults().check(account(false), AS_OF);
    assertEquals(
        List.of(
            "openpayments.reportable [p1]",
            "openpayments.reportable [p2]",
            "openpayments.attribute.invalid [t1]",
            "openpayments.attribute.invalid [t2]",
            "openpayments.record.npi-missing [p1, t1]",
            "openpayments.record.npi-missing [p2, t2]",
            "openpayments.record.product-field-missing [d1, t1]",
            "openpayments.record.product-field-missing [d2, t2]"),
        forwards.stream().map(f -> f.ruleId() + " " + f.subjects()).toList());
    assertEquals(forwards, OpenPaymentsPack.withDefaults().check(account(true), AS_OF));
  }

  private static HcpIdentity withoutNpi(HcpProfession profession) {
    return HcpIdentity.builder()
        .profession(profession)
        .trainingStatus(TrainingStatus.PRACTISING)
        .build();
  }

  @Test
  void anNpiIsAskedOnlyOfCoveredRecipientsWhoseTransfersMayNeedARecord() {
    KeyAccount account =
        OpFixture.account()
            .physician("with-npi")
            .pay("t1", "with-npi", "2025-05-01", "40.00")
            .hcp("sampled", withoutNpi(HcpProfession.PHYSICIAN))
            .pay(
                "t2",
                "sampled",
                "2025-05-01",
                "40.00",
                OpFixture.excluded(StatutoryExclusion.PRODUCT_SAMPLE))
            .hcp("nurse", withoutNpi(HcpProfession.REGISTERED_NURSE))
            .pay("t3", "nurse", "2020-05-01", "40.00")
            .pay("t4", "nurse", "2025-05-01", "40.00")
            .hcp("missing", withoutNpi(HcpProfession.PHYSICIAN))
            .pay("t5", "missing", "2025-05-01", "40.00")
            .build();
    assertEquals(
        List.of(List.of(StakeholderId.of("missing"), TransferOfValueId.of("t5"))),
        OpenPaymentsPack.withDefaults().check(account, AS_OF).stream()
            .filter(f -> f.ruleId().equals(OpenPaymentsRules.NPI_MISSING.id()))
            .map(Finding::subjects)
            .toList());
  }
}
