package dev.kamkit.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.kamkit.archfixtures.KeepsStaticState;
import dev.kamkit.archfixtures.PassesAClock;
import dev.kamkit.archfixtures.Prints;
import dev.kamkit.archfixtures.ReadsFiles;
import dev.kamkit.archfixtures.ReadsTheClock;
import org.junit.jupiter.api.Test;

/** The purity rules catch what they promise to catch, and let through what is allowed. */
class KamArchitectureRulesTest {
  private static final String FIXTURES = "dev.kamkit.archfixtures..";

  @Test
  void implicitClockIsCaughtButAPassedClockIsNot() {
    ArchRule rule = KamArchitectureRules.noImplicitClock(FIXTURES);
    EvaluationResult broken = rule.evaluate(classes(ReadsTheClock.class));
    assertTrue(broken.hasViolation());
    assertTrue(broken.getFailureReport().toString().contains("LocalDate.now()"));
    assertFalse(rule.evaluate(classes(PassesAClock.class)).hasViolation());
  }

  @Test
  void printingIsCaught() {
    assertTrue(
        KamArchitectureRules.noPrintingOrLogging(FIXTURES)
            .evaluate(classes(Prints.class))
            .hasViolation());
  }

  @Test
  void fileAccessIsCaught() {
    EvaluationResult result =
        KamArchitectureRules.noIo(FIXTURES).evaluate(classes(ReadsFiles.class));
    assertTrue(result.hasViolation());
    assertTrue(result.getFailureReport().toString().contains("java.io.File"));
  }

  @Test
  void staticMutableStateIsCaughtFieldByField() {
    String report =
        KamArchitectureRules.noStaticMutableState(FIXTURES)
            .evaluate(classes(KeepsStaticState.class))
            .getFailureReport()
            .toString();
    assertTrue(report.contains("KeepsStaticState.counter is not final"), report);
    assertTrue(report.contains("KeepsStaticState.SEEN has the mutable type"), report);
    assertFalse(report.contains("CONSTANTS"), report);
  }

  @Test
  void everyPureCodeRuleIsOfferedToHosts() {
    JavaClasses all =
        classes(ReadsTheClock.class, Prints.class, ReadsFiles.class, KeepsStaticState.class);
    for (ArchRule rule : KamArchitectureRules.pureCodeRules(FIXTURES)) {
      assertTrue(rule.evaluate(all).hasViolation(), rule.getDescription());
    }
  }

  private static JavaClasses classes(Class<?>... types) {
    return new ClassFileImporter().importClasses(types);
  }
}
