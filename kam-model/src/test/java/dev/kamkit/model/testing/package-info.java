/**
 * Test support that kamkit ships to its hosts in the {@code kam-model} tests jar: seeded generators
 * of valid, realistic key accounts, portfolios and their parts.
 *
 * <ul>
 *   <li>{@link dev.kamkit.model.testing.KamGenerator} is framework-neutral: from a seed (or a
 *       {@link java.util.Random} or {@link java.util.SplittableRandom}) to values, deterministic
 *       per seed, every value valid.
 *   <li>{@link dev.kamkit.model.testing.AccountSize} says how big a generated account is, from a
 *       small clinic to a large IDN, with the ranges each size promises.
 *   <li>{@link dev.kamkit.model.testing.KamGens} adapts the generator to QuickTheories for property
 *       tests; hosts using it need QuickTheories on their own test classpath.
 * </ul>
 *
 * <p>No method here accepts or returns null.
 */
package dev.kamkit.model.testing;
