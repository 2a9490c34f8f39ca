/**
 * The parts of the {@link dev.kamkit.examples.PortfolioReport} program: its arguments, the analysis
 * that runs every scorer, classifier and compliance pack over a portfolio, and the text and HTML
 * renderings of the results.
 */
@NullMarked
package dev.kamkit.examples.report;

import org.jspecify.annotations.NullMarked;
