package dev.kamkit.rules.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.account.Account;
import dev.kamkit.model.account.AccountKind;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComplianceValidatorTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
  static final RuleDescriptor NAMED =
      RuleDescriptor.of(
          "demo.named", Severity.ERROR, "Every stakeholder has a title", "House rule 1");
  static final RuleDescriptor NOTE =
      RuleDescriptor.of("demo.note", Severity.INFO, "Counts stakeholders", "House rule 2");

  /** Reports one error per stakeholder without a title, then one note, deliberately unsorted. */
  static class DemoPack implements RulePack {
    private final String id;
    private final List<RuleDescriptor> rules;

    DemoPack(String id, List<RuleDescriptor> rules) {
      this.id = id;
      this.rules = rules;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String policyVersion() {
      return "house-" + id + "-1";
    }

    @Override
    public Message name() {
      return Message.of(DemoCode.NAME);
    }

    @Override
    public List<RuleDescriptor> rules() {
      return rules;
    }

    @Override
    public List<Finding> check(KeyAccount account, LocalDate asOf) {
      List<Finding> out = new ArrayList<>();
      out.add(
          Finding.of(
              NOTE, account.id(), List.of(), DemoCode.NOTE, Arg.of(account.stakeholders().size())));
      for (Stakeholder s : account.stakeholders()) {
        if (s.title().isEmpty()) {
          out.add(
              Finding.of(
                  rules.get(0),
                  account.id(),
                  List.of(s.id()),
                  DemoCode.NAMED,
                  Arg.of(s.id(), s.name())));
        }
      }
      return out;
    }
  }

  static KeyAccount account(String id, String... stakeholders) {
    KeyAccount.Builder a =
        KeyAccount.builder()
            .account(
                Account.builder()
                    .id(AccountId.of(id))
                    .name(id)
                    .kind(AccountKind.HOSPITAL)
                    .country("US")
                    .build());
    for (String s : stakeholders) {
      a.addStakeholder(
          Stakeholder.builder()
              .id(StakeholderId.of(s))
              .name(s)
              .function(StakeholderFunction.CLINICAL)
              .build());
    }
    return a.build();
  }

  @Test
  void everyFindingOfEveryAccountIsReportedErrorsFirst() {
    ComplianceValidator validator =
        ComplianceValidator.of(List.of(new DemoPack("demo", List.of(NAMED, NOTE))));
    Portfolio portfolio =
        Portfolio.builder().addAccounts(account("b", "z", "y"), account("a", "x")).build();
    ComplianceReport report = validator.validate(portfolio, AS_OF);

    assertEquals(
        List.of(
            "ERROR demo.named [x]: x has no title (House rule 1)",
            "INFO demo.note []: 1 stakeholders (House rule 2)",
            "ERROR demo.named [y]: y has no title (House rule 1)",
            "ERROR demo.named [z]: z has no title (House rule 1)",
            "INFO demo.note []: 2 stakeholders (House rule 2)"),
        report.findings().stream().map(Finding::toString).toList());
    assertFalse(report.passes());
    assertEquals(3, report.findings(Severity.ERROR).size());
    assertEquals(List.of("demo"), report.packs());
  }

  @Test
  void aReportRecordsEachPackThatRanWithItsPolicyVersionInOrder() {
    ComplianceReport report =
        ComplianceValidator.of(
                List.of(
                    new DemoPack("demo", List.of(NAMED, NOTE)),
                    new DemoPack("other", List.of()) {
                      @Override
                      public List<Finding> check(KeyAccount account, LocalDate asOf) {
                        return List.of();
                      }
                    }))
            .validate(account("a"), AS_OF);
    assertEquals(
        List.of(Map.entry("demo", "house-demo-1"), Map.entry("other", "house-other-1")),
        List.copyOf(report.policyVersions().entrySet()));
    assertEquals(List.of("demo", "other"), report.packs());
    assertEquals(
        Arg.list(
            Arg.of(
                Message.of(ComplianceCode.REPORT_PACK, Arg.text("demo"), Arg.text("house-demo-1"))),
            Arg.of(
                Message.of(
                    ComplianceCode.REPORT_PACK, Arg.text("other"), Arg.text("house-other-1")))),
        report.explanation().line().arg("packs"));
  }

  @Test
  void findingsOfOneRuleAreOrderedBySubjectBeforeMessage() {
    ComplianceValidator validator =
        ComplianceValidator.of(List.of(new DemoPack("demo", List.of(NAMED, NOTE))));
    KeyAccount account =
        account("a")
            .withStakeholders(
                List.of(
                    Stakeholder.builder()
                        .id(StakeholderId.of("s2"))
                        .name("Abe")
                        .function(StakeholderFunction.CLINICAL)
                        .build(),
                    Stakeholder.builder()
                        .id(StakeholderId.of("s1"))
                        .name("Zed")
                        .function(StakeholderFunction.CLINICAL)
                        .build()));
    assertEquals(
        List.of(
            "ERROR demo.named [s1]: Zed has no title (House rule 1)",
            "ERROR demo.named [s2]: Abe has no title (House rule 1)",
            "INFO demo.note []: 2 stakeholders (House rule 2)"),
        validator.validate(account, AS_OF).findings().stream().map(Finding::toString).toList());
  }

  @Test
  void findingsOfOneRuleAndSubjectsAreOrderedByArgumentsNotByWords() {
    RulePack counts =
        new DemoPack("demo", List.of(NAMED, NOTE)) {
          @Override
          public List<Finding> check(KeyAccount account, LocalDate asOf) {
            // "10 stakeholders" sorts before "9 stakeholders" as text; 9 comes first as a count
            return List.of(
                Finding.of(NOTE, account.id(), List.of(), DemoCode.NOTE, Arg.of(10)),
                Finding.of(NOTE, account.id(), List.of(), DemoCode.NOTE, Arg.of(9)));
          }
        };
    assertEquals(
        List.of(Arg.of(9), Arg.of(10)),
        ComplianceValidator.of(List.of(counts)).validate(account("a"), AS_OF).findings().stream()
            .map(f -> f.message().arg("stakeholders"))
            .toList());
  }

  @Test
  void subjectsAreOrderedIdByIdAndAShorterListThatStartsAnotherFirst() {
    StakeholderId s1 = StakeholderId.of("s1");
    StakeholderId s2 = StakeholderId.of("s2");
    List<List<StakeholderId>> given =
        List.of(List.of(s2), List.of(s1, s2), List.of(s1, s1), List.of(s1), List.of());
    RulePack subjects =
        new DemoPack("demo", List.of(NAMED, NOTE)) {
          @Override
          public List<Finding> check(KeyAccount account, LocalDate asOf) {
            return given.stream()
                .map(s -> Finding.of(NOTE, account.id(), s, DemoCode.NOTE, Arg.of(1)))
                .toList();
          }
        };
    assertEquals(
        List.of(List.of(), List.of(s1), List.of(s1, s1), List.of(s1, s2), List.of(s2)),
        ComplianceValidator.of(List.of(subjects)).validate(account("a"), AS_OF).findings().stream()
            .map(Finding::subjects)
            .toList());
  }

  @Test
  void aReportExplainsItselfAccountByAccount() {
    ComplianceReport report =
        ComplianceValidator.of(List.of(new DemoPack("demo", List.of(NAMED, NOTE))))
            .validate(
                Portfolio.builder().addAccounts(account("b", "z"), account("a")).build(), AS_OF);
    assertEquals(
        String.join(
            "\n",
            "Compliance report as of 2026-11-22 (demo (house-demo-1)): 3 findings (1 error, 0"
                + " warnings)",
            "  a: 1 finding (0 errors, 0 warnings)",
            "    INFO demo.note []: 0 stakeholders (House rule 2)",
            "  b: 2 findings (1 error, 0 warnings)",
            "    ERROR demo.named [z]: z has no title (House rule 1)",
            "    INFO demo.note []: 1 stakeholders (House rule 2)"),
        report.explain());
    Explanation data = report.explanation();
    assertEquals(ComplianceCode.REPORT, data.line().code());
    assertEquals(Arg.of(3), data.line().arg("findings"));
    assertEquals(Arg.of(AccountId.of("b")), data.details().get(1).line().arg("account"));
    assertEquals(report.findings().get(1).line(), data.details().get(1).details().get(0).line());
    assertEquals(
        "Compliance report as of 2026-11-22 (demo (house-1)): no findings (0 errors, 0 warnings)",
        ComplianceReport.builder()
            .asOf(AS_OF)
            .putPolicyVersion("demo", "house-1")
            .build()
            .explain());
  }

  @Test
  void aReportWithoutErrorsPasses() {
    ComplianceReport report =
        ComplianceValidator.of(List.of(new DemoPack("demo", List.of(NAMED, NOTE))))
            .validate(account("a"), AS_OF);
    assertEquals(1, report.findings(Severity.INFO).size());
    assertTrue(report.passes());
  }

  @Test
  void theOrderOfRecordsDoesNotChangeTheReport() {
    ComplianceValidator validator =
        ComplianceValidator.of(List.of(new DemoPack("demo", List.of(NAMED, NOTE))));
    KeyAccount forwards = account("a", "p", "q", "r");
    KeyAccount backwards =
        forwards.withStakeholders(
            List.of(
                forwards.stakeholders().get(2),
                forwards.stakeholders().get(1),
                forwards.stakeholders().get(0)));
    assertEquals(
        validator.validate(forwards, AS_OF).findings(),
        validator.validate(backwards, AS_OF).findings());
  }

  @Test
  void packsAndRulesMustHaveUniqueIdsUnderTheirPack() {
    DemoPack demo = new DemoPack("demo", List.of(NAMED, NOTE));
    assertThrows(IllegalArgumentException.class, () -> ComplianceValidator.of(List.of(demo, demo)));
    IllegalArgumentException misplaced =
        assertThrows(
            IllegalArgumentException.class,
            () -> ComplianceValidator.of(List.of(new DemoPack("other", List.of(NAMED)))));
    assertEquals(
        "rule \"demo.named\" does not start with its pack id \"other.\"", misplaced.getMessage());

    // a pack id that is only the start of the rule's first word is not its pack
    assertThrows(
        IllegalArgumentException.class,
        () -> ComplianceValidator.of(List.of(new DemoPack("dem", List.of(NAMED)))));
    assertThrows(
        IllegalArgumentException.class,
        () -> ComplianceValidator.of(List.of(new DemoPack("demo.named", List.of(NAMED)))));
    // a custom pack applies everywhere unless it says otherwise
    assertEquals(true, demo.appliesTo(account("a")));
  }

  @Test
  void aPackThatReportsARuleOutsideItsCatalogueIsABug() {
    ComplianceValidator validator =
        ComplianceValidator.of(List.of(new DemoPack("demo", List.of(NAMED))));
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> validator.validate(account("a"), AS_OF));
    assertTrue(e.getMessage().contains("demo.note"), e.getMessage());
  }

  @Test
  void theCatalogueListsEveryRuleOfEveryPack() {
    String md = RuleCatalogue.markdown(List.of(new DemoPack("demo", List.of(NOTE, NAMED))));
    assertTrue(md.contains("## Demo (`demo`)"), md);
    assertTrue(md.indexOf("`demo.named`") < md.indexOf("`demo.note`"), md);
    assertTrue(
        md.contains("| `demo.named` | ERROR | Every stakeholder has a title | House rule 1 |"), md);
  }
}
