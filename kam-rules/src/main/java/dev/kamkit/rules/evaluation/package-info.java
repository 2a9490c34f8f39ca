/**
 * One way in for hosts: {@link dev.kamkit.rules.evaluation.Kamkit} evaluates a key account or a
 * portfolio with every scorer, classifier and compliance pack kamkit has, under one value holding
 * all their policies ({@link dev.kamkit.rules.evaluation.KamkitPolicies}).
 *
 * <pre>{@code
 * Kamkit kamkit = Kamkit.withDefaults();
 * AccountEvaluation riverside = kamkit.evaluate(account, LocalDate.of(2026, 11, 2));
 * riverside.coverage().explain(Locale.GERMAN);
 * PortfolioEvaluation all = kamkit.evaluate(portfolio, asOf);
 * }</pre>
 *
 * <p>Compliance packs follow jurisdiction ({@link dev.kamkit.rules.evaluation.PackScope}), and
 * findings about the policies themselves (a program year kamkit has no threshold for, a missing
 * teaching hospital list) are kept apart from each account's findings, for whoever administers the
 * policies.
 */
@KamStyle
@NullMarked
package dev.kamkit.rules.evaluation;

import dev.kamkit.model.base.KamStyle;
import org.jspecify.annotations.NullMarked;
