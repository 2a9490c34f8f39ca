package dev.kamkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Set;

/**
 * The rules of the house, as executable ArchUnit rules: which kamkit module may use which, and what
 * the pure modules (model, scoring, rules) may never do. They are documentation as much as tests;
 * every library module runs them over its own classes:
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "dev.kamkit.scoring", importOptions = DoNotIncludeTests.class)
 * class ArchitectureTest {
 *   @ArchTest static final ArchTests kamkit = ArchTests.in(KamArchitectureRules.class);
 * }
 * }</pre>
 *
 * <p>A host that extends kamkit (its own scorers or rule packs in its own packages) can hold its
 * code to the same rules by analysing it with {@link #pureCodeRules(String...)}.
 */
public final class KamArchitectureRules {
  private KamArchitectureRules() {}

  static final String MODEL = "dev.kamkit.model..";
  static final String SCORING = "dev.kamkit.scoring..";
  static final String RULES = "dev.kamkit.rules..";
  static final String JSON = "dev.kamkit.json..";
  static final String[] PURE = {MODEL, SCORING, RULES};

  // Predicates first: the rules below are built from them during class initialisation.
  private static final DescribedPredicate<JavaClass> IO =
      DescribedPredicate.describe(
          "do I/O (java.io other than Serializable, java.nio.file, java.net, java.sql)",
          c -> {
            String name = c.getName();
            if (name.startsWith("java.io.")) {
              return !name.equals("java.io.Serializable") && !name.equals("java.io.Serial");
            }
            return name.startsWith("java.nio.file.")
                || name.startsWith("java.net.")
                || name.startsWith("java.sql.")
                || name.startsWith("java.nio.channels.");
          });

  private static final DescribedPredicate<JavaMethodCall> READS_CLOCK =
      DescribedPredicate.describe(
          "read the system clock (System.currentTimeMillis/nanoTime, java.time now() without a"
              + " Clock, Clock.system*)",
          call -> {
            String owner = call.getTargetOwner().getName();
            String method = call.getName();
            if (owner.equals("java.lang.System")) {
              return method.equals("currentTimeMillis") || method.equals("nanoTime");
            }
            if (owner.equals("java.time.Clock")) {
              return method.startsWith("system") || method.equals("tickMillis");
            }
            return owner.startsWith("java.time.")
                && method.equals("now")
                && call.getTarget().getRawParameterTypes().stream()
                    .noneMatch(p -> p.getName().equals("java.time.Clock"));
          });

  private static final Set<String> VOCABULARY_CORE =
      Set.of("model.base", "model.id", "model.explain");

