package dev.kamkit.rules.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kamkit.rules.compliance.conduct.ConductPack;
import dev.kamkit.rules.compliance.efpia.EfpiaPack;
import dev.kamkit.rules.compliance.firewall.FirewallPack;
import dev.kamkit.rules.compliance.france.FrancePack;
import dev.kamkit.rules.compliance.offlabel.OffLabelPack;
import dev.kamkit.rules.compliance.openpayments.OpenPaymentsPack;
import dev.kamkit.rules.compliance.rationale.RationalePack;
import dev.kamkit.rules.compliance.states.UsStatesPack;
import dev.kamkit.rules.compliance.uk.UkPack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/rule-catalogue.md} equal to what the packs generate. Surefire runs in the
 * kam-rules module directory, so the file is one level up. Regenerate with {@code ./mvnw -B -ntp
 * -pl kam-rules -am verify -Dkamkit.writeCatalogue=true}.
 */
class RuleCatalogueDocTest {
  private static final Path CATALOGUE = Path.of("..", "docs", "rule-catalogue.md");

  /** Every pack kamkit ships, with its defaults. */
  static final List<RulePack> PACKS =
      List.of(
          OpenPaymentsPack.withDefaults(),
          OffLabelPack.withDefaults(),
          RationalePack.withDefaults(),
          UsStatesPack.withDefaults(),
          EfpiaPack.withDefaults(),
          FrancePack.withDefaults(),
          UkPack.withDefaults(),
          ConductPack.withDefaults(),
          FirewallPack.withDefaults());

  @Test
  void theCommittedCatalogueIsWhatTheCodeGenerates() throws IOException {
    String generated = RuleCatalogue.markdown(PACKS);
    if (Boolean.getBoolean("kamkit.writeCatalogue")) {
      Files.createDirectories(CATALOGUE.getParent());
      Files.writeString(CATALOGUE, generated, StandardCharsets.UTF_8);
    }
    String committed =
        Files.exists(CATALOGUE) ? Files.readString(CATALOGUE, StandardCharsets.UTF_8) : "<missing>";
    assertEquals(
        generated,
        committed,
        "docs/rule-catalogue.md differs from the rule packs;"
            + " regenerate it with ./mvnw -B -ntp -pl kam-rules -am verify"
            + " -Dkamkit.writeCatalogue=true and commit the result");
  }

  /**
   * A rule's source is a citation a reader can follow: the title and section of a law, code or
   * guidance, or a page of kamkit's own docs; never a file outside this repository, and no English
   * gloss after it (its words belong in a finding's translated message).
   */
  @Test
  void everySourceIsACitation() {
    for (RulePack pack : PACKS) {
      for (RuleDescriptor rule : pack.rules()) {
        String source = rule.source();
        assertFalse(
            source.contains("REGULATORY.md") || source.toLowerCase(Locale.ROOT).contains("seed 0"),
            rule.id() + " cites a file outside the repository: " + source);
        for (String word : List.of(" the ", " is ", " not ", " must ", " are ")) {
          assertFalse(source.contains(word), rule.id() + " glosses its source: " + source);
        }
      }
    }
  }
}
