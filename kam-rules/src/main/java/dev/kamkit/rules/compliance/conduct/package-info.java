/**
 * Anti-kickback and PhRMA Code conduct (REGULATORY.md 2): service agreements judged against the AKS
 * personal services safe harbor, speaker programmes against the OIG Special Fraud Alert (2020) and
 * the PhRMA Code section 7, meals, entertainment and items against the PhRMA Code sections 2, 3, 10
 * and 11, and GPO administrative fees against the GPO safe harbor.
 */
@KamStyle
@NullMarked
package dev.kamkit.rules.compliance.conduct;

import dev.kamkit.model.base.KamStyle;
import org.jspecify.annotations.NullMarked;
