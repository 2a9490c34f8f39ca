package dev.kamkit.rules.compliance;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Fact;
import dev.kamkit.model.base.FactKey;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.testing.AccountSize;
import dev.kamkit.rules.evaluation.Kamkit;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every pack's fact keys are in {@link PackFacts}, and every pack, run together over generated
 * accounts that carry them, judges each account the same every time and in any record order.
 */
class PackFactsPropertiesTest {
  private static final ComplianceValidator ALL =
      ComplianceValidator.of(Kamkit.withDefaults().packs());

  @Test
  void everyKeyAPackDeclaresIsListed() throws IllegalAccessException {
    Set<FactKey<?>> listed = new HashSet<>(PackFacts.TRANSFER);
    listed.addAll(PackFacts.STAKEHOLDER);
    listed.addAll(PackFacts.ACCOUNT);
    Set<String> declared = new TreeSet<>();
    Set<String> missing = new TreeSet<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.kamkit.rules")) {
      for (Field field : type.reflect().getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers())
            && Modifier.isPublic(field.getModifiers())
            && field.getType() == FactKey.class) {
          FactKey<?> key = (FactKey<?>) field.get(null);
          declared.add(key.name());
          if (!listed.contains(key)) {
            missing.add(key.name());
          }
        }
      }
    }
    assertEquals(Set.of(), missing);
    assertTrue(declared.size() >= 20, declared.toString()); // the scan found the packs' keys
  }

  @Test
  void everyPackJudgesGeneratedFactsTheSameEveryTimeAndInAnyOrder() {
    List<Integer> withFacts = new ArrayList<>();
    qt().withFixedSeed(19_001L)
        .withExamples(40)
        .forAll(PackFacts.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE))
        .checkAssert(
            account -> {
              withFacts.add(facts(account));
              List<Finding> findings = ALL.validate(account, AS_OF).findings();
              assertEquals(findings, ALL.validate(account, AS_OF).findings());
              assertEquals(findings, ALL.validate(Reordered.reversed(account), AS_OF).findings());
            });
    assertTrue(withFacts.stream().anyMatch(n -> n > 0), "no generated facts");
  }

  private static int facts(KeyAccount account) {
    int n = account.account().facts().size();
    for (Stakeholder s : account.stakeholders()) {
      n += s.facts().size();
    }
    for (TransferOfValue t : account.transfersOfValue()) {
      for (Fact<?> f : t.facts()) {
        assertTrue(PackFacts.TRANSFER.contains(f.key()), f.key().name());
        n++;
      }
    }
    return n;
  }
}
