/**
 * Reading kamkit JSON documents, and the property tables that both read and write the model: the
 * Jackson deserializers {@link dev.kamkit.json.KamkitModule} registers, and the readers behind them
 * that check every value and build the model through its builders.
 *
 * <p>A read goes straight from the tokens to the builders, with no tree in between. {@code Cursor}
 * walks the parser, enforcing the {@link dev.kamkit.json.format.JsonLimits} on every token and
 * knowing the pointer of each value. One {@code PropertyTable} per model type says which properties
 * its object has, which are required, how each converts, which accessor gives it and which builder
 * method takes it. The writing package writes the model through the same tables ({@code
 * TableWriters}, into a {@code Sink}), so that each property is spelt once. The table reads the
 * properties in whatever order they come, collects every problem (wrong types, missing and unknown
 * properties, duplicates) and builds the model bottom-up. Only when the model rejects a value is
 * the document read again, as a tree, for {@code ViolationPointer} to map each violation back to
 * its pointer. Results documents, read rarely, are read as a tree.
 */
@NullMarked
package dev.kamkit.json.deser;

import org.jspecify.annotations.NullMarked;
