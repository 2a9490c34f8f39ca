/**
 * kamkit's open JSON format, through Jackson 3: {@link dev.kamkit.json.KamkitModule} for hosts that
 * register modules on their own {@code JsonMapper}, and {@link dev.kamkit.json.KamJson} for hosts
 * that just want to read and write documents.
 *
 * <p>The format (documents, property names and order, enum spellings, versioning, errors and
 * limits) is described in {@code docs/json-format.md}; JSON Schemas (2020-12) for each document
 * kind ship in this jar under {@code dev/kamkit/json/schema/}. The document types, the read
 * settings and the exception live in {@link dev.kamkit.json.format}.
 */
@NullMarked
package dev.kamkit.json;

import org.jspecify.annotations.NullMarked;
