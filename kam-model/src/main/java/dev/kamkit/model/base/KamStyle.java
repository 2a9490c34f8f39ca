package dev.kamkit.model.base;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style every kamkit value type uses, applied per package in {@code
 * package-info.java}.
 *
 * <p>An abstract {@code AbstractStakeholder} generates the public, final {@code Stakeholder} with
 * {@code Stakeholder.builder()}, {@code with*} copies and {@code Stakeholder.copyOf(..)}.
 * Collection attributes get singular adders ({@code addBuyingRole}); a missing required attribute,
 * or a null passed to a builder or a {@code with*} method, throws {@link InvalidModelException}
 * naming the attribute.
 *
 * <p>Collections are the JDK's ({@code jdkOnly}): accessors return unmodifiable {@code List},
 * {@code Set} and {@code Map}, so no Guava type is in the API. Sets and maps keep the order their
 * elements were added in; enum sets and maps iterate in the enum's order.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    depluralize = true,
    depluralizeDictionary = {
      "kpi:kpis",
      "criterion:criteria",
      "analysis:analyses",
      "weakness:weaknesses"
    },
    throwForInvalidImmutableState = InvalidModelException.class,
    throwForNullPointer = InvalidModelException.class,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true))
public @interface KamStyle {}
