/**
 * Anti-kickback and PhRMA Code conduct (42 U.S.C. 1320a-7b(b); 42 CFR 1001.952; OIG, "Special Fraud
 * Alert: Speaker Programs" (2020); PhRMA, "Code on Interactions with Health Care Professionals"):
 * service agreements judged against the AKS personal services safe harbor, speaker programmes
 * against the OIG Special Fraud Alert (2020) and the PhRMA Code section 7, meals, entertainment and
 * items against the PhRMA Code sections 2, 3, 10 and 11, and GPO administrative fees against the
 * GPO safe harbor.
 */
@KamStyle
@NullMarked
package dev.kamkit.rules.compliance.conduct;

import dev.kamkit.model.base.KamStyle;
import org.jspecify.annotations.NullMarked;
