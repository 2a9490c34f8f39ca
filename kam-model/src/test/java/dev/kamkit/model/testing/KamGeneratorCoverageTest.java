package dev.kamkit.model.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.base.FactCode;
import dev.kamkit.model.base.FactKey;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.base.Referent;
import dev.kamkit.model.explain.ArgKind;
import dev.kamkit.model.team.Division;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generated data exercises the whole model: every type, every enum value, every optional attribute
 * both present and absent, every collection both empty and not, every flag both ways. A new model
 * attribute or enum value the generators miss fails here.
 */
class KamGeneratorCoverageTest {
  /** Collections the generators never leave empty, on purpose. */
  private static final Set<String> NEVER_EMPTY =
      Set.of(
          "KeyAccount.stakeholders",
          "KeyAccount.team",
          "KeyAccount.products",
          "Account.sites",
          "Site.clinicalUnits",
          "Product.indications",
          "Interaction.teamMembers",
          "CommitteeSubmission.steps",
          "TargetList.stakeholders",
          "Portfolio.accounts");

  /** A pack's coded fact, as the rule packs (which this module cannot see) declare theirs. */
  enum Grade implements FactCode {
    LOW,
    HIGH;

    @Override
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Typed fact keys of every kind, standing in for the rule packs' keys. */
  static final List<FactKey<?>> FACT_KEYS =
      List.of(
          FactKey.code("test.grade", Grade.class),
          FactKey.text("test.text"),
          FactKey.flag("test.flag"),
          FactKey.days("test.days"),
          FactKey.count("test.count"),
          FactKey.positiveNumber("test.number"),
          FactKey.money("test.money"),
          FactKey.date("test.date"));

  /**
   * Enums no attribute stores: a division follows from a team function; what is wrong in a
   * violation, and what a broken reference points at, describe rejected data, not data; a fact
   * key's kind is declared by the pack that declares the key.
   */
  private static final Set<Class<?>> DERIVED =
      Set.of(Division.class, ModelCode.class, Referent.class, FactKey.Kind.class);

  private static List<JavaClass> modelClasses;
  private static ModelWalker walker;

  @BeforeAll
  static void generate() {
    modelClasses =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.kamkit.model")
                .stream()
                .toList();
    walker = new ModelWalker();
    for (long seed = 0; seed < 45; seed++) {
      KamGenerator generator = withFacts(KamGenerator.seeded(seed));
      AccountSize size = AccountSize.values()[(int) (seed % 3)];
      walker.walk(generator.keyAccount(size));
      walker.walk(generator.stakeholder());
      walker.walk(generator.teamMember());
    }
    // institutions alone are cheap: many of them, of every size, reach the rarer account kinds
    for (long seed = 0; seed < 200; seed++) {
      walker.walk(
          withFacts(KamGenerator.seeded(seed)).account(AccountSize.values()[(int) (seed % 4)]));
    }
    walker.walk(withFacts(KamGenerator.seeded(46)).portfolio(4));
  }

  private static KamGenerator withFacts(KamGenerator generator) {
    return generator
        .withAccountFacts(FACT_KEYS)
        .withStakeholderFacts(FACT_KEYS)
        .withTransferFacts(FACT_KEYS);
  }

  @Test
  void everyValueOfEveryModelEnumIsGenerated() {
    Map<String, Set<String>> missing = new TreeMap<>();
    for (JavaClass type : modelClasses) {
      // the explanation vocabulary describes results, not the data a key account holds
      if (!type.isEnum()
          || DERIVED.contains(type.reflect())
          || type.getPackageName().equals(ArgKind.class.getPackageName())) {
        continue;
      }
      Set<String> all =
          type.getEnumConstants().stream()
              .map(c -> c.name())
              .collect(Collectors.toCollection(TreeSet::new));
      all.removeAll(walker.enumValues(type.reflect()));
      if (!all.isEmpty()) {
        missing.put(type.getSimpleName(), all);
      }
    }
    assertEquals(Map.of(), missing, "enum values never generated");
  }

  @Test
  void everyImmutableModelTypeIsGenerated() {
    Set<String> generated =
        walker.types().stream().map(Class::getSimpleName).collect(Collectors.toSet());
    Set<String> missing = new TreeSet<>();
    for (JavaClass type : modelClasses) {
      String name = type.getSimpleName();
      if (name.startsWith("Abstract") && !generated.contains(name.substring(8))) {
        missing.add(name.substring(8));
      }
    }
    assertEquals(Set.of(), missing, "model types never generated");
  }

  @Test
  void everyKindOfCustomFieldValueIsGenerated() {
    Set<String> generated =
        walker.types().stream().map(Class::getSimpleName).collect(Collectors.toSet());
    for (Class<?> kind : AttributeValue.class.getPermittedSubclasses()) {
      assertTrue(generated.contains(kind.getSimpleName()), kind.getSimpleName());
    }
  }

  @Test
  void everyOptionalAttributeIsSometimesPresentAndSometimesAbsent() {
    assertEquals(Map.of(), walker.oneSidedOptionals(), "optional attributes seen one way only");
  }

  @Test
  void everyCollectionIsSometimesEmptyAndSometimesNot() {
    Map<String, Set<Boolean>> oneSided = walker.oneSidedCollections();
    Map<String, Set<Boolean>> expected = new TreeMap<>();
    NEVER_EMPTY.forEach(name -> expected.put(name, Set.of(true)));
    assertEquals(expected, oneSided, "collections seen one way only");
  }

  @Test
  void everyFlagIsSometimesTrueAndSometimesFalse() {
    assertEquals(Map.of(), walker.oneSidedFlags(), "flags seen one way only");
  }
}
