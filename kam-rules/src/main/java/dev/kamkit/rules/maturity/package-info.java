/**
 * KAM maturity: which of the five stages of KAM evolution an account has reached (seed 001), with
 * the evidence for each criterion and what is missing for the next stage; where the relationship
 * itself sits on the Cranfield (McDonald, Rogers, Woodburn) ladder, read from its contact structure
 * (bow-tie or diamond); and the portfolio roll-up of stages with the accounts that regressed
 * between two snapshots.
 *
 * <p>Start from {@link dev.kamkit.rules.maturity.MaturityClassifier} and {@link
 * dev.kamkit.rules.maturity.RelationshipStageClassifier}; every result has an {@code explain()} for
 * people and {@link dev.kamkit.scoring.Reason reasons} with stable codes for machines.
 */
@KamStyle
@NullMarked
package dev.kamkit.rules.maturity;

import dev.kamkit.model.base.KamStyle;
import org.jspecify.annotations.NullMarked;
