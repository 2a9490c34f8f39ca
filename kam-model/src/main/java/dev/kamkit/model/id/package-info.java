/**
 * Typed identifiers of every model object. Ids are plain values that hosts fill with their own
 * record ids; they depend on nothing but {@code dev.kamkit.model.base}.
 */
@NullMarked
package dev.kamkit.model.id;

import org.jspecify.annotations.NullMarked;
