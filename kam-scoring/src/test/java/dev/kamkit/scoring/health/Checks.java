package dev.kamkit.scoring.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.ContractId;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.scoring.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Assertions and message arguments the health tests share. */
final class Checks {
  /** The default look-back window's length, the {@code days} argument. */
  static final Arg DAYS = Arg.of(180);

  /** The scoring day, the {@code end} argument. */
  static final Arg END = Arg.of(Fixtures.AS_OF);

  /** The reporting currency of the default policies. */
  static final Arg USD = Arg.text("USD");

  private Checks() {}

  /** Asserts that {@code actual} equals {@code expected} numerically, whatever the scale. */
  static void assertNumber(String expected, BigDecimal actual) {
    assertEquals(
        0,
        new BigDecimal(expected).compareTo(actual),
        () -> "expected " + expected + " but was " + actual);
  }

  /** Asserts that {@code actual} is {@code code} with exactly {@code args}, values and scales. */
  static void assertMessage(Message actual, HealthCode code, Arg... args) {
    assertEquals(Message.of(code, args), actual, actual::toString);
  }

  /** The codes of the reasons, in order. */
  static List<String> codes(List<Reason> reasons) {
    return reasons.stream().map(Reason::code).toList();
  }

  /** The subjects' ids of a reason, as text. */
  static List<String> subjects(Reason reason) {
    return reason.subjects().stream().map(Object::toString).toList();
  }

  /** A nested message argument. */
  static Arg nested(HealthCode code, Arg... args) {
    return Arg.of(Message.of(code, args));
  }

  /** A decimal argument with exactly the scale of {@code value}. */
  static Arg number(String value) {
    return Arg.of(new BigDecimal(value));
  }

  /** An amount, {@code "100.00 USD"}. */
  static Arg money(String amount) {
    return Arg.of(Money.parse(amount));
  }

  /** A team member of the fixtures. */
  static Arg member(String id, String name) {
    return Arg.of(TeamMemberId.of(id), name);
  }

  /** A stakeholder of the fixtures. */
  static Arg person(String id, String name) {
    return Arg.of(StakeholderId.of(id), name);
  }

  /** The fixtures' P&amp;T committee. */
  static Arg ptCommittee() {
    return Arg.of(DecisionBodyId.of(Fixtures.PT), "System P&T Committee");
  }

  /** A product of the fixtures. */
  static Arg product(String id, String name) {
    return Arg.of(ProductId.of(id), name);
  }

  /** A contract of {@link Fixtures#contract}, named "Contract id". */
  static Arg contract(String id) {
    return Arg.of(ContractId.of(id), "Contract " + id);
  }

  /** The contract value in force on {@code day}, made up of the {@code contracts} given. */
  static Arg inForce(String usd, LocalDate day, String... contracts) {
    Arg value = money(usd + " USD");
    if (contracts.length == 0) {
      return nested(HealthCode.CONTRACT_VALUE_IN_FORCE_NONE, value, Arg.of(day));
    }
    List<Arg> refs = new ArrayList<>();
    for (String c : contracts) {
      refs.add(contract(c));
    }
    return nested(HealthCode.CONTRACT_VALUE_IN_FORCE, value, Arg.of(day), Arg.list(refs));
  }
}
