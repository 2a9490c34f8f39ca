/**
 * Account health and under-served accounts: is the account healthy, and does it get the attention
 * its potential warrants?
 *
 * <p>{@link dev.kamkit.scoring.health.HealthScorer} combines leading indicators (new stakeholder
 * relationships, committee access gained, shared-value initiatives launched) with lagging ones
 * (formulary wins, volume trend, contract value, renewal, net revenue retention) into one explained
 * score and a green, amber or red status with the reason for its colour (Prolifiq's "Pharma Key
 * Account Management" and "Healthcare Key Account Management: A Practical Guide": leading
 * indicators predict lagging ones, and leadership should see both). A lagging indicator without
 * host data does not apply, and says which data would enable it.
 *
 * <p>{@link dev.kamkit.scoring.health.UnderServedAccounts} compares, across a portfolio, each
 * account's share of completed interactions with its share of potential, and ranks the accounts
 * whose activity falls well below what their potential warrants (Veeva Business Consulting,
 * "Unlocking True KAM Transformation": one in five high-value accounts is under-called).
 *
 * <p>Results are data: every reason, the reason for the status colour and the lines of both
 * explanations are {@link dev.kamkit.model.explain.Message messages} of a {@link
 * dev.kamkit.scoring.health.HealthCode} with typed arguments, worded only on demand in English,
 * German or French from this package's bundle ({@code explain(Locale)}).
 */
@KamStyle
@NullMarked
package dev.kamkit.scoring.health;

import dev.kamkit.model.base.KamStyle;
import org.jspecify.annotations.NullMarked;