  /** One slice per package below {@code dev.kamkit}, the vocabulary core being one. */
  private static final SliceAssignment PACKAGES =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
          String name = javaClass.getPackageName();
          if (!name.startsWith("dev.kamkit.")) {
            return SliceIdentifier.ignore();
          }
          String below = name.substring("dev.kamkit.".length());
          return SliceIdentifier.of(VOCABULARY_CORE.contains(below) ? "model core" : below);
        }

        @Override
        public String getDescription() {
          return "packages of dev.kamkit, with model.base, model.id and model.explain as one";
        }
      };

  private static final Set<String> MUTABLE_TYPES =
      Set.of(
          "java.util.ArrayList",
          "java.util.LinkedList",
          "java.util.HashMap",
          "java.util.LinkedHashMap",
          "java.util.TreeMap",
          "java.util.HashSet",
          "java.util.LinkedHashSet",
          "java.util.TreeSet",
          "java.util.ArrayDeque",
          "java.util.concurrent.ConcurrentHashMap",
          "java.util.concurrent.atomic.AtomicInteger",
          "java.util.concurrent.atomic.AtomicLong",
          "java.util.concurrent.atomic.AtomicReference",
          "java.lang.StringBuilder",
          "java.util.Random",
          "java.util.Date");

  private static final ArchCondition<JavaField> BE_FINAL_AND_IMMUTABLE =
      new ArchCondition<>("be final and of an immutable type") {
        @Override
        public void check(JavaField field, ConditionEvents events) {
          boolean isFinal = field.getModifiers().contains(JavaModifier.FINAL);
          JavaClass type = field.getRawType();
          boolean mutableType = type.isArray() || MUTABLE_TYPES.contains(type.getName());
          if (!isFinal || mutableType) {
            events.add(
                SimpleConditionEvent.violated(
                    field,
                    field.getFullName()
                        + (isFinal ? " has the mutable type " + type.getName() : " is not final")));
          }
        }
      };

  /**
   * Modules point one way: examples use json, json uses rules, rules use scoring, scoring uses
   * model, and nothing points back.
   */
  @ArchTest
  public static final ArchRule MODULES_POINT_ONE_WAY =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .withOptionalLayers(true)
          .layer("Model")
          .definedBy(MODEL)
          .layer("Scoring")
          .definedBy(SCORING)
          .layer("Rules")
          .definedBy(RULES)
          .layer("Json")
          .definedBy(JSON)
          .layer("Examples")
          .definedBy("dev.kamkit.examples..")
          .whereLayer("Examples")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Json")
          .mayOnlyBeAccessedByLayers("Examples")
          .whereLayer("Rules")
          .mayOnlyBeAccessedByLayers("Json", "Examples")
          .whereLayer("Scoring")
          .mayOnlyBeAccessedByLayers("Rules", "Json", "Examples")
          .because("kam-model knows no one, and nothing points back up the stack");

  /**
   * Packages never depend on each other in a circle, inside a module or across modules. The model's
   * vocabulary core counts as one: ids are checked with the model's violations ({@code base}),
   * messages take ids and amounts as arguments ({@code explain}), and violations are messages.
   */
  @ArchTest
  public static final ArchRule NO_PACKAGE_CYCLES =
      slices().assignedFrom(PACKAGES).should().beFreeOfCycles().allowEmptyShould(true);

  /** The model depends on no framework but Immutables' annotations and JSpecify; not Guava. */
  @ArchTest
  public static final ArchRule MODEL_USES_NO_FRAMEWORK =
      noClasses()
          .that()
          .resideInAPackage(MODEL)
          .should()
          .dependOnClassesThat()
          .resideOutsideOfPackages(
              "dev.kamkit.model..",
              "java..",
              "org.immutables..",
              "org.jspecify..",
              "javax.annotation..",
              "com.google.errorprone.annotations..")
          .because("kam-model is the vocabulary every host shares; it must stay light")
          .allowEmptyShould(true);

  /** Model, scoring and rules are pure: see {@link #pureCodeRules(String...)}. */
  @ArchTest public static final ArchRule NO_IO = noIo(PURE);

  /** Model, scoring and rules never read a clock: callers pass {@code asOf} or a {@code Clock}. */
  @ArchTest public static final ArchRule NO_IMPLICIT_CLOCK = noImplicitClock(PURE);

  /** Model, scoring and rules never print or log: results carry their explanations instead. */
  @ArchTest public static final ArchRule NO_PRINTING_OR_LOGGING = noPrintingOrLogging(PURE);

  /** No static mutable state anywhere in the pure modules: results never depend on history. */
  @ArchTest public static final ArchRule NO_STATIC_MUTABLE_STATE = noStaticMutableState(PURE);

  /** Jackson lives in kam-json only. */
  @ArchTest
  public static final ArchRule NO_JACKSON_OUTSIDE_JSON =
      noClasses()
          .that()
          .resideInAnyPackage(PURE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
          .because("kam-json is the only module that knows a wire format")
          .allowEmptyShould(true);

  /**
   * The purity rules for any packages: no I/O, no implicit clock, no printing or logging, no static
   * mutable state.
   *
   * @param packages ArchUnit package patterns such as {@code "com.example.kam.."}
   * @return the rules, to be checked against imported classes
   */
  public static Set<ArchRule> pureCodeRules(String... packages) {
    return Set.of(
        noIo(packages),
        noImplicitClock(packages),
        noPrintingOrLogging(packages),
        noStaticMutableState(packages));
  }

  static ArchRule noIo(String... packages) {
    return noClasses()
        .that()
        .resideInAnyPackage(packages)
        .should()
        .dependOnClassesThat(IO)
        .because("the library judges data it is given and touches no file, socket or database")
        .allowEmptyShould(true);
  }

  static ArchRule noImplicitClock(String... packages) {
    return noClasses()
        .that()
        .resideInAnyPackage(packages)
        .should()
        .callMethodWhere(READS_CLOCK)
        .because("results must depend on the asOf date passed in, never on when they ran")
        .allowEmptyShould(true);
  }

  static ArchRule noPrintingOrLogging(String... packages) {
    return noClasses()
        .that()
        .resideInAnyPackage(packages)
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.util.logging..",
            "org.slf4j..",
            "org.apache.logging..",
            "org.apache.commons.logging..",
            "ch.qos.logback..")
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(System.Logger.class)
        .because("an embedded library does not write to its host's console or logs")
        .allowEmptyShould(true);
  }

  static ArchRule noStaticMutableState(String... packages) {
    return fields()
        .that()
        .areDeclaredInClassesThat()
        .resideInAnyPackage(packages)
        .and()
        .areStatic()
        .and()
        .doNotHaveModifier(JavaModifier.SYNTHETIC)
        .should(BE_FINAL_AND_IMMUTABLE)
        .because("shared mutable state makes results depend on what ran before")
        .allowEmptyShould(true);
  }
}
