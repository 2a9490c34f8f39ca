/**
 * Reading kamkit JSON documents: the Jackson deserializers {@link dev.kamkit.json.KamkitModule}
 * registers, and the tree walkers behind them that check every value and build the model through
 * its builders.
 *
 * <p>A read has two steps. {@code TreeReader} turns the token stream into a JSON tree, enforcing
 * the {@link dev.kamkit.json.format.JsonLimits} and reporting malformed JSON with the pointer it
 * happened at. The readers then walk the tree with its pointers, collect every problem (wrong
 * types, missing, unknown and duplicate values) and build the model bottom-up; the model's own
 * violations are mapped back to pointers by {@code ViolationPointer}.
 */
@NullMarked
package dev.kamkit.json.deser;

import org.jspecify.annotations.NullMarked;
