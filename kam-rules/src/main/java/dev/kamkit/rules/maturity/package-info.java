/**
 * KAM maturity: which of the five stages of KAM evolution an account has reached (Clarity, "Pharma
 * Key Account Management – The Evolution Continues"), with the evidence for each criterion and what
 * is missing for the next stage; where the relationship itself sits on the Cranfield (McDonald,
 * Rogers, Woodburn) ladder, read from its contact structure (bow-tie or diamond); and the portfolio
 * roll-up of stages with the accounts that regressed between two snapshots.
 *
 * <p>Start from {@link dev.kamkit.rules.maturity.MaturityClassifier} and {@link
 * dev.kamkit.rules.maturity.RelationshipStageClassifier}. Every result is {@link
 * dev.kamkit.model.explain.Explainable}: its explanation and its {@link dev.kamkit.scoring.Reason
 * reasons} are data, with the stable codes of {@link dev.kamkit.rules.maturity.MaturityCode},
 * worded on demand in English, German or French ({@code explain(Locale)}).
 */
@KamStyle
@NullMarked
package dev.kamkit.rules.maturity;

import dev.kamkit.model.base.KamStyle;
import org.jspecify.annotations.NullMarked;
