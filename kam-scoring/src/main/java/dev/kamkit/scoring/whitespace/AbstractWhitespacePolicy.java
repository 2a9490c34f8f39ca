package dev.kamkit.scoring.whitespace;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import java.util.EnumSet;
import java.util.List;
import org.immutables.value.Value;

/**
 * How the whitespace grid is read, as one versioned value. Start from {@link
 * WhitespacePolicy#defaults()}.
 *
 * <p>What is addressable is not a setting: a cell counts only where the product is ours, indicated
 * and approved in the account's country on the day (the PhRMA Code and the EFPIA Code forbid
 * promoting outside the approved labelling), so the grid never invites off-label expansion. What a
 * host may set is how opportunities of equal value rank: by default a cell the unit is already
 * evaluating comes first, then open whitespace, then a cell a competitor holds, since the Veeva
 * white paper "Winning with Key Accounts" and the Prolifiq healthcare KAM guide both count a
 * conversion as won furthest along the committee path.
 *
 * <p>A cell that names no indication is addressable only where the product's approved therapeutic
 * areas {@linkplain #specialtyFit() fit} the clinical unit's specialty: a host may say which
 * specialties fit which areas, not whether the fit is checked.
 */
@Value.Immutable
public abstract class AbstractWhitespacePolicy {
  // Only the generated WhitespacePolicy extends this: no host subclass.
  AbstractWhitespacePolicy() {}

  /** The version of the default policy. */
  public static final String DEFAULT_VERSION = "kamkit-whitespace-2";

  /** The default policy. */
  public static WhitespacePolicy defaults() {
    return WhitespacePolicy.builder().build();
  }

  /** Names the policy; change it whenever you change the policy. Results carry it. */
  @Value.Default
  public String version() {
    return DEFAULT_VERSION;
  }

  /**
   * The statuses of unsold addressable cells, closest to a sale first: how opportunities of equal
   * value rank. Holds each of {@link WhitespaceStatus#IN_EVALUATION}, {@link WhitespaceStatus#OPEN}
   * and {@link WhitespaceStatus#COMPETITOR_HELD} once.
   */
  @Value.Default
  public List<WhitespaceStatus> closestToSale() {
    return List.of(
        WhitespaceStatus.IN_EVALUATION, WhitespaceStatus.OPEN, WhitespaceStatus.COMPETITOR_HELD);
  }

  /**
   * When a cell that names no indication may be proposed: the product's approved therapeutic areas
   * must fit the clinical unit's specialty. {@link SpecialtyFit#defaults()} unless the host maps
   * its units' specialties to its products' areas (added in {@code kamkit-whitespace-2}).
   */
  @Value.Default
  public SpecialtyFit specialtyFit() {
    return SpecialtyFit.defaults();
  }

  /** The rank of {@code status} in {@link #closestToSale()}, 0 for the closest. */
  int closeness(WhitespaceStatus status) {
    return closestToSale().indexOf(status);
  }

  @Value.Check
  protected void check() {
    ModelCheck.of("WhitespacePolicy", null)
        .nonBlank("version", version())
        .require(
            closestToSale().size() == UNSOLD.size()
                && EnumSet.copyOf(closestToSale()).equals(UNSOLD),
            "closestToSale",
            closestToSale(),
            ModelCode.NOT_EACH_ONCE,
            Arg.list(List.copyOf(UNSOLD), Arg::of))
        .throwIfInvalid();
  }

  private static final EnumSet<WhitespaceStatus> UNSOLD =
      EnumSet.of(
          WhitespaceStatus.IN_EVALUATION, WhitespaceStatus.OPEN, WhitespaceStatus.COMPETITOR_HELD);
}
