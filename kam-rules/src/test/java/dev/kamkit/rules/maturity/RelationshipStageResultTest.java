package dev.kamkit.rules.maturity;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.id.AccountId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Only a disintegrating relationship says which stage of the ladder it is falling from. */
class RelationshipStageResultTest {
  private static RelationshipStageResult.Builder judged(RelationshipStage stage) {
    return RelationshipStageResult.builder()
        .account(AccountId.of("h"))
        .accountName("H")
        .asOf(AS_OF)
        .stage(stage)
        .structure(ContactStructure.NONE)
        .ourPeople(0)
        .theirPeople(0)
        .activeLinks(0)
        .policyVersion("kamkit-relationship-1");
  }

  private static List<MessageCode> refused(RelationshipStageResult.Builder result) {
    InvalidModelException e = assertThrows(InvalidModelException.class, result::build);
    return e.violations().stream().map(ModelViolation::code).toList();
  }

  @Test
  void aDisintegratingRelationshipFallsFromAStageOfTheLadder() {
    assertEquals(
        Optional.of(RelationshipStage.BASIC),
        judged(RelationshipStage.DISINTEGRATING)
            .fallingFrom(RelationshipStage.BASIC)
            .build()
            .fallingFrom());
    assertEquals(
        List.of(MaturityCode.RESULT_FALLING_FROM_DISINTEGRATING),
        refused(
            judged(RelationshipStage.DISINTEGRATING)
                .fallingFrom(RelationshipStage.DISINTEGRATING)));
    assertEquals(
        List.of(MaturityCode.RESULT_FALLING_FROM_UNEXPECTED),
        refused(judged(RelationshipStage.DISINTEGRATING)));
    assertEquals(
        List.of(MaturityCode.RESULT_FALLING_FROM_UNEXPECTED),
        refused(judged(RelationshipStage.BASIC).fallingFrom(RelationshipStage.COOPERATIVE)));
  }

  @Test
  void aRelationshipWithoutContactsSaysNoneOnEachSide() {
    RelationshipStageResult r = judged(RelationshipStage.BASIC).build();
    assertEquals(
        Message.of(
            MaturityCode.RELATIONSHIP_CONTACTS,
            Arg.of(ContactStructure.NONE),
            Arg.of(0),
            Arg.of(0),
            Arg.of(0),
            Arg.list(List.of()),
            Arg.of(0),
            Arg.of(0),
            Arg.list(List.of())),
        r.explanation().details().get(0).line());
    assertEquals(
        "H (h): relationship basic as of 2026-11-22 [policy kamkit-relationship-1]\n"
            + "  Contacts: none, 0 active links between 0 of ours (none) and 0 of theirs (none)",
        r.explain());
  }
}
