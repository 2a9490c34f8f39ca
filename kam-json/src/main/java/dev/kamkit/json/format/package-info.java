/**
 * The kamkit JSON format as values: the documents ({@link dev.kamkit.json.format.AccountDocument},
 * {@link dev.kamkit.json.format.PortfolioDocument}, {@link
 * dev.kamkit.json.format.ResultsDocument}), their kind and version, the unknown properties a
 * lenient read keeps, the limits that protect a reader from hostile input, and {@link
 * dev.kamkit.json.format.KamJsonException}, the one exception a reader throws.
 *
 * <p>The format itself is described in {@code docs/json-format.md} and by the JSON Schemas shipped
 * in this jar under {@code dev/kamkit/json/schema/}.
 */
@NullMarked
package dev.kamkit.json.format;

import org.jspecify.annotations.NullMarked;
