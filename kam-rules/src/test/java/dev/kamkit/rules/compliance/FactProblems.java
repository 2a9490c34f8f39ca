package dev.kamkit.rules.compliance;

import dev.kamkit.model.base.FactKey;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import java.util.List;

/** The problems the shared fact reader reports, as the arguments of a pack's finding. */
public final class FactProblems {
  private FactProblems() {}

  /** An attribute named like the fact {@code name}: the fact belongs in {@code facts[name]}. */
  public static Arg moved(String name) {
    return Arg.of(
        Message.of(ModelCode.ATTRIBUTE_MOVED, Arg.text(name), Arg.text("facts[\"" + name + "\"]")));
  }

  /** A name with a pack's prefix that none of its {@code keys} has. */
  public static Arg unknown(String name, List<FactKey<?>> keys) {
    return Arg.of(
        Message.of(
            ModelCode.FACT_UNKNOWN,
            Arg.text(name),
            Arg.list(keys.stream().map(k -> Arg.text(k.name())).toList())));
  }
}
