/**
 * The US state rule pack: Minnesota's gift limit, Massachusetts disclosure, New Jersey's caps on
 * bona fide services and meals, and Vermont's gift ban, disclosure and registration (the state
 * statutes: 18 V.S.A. §§4631a, 4632; M.G.L. c.111N and 105 CMR 970; Minn. Stat. §151.461; N.J.A.C.
 * 13:45J).
 *
 * <p>Start with {@link dev.kamkit.rules.compliance.states.UsStatesPack#of(UsStatesPolicy)}. Only
 * facts checked against a quoted source are encoded; each unverified fact a rule needs (New
 * Jersey's CPI-indexed meal cap after 2019, exchange rates, what other manufacturers paid, which
 * Vermont filings were made) is a host setting of {@link
 * dev.kamkit.rules.compliance.states.UsStatesPolicy}, and a missing one is a finding. Facts the
 * model has no field for are the typed facts of {@link
 * dev.kamkit.rules.compliance.states.UsStatesFacts}.
 */
@KamStyle
@NullMarked
package dev.kamkit.rules.compliance.states;

import dev.kamkit.model.base.KamStyle;
import org.jspecify.annotations.NullMarked;
