/**
 * What every part of the model shares: the Immutables style ({@link
 * dev.kamkit.model.base.KamStyle}), exact {@link dev.kamkit.model.base.Money}, host-defined custom
 * fields ({@link dev.kamkit.model.base.AttributeValue}) and the invariant checks that make bad
 * input fail with an {@link dev.kamkit.model.base.InvalidModelException}: each {@link
 * dev.kamkit.model.base.ModelViolation} names the object, the {@link
 * dev.kamkit.model.base.FieldPath path} to the field and the value, and says what is wrong as a
 * {@link dev.kamkit.model.base.ModelCode} with typed arguments, worded on demand from this
 * package's message bundles.
 *
 * <p>With {@code dev.kamkit.model.id} and {@code dev.kamkit.model.explain} it forms the model's
 * vocabulary core: ids are checked here, messages take amounts and ids as arguments, and violations
 * are messages. Outside that core it depends on no kamkit package.
 */
@NullMarked
package dev.kamkit.model.base;

import org.jspecify.annotations.NullMarked;
