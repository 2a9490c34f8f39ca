package dev.kamkit.rules.compliance.offlabel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.ProductDiscussion;
import dev.kamkit.model.engagement.SpeakerProgram;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.WhitespaceCell;
import dev.kamkit.model.team.Division;
import dev.kamkit.model.team.TeamMember;
import dev.kamkit.model.testing.AccountSize;
import dev.kamkit.model.testing.SeedAccounts;
import dev.kamkit.rules.compliance.ComplianceValidator;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.PackFacts;
import dev.kamkit.rules.compliance.Reordered;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.whitespace.WhitespaceScorer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Properties of the off-label pack over generated accounts (fixed seeds). */
class OffLabelPropertiesTest {
  private static final ComplianceValidator VALIDATOR =
      ComplianceValidator.of(List.of(OffLabelPack.withDefaults()));

  private static List<Finding> findings(KeyAccount account) {
    return VALIDATOR.validate(account, SeedAccounts.AS_OF).findings();
  }

  @Test
  void theSameAccountAlwaysGivesTheSameFindings() {
    qt().withFixedSeed(71L)
        .withExamples(20)
        .forAll(PackFacts.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE))
        .checkAssert(
            a ->
                assertEquals(
                    OffLabelPack.withDefaults().check(a, SeedAccounts.AS_OF),
                    OffLabelPack.withDefaults().check(KeyAccount.copyOf(a), SeedAccounts.AS_OF)));
  }

  @Test
  void theOrderOfRecordsNeverChangesTheFindings() {
    qt().withFixedSeed(73L)
        .withExamples(20)
        .forAll(PackFacts.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE))
        .checkAssert(a -> assertEquals(findings(a), findings(Reordered.reversed(a))));
  }

  /**
   * The pack and the whitespace grid agree: an objective on each of our products targeting every
   * unit where the grid has an addressable-status cell naming no indication gives a unit-specialty
   * finding exactly for the cells the scorer leaves out as a specialty misfit. Some must occur, or
   * the property would hold for want of misfits.
   */
  @Test
  void anObjectiveIsAnOffLabelTargetExactlyWhereTheGridWouldNotProposeTheCell() {
    AtomicInteger misfits = new AtomicInteger();
    qt().withFixedSeed(83L)
        .withExamples(30)
        .forAll(PackFacts.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE))
        .checkAssert(
            a -> {
              KeyAccount targeted = targetingUnnamedCells(a);
              Set<List<KamId>> grid =
                  WhitespaceScorer.withDefaults()
                      .score(targeted, SeedAccounts.AS_OF)
                      .excluded()
                      .stream()
                      .filter(r -> r.code().equals("whitespace.cell.excluded.specialty-misfit"))
                      .map(Reason::subjects)
                      .collect(Collectors.toSet());
              Set<List<KamId>> pack =
                  OffLabelPack.withDefaults().check(targeted, SeedAccounts.AS_OF).stream()
                      .filter(f -> f.ruleId().equals("offlabel.objective.unit-specialty"))
                      // the objectives added here; generated ones may target units off the grid
                      .filter(f -> f.subjects().get(0).value().startsWith("expand-"))
                      .map(f -> f.subjects().subList(1, 3))
                      .collect(Collectors.toSet());
              assertEquals(grid, pack, a.id().value());
              misfits.addAndGet(grid.size());
            });
    assertTrue(misfits.get() > 0, "no specialty misfit in the generated accounts");
  }

  /**
   * {@code a} with one more objective per product of ours, targeting its cells without indication.
   */
  private static KeyAccount targetingUnnamedCells(KeyAccount a) {
    AccountPlan plan = a.plan().orElseGet(() -> AccountPlan.builder().name("Plan").build());
    AccountPlan.Builder more = AccountPlan.builder().from(plan);
    for (Product product : a.products()) {
      List<ClinicalUnitId> units =
          a.whitespace().stream()
              .filter(c -> c.product().equals(product.id()))
              .filter(c -> c.indication().isEmpty() && c.status().isAddressable())
              .map(WhitespaceCell::clinicalUnit)
              .toList();
      if (!product.competitor() && !units.isEmpty()) {
        more.addObjective(
            Objective.builder()
                .id(ObjectiveId.of("expand-" + product.id().value()))
                .title("Expand " + product.name())
                .product(product.id())
                .addAllClinicalUnits(units)
                .build());
      }
    }
    return a.withPlan(more.build());
  }

  /**
   * A medical reply to a logged unsolicited request is never an off-label finding: every
   * interaction is rewritten as one (medical participants only, unsolicited, no speaker programme)
   * and no finding may name an interaction. The same rewrite without the request must find
   * something somewhere, or the property would hold for want of off-label content.
   */
  @Test
  void aMedicalReplyToALoggedUnsolicitedRequestIsNeverAFinding() {
    AtomicInteger withoutRequest = new AtomicInteger();
    qt().withFixedSeed(79L)
        .withExamples(40)
        .forAll(PackFacts.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE))
        .checkAssert(
            a -> {
              Optional<TeamMemberId> msl =
                  a.team().stream()
                      .filter(m -> m.division() == Division.MEDICAL)
                      .map(TeamMember::id)
                      .sorted()
                      .findFirst();
              if (msl.isEmpty()) {
                return;
              }
              KeyAccount replies = medicalReplies(a, msl.get(), true);
              Set<KamId> interactions =
                  replies.interactions().stream().map(Interaction::id).collect(Collectors.toSet());
              List<Finding> about =
                  findings(replies).stream()
                      .filter(f -> f.subjects().stream().anyMatch(interactions::contains))
                      .toList();
              assertEquals(List.of(), about);
              withoutRequest.addAndGet(findings(medicalReplies(a, msl.get(), false)).size());
            });
    assertTrue(withoutRequest.get() > 0, "the generated accounts discuss no unapproved use");
  }

  /**
   * What a speaker programme covers is a set: shuffling its indications and its interaction's
   * discussions never changes the findings. The programme rules must find something in the
   * generated accounts, or the property would hold for want of programmes.
   */
  @Test
  void theOrderOfAProgrammesIndicationsNeverChangesTheFindings() {
    AtomicInteger programmeFindings = new AtomicInteger();
    qt().withFixedSeed(83L)
        .withExamples(30)
        .forAll(
            PackFacts.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE),
            longs().between(0, Long.MAX_VALUE))
        .checkAssert(
            (a, seed) -> {
              List<Finding> found = findings(a);
              assertEquals(found, findings(shuffledProgrammes(a, new Random(seed))));
              programmeFindings.addAndGet(
                  (int)
                      found.stream()
                          .filter(f -> f.ruleId().startsWith("offlabel.speaker-program."))
                          .filter(f -> !f.ruleId().equals("offlabel.speaker-program.unapproved"))
                          .count());
            });
    assertTrue(programmeFindings.get() > 0, "no programme covers an unapproved use");
  }

  private static KeyAccount shuffledProgrammes(KeyAccount a, Random random) {
    return KeyAccount.builder()
        .from(a)
        .interactions(
            a.interactions().stream()
                .map(
                    i -> {
                      if (i.speakerProgram().isEmpty()) {
                        return i;
                      }
                      SpeakerProgram p = i.speakerProgram().get();
                      List<IndicationId> indications = new ArrayList<>(p.indications());
                      Collections.shuffle(indications, random);
                      List<ProductDiscussion> discussed = new ArrayList<>(i.productsDiscussed());
                      Collections.shuffle(discussed, random);
                      return Interaction.builder()
                          .from(i)
                          .productsDiscussed(discussed)
                          .speakerProgram(
                              SpeakerProgram.builder().from(p).indications(indications).build())
                          .build();
                    })
                .toList())
        .build();
  }

  private static KeyAccount medicalReplies(KeyAccount a, TeamMemberId msl, boolean unsolicited) {
    return KeyAccount.builder()
        .from(a)
        .interactions(
            a.interactions().stream()
                .map(
                    i ->
                        Interaction.builder()
                            .from(i)
                            .teamMembers(List.of(msl))
                            .unsolicitedRequest(unsolicited)
                            .speakerProgram(Optional.empty())
                            .build())
                .toList())
        .build();
  }
}
