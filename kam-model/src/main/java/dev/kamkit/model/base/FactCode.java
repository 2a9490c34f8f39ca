package dev.kamkit.model.base;

/**
 * A value of an enum that a {@link FactKey} of kind {@link FactKey.Kind#CODE} holds: its {@link
 * #code()} is how the fact is written outside Java (in JSON, in a CRM picklist), for example {@code
 * impromptu-meal}. Codes are stable; the words a person reads are in message bundles.
 */
public interface FactCode {
  /** The stable code of this value, dotted or dashed lower-case words. */
  String code();
}
