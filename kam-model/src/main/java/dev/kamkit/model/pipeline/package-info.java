/**
 * The account's pipeline: the opportunities the account team works to win, each for a product at a
 * clinical unit, with its stage, amount, probability and expected close, and the plan objectives it
 * serves. The pipeline is where account strategy meets forecast: an objective with no opportunity
 * behind it is a wish, and an opportunity that serves no objective is work outside the plan.
 */
@NullMarked
package dev.kamkit.model.pipeline;

import org.jspecify.annotations.NullMarked;
