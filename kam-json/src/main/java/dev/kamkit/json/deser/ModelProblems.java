package dev.kamkit.json.deser;

import dev.kamkit.json.format.ProblemKind;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelViolation;
import tools.jackson.databind.JsonNode;

/** Turns the model's violations into problems at the pointers they concern. */
final class ModelProblems {
  private ModelProblems() {}

  /**
   * Records one problem per violation in {@code e}, thrown while building the object read from
   * {@code node} at {@code pointer}.
   */
  static void report(ReadContext cx, JsonNode node, Pointer pointer, InvalidModelException e) {
    for (ModelViolation v : e.violations()) {
      ViolationPointer.Located at = ViolationPointer.resolve(node, pointer.toString(), v);
      ProblemKind kind =
          isReference(v) ? ProblemKind.BROKEN_REFERENCE : ProblemKind.MODEL_VIOLATION;
      // when the path could not be followed to the end, the model's own field path still says where
      String rule = at.exact() ? v.problem() : v.field() + " " + v.problem();
      String found = v.value().equals(ModelCheck.MISSING) ? "nothing" : v.value();
      cx.problem(kind, Pointer.rendered(at.pointer()), rule, found);
    }
  }

  private static boolean isReference(ModelViolation v) {
    return v.problem().startsWith("refers to ")
        || v.problem().startsWith("is not an indication of");
  }
}
