/**
 * The plain-Jackson baseline: simple mutable classes with public fields that mirror an account
 * document field for field (ids, enums, dates and amounts as strings), bound by Jackson with no
 * custom code. They are a measuring stick, not a model: nullness is deliberately left unchecked.
 */
@NullUnmarked
package dev.kamkit.benchmarks.plain;

import org.jspecify.annotations.NullUnmarked;
