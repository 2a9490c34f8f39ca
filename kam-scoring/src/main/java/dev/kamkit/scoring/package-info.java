/**
 * Scores that answer a KAM lead's four questions about an account (do we reach the people who
 * decide, is the plan real, where can we grow, is the account healthy), each explaining itself.
 *
 * <p>Every score is a {@link dev.kamkit.scoring.Score}: a value from 0 to 100 that is exactly the
 * sum of its {@link dev.kamkit.scoring.ScoreComponent components}' contributions, each component
 * with its weight, and {@link dev.kamkit.scoring.Reason reasons} in plain words that name the
 * stakeholders, actions or cells behind them. Scorers are pure functions of an aggregate, an
 * immutable policy and an {@code asOf} date: no I/O, no clock, no state.
 */
@KamStyle
@NullMarked
package dev.kamkit.scoring;

import dev.kamkit.model.base.KamStyle;
import org.jspecify.annotations.NullMarked;
