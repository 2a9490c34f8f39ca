package dev.kamkit.model.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.ActionId;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.CommitteeSubmissionId;
import dev.kamkit.model.id.ContractId;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.InitiativeId;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.KpiId;
import dev.kamkit.model.id.NeedId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.OpportunityId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.SiteId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.stakeholder.Npi;
import java.util.List;
import java.util.function.Function;

/**
 * The model's entry points that take host text, on arbitrary input: {@link Money#parse}, {@link
 * Money#of(String, String)}, every typed id's {@code of} and {@link Npi#of}. The only exception a
 * host may see is {@link InvalidModelException} (docs/reliability.md lists the allowed exceptions);
 * anything else, or a value that does not read back to itself, is a bug.
 *
 * <p>A normal build replays the committed inputs under {@code
 * src/test/resources/dev/kamkit/model/fuzz/HostTextFuzzTestInputs/<method>}. To fuzz one method,
 * see docs/reliability.md ({@code JAZZER_FUZZ=1 ./mvnw -pl kam-model test
 * -Dtest='HostTextFuzzTest#money'}).
 */
class HostTextFuzzTest {
  private static final List<Function<String, KamId>> ID_FACTORIES =
      List.of(
          AccountId::of,
          ActionId::of,
          ClinicalUnitId::of,
          ContractId::of,
          DecisionBodyId::of,
          IndicationId::of,
          InitiativeId::of,
          InteractionId::of,
          KpiId::of,
          NeedId::of,
          ObjectiveId::of,
          OpportunityId::of,
          CommitteeSubmissionId::of,
          ProductId::of,
          SiteId::of,
          StakeholderId::of,
          TeamMemberId::of,
          TransferOfValueId::of);

  /** {@code Money.parse}: a money that is read writes back to the same text and value. */
  @FuzzTest(maxDuration = "60s")
  void money(byte[] input) {
    String text = new String(input, UTF_8);
    Money money;
    try {
      money = Money.parse(text);
    } catch (InvalidModelException expected) {
      return;
    }
    assertEquals(money, Money.parse(money.toString()));
    assertEquals(money.toString(), Money.parse(money.toString()).toString());
  }

  /** {@code Money.of(amount, code)}, the amount and code split at the first line break. */
  @FuzzTest(maxDuration = "60s")
  void moneyOf(byte[] input) {
    String text = new String(input, UTF_8);
    int newline = text.indexOf('\n');
    String amount = newline < 0 ? text : text.substring(0, newline);
    String code = newline < 0 ? "" : text.substring(newline + 1);
    Money money;
    try {
      money = Money.of(amount, code);
    } catch (InvalidModelException expected) {
      return;
    }
    assertEquals(code, money.currency().getCurrencyCode());
    assertEquals(0, money.amount().compareTo(new java.math.BigDecimal(amount)));
  }

  /** Every typed id: accepted text is kept exactly; all ids agree on what they accept. */
  @FuzzTest(maxDuration = "60s")
  void ids(byte[] input) {
    String text = new String(input, UTF_8);
    Boolean accepted = null;
    for (Function<String, KamId> of : ID_FACTORIES) {
      boolean ok;
      try {
        assertEquals(text, of.apply(text).value());
        ok = true;
      } catch (InvalidModelException expected) {
        ok = false;
      }
      if (accepted != null) {
        assertEquals(accepted, ok, "ids disagree on " + text);
      }
      accepted = ok;
    }
  }

  /** {@code Npi.of} accepts exactly what {@code Npi.isValid} calls valid, and keeps the digits. */
  @FuzzTest(maxDuration = "60s")
  void npi(byte[] input) {
    String text = new String(input, UTF_8);
    boolean valid = Npi.isValid(text);
    try {
      assertEquals(text, Npi.of(text).value());
      assertTrue(valid, "accepted but not valid: " + text);
    } catch (InvalidModelException e) {
      assertTrue(!valid, "valid but refused: " + text);
    }
  }
}
