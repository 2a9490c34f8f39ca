package dev.kamkit.rules.compliance.offlabel;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.plan.ObjectiveStatus;
import dev.kamkit.scoring.whitespace.SpecialtyFit;
import java.util.EnumSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The off-label pack's settings, as one versioned value. The defaults are what the pack has always
 * done; a host whose jurisdictions or plan reviews differ overrides only that:
 *
 * <pre>{@code
 * OffLabelPack pack = OffLabelPack.of(
 *     OffLabelPolicy.defaults().withVersion("acme-offlabel-2027").withCountries("US", "PR"));
 * }</pre>
 *
 * <p>Where the defaults come from: the pack's rules are the FDA's rules on off-label promotion (its
 * guidance on unapproved uses (2025) and on unsolicited requests (2011 draft); verified for the
 * United States), so by default the evaluator runs it for accounts in the United States only. A
 * plan objective counts while it is live: a cancelled or missed objective no longer directs
 * anyone's work (docs/compliance-firewall-offlabel.md, "a live plan objective targets an unapproved
 * product or indication"). Specialties fit only therapeutic areas of the same name unless the host
 * maps them: kamkit found no published specialty-to-area table it could check (docs/sources.md,
 * "What is not sourced").
 */
@Value.Immutable
public abstract class AbstractOffLabelPolicy {
  // Only the generated OffLabelPolicy extends this: no host subclass.
  AbstractOffLabelPolicy() {}

  /** The version of the default policy. */
  public static final String DEFAULT_VERSION = "kamkit-offlabel-2";

  /** The default policy: accounts in the United States, cancelled and missed objectives skipped. */
  public static OffLabelPolicy defaults() {
    return OffLabelPolicy.builder().build();
  }

  /** Names the policy; change it whenever you change the policy. */
  @Value.Default
  public String version() {
    return DEFAULT_VERSION;
  }

  /**
   * The countries (ISO 3166-1 alpha-2) whose accounts the pack applies to ({@code
   * RulePack.appliesTo}); {@code US} by default, the jurisdiction of the FDA guidance. Approvals
   * are always read for the account's own country.
   */
  @Value.Default
  public Set<String> countries() {
    return Set.of("US");
  }

  /**
   * The statuses of plan objectives that are not judged ({@code offlabel.objective.unapproved});
   * cancelled and missed by default, the objectives that are no longer live.
   */
  @Value.Default
  public Set<ObjectiveStatus> skippedObjectives() {
    return EnumSet.of(ObjectiveStatus.CANCELLED, ObjectiveStatus.MISSED);
  }

  /**
   * Which clinical units' specialties fit which therapeutic areas, for objectives that target a
   * product in units without naming an indication ({@code offlabel.objective.unit-specialty}); by
   * default {@link SpecialtyFit#defaults()}, equal names only. Give it the same fit as the
   * whitespace scorer's {@code WhitespacePolicy.specialtyFit()}, so that the grid and the pack
   * agree (added in {@code kamkit-offlabel-2}).
   */
  @Value.Default
  public SpecialtyFit specialtyFit() {
    return SpecialtyFit.defaults();
  }

  /** Rejects a blank version or a country that is not a country code, when it is built. */
  @Value.Check
  protected void check() {
    ModelCheck check = ModelCheck.of("OffLabelPolicy", null).nonBlank("version", version());
    countries().forEach(c -> check.countryCode("countries", c));
    check.throwIfInvalid();
  }
}
