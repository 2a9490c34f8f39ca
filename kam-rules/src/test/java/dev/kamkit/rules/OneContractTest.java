package dev.kamkit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.kamkit.model.explain.AccountResult;
import dev.kamkit.model.explain.Explainable;
import dev.kamkit.model.explain.PortfolioResult;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The one contract of issue 16, checked over every class of kam-scoring and kam-rules, so that a
 * new scorer, pack or result cannot leave it unnoticed: every judge has {@code withDefaults()} and
 * {@code of(policy)} with a versioned policy, and every result says its account or portfolio, its
 * day and its policy version.
 */
class OneContractTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.kamkit.scoring", "dev.kamkit.rules");

  /**
   * Explainable values that are parts of a result (a score's components, an axis, a criterion) or
   * compose results of several policies (an evaluation, a compliance report over several packs).
   */
  private static final Set<String> PARTS_AND_COMPOSITES =
      Set.of(
          "Score",
          "AxisScore",
          "FactorAssessment",
          "CriterionResult",
          "Recommendation",
          "StageChange",
          "SubmissionProgress",
          "ScoreChange",
          "ClassificationChange",
          "TransferAssessment",
          "ComplianceReport",
          "AccountEvaluation",
          "PortfolioEvaluation");

  private static final Set<String> JUDGE_SUFFIXES =
      Set.of("Scorer", "Classifier", "Pack", "Check", "Allocator", "Assessor");

  private static final Set<String> OTHER_JUDGES =
      Set.of(
          "Tiering",
          "UnderServedAccounts",
          "CommitteeProgression",
          "PipelineAnalysis",
          "AccountReviewer");

  @Test
  void everyResultSaysWhatItJudgedAsOfWhenAndByWhichPolicy() {
    List<String> broken = new ArrayList<>();
    for (JavaClass c : CLASSES) {
      if (!c.isAssignableTo(Explainable.class)
          || c.getModifiers().contains(JavaModifier.ABSTRACT)
          || c.isInterface()
          || !c.getModifiers().contains(JavaModifier.PUBLIC)
          || PARTS_AND_COMPOSITES.contains(c.getSimpleName())) {
        continue;
      }
      if (!c.isAssignableTo(AccountResult.class) && !c.isAssignableTo(PortfolioResult.class)) {
        broken.add(c.getName());
      }
    }
    assertEquals(List.of(), broken, "results that are neither AccountResult nor PortfolioResult");
  }

  @Test
  void everyJudgeHasDefaultsAndTakesAVersionedPolicy() throws Exception {
    List<String> broken = new ArrayList<>();
    int judges = 0;
    for (JavaClass c : CLASSES) {
      if (!c.getModifiers().contains(JavaModifier.PUBLIC)
          || c.getModifiers().contains(JavaModifier.ABSTRACT)
          || c.isInterface()
          || (JUDGE_SUFFIXES.stream().noneMatch(c.getSimpleName()::endsWith)
              && !OTHER_JUDGES.contains(c.getSimpleName()))) {
        continue;
      }
      judges++;
      Class<?> judge = c.reflect();
      if (!hasStatic(judge, "withDefaults")) {
        broken.add(c.getSimpleName() + " has no withDefaults()");
      }
      Method of = ofPolicy(judge);
      if (of == null) {
        broken.add(c.getSimpleName() + " has no of(policy)");
        continue;
      }
      Class<?> policy = of.getParameterTypes()[0];
      Method version = versionOf(policy);
      if (version == null) {
        broken.add(policy.getSimpleName() + " has no version()");
        continue;
      }
      Object defaults = policy.getMethod("defaults").invoke(null);
      if (((String) version.invoke(defaults)).isBlank()) {
        broken.add(policy.getSimpleName() + "'s defaults have a blank version");
      }
    }
    assertEquals(List.of(), broken);
    // guards the guard: the scorers, classifiers, packs and checks were found
    assertTrue(judges >= 20, "only " + judges + " judges found");
  }

  private static boolean hasStatic(Class<?> type, String name) {
    try {
      return Modifier.isStatic(type.getMethod(name).getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static Method versionOf(Class<?> policy) {
    try {
      Method version = policy.getMethod("version");
      return version.getReturnType() == String.class ? version : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static Method ofPolicy(Class<?> type) {
    for (Method m : type.getMethods()) {
      if (m.getName().equals("of")
          && Modifier.isStatic(m.getModifiers())
          && m.getParameterCount() == 1
          && m.getParameterTypes()[0].getSimpleName().endsWith("Policy")) {
        return m;
      }
    }
    return null;
  }
}
