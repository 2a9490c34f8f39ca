package dev.kamkit.rules.compliance.openpayments;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.math.BigDecimal;

/**
 * Amounts are never floating point in the Open Payments pack: no double or float fields, returns or
 * conversions, so $134.54 is $134.54 and never 134.54000000000002. Imports the module as its {@code
 * ArchitectureTest} does, so ArchUnit's cache serves both.
 */
@AnalyzeClasses(packages = "dev.kamkit.rules", importOptions = DoNotIncludeTests.class)
class AmountArithmeticTest {
  private static final String PACK = "dev.kamkit.rules.compliance.openpayments..";

  @ArchTest
  static final ArchRule NO_FLOATING_POINT_FIELDS =
      noFields()
          .that()
          .areDeclaredInClassesThat()
          .resideInAPackage(PACK)
          .should()
          .haveRawType(double.class)
          .orShould()
          .haveRawType(float.class);

  @ArchTest
  static final ArchRule NO_FLOATING_POINT_RESULTS =
      noMethods()
          .that()
          .areDeclaredInClassesThat()
          .resideInAPackage(PACK)
          .should()
          .haveRawReturnType(double.class)
          .orShould()
          .haveRawReturnType(float.class);

  @ArchTest
  static final ArchRule NO_FLOATING_POINT_CONVERSIONS =
      noClasses()
          .that()
          .resideInAPackage(PACK)
          .should()
          .callMethod(BigDecimal.class, "doubleValue")
          .orShould()
          .callMethod(BigDecimal.class, "floatValue")
          .orShould()
          .callMethod(BigDecimal.class, "valueOf", double.class)
          .orShould()
          .callConstructor(BigDecimal.class, double.class)
          .orShould()
          .dependOnClassesThat()
          .belongToAnyOf(Double.class, Float.class);
}
