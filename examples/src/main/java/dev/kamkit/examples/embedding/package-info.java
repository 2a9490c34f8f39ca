/**
 * Short examples of how a host embeds kamkit: scoring with its own policy ({@link
 * dev.kamkit.examples.embedding.CustomPolicy}), plugging in values only the host knows ({@link
 * dev.kamkit.examples.embedding.HostValues}), and registering the Jackson module on its own mapper
 * ({@link dev.kamkit.examples.embedding.HostMapper}). Building an account in code is {@link
 * dev.kamkit.examples.QuickStart}; using the generators in a host's own tests is {@code
 * GeneratorsInHostTests} in this module's test sources.
 */
@NullMarked
package dev.kamkit.examples.embedding;

import org.jspecify.annotations.NullMarked;
