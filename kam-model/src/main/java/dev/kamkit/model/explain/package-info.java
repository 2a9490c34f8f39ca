/**
 * Explanations as data: what every reason, finding and model violation says, held as a stable
 * {@link dev.kamkit.model.explain.MessageCode code} with typed {@link dev.kamkit.model.explain.Arg
 * arguments}, and worded only on demand by {@link dev.kamkit.model.explain.Messages} from message
 * bundles in English, German or French.
 *
 * <p>The shape follows Spring's {@code MessageSourceResolvable} (a code and its arguments) and
 * java.time's {@code getDisplayName(TextStyle, Locale)} (words for a value in the reader's
 * language). Nothing that evaluates an account builds a sentence: it records a {@link
 * dev.kamkit.model.explain.Message}, and whoever shows it to a person asks for the words.
 *
 * <p>Every package that declares codes or enums shown to people keeps its words in its own bundle,
 * {@code <package>/messages.properties} (English), {@code messages_de.properties} and {@code
 * messages_fr.properties}: a code's pattern under the code, an enum constant's display name under
 * {@code EnumName.CONSTANT}. Patterns are {@link java.text.MessageFormat} patterns that name their
 * arguments ({@code {stakeholder} is retiring on {date}}), so translators see what each one is.
 * Display names are written for the start of a sentence ("Economic buyer"); {@code {role,lower}}
 * gives the mid-sentence form ("economic buyer"), leaving acronyms ("P&amp;T committee") as they
 * are.
 *
 * <p>This package depends on no other kamkit package but {@code model.base} and {@code model.id}.
 */
@NullMarked
package dev.kamkit.model.explain;

import org.jspecify.annotations.NullMarked;
