package dev.kamkit.json;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import dev.kamkit.architecture.KamArchitectureRules;

/** Holds kam-json to the rules of the house. */
@AnalyzeClasses(packages = "dev.kamkit.json", importOptions = DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest static final ArchTests KAMKIT = ArchTests.in(KamArchitectureRules.class);
}
