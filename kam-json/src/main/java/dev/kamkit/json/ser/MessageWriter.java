package dev.kamkit.json.ser;

import dev.kamkit.json.format.IdType;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.Messages;
import dev.kamkit.model.explain.Param;
import java.util.List;

/**
 * Writes what a result says as data: {@code {"code": ..., "args": {...}, "text": ...}}, the
 * arguments by parameter name in the code's order, each an object whose one kind-naming property
 * says what it is, and the English words for people reading the JSON. One instance words one
 * document.
 */
final class MessageWriter {
  private final Messages english = Messages.english();

  /** A message object. */
  void message(Out out, Message m) {
    out.object(() -> fields(out, m));
  }

  /**
   * The message's {@code code}, {@code args} (left out when its code takes none) and {@code text},
   * inside an object being written: a message, reason or finding.
   */
  void fields(Out out, Message m) {
    out.text("code", m.code().code());
    List<Param> params = m.code().params();
    if (!params.isEmpty()) {
      out.object(
          "args",
          m,
          (o, message) ->
              o.object(
                  () -> {
                    for (int i = 0; i < params.size(); i++) {
                      o.object(params.get(i).name(), message.args().get(i), this::arg);
                    }
                  }));
    }
    out.text("text", english.format(m));
  }

  private void arg(Out out, Arg arg) {
    out.object(
        () -> {
          if (arg instanceof Arg.Ref r) {
            out.text("ref", IdType.of(r.id()).wireName());
            out.id("id", r.id());
            out.text("name", r.name());
          } else if (arg instanceof Arg.Text t) {
            out.text("text", t.text());
          } else if (arg instanceof Arg.Count c) {
            out.integer("count", c.value());
          } else if (arg instanceof Arg.Number n) {
            out.text("number", n.value().toPlainString());
          } else if (arg instanceof Arg.Amount a) {
            out.money("money", a.value());
          } else if (arg instanceof Arg.Day d) {
            out.date("date", d.value());
          } else if (arg instanceof Arg.Year y) {
            out.integer("year", y.value());
          } else if (arg instanceof Arg.Choice c) {
            out.text("enum", c.value().getDeclaringClass().getName());
            out.enumValue("value", c.value());
          } else if (arg instanceof Arg.Nested n) {
            out.object("message", n.value(), this::message);
          } else if (arg instanceof Arg.Many l) {
            out.objectArray("list", l.values(), this::arg);
          }
        });
  }
}
