package dev.kamkit.rules.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.Messages;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.StakeholderId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A finding a compliance officer reads always says what is wrong and where the rule comes from. */
class FindingTest {
  private static final RuleDescriptor RULE =
      RuleDescriptor.of("demo.named", Severity.ERROR, "A rule", "House rule");

  @Test
  void aFindingWithoutASourceIsRefusedNamingTheField() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () ->
                Finding.builder()
                    .ruleId("demo.named")
                    .severity(Severity.ERROR)
                    .account(AccountId.of("a"))
                    .message(Message.of(DemoCode.NOTE, Arg.of(1)))
                    .source(" ")
                    .build());
    assertEquals(List.of("source"), e.violations().stream().map(ModelViolation::field).toList());
  }

  @Test
  void aMessageWithArgumentsOfTheWrongKindIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Finding.of(RULE, AccountId.of("a"), List.of(), DemoCode.NAMED, Arg.of(1)));
  }

  @Test
  void aFindingIsOneLineOfData() {
    StakeholderId s = StakeholderId.of("s-1");
    Finding f =
        Finding.of(RULE, AccountId.of("a"), List.of(s), DemoCode.NAMED, Arg.of(s, "Dr Ada"));
    assertEquals("demo.named", f.code());
    assertEquals(
        Message.of(
            ComplianceCode.FINDING,
            Arg.of(Severity.ERROR),
            Arg.text("demo.named"),
            Arg.list(Arg.of(s)),
            Arg.of(f.message()),
            Arg.text("House rule")),
        f.line());
    assertEquals("ERROR demo.named [s-1]: Dr Ada has no title (House rule)", f.toString());
    assertEquals(
        "FEHLER demo.named [s-1]: Dr Ada has no title (House rule)",
        Messages.in(Locale.GERMAN).format(f.line()));
    assertEquals(
        "ERREUR demo.named [s-1] : Dr Ada has no title (House rule)",
        Messages.in(Locale.FRENCH).format(f.line()));
  }

  @Test
  void aFindingIsAboutConfigurationWhenItsRulesSecondWordIsConfiguration() {
    for (String id :
        List.of("openpayments.configuration.program-year-unknown", "uk.configuration.x.y")) {
      assertEquals(true, finding(id).isConfiguration(), id);
    }
    for (String id :
        List.of(
            "openpayments.record.configuration",
            "openpayments.configuration",
            "openpayments.configurations.x",
            "openpayments.configurationx",
            "configuration.x.y",
            "openpayments.recipient.not-covered")) {
      assertEquals(false, finding(id).isConfiguration(), id);
    }
  }

  private static Finding finding(String ruleId) {
    return Finding.builder()
        .ruleId(ruleId)
        .severity(Severity.ERROR)
        .account(AccountId.of("a"))
        .message(Message.of(DemoCode.NOTE, Arg.of(1)))
        .source("House rule")
        .build();
  }
}
