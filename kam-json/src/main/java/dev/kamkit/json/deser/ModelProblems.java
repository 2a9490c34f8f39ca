package dev.kamkit.json.deser;

import dev.kamkit.json.format.ProblemKind;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.explain.Messages;
import tools.jackson.databind.JsonNode;

/** Turns the model's violations into problems at the pointers they concern. */
final class ModelProblems {
  private ModelProblems() {}

  /**
   * Records one problem per violation in {@code e}, thrown while building the object read from
   * {@code node} at {@code pointer}.
   */
  static void report(ReadContext cx, JsonNode node, Pointer pointer, InvalidModelException e) {
    Messages english = Messages.english();
    for (ModelViolation v : e.violations()) {
      ViolationPointer.Located at = ViolationPointer.resolve(node, pointer.toString(), v);
      ProblemKind kind =
          isReference(v.code()) ? ProblemKind.BROKEN_REFERENCE : ProblemKind.MODEL_VIOLATION;
      String problem = english.format(v.message());
      // when the path could not be followed to the end, the model's own field path still says where
      String rule = at.exact() ? problem : v.field() + " " + problem;
      String found = v.value().isEmpty() ? "nothing" : v.shown();
      cx.problem(kind, Pointer.rendered(at.pointer()), rule, found);
    }
  }

  /** An id that names nothing, or an indication of another product: a broken reference. */
  private static boolean isReference(MessageCode code) {
    return code == ModelCode.UNKNOWN_REFERENCE || code == ModelCode.NOT_AN_INDICATION;
  }
}
