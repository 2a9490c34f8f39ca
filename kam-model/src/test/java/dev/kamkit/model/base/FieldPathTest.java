package dev.kamkit.model.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class FieldPathTest {
  private static final StakeholderId CHEN = StakeholderId.of("s-9");
  private static final TeamMemberId KAM = TeamMemberId.of("tm-1");

  @Test
  void rendersFieldsElementsAndEntriesForPeople() {
    FieldPath path =
        FieldPath.of("relationships").element(3, Arg.of(KAM), Arg.of(CHEN)).field("stakeholder");
    assertEquals("relationships[tm-1, s-9].stakeholder", path.toString());
    assertEquals("painPoints[2]", FieldPath.of("painPoints").element(2).toString());
    assertEquals(
        "attributes[\" segment\"]", FieldPath.of("attributes").entry(" segment").toString());
    assertEquals("speakerProgram.speaker", FieldPath.of("speakerProgram", "speaker").toString());
  }

  @Test
  void anElementKnownOnlyByItsKeyHasNoIndex() {
    FieldPath path = FieldPath.of("stakeholders").keyed(Arg.of(CHEN)).field("name");
    assertEquals("stakeholders[s-9].name", path.toString());
    assertEquals(
        List.of(
            new FieldPath.Field("stakeholders"),
            new FieldPath.Element(OptionalInt.empty(), List.of(Arg.of(CHEN))),
            new FieldPath.Field("name")),
        path.segments());
  }

  @Test
  void anElementNeedsAnIndexOrAKeyAndItsIndexIsNotNegative() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new FieldPath.Element(OptionalInt.empty(), List.of()));
    assertThrows(IllegalArgumentException.class, () -> FieldPath.of("stakeholders").keyed());
    assertThrows(IllegalArgumentException.class, () -> FieldPath.of("painPoints").element(-1));
    assertEquals(OptionalInt.of(0), new FieldPath.Element(OptionalInt.of(0), List.of()).index());
  }

  @Test
  void theEmptyPathIsTheObjectItselfAndExtendsLikeAnyOther() {
    FieldPath self = new FieldPath(List.of());
    assertEquals("", self.toString());
    assertEquals(FieldPath.of("name"), self.field("name"));
    assertEquals(FieldPath.of("name"), self.then(FieldPath.of("name")));
    assertEquals(FieldPath.of("a", "b"), FieldPath.of("a").then(FieldPath.of("b")));
  }
}
