package dev.kamkit.model.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParamTest {

  @Test
  void eachFactoryDeclaresItsKind() {
    assertEquals(
        List.of(
            new Param("a", ArgKind.REF),
            new Param("b", ArgKind.TEXT),
            new Param("c", ArgKind.COUNT),
            new Param("d", ArgKind.NUMBER),
            new Param("e", ArgKind.MONEY),
            new Param("f", ArgKind.DATE),
            new Param("g", ArgKind.YEAR),
            new Param("h", ArgKind.ENUM),
            new Param("i", ArgKind.MESSAGE),
            new Param("j", ArgKind.LIST)),
        List.of(
            Param.ref("a"),
            Param.text("b"),
            Param.count("c"),
            Param.number("d"),
            Param.money("e"),
            Param.date("f"),
            Param.year("g"),
            Param.choice("h"),
            Param.message("i"),
            Param.list("j")));
    assertEquals("stakeholder:REF", Param.ref("stakeholder").toString());
  }

  @Test
  void aNameMustBeAJavaIdentifier() {
    for (String bad : List.of("", "1st", "two words", "dotted.name", "a-b")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Param.text(bad), bad);
      assertEquals("a parameter name must be a Java identifier: " + bad, e.getMessage());
    }
    assertEquals("_private2", Param.count("_private2").name());
  }
}
