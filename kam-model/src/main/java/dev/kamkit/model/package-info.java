/**
 * The aggregate roots: {@link dev.kamkit.model.KeyAccount}, which ties one key account together
 * (the account, its stakeholders, decision bodies, our team and relationships, products,
 * whitespace, formulary, plan, interactions and transfers of value), and {@link
 * dev.kamkit.model.Portfolio}, many key accounts judged together.
 *
 * <p>Building a {@code KeyAccount} checks every reference inside it and reports every broken one at
 * once in an {@link dev.kamkit.model.base.InvalidModelException}.
 */
@KamStyle
@NullMarked
package dev.kamkit.model;

import dev.kamkit.model.base.KamStyle;
import org.jspecify.annotations.NullMarked;
