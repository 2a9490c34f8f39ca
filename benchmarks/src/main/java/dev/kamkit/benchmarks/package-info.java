/**
 * JMH benchmarks of kamkit against baselines measured in the same run: a hand-written single pass
 * over the same aggregates, and plain Jackson binding of the same JSON bytes. See
 * docs/PERFORMANCE.md.
 */
@NullMarked
package dev.kamkit.benchmarks;

import org.jspecify.annotations.NullMarked;
