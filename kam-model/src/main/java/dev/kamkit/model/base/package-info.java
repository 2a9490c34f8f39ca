/**
 * What every part of the model shares: the Immutables style ({@link
 * dev.kamkit.model.base.KamStyle}), exact {@link dev.kamkit.model.base.Money}, host-defined custom
 * fields ({@link dev.kamkit.model.base.AttributeValue}) and the invariant checks that make bad
 * input fail with an {@link dev.kamkit.model.base.InvalidModelException} naming the field and the
 * value.
 *
 * <p>This package depends on no other kamkit package.
 */
@NullMarked
package dev.kamkit.model.base;

import org.jspecify.annotations.NullMarked;
