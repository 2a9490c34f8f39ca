package dev.kamkit.examples.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.json.KamJson;
import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.SpeakerProgram;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.pipeline.Opportunity;
import dev.kamkit.model.pipeline.OpportunityStage;
import dev.kamkit.model.testing.SeedAccounts;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.offlabel.OffLabelPack;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled sample reads cleanly and is exactly what {@link SamplePortfolio} writes. */
class SamplePortfolioTest {
  @Test
  void theBundledSampleReadsCleanlyAndIsUpToDate() throws IOException {
    String bundled;
    try (InputStream in =
        SamplePortfolioTest.class.getResourceAsStream(
            "/dev/kamkit/examples/sample-portfolio.json")) {
      bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Portfolio read = KamJson.defaults().readPortfolio(bundled).portfolio();
    assertEquals(
        SamplePortfolio.json(),
        bundled,
        "sample-portfolio.json is stale: run SamplePortfolio.main from the repository root");
    assertEquals(SamplePortfolio.portfolio(), read);
    assertEquals(6, read.accounts().size());
  }

  @Test
  void theRiversideSpeakerProgrammeCoversAnApprovedIndicationInItsArea() {
    KeyAccount riverside =
        SamplePortfolio.portfolio().accounts().stream()
            .filter(a -> a.id().equals(SeedAccounts.RIVERSIDE_HEALTH))
            .findFirst()
            .orElseThrow();
    InteractionId id = InteractionId.of("riverside-int-crc-speaker-programme");
    SpeakerProgram program =
        riverside.interactions().stream()
            .filter(i -> i.id().equals(id))
            .map(Interaction::speakerProgram)
            .flatMap(Optional::stream)
            .findFirst()
            .orElseThrow();
    assertEquals(Optional.of("Oncology"), program.therapeuticArea());
    assertEquals(Set.of(SamplePortfolio.ONCOXA_CRC), program.indications());
    List<Finding> aboutIt =
        OffLabelPack.withDefaults().check(riverside, SeedAccounts.AS_OF).stream()
            .filter(f -> f.subjects().contains(id))
            .toList();
    assertEquals(List.of(), aboutIt);
  }

  /**
   * Riverside keeps a pipeline a plan review can work on: open and closed opportunities, one behind
   * the preferred listing objective and one serving no objective at all.
   */
  @Test
  void riversideHoldsAPipelineBothInAndOutsideThePlan() {
    KeyAccount riverside =
        SamplePortfolio.portfolio().accounts().stream()
            .filter(a -> a.id().equals(SeedAccounts.RIVERSIDE_HEALTH))
            .findFirst()
            .orElseThrow();
    List<Opportunity> pipeline = riverside.opportunities();
    assertEquals(4, pipeline.size());
    assertEquals(
        Set.of(OpportunityStage.NEGOTIATION, OpportunityStage.PROPOSAL, OpportunityStage.QUALIFIED),
        pipeline.stream()
            .filter(o -> !o.stage().isClosed())
            .map(Opportunity::stage)
            .collect(Collectors.toSet()));
    assertEquals(1, pipeline.stream().filter(o -> o.stage() == OpportunityStage.LOST).count());
    assertTrue(
        pipeline.stream()
            .anyMatch(
                o -> o.objectives().contains(ObjectiveId.of("riverside-obj-oncoxa-preferred"))));
    assertTrue(pipeline.stream().anyMatch(o -> o.objectives().isEmpty() && !o.stage().isClosed()));
  }
}
