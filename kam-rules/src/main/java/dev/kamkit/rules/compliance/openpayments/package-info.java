/**
 * The US Open Payments (Physician Payments Sunshine Act) rule pack: which transfers of value go to
 * covered recipients, which of them are reportable under the small-payment rule and the statutory
 * exclusions, whether each would make a valid General Payments record for its program year, when a
 * program year's submission is due, and the aggregate-spend view and General Payments record values
 * a host writes out.
 *
 * <p>Start with {@link dev.kamkit.rules.compliance.openpayments.OpenPaymentsPack#withDefaults()}.
 * Facts come from 42 U.S.C. 1320a-7h and 42 CFR 403 subpart I, with CMS's Open Payments pages, data
 * dictionary and notices (docs/sources.md); only facts checked against a quoted source are encoded.
 * Every unverified fact the pack needs (PY2020's minimum, the teaching-hospital lists, currency
 * rates, ...) is a host-supplied setting of {@link
 * dev.kamkit.rules.compliance.openpayments.OpenPaymentsPolicy}. Data the model has no field for is
 * recorded as typed facts, see {@link dev.kamkit.rules.compliance.openpayments.OpenPaymentsFacts}.
 */
@KamStyle
@NullMarked
package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.base.KamStyle;
import org.jspecify.annotations.NullMarked;
